/**
 * remark plugin: refuses Markdown that could run script in a reader's
 * browser. Raw HTML is refused outright (the brief needs none, and a
 * sanitizer's allow-list is one more thing to keep right); links and images
 * must be http(s), relative, or fragments, never `javascript:` or `data:`.
 * Each one found is reported as a vfile message (`content/problem.ts`).
 */
import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { Problem } from '../content/problem';

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
  return (tree: Root, file: VFile): void => {
    // Each problem is told and the walk goes on, so one run names them all; the
    // pipeline stops before anything is written (`rehype-stop-on-problems.ts`).
    const report = (node: Nodes, ruleId: string, message: string, hint: string) =>
      file.messages.push(new Problem({ file: options.file, ruleId, line: node.position?.start.line, column: node.position?.start.column, message, hint }));
    visit(tree, (node) => {
      if (node.type === 'html') {
        report(node, 'raw-html', `raw HTML is not allowed in a brief: ${JSON.stringify(node.value.slice(0, 60))}`, "write it in Markdown; raw HTML could run script in a reader's browser");
      }
      if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url)) {
        report(node, 'unsafe-link', `the link ${JSON.stringify(node.url)} is not an http(s) address`, 'use a full https:// address (javascript: and data: links are refused)');
      }
    });
  };
}
