/**
 * Draws a claim search's answer: a status line, each claim with the words
 * before it in its paragraph, the query's words marked, and why it matched
 * when not in its own words (another name, the editors' note, some words
 * only); then "Did you mean" and words found only in the text. Built as DOM
 * nodes, never as HTML from strings.
 */
import { queryTerms, termPattern } from '../../lib/search/search-links';
import type { ClaimAnswer, ClaimResult } from './search-client';
import { markMatches } from '../mark-terms';

const plural = (count: number) => `${count} ${count === 1 ? 'claim' : 'claims'}`;

/** The status line above the results. */
export function statusText(answer: ClaimAnswer, shown = answer.results.length): string {
  const more = answer.total > shown ? `, the first ${shown} shown` : '';
  if (answer.coverage === 'all' && answer.holdingAll < answer.total) {
    const some = answer.total - answer.holdingAll;
    return `${plural(answer.holdingAll)} ${answer.holdingAll === 1 ? 'matches' : 'match'} “${answer.query}”; after ${answer.holdingAll === 1 ? 'it' : 'them'}, ${some} ${some === 1 ? 'holds' : 'hold'} some of its words${more}.`;
  }
  if (answer.coverage === 'all') return `${plural(answer.total)} ${answer.total === 1 ? 'matches' : 'match'} “${answer.query}”${more}.`;
  if (answer.coverage === 'some') {
    return `No claim holds every word of “${answer.query}”. ${plural(answer.total)} ${answer.total === 1 ? 'holds' : 'hold'} some of them, most first${more}.`;
  }
  return answer.query.trim() ? `No claim matches “${answer.query}”.` : 'No claim matches these filters.';
}

/** Text with the words of `terms` marked. */
function marked(text: string, terms: string[]): Node {
  return markMatches(text, termPattern(terms)) ?? document.createTextNode(text);
}

/** About `size` words of `text` around the first word `pattern` matches. */
function snippet(text: string, terms: string[], size = 24): string {
  const words = text.split(/\s+/);
  const pattern = termPattern(terms);
  const at = Math.max(0, pattern ? words.findIndex((word) => new RegExp(pattern.source, 'iu').test(word)) : 0);
  const start = Math.max(0, Math.min(at - Math.floor(size / 3), words.length - size));
  const end = Math.min(words.length, start + size);
  return `${start > 0 ? '…' : ''}${words.slice(start, end).join(' ')}${end < words.length ? '…' : ''}`;
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: Array<Node | string>) => {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
};

const list = (terms: string[]) => terms.map((term) => `“${term}”`).join(', ');

/** Why a result is shown, when not for all the query's words in the claim's own. */
function why(result: ClaimResult, words: string[]): HTMLElement | undefined {
  const missing = words.filter((word) => !result.holds.includes(word));
  if (result.place.in === 'other-name') {
    return element('p', 'search-why', `“${result.place.typed}” is another name for “${result.place.written}”, as this claim writes it.`);
  }
  if (result.place.in === 'note') {
    const quote = element('q', '', marked(snippet(result.place.note, result.place.words), result.holds));
    const where = result.place.words.length === result.holds.length ? ', not in the author’s words' : '';
    return element('p', 'search-why', `${list(result.place.words)} ${result.place.words.length === 1 ? 'is' : 'are'} in the editors’ notes${where}: `, quote);
  }
  if (result.place.in === 'before') {
    return element('p', 'search-why', `${list(result.place.words)} ${result.place.words.length === 1 ? 'is' : 'are'} in the words just before the claim.`);
  }
  if (missing.length > 0) {
    return element('p', 'search-why', `Holds ${list(result.holds)}, not ${list(missing)}.`);
  }
  return undefined;
}

function resultItem(result: ClaimResult, words: string[]): HTMLLIElement {
  const terms = result.place.in === 'other-name' ? [...result.holds, ...queryTerms(result.place.written)] : result.holds;
  const link = element('a', 'search-result-link', marked(result.title, terms));
  link.href = result.href;
  const claim = element('p', 'search-claim');
  if (result.before) claim.append(element('span', 'search-before', marked(result.before, terms)), ' ');
  claim.append(link);
  const item = element('li', 'search-result', claim);
  const reason = why(result, words);
  if (reason) item.append(reason);
  const meta = element('p', 'search-meta');
  if (result.kind) {
    const kind = element('span', 'kind-badge', result.kind);
    kind.dataset.kind = result.kind;
    meta.append(kind, ' ');
  }
  if (result.brief) meta.append(`${result.brief} · `);
  const page = element('a', '', 'claim page');
  page.href = result.claimPage;
  page.tabIndex = -1;
  meta.append(page);
  item.append(meta);
  return item;
}

export interface RenderOptions {
  /** Where a suggested query leads without JavaScript's help (the search page's URL for it). */
  suggestionHref: (query: string) => string;
  /** Runs a suggested query in place. */
  onSuggestion: (query: string) => void;
  /** Where the query as typed leads, answered literally (never corrected). */
  literalHref: (query: string) => string;
  /** Runs the query as typed, literally, in place. */
  onLiteral: (query: string) => void;
  /** Runs the query again over every shard of the library (absent: no such control, as in the header's box). */
  onEverything?: () => void;
}

/** "Showing results for X · Search instead for Y", above the results of a corrected query. */
function correctionNotice(answer: ClaimAnswer, options: RenderOptions): HTMLElement {
  const typed = answer.correctedFrom!;
  const link = element('a', 'search-literal-link', typed);
  link.href = options.literalHref(typed);
  link.addEventListener('click', (event) => {
    event.preventDefault();
    options.onLiteral(typed);
  });
  return element('p', 'search-corrected', 'Showing results for ', element('strong', '', answer.query), ' · Search instead for ', link);
}

/** Fills `list` with the answer's results, and `help` with "Did you mean" and words found only in the text. */
export function renderAnswer(list: HTMLElement, help: HTMLElement, answer: ClaimAnswer, options: RenderOptions): void {
  const words = queryTerms(answer.query);
  list.replaceChildren(...answer.results.map((result) => resultItem(result, words)));
  const notice = list.previousElementSibling?.classList.contains('search-corrected') ? list.previousElementSibling : null;
  if (answer.correctedFrom) {
    const fresh = correctionNotice(answer, options);
    if (notice) notice.replaceWith(fresh);
    else list.before(fresh);
  } else notice?.remove();
  const lines: HTMLElement[] = [];
  if (answer.suggestion) {
    const link = element('a', 'search-suggestion-link', answer.suggestion);
    link.href = options.suggestionHref(answer.suggestion);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      options.onSuggestion(answer.suggestion!);
    });
    lines.push(element('p', 'search-suggestion', 'Did you mean ', link, '?'));
  }
  for (const { word, href } of answer.inText) {
    const link = element('a', '', 'find it in the text');
    link.href = href;
    lines.push(element('p', 'search-in-text', `“${word}” is in the brief’s text but in no claim: `, link, '.'));
  }
  if (answer.shards && options.onEverything) lines.push(partNotice(answer.shards, options.onEverything));
  help.replaceChildren(...lines);
  help.hidden = lines.length === 0;
}

/** The answer searched part of the library (ClaimAnswer.shards): say so, and offer the rest. */
function partNotice(shards: { searched: number; of: number }, onEverything: () => void): HTMLElement {
  const button = element('button', 'search-everything', 'Search every brief');
  button.type = 'button';
  button.addEventListener('click', onEverything);
  return element('p', 'search-part', `These results and counts come from ${shards.searched} of the library’s ${shards.of} parts, searched in order until a page was full. `, button);
}

/** Arrow keys move between the results' links and the box; Escape goes back to the box. */
export function handleResultKeys(event: KeyboardEvent, input: HTMLInputElement, list: HTMLElement, onEscape: () => void): void {
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a.search-result-link')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    if (links.length === 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]!.focus();
  } else if (event.key === 'Escape') {
    onEscape();
    input.focus();
  }
}
