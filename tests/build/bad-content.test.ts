/**
 * Broken content never breaks a published site: each mistake below stops the
 * build with a non-zero exit and a message naming the file and the item, and
 * the previous dist/ is left byte for byte as it was.
 */
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyContent, hashTree, runBuild, scratchDir } from '../support/build';
import { briefId, distDir, projectRoot } from '../support/site';

const brief = `briefs/${briefId}/brief.md`;
const annotations = `briefs/${briefId}/annotations.yaml`;

interface BadCase {
  name: string;
  file: string;
  edit: (text: string) => string;
  /** What the message must say: the file, the item, the problem. */
  message: RegExp[];
}

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture edit: "${from}" not found`);
  return text.replace(from, to);
}

const cases: BadCase[] = [
  {
    name: 'a quote that is missing from the text',
    file: annotations,
    edit: (text) => replaceOnce(text, 'exact: "Kabul River is one of the most important', 'exact: "Kabul river is one of the most important'),
    message: [/annotations\.yaml: claim "kabul-river-irrigation": quote not found in the brief/, /closest text is "Kabul River is one of the most important/],
  },
  {
    name: 'a quote that matches twice',
    file: annotations,
    edit: (text) => replaceOnce(text, 'exact: "Islamabad would not want to engage in open confrontation; instead it would want a more diplomatic approach that incorporates deterrence and dialogue to maintain regional peace."', 'exact: "the Afghan Taliban"'),
    message: [/annotations\.yaml: claim "kp-no-open-confrontation": quote matches \d+ places/, /Hint: add a `prefix`/],
  },
  {
    name: 'evidence naming an unknown reference',
    file: annotations,
    edit: (text) => replaceOnce(text, 'ref: "guardian-2025-border-clashes"', 'ref: "guardian-2025-border-clash"'),
    message: [/annotations\.yaml: claim "[a-z0-9-]+": cites reference "guardian-2025-border-clash", which is not in/],
  },
  {
    name: 'a link to an unknown claim',
    file: annotations,
    edit: (text) => replaceOnce(text, 'to: "kp-durand-line-mistrust"', 'to: "kp-durand-line"'),
    message: [/annotations\.yaml: claim "[a-z0-9-]+": links to claim "kp-durand-line", which this brief does not have/],
  },
  {
    name: 'a duplicate claim id',
    file: annotations,
    edit: (text) => replaceOnce(text, 'id: "kp-deterrence-diplomacy-shift"', 'id: "kp-durand-line-mistrust"'),
    message: [/annotations\.yaml: claim "kp-durand-line-mistrust": this id is used by another claim too/],
  },
  {
    name: 'a claim id with bad characters',
    file: annotations,
    edit: (text) => replaceOnce(text, 'id: "kp-durand-line-mistrust"', 'id: "KP Durand_Line"'),
    message: [/annotations\.yaml/, /claims\.0\.id: "KP Durand_Line" must be lowercase letters and digits joined by single hyphens/],
  },
  {
    name: 'a topic outside the vocabulary',
    file: annotations,
    edit: (text) => replaceOnce(text, '- "water"', '- "weather"'),
    message: [/annotations\.yaml: claim "[a-z0-9-]+": topic "weather" is not in the vocabulary/, /Hint: use one of: border/],
  },
  {
    name: 'missing required frontmatter',
    file: brief,
    edit: (text) => text.replace(/^summary: .*\n/m, ''),
    message: [/brief\.md/, /summary: Required/],
  },
  {
    name: 'an empty brief',
    file: brief,
    edit: (text) => text.slice(0, text.indexOf('\n---\n') + 5),
    message: [/brief\.md: the brief has no text/],
  },
  {
    name: 'a reference URL that is not http(s)',
    file: 'references.yaml',
    edit: (text) => replaceOnce(text, 'URL: "https://www.pakpips.com/article/7602"', 'URL: "javascript:alert(1)"'),
    message: [/references\.yaml/, /URL: must start with http:\/\/ or https:\/\//],
  },
  {
    name: 'raw <script> in the brief',
    file: brief,
    edit: (text) => `${text}\nA closing line. <script>alert(document.cookie)</script>\n`,
    message: [/brief\.md: line \d+: raw HTML is not allowed in a brief: "<script>/],
  },
  {
    name: 'malformed YAML',
    file: annotations,
    edit: (text) => replaceOnce(text, 'claims:\n', 'claims:\n  - id: "unclosed\n    kind: [fact\n'),
    message: [/annotations\.yaml/, /YAML|yaml|unexpected end|Missing closing/i],
  },
];

describe('bad content stops the build and leaves the previous dist/ as it was', () => {
  let goodDist: string;
  let goodHashes: Record<string, string>;

  beforeAll(() => {
    goodDist = join(scratchDir('good'), 'dist');
    cpSync(distDir, goodDist, { recursive: true });
    goodHashes = hashTree(goodDist);
  });

  for (const badCase of cases) {
    it(`${badCase.name}: fails, names the file and the item, keeps dist/`, () => {
      const scratch = scratchDir('bad');
      const content = copyContent(scratch);
      const path = join(content, badCase.file);
      writeFileSync(path, badCase.edit(readFileSync(path, 'utf8')));
      const outDir = join(scratch, 'dist');
      cpSync(goodDist, outDir, { recursive: true });

      const build = runBuild({ READER_CONTENT_DIR: content, READER_OUT_DIR: outDir, READER_CACHE_DIR: join(scratch, 'cache') });

      expect(build.status, build.output).not.toBe(0);
      // The editor's view of the failure, in the run's log.
      const said = build.output.split('\n').filter((line) => badCase.message.some((pattern) => pattern.test(line)));
      console.info(`${badCase.name} →\n  ${said.join('\n  ')}`);
      for (const pattern of badCase.message) expect(build.output).toMatch(pattern);
      expect(build.output).toMatch(/Build failed: .*\n.*was left as it was\./);
      expect(hashTree(outDir)).toEqual(goodHashes);
      expect(readdirSync(projectRoot).filter((name) => name.startsWith(".dist-staging"))).toEqual([]);
    });
  }
});
