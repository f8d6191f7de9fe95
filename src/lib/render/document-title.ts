/**
 * The text of a page's <title>: the page's own title, then the site's name,
 * within 70 characters (search engines cut longer ones), shortened at a word.
 */
export function documentTitle(title: string, siteName: string, limit = 70): string {
  if (title === siteName) return title;
  const suffix = ` · ${siteName}`;
  const room = limit - suffix.length;
  if (title.length <= room) return `${title}${suffix}`;
  const cut = title.slice(0, room - 1);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), room / 2)).replace(/[\s,.;:–—-]+$/, '');
  return `${atWord}…${suffix}`;
}
