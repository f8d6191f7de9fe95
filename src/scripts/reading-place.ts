/**
 * Where the reader is in the brief's text: a claim and its distance from the
 * top of the view. Turning the annotations on or off reflows the text; the
 * reading view scrolls so that this claim stays where it was.
 */
export interface ReadingPlace {
  claim: Element;
  top: number;
}

/** The claim the page was opened at, if it is in view, else the first claim in view. */
export function readingPlace(): ReadingPlace | undefined {
  const inView = (element: Element) => {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  };
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const claim = target?.classList.contains('claim') && inView(target) ? target : [...document.querySelectorAll('.brief-text .claim')].find(inView);
  return claim ? { claim, top: claim.getBoundingClientRect().top } : undefined;
}

/** Scrolls so that the place's claim is as far from the top of the view as it was. */
export function keepPlace(place: ReadingPlace | undefined): void {
  if (place) window.scrollBy(0, place.claim.getBoundingClientRect().top - place.top);
}
