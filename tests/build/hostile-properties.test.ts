/**
 * The build under random hostile content (fast-check): a random value —
 * markup, quotes, YAML syntax, aliases, invisible characters, line breaks —
 * put into one field of a scratch copy of the content. Each run either
 * builds, with no page or data file holding anything that could run, or
 * fails with one message naming the file, line and column, and leaves the
 * previous dist/ byte for byte as it was, with no staging folder left.
 *
 * A few runs only (RUNS): each is a real build. The seed is printed by
 * fast-check on failure, to replay the case.
 */
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyContent, hashTree, runBuild, scratchDir } from '../support/build';
import { listFiles } from '../support/dist';
import { briefId, distDir, projectRoot } from '../support/site';

const RUNS = 4;

/** Where a value goes: a file of the content, and the exact text it replaces there. */
const FIELDS = [
  { file: 'references.yaml', from: '"CPEC to be expanded to Afghanistan"' },
  { file: 'references.yaml', from: '"https://www.pakpips.com/article/7602"' },
  { file: 'topics.yaml', from: '"Water"' },
  { file: `briefs/${briefId}/annotations.yaml`, from: `kind: "fact"` },
];

const hostileValue = fc.oneof(
  fc.constantFrom(
    '"<script>alert(1)</script>"',
    '"https://x.example/\\"><img src=x onerror=alert(1)>"',
    '&a [*a, *a]',
    '"=HYPERLINK(\\"https://evil.example\\")"',
    '"a\\u200bb\\u202ec"',
    '"]]><x/>"',
    '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
  ),
  fc.string({ unit: fc.constantFrom('<', '>', '"', "'", '{', '}', '[', ']', ':', '#', '&', '*', '@', '-', '\n', ' ', 'x', 'é', '“'), minLength: 1, maxLength: 24 }),
);

describe('the build under random hostile content', () => {
  let goodDist: string;
  let goodHashes: Record<string, string>;

  beforeAll(() => {
    goodDist = join(scratchDir('property-good'), 'dist');
    cpSync(distDir, goodDist, { recursive: true });
    goodHashes = hashTree(goodDist);
  });

  it('builds safe output, or fails naming file:line:column and keeps the last good dist/', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS), hostileValue, (field, value) => {
        const scratch = scratchDir('property');
        const content = copyContent(scratch);
        const path = join(content, field.file);
        const text = readFileSync(path, 'utf8');
        if (!text.includes(field.from)) throw new Error(`fixture: "${field.from}" not in ${field.file}`);
        const entry = field.from.startsWith('kind') ? `${field.from}\n    note: ${value}` : value;
        writeFileSync(path, text.replace(field.from, entry));
        const outDir = join(scratch, 'dist');
        cpSync(goodDist, outDir, { recursive: true });

        const build = runBuild({ READER_CONTENT_DIR: content, READER_OUT_DIR: outDir, READER_CACHE_DIR: join(scratch, 'cache') });
        expect(build.output).not.toMatch(/unexpected error|\n\s+at .+:\d+:\d+\)?\n/i);
        expect(readdirSync(projectRoot).filter((name) => name.startsWith('.dist-staging'))).toEqual([]);
        if (build.status === 0) {
          for (const file of listFiles(outDir).filter((name) => /\.(json|jsonld|jsonl)$/.test(name) && !name.startsWith('pagefind/'))) {
            expect(readFileSync(join(outDir, file), 'utf8'), file).not.toMatch(/[<>]/);
          }
        } else {
          expect(build.output).toMatch(new RegExp(`${field.file.replace(/[./]/g, '\\$&')}:\\d+:\\d+: `));
          expect(build.output).toMatch(/Build failed: .*\n.*was left as it was\./);
          expect(hashTree(outDir)).toEqual(goodHashes);
        }
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});
