/**
 * remark plugin: refuses Markdown that could run script in a reader's
 * browser. Raw HTML is refused outright (the brief needs none, and a
 * sanitizer's allow-list is one more thing to keep right); links and images
 * must be http(s), relative, or fragments, never `javascript:` or `data:`.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { ContentError } from '../content/content-error';

export interface SafeContentOptions {
  /** The Markdown file, named in error messages. */
  file: string;
}

/** Any URL with a scheme other than http(s) or mailto is refused. */
const SAFE_URL = /^(?:https?:\/\/|mailto:|#|\/|\.{0,2}\/|[^:/?#]*(?:[/?#]|$))/i;

export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url.trim());
}

export default function remarkSafeContent(options: SafeContentOptions) {
  return (tree: Root): void => {
    visit(tree, (node) => {
      const line = node.position ? `line ${node.position.start.line}` : undefined;
      const position = { line: node.position?.start.line, column: node.position?.start.column };
      if (node.type === 'html') {
        throw new ContentError({
          file: options.file,
          item: line,
          ...position,
          problem: `raw HTML is not allowed in a brief: ${JSON.stringify(node.value.slice(0, 60))}`,
          hint: 'write it in Markdown; raw HTML could run script in a reader\'s browser',
        });
      }
      if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url)) {
        throw new ContentError({
          file: options.file,
          item: line,
          ...position,
          problem: `the link ${JSON.stringify(node.url)} is not an http(s) address`,
          hint: 'use a full https:// address (javascript: and data: links are refused)',
        });
      }
    });
  };
}
