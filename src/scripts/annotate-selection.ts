/**
 * Development only (`npm run dev`): select words in the reading view and get
 * a new claim as YAML, ready to paste into annotations.yaml — a proposed id,
 * the exact quote, and a prefix or suffix only when the words repeat — with
 * a warning when the selection overlaps a claim or crosses a block.
 *
 * The quote is taken from the text as the build's anchoring sees it (the
 * brief's words without the citation marks and the editors' layer the
 * reading view adds, `NOT_THE_AUTHORS_SELECTOR`), so what is
 * pasted is what the build finds. Loaded by `components/AnnotateHelper.astro`,
 * which `npm run build` never renders.
 */
import { claimSnippet, proposeClaimId } from '../lib/render/claim-snippet';
import { BLOCK_BREAK, selectorFor, trimRange } from '../lib/anchor/quote-selector';
import { NOT_THE_AUTHORS_SELECTOR } from '../lib/content/reading-ids';
// The blocks a claim lives in, as the build's anchoring has them.
import { BLOCK_TAGS } from '../lib/anchor/text-blocks';

interface FlatText {
  text: string;
  nodes: Array<{ node: Text; start: number }>;
}

/** The brief's text in document order, a block break before each block, without what the reading view adds. */
function flatten(root: Element): FlatText {
  let text = '';
  const nodes: FlatText['nodes'] = [];
  let currentBlock: Element | undefined;
  const visit = (element: Element, block: Element | undefined): void => {
    for (const child of element.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        if (block !== currentBlock) {
          text += BLOCK_BREAK;
          currentBlock = block;
        }
        nodes.push({ node: child as Text, start: text.length });
        text += (child as Text).data;
      } else if (child instanceof Element && !child.matches(NOT_THE_AUTHORS_SELECTOR)) {
        visit(child, BLOCK_TAGS.has(child.tagName.toLowerCase()) ? child : block);
      }
    }
  };
  visit(root, undefined);
  return { text, nodes };
}

/** The selection's start and end in the flattened text. */
function offsetsOf(range: Range, flat: FlatText): { start: number; end: number } | undefined {
  let start: number | undefined;
  let end: number | undefined;
  for (const { node, start: at } of flat.nodes) {
    const length = node.data.length;
    if (start === undefined) {
      if (range.startContainer === node) start = at + range.startOffset;
      else if (range.comparePoint(node, 0) === 0) start = at;
    }
    if (range.endContainer === node) end = at + range.endOffset;
    else if (range.comparePoint(node, length) === 0) end = at + length;
  }
  return start !== undefined && end !== undefined && end > start ? { start, end } : undefined;
}

const STYLE = `
.annotate-helper { position: fixed; inset: auto 1rem 1rem auto; z-index: 100; width: min(40rem, calc(100vw - 2rem));
  max-height: 60vh; overflow: auto; padding: .75rem 1rem; font: 14px/1.4 system-ui, sans-serif; color: #111;
  background: #fffbe6; border: 2px solid #8a6d00; border-radius: 6px; box-shadow: 0 4px 16px rgb(0 0 0 / .25); }
.annotate-helper[hidden] { display: none; }
.annotate-helper h2 { margin: 0 0 .5rem; font-size: 1rem; }
.annotate-helper pre { margin: .5rem 0; padding: .5rem; overflow-x: auto; background: #fff; border: 1px solid #ccc; white-space: pre-wrap; font-size: 12px; }
.annotate-helper .warning { margin: .25rem 0; color: #8a1c00; font-weight: 600; }
.annotate-helper button { font: inherit; padding: .25rem .75rem; }
.annotate-helper button[hidden] { display: none; }
`;

function createPanel() {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLE);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const panel = document.createElement('aside');
  panel.className = 'annotate-helper';
  panel.hidden = true;
  panel.setAttribute('aria-label', 'New claim from the selection (development only)');
  const heading = document.createElement('h2');
  heading.textContent = 'New claim from the selection (dev only)';
  const warnings = document.createElement('div');
  const snippet = document.createElement('pre');
  snippet.className = 'annotate-snippet';
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.textContent = 'Copy YAML';
  const status = document.createElement('span');
  status.setAttribute('role', 'status');
  copy.addEventListener('click', async () => {
    await navigator.clipboard.writeText(snippet.textContent ?? '');
    status.textContent = ' Copied: paste it under claims: in annotations.yaml.';
  });
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Close';
  close.addEventListener('click', () => (panel.hidden = true));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') panel.hidden = true;
  });
  panel.append(heading, warnings, snippet, copy, ' ', close, status);
  document.body.append(panel);
  return { panel, warnings, snippet, copy, status };
}

export function startAnnotateHelper(): void {
  const root = document.querySelector('.brief-text');
  if (!root) return;
  const ui = createPanel();

  const update = () => {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (!root.contains(range.commonAncestorContainer) || ui.panel.contains(range.commonAncestorContainer)) return;
    const flat = flatten(root);
    const offsets = offsetsOf(range, flat);
    if (!offsets) return;
    const { start, end } = trimRange(flat.text, offsets.start, offsets.end);

    const problems: string[] = [];
    if (flat.text.slice(start, end).includes(BLOCK_BREAK)) {
      problems.push('The selection crosses a block: a claim lives in one paragraph, list item or heading. Select within one.');
    }
    for (const claim of root.querySelectorAll('.claim[id]')) {
      if (range.intersectsNode(claim)) problems.push(`The selection overlaps the claim "${claim.id}": claims must not share words.`);
    }
    const quote = problems.length > 0 ? undefined : selectorFor(flat.text, start, end);
    if (!quote && problems.length === 0) {
      problems.push('These words repeat, and nothing in their paragraph tells the copies apart: select more words.');
    }

    ui.warnings.replaceChildren(
      ...problems.map((problem) => {
        const line = document.createElement('p');
        line.className = 'warning';
        line.textContent = problem;
        return line;
      }),
    );
    ui.snippet.textContent = quote ? claimSnippet(proposeClaimId(quote.exact, (id) => document.getElementById(id) !== null), quote) : '';
    ui.snippet.hidden = !quote;
    ui.copy.hidden = !quote;
    ui.status.textContent = '';
    ui.panel.hidden = false;
  };

  // After the selection settles (a drag or a keyboard selection), not on every change during it.
  let timer: number | undefined;
  document.addEventListener('selectionchange', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 250);
  });
}

startAnnotateHelper();
