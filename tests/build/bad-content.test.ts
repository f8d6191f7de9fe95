/**
 * Broken content and settings never break a published site: each mistake
 * below stops the build with a non-zero exit and one clean message naming
 * the file (with line and column) and the item, the previous dist/ is left
 * byte for byte as it was, and no staging folder is left behind. Content
 * that is odd but harmless (a byte-order mark, CRLF, decomposed accents,
 * markup in the editors' text) builds, and no built page holds anything that
 * could run.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyContent, hashTree, runBuild, scratchDir } from '../support/build';
import { listFiles, page, selectAll } from '../support/dist';
import { briefId, distDir, projectRoot } from '../support/site';

const brief = `briefs/${briefId}/brief.md`;
const annotations = `briefs/${briefId}/annotations.yaml`;

interface BadCase {
  name: string;
  /** Breaks the scratch copy of `content/`. Default: leaves it as it is. */
  breakContent?: (content: string) => void;
  /** Build settings. Default: none. */
  env?: Record<string, string>;
  /** Build with the project's own Astro cache, warm from the last good build. Default: a fresh cache. */
  warmCache?: boolean;
  /** What the message must say: the file with line and column, the item, the problem. */
  message: RegExp[];
  /** What it must not say. Default: nothing more than every case checks. */
  notSaid?: RegExp[];
}

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture edit: "${from}" not found`);
  return text.replace(from, to);
}

/** Changes one file of the content copy. */
const edit = (file: string, change: (text: string) => string) => (content: string) => {
  const path = join(content, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
};

/** Renames the brief's folder. */
const renameBrief = (name: string) => (content: string) => renameSync(join(content, 'briefs', briefId), join(content, 'briefs', name));

const cases: BadCase[] = [
  // Anchoring
  {
    name: 'a quote that is missing from the text',
    breakContent: edit(annotations, (text) => replaceOnce(text, 'exact: "Kabul River is one of the most important', 'exact: "Kabul river is one of the most important')),
    message: [/annotations\.yaml:\d+:\d+: claim "kabul-river-irrigation": quote not found in the brief/, /closest text is "Kabul River is one of the most important/],
  },
  {
    name: 'a quote that matches twice',
    breakContent: edit(annotations, (text) => replaceOnce(text, 'exact: "Islamabad would not want to engage in open confrontation; instead it would want a more diplomatic approach that incorporates deterrence and dialogue to maintain regional peace."', 'exact: "the Afghan Taliban"')),
    message: [/annotations\.yaml:\d+:\d+: claim "kp-no-open-confrontation": quote matches \d+ places/, /Hint: add a `prefix`/],
  },
  {
    name: 'a quote holding a zero-width space',
    breakContent: edit(annotations, (text) => replaceOnce(text, 'exact: "Kabul River is one', 'exact: "Kabul\u200B River is one')),
    message: [/annotations\.yaml:\d+:\d+: claim "kabul-river-irrigation": quote\.exact: holds a character a reader cannot see: \\u200B/],
  },
  // Links
  {
    name: 'evidence naming an unknown reference',
    breakContent: edit(annotations, (text) => replaceOnce(text, 'ref: "guardian-2025-border-clashes"', 'ref: "guardian-2025-border-clash"')),
    message: [/annotations\.yaml:\d+:\d+: claim "[a-z0-9-]+": cites reference "guardian-2025-border-clash", which is not in/],
  },
  {
    name: 'a link to an unknown claim',
    breakContent: edit(annotations, (text) => replaceOnce(text, 'to: "kp-durand-line-mistrust"', 'to: "kp-durand-line"')),
    message: [/annotations\.yaml:\d+:\d+: claim "[a-z0-9-]+": links to claim "kp-durand-line", which this brief does not have/],
  },
  {
    name: 'a topic outside the vocabulary',
    breakContent: edit(annotations, (text) => replaceOnce(text, '- "water"', '- "weather"')),
    message: [/annotations\.yaml:\d+:\d+: claim "[a-z0-9-]+": topic "weather" is not in the vocabulary/, /Hint: use one of: border/],
  },
  // Duplicates
  {
    name: 'a duplicate claim id',
    breakContent: edit(annotations, (text) => replaceOnce(text, 'id: "kp-deterrence-diplomacy-shift"', 'id: "kp-durand-line-mistrust"')),
    message: [/annotations\.yaml:\d+:\d+: claim "kp-durand-line-mistrust": this id is used by another claim too: claims 1 and 2 \(the first is at line 3\)/],
  },
  {
    name: 'a duplicate reference id',
    breakContent: edit('references.yaml', (text) => `${text}- id: "aljazeera-2025-talks-resume"\n  type: "webpage"\n  title: "A second entry with the first one's id"\n  checked: "Not checked."\n`),
    message: [/references\.yaml:\d+:\d+: reference "aljazeera-2025-talks-resume": this id is used twice: by entry 1 and by entry 10 \(the first is at line 1\)/],
  },
  {
    name: 'a duplicate topic id',
    breakContent: edit('topics.yaml', (text) => `${text}- id: "water"\n  label: "Rivers"\n  description: "A second entry with the id of another."\n`),
    message: [/topics\.yaml:\d+:\d+: topic "water": this id is used twice: by entry 7 and by entry 9 \(the first is at line 19\)/],
  },
  {
    name: 'a key given twice in one entry',
    breakContent: edit('references.yaml', (text) => replaceOnce(text, '  type: "article-newspaper"\n', '  type: "article-newspaper"\n  type: "report"\n')),
    message: [/references\.yaml:3:3: YAML: Map keys must be unique/],
  },
  // Ids and folder names
  {
    name: 'a claim id with bad characters',
    breakContent: edit(annotations, (text) => replaceOnce(text, 'id: "kp-durand-line-mistrust"', 'id: "KP Durand_Line"')),
    message: [/annotations\.yaml:3:9: claim "KP Durand_Line": id: "KP Durand_Line" must be lowercase letters and digits joined by single hyphens/],
  },
  {
    name: 'a claim id that is an id of the layout',
    breakContent: edit(annotations, (text) => replaceOnce(text, 'id: "kp-durand-line-mistrust"', 'id: "main"')),
    message: [/annotations\.yaml:3:9: claim "main": this id is taken by the layout: "main" is the id of the main column of every page/],
  },
  {
    name: 'a claim id made like the ids of the reference list',
    breakContent: edit(annotations, (text) => replaceOnce(text, 'id: "kp-durand-line-mistrust"', 'id: "ref-dawn-2025-talks-outcome"')),
    message: [/annotations\.yaml:3:9: claim "ref-dawn-2025-talks-outcome": this id is taken by the layout: ids starting with "ref-" belong to the entries of a brief's reference list/],
  },
  {
    name: 'a brief folder named with capitals',
    breakContent: renameBrief('Pakistan-Afghanistan-2025'),
    message: [/briefs\/Pakistan-Afghanistan-2025:1:1: the folder name "Pakistan-Afghanistan-2025" is not a valid brief id/],
  },
  {
    name: 'a brief folder named like a page of the site',
    breakContent: renameBrief('search'),
    message: [/briefs\/search:1:1: the folder name "search" is taken: the build writes "search" at the top of the site/],
  },
  {
    name: 'a brief folder named like a file the build writes',
    breakContent: renameBrief('404'),
    message: [/briefs\/404:1:1: the folder name "404" is taken: the build writes "404\.html"/],
  },
  {
    name: 'a brief folder named like the sitemap',
    breakContent: renameBrief('sitemap.xml'),
    env: { SITE_URL: 'https://example.org' },
    message: [/briefs\/sitemap\.xml:1:1: the folder name "sitemap\.xml" is not a valid brief id/],
  },
  // Schemas
  {
    name: 'missing required frontmatter',
    breakContent: edit(brief, (text) => text.replace(/^summary: .*\n/m, '')),
    message: [/brief\.md:2:1: frontmatter: summary: Required/],
  },
  {
    name: 'an empty brief',
    breakContent: edit(brief, (text) => text.slice(0, text.indexOf('\n---\n') + 5)),
    message: [/brief\.md:1:1: the brief has no text/],
  },
  {
    name: 'a reference URL that is not http(s)',
    breakContent: edit('references.yaml', (text) => replaceOnce(text, 'URL: "https://www.pakpips.com/article/7602"', 'URL: "javascript:alert(1)"')),
    message: [/references\.yaml:70:8: reference "pips-2023-india-afghanistan": URL: must start with http:\/\/ or https:\/\//],
  },
  {
    name: 'markup in a reference title (plain text by the schema)',
    breakContent: edit('references.yaml', (text) => replaceOnce(text, 'title: "CPEC to be expanded to Afghanistan"', 'title: "CPEC <img src=x onerror=alert(1)>"')),
    message: [/references\.yaml:34:10: reference "[a-z0-9-]+": title: holds markup \("<img src=x onerror=a"\): this field is plain text/],
  },
  {
    name: 'a reference URL the WHATWG URL parser rejects',
    breakContent: edit('references.yaml', (text) => replaceOnce(text, 'URL: "https://www.pakpips.com/article/7602"', 'URL: "https://www.pak pips.com/article/7602"')),
    message: [/references\.yaml:70:8: reference "pips-2023-india-afghanistan": URL: must be a full URL such as https:\/\/example\.org\/page \(the WHATWG URL parser/],
  },
  {
    name: 'raw <script> in the brief',
    breakContent: edit(brief, (text) => `${text}\nA closing line. <script>alert(document.cookie)</script>\n`),
    message: [/brief\.md:\d+:17: raw HTML is not allowed in a brief: "<script>"/, /brief\.md:\d+:47: raw HTML is not allowed in a brief: "<\/script>"/],
  },
  // YAML syntax
  {
    name: 'malformed YAML in the annotations',
    breakContent: edit(annotations, (text) => replaceOnce(text, 'claims:\n', 'claims:\n  - id: "unclosed\n    kind: [fact\n')),
    message: [/annotations\.yaml:\d+:\d+: YAML: /],
  },
  {
    name: 'malformed YAML in the topics, with the last good build in the cache',
    breakContent: edit('topics.yaml', (text) => replaceOnce(text, 'label: "Water"', 'label: "Water\n  description: [')),
    warmCache: true,
    message: [/topics\.yaml:\d+:\d+: YAML: /],
    notSaid: [/use one of: ,/, /annotations\.yaml/],
  },
  {
    name: 'a YAML resource-exhaustion document (nested aliases) in the topics',
    breakContent: edit('topics.yaml', (text) => `${text}- id: "laughs"\n  label: &a "lol"\n  description: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n  x: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n  y: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n  z: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n`),
    message: [/topics\.yaml:\d+:\d+: YAML: its aliases \(\*name\) expand to more than 100 copies/, /Hint: write the values out in full/],
    notSaid: [/unexpected error/i],
  },
  // Encoding and files
  {
    name: 'a brief in Latin-1 bytes',
    breakContent: (content) => {
      const path = join(content, brief);
      const text = readFileSync(path);
      writeFileSync(path, Buffer.concat([text, Buffer.from('\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait.\n')]));
    },
    message: [/brief\.md:\d+:4: the file is not valid UTF-8: byte 0xE9 at byte offset \d+/, /Hint: save the file as UTF-8/],
  },
  {
    name: 'annotations linked from outside the content folder',
    breakContent: (content) => {
      const outside = join(content, '..', 'outside.yaml');
      cpSync(join(content, annotations), outside);
      rmSync(join(content, annotations));
      symlinkSync(outside, join(content, annotations));
    },
    message: [/annotations\.yaml:1:1: is a symbolic link to .*outside\.yaml, outside the content folder/],
  },
  // Settings
  {
    name: 'SITE_BASE pointing at another host',
    env: { SITE_BASE: '//evil.example/' },
    message: [/SITE_BASE="\/\/evil\.example\/" is not allowed: SITE_BASE must be a path of URL-safe segments/],
  },
  {
    name: 'SITE_BASE climbing out of the site',
    env: { SITE_BASE: '/briefs/../' },
    message: [/SITE_BASE="\/briefs\/\.\.\/" is not allowed: SITE_BASE must be a path .* with no "\.\.", "\/\/" or scheme/],
  },
  {
    name: 'SITE_BASE holding markup',
    env: { SITE_BASE: '/"><script>alert(1)</script>/' },
    message: [/SITE_BASE="\/\\"><script>alert\(1\)<\/script>\/" is not allowed/],
  },
  {
    name: 'SITE_URL with a javascript: scheme',
    env: { SITE_URL: 'javascript:alert(1)' },
    message: [/SITE_URL="javascript:alert\(1\)" is not allowed: SITE_URL must be an absolute http\(s\) origin/],
  },
  {
    name: 'SITE_URL with a path',
    env: { SITE_URL: 'https://example.org/briefs' },
    message: [/SITE_URL="https:\/\/example\.org\/briefs" is not allowed: .*put a sub-path in SITE_BASE/],
  },
];

describe('bad content or settings stop the build and leave the previous dist/ as it was', () => {
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
      badCase.breakContent?.(content);
      const outDir = join(scratch, 'dist');
      cpSync(goodDist, outDir, { recursive: true });

      const build = runBuild({
        ...badCase.env,
        READER_CONTENT_DIR: content,
        READER_OUT_DIR: outDir,
        ...(badCase.warmCache ? {} : { READER_CACHE_DIR: join(scratch, 'cache') }),
      });

      expect(build.status, build.output).not.toBe(0);
      // The editor's view of the failure, in the run's log.
      const said = build.output.split('\n').filter((line) => badCase.message.some((pattern) => pattern.test(line)));
      console.info(`${badCase.name} →\n  ${said.join('\n  ')}`);
      for (const pattern of badCase.message) expect(build.output).toMatch(pattern);
      // Each said once, not once by the check and again by Astro.
      expect(new Set(said).size, build.output).toBe(said.length);
      for (const pattern of badCase.notSaid ?? []) expect(build.output).not.toMatch(pattern);
      expect(build.output).not.toMatch(/Failed to parse Markdown file|\n\s+at .+:\d+:\d+\)?\n/);
      expect(build.output).toMatch(/Build failed: .*\n.*was left as it was\./);
      expect(hashTree(outDir)).toEqual(goodHashes);
      expect(readdirSync(projectRoot).filter((name) => name.startsWith('.dist-staging'))).toEqual([]);
    });
  }

  it('a failure after Astro (moving the site into place) is named, and the staging folder removed', () => {
    const scratch = scratchDir('unwritable');
    // /proc takes no new folder: the site builds, and moving it there fails.
    const build = runBuild({ READER_OUT_DIR: '/proc/reader-dist', READER_CACHE_DIR: join(scratch, 'cache') });
    expect(build.status, build.output).not.toBe(0);
    expect(build.output).toMatch(/Build failed: moving the new site into \/proc\/reader-dist failed: /);
    expect(build.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(readdirSync(projectRoot).filter((name) => name.startsWith('.dist-staging'))).toEqual([]);
  });
});

describe('odd but harmless content builds, and nothing in it can run', () => {
  const hostile = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
  let outDir: string;

  beforeAll(() => {
    const scratch = scratchDir('harmless');
    const content = copyContent(scratch);
    // The brief with a byte-order mark and CRLF line endings, and a sentence
    // with decomposed accents (NFD) that a claim quotes composed (NFC).
    const briefPath = join(content, brief);
    const decomposed = 'Talks in Tu\u0308rkiye were called a cafe\u0301 meeting.';
    writeFileSync(briefPath, `\uFEFF${readFileSync(briefPath, 'utf8')}\n${decomposed}\n`.replace(/\n/g, '\r\n'));
    edit(annotations, (text) =>
      replaceOnce(
        text,
        'claims:\n',
        `claims:\n  - id: "nfc-quote"\n    quote:\n      exact: "${decomposed.normalize('NFC')}"\n    kind: "fact"\n    note: ${JSON.stringify(`A note with markup: ${hostile}`)}\n`,
      ),
    )(content);
    // Markup in the editors' prose (stored as the text it shows: plain-text
    // fields such as titles and labels refuse it, see the cases above), in a
    // reference's address (kept in its WHATWG serialisation), and a formula
    // at the start of a reference's title (neutralised in the CSV).
    edit('references.yaml', (text) =>
      replaceOnce(
        replaceOnce(text, 'URL: "https://www.pakpips.com/article/7602"', `URL: ${JSON.stringify(`https://www.pakpips.com/article/7602${hostile}`)}`),
        'title: "CPEC to be expanded to Afghanistan"',
        'title: "=HYPERLINK(\\"https://evil.example\\") CPEC"',
      ),
    )(content);
    outDir = join(scratch, 'dist');
    mkdirSync(scratch, { recursive: true });
    const build = runBuild({ READER_CONTENT_DIR: content, READER_OUT_DIR: outDir, READER_CACHE_DIR: join(scratch, 'cache') });
    if (build.status !== 0) throw new Error(`the build failed:\n${build.output}`);
  });

  it('anchors a composed quote in decomposed text, through a BOM and CRLF', () => {
    const reading = page(outDir, `${briefId}/index.html`);
    const claim = selectAll('#nfc-quote', reading);
    expect(claim).toHaveLength(1);
    expect(readFileSync(join(outDir, briefId, 'index.html'), 'utf8')).not.toContain('\uFEFF');
  });

  it('holds no script but the site’s own files, no event handler and no javascript: URL on any page', () => {
    const pages = listFiles(outDir).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const tree = page(outDir, file);
      for (const script of selectAll('script', tree)) {
        // Data (JSON-LD) is not run; every script that is comes from the site's own files.
        if (script.properties.type === 'application/ld+json') continue;
        expect(String(script.properties.src ?? ''), file).toMatch(/^\/_astro\/[\w.-]+\.js$/);
      }
      for (const element of selectAll('*', tree)) {
        const handlers = Object.keys(element.properties).filter((name) => /^on/i.test(name));
        expect(handlers, `${file}: <${element.tagName}>`).toEqual([]);
        for (const name of ['href', 'src', 'action', 'formAction']) {
          const url = String(element.properties[name] ?? '');
          expect(url, `${file}: <${element.tagName} ${name}>`).not.toMatch(/^\s*(javascript|vbscript):/i);
          // The one data: URL is the inline favicon (an SVG image, not a document).
          if (/^\s*data:/i.test(url)) expect(`${element.tagName} ${url}`, file).toMatch(/^link data:image\/svg\+xml;base64,/);
        }
      }
      expect(selectAll('iframe, object, embed, img[src="x"]', tree), file).toEqual([]);
    }
  });

  it('writes no raw markup into any data file, and no CSV cell a spreadsheet would run', () => {
    const dataFiles = listFiles(outDir).filter((file) => /\.(json|jsonld|jsonl)$/.test(file) && !file.startsWith('pagefind/'));
    expect(dataFiles).toEqual(expect.arrayContaining(['references.json', 'search-words.json', 'data/claims.jsonl', 'data/datapackage.json', `${briefId}/search-words.json`]));
    for (const file of dataFiles) {
      const text = readFileSync(join(outDir, file), 'utf8');
      expect(text, file).not.toMatch(/[<>]/);
      for (const line of file.endsWith('.jsonl') ? text.trimEnd().split('\n') : [text]) JSON.parse(line);
    }
    const references = JSON.parse(readFileSync(join(outDir, 'references.json'), 'utf8')) as Array<{ id: string; title: string; URL?: string }>;
    expect(references.find((reference) => reference.URL?.startsWith('https://www.pakpips.com/'))!.URL).toBe(
      'https://www.pakpips.com/article/7602%22%3E%3Cscript%3Ealert(1)%3C/script%3E%3Cimg%20src=x%20onerror=alert(2)%3E',
    );
    const csv = readFileSync(join(outDir, 'data', 'references.csv'), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"") CPEC"`);
    const cells = (parse(csv) as string[][]).flat();
    expect(cells).toContain(`'=HYPERLINK("https://evil.example") CPEC`);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });
});
