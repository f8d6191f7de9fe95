/**
 * rehype plugin: marks the first use of each glossary term in the text, as
 * `<span class="glossary-term" data-term="…">` around the author's own word.
 * Nothing else is inserted, so a copy of the sentence, and a screen reader
 * reading it, gets the author's words unchanged. The page's script makes
 * each mark a control that opens the term's definition in place, by
 * keyboard and touch, taken from the glossary page when first asked for
 * (`scripts/glossary-definition.ts`): the definitions are not carried by
 * every reading page. The mark is not decorated until hovered or focused,
 * so the plain reading stays unmarked.
 *
 * Runs before the claims are anchored: it sees only the author's text, not
 * the editors' notes and labels added around the claims.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { findMentions, type GlossaryTerm } from '../content/glossary';

export interface GlossaryTermsOptions {
  /** The glossary: each term with its other names and its one-line definition. */
  terms: readonly GlossaryTerm[];
}

/** Where a term is not marked: inside a link, code, an abbreviation, or a heading. */
const SKIPPED = new Set(['a', 'abbr', 'code', 'pre', 'script', 'style', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export default function rehypeGlossaryTerms(options: GlossaryTermsOptions) {
  return (tree: Root): void => {
    const marked = new Set<string>();

    /** The text node as a run of text and marks, each term marked only at its first use. */
    const markText = (node: Text): ElementContent[] | undefined => {
      const firstUses = findMentions(node.value, options.terms).filter((mention) => {
        if (marked.has(mention.entry.id)) return false;
        marked.add(mention.entry.id);
        return true;
      });
      if (firstUses.length === 0) return undefined;
      const nodes: ElementContent[] = [];
      let last = 0;
      for (const mention of firstUses) {
        if (mention.start > last) nodes.push({ type: 'text', value: node.value.slice(last, mention.start) });
        nodes.push({
          type: 'element',
          tagName: 'span',
          properties: { className: ['glossary-term'], dataTerm: mention.entry.id },
          children: [{ type: 'text', value: mention.text }],
        });
        last = mention.end;
      }
      if (last < node.value.length) nodes.push({ type: 'text', value: node.value.slice(last) });
      return nodes;
    };

    const walk = (parent: Root | Element): void => {
      const children: Array<RootContent | ElementContent> = [];
      for (const child of parent.children) {
        if (child.type === 'text') children.push(...(markText(child) ?? [child]));
        else {
          if (child.type === 'element' && !SKIPPED.has(child.tagName)) walk(child);
          children.push(child);
        }
      }
      parent.children = children as typeof parent.children;
    };
    walk(tree);
  };
}
