import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/lib/content/problem';
import { firstInvalidUtf8Byte, MAX_YAML_DEPTH, parseYaml, positionOf, readContent, readText } from '../../src/lib/content/read-content';

describe('firstInvalidUtf8Byte', () => {
  it.each([
    ['ASCII', [0x61, 0x62], undefined],
    ['é in UTF-8', [0x63, 0xc3, 0xa9], undefined],
    ['a four-byte character', [0xf0, 0x9f, 0x98, 0x80], undefined],
    ['é in Latin-1', [0x63, 0x61, 0x66, 0xe9, 0x20], 3],
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['an overlong slash', [0x61, 0xc0, 0xaf], 1],
    ['a surrogate', [0xed, 0xa0, 0x80], 0],
    ['a cut-off sequence', [0x61, 0xe2, 0x82], 1],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
  ])('%s', (_name, bytes, expected) => {
    expect(firstInvalidUtf8Byte(Uint8Array.from(bytes))).toBe(expected);
  });
});

describe('readText', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reader-read-'));

  it('drops a byte-order mark and turns CRLF into LF', () => {
    writeFileSync(join(dir, 'bom.yaml'), '\uFEFFa: 1\r\nb: 2\r\n');
    expect(readText(join(dir, 'bom.yaml'), dir, [])).toBe('a: 1\nb: 2\n');
  });

  it('refuses bytes that are not UTF-8, with the line, column and byte offset', () => {
    writeFileSync(join(dir, 'latin1.md'), Buffer.concat([Buffer.from('line one\nCaf'), Buffer.from([0xe9])]));
    const problems: Problem[] = [];
    expect(readText(join(dir, 'latin1.md'), dir, problems)).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ line: 2, column: 4, message: 'the file is not valid UTF-8: byte 0xE9 at byte offset 12' })]);
  });
});

describe('parseYaml', () => {
  it('gives every syntax error its line and column, offset by the lines before the document', () => {
    const problems: Problem[] = [];
    const source = parseYaml('brief.md', 'title: T\nsummary: [open\ndate: x\n', 1, problems);
    expect(source.parsed).toBe(false);
    expect(problems[0]).toMatchObject({ file: 'brief.md', line: 4, column: 1, message: expect.stringMatching(/^YAML: Flow sequence in block collection must be sufficiently indented and end with a \]/) });
  });

  it('refuses a key given twice', () => {
    const problems: Problem[] = [];
    parseYaml('topics.yaml', '- id: a\n  id: b\n', 0, problems);
    expect(problems).toEqual([expect.objectContaining({ line: 2, column: 3, message: 'YAML: Map keys must be unique' })]);
  });

  it('finds the line and column of a node by its path, or of its nearest parent', () => {
    const source = parseYaml('a.yaml', 'claims:\n  - id: one\n    quote:\n      exact: "x"\n', 0, []);
    expect(positionOf(source, ['claims', 0, 'quote', 'exact'])).toEqual({ line: 4, column: 14 });
    expect(positionOf(source, ['claims', 0, 'kind'])).toEqual({ line: 2, column: 5 });
  });
});

describe('readContent', () => {
  it('refuses a link out of the content folder and a folder that is not an id, and keeps line numbers of the body', () => {
    const root = mkdtempSync(join(tmpdir(), 'reader-content-'));
    const content = join(root, 'content');
    mkdirSync(join(content, 'briefs', 'good-brief'), { recursive: true });
    mkdirSync(join(content, 'briefs', 'Bad Brief'), { recursive: true });
    writeFileSync(join(root, 'secret.yaml'), '- id: secret\n');
    symlinkSync(join(root, 'secret.yaml'), join(content, 'references.yaml'));
    writeFileSync(join(content, 'topics.yaml'), '[]\n');
    writeFileSync(join(content, 'briefs', 'good-brief', 'brief.md'), '---\ntitle: T\n---\n\nText.\n');
    writeFileSync(join(content, 'briefs', 'good-brief', 'annotations.yaml'), 'claims: []\n');

    const read = readContent(content);
    expect(read.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^is a symbolic link to .*secret\.yaml, outside the content folder$/),
      'the folder name "Bad Brief" is not a valid brief id',
    ]);
    expect(read.references).toBeUndefined();
    expect(read.briefs.map((brief) => brief.id)).toEqual(['good-brief']);
    expect(read.briefs[0]!.brief!.body).toBe('\n\n\n\nText.\n');
  });
});

describe('limits, each refused by name with its place', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reader-limits-'));
  const yamlProblems = (text: string, lineOffset = 0) => {
    const problems: Problem[] = [];
    const source = parseYaml('content/topics.yaml', text, lineOffset, problems);
    return { source, problems };
  };

  it('refuses a "billion laughs" document at its first alias, without expanding it', () => {
    const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [index, name] of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].entries()) {
      const previous = index === 0 ? 'a' : ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'][index - 1];
      laughs.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const { source, problems } = yamlProblems(`${laughs.join('\n')}\n`, 1);
    expect(source.parsed).toBe(false);
    expect(source.value).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/topics.yaml', line: 3, column: 8, message: expect.stringMatching(/^YAML: its aliases \(\*name\) expand to more than 100 copies/), hint: expect.stringMatching(/no anchors/) }),
    ]);
  });

  it('reads a few aliases, as YAML allows', () => {
    const { source, problems } = yamlProblems('a: &x "one"\nb: *x\n');
    expect(problems).toEqual([]);
    expect(source.value).toEqual({ a: 'one', b: 'one' });
  });

  it('refuses nesting past the limit at the place it goes too deep, and a document too deep to parse', () => {
    const deep = yamlProblems(`${'['.repeat(40)}1${']'.repeat(40)}\n`);
    expect(deep.problems).toEqual([expect.objectContaining({ line: 1, column: 33, message: 'YAML: nested more than 32 levels deep' })]);
    // 20,000 brackets run the parser out of stack twenty times over (about 1,000 already do); more only makes the test slower.
    const abyss = yamlProblems(`${'['.repeat(20_000)}\n`);
    expect(abyss.source.parsed).toBe(false);
    expect(abyss.problems).toEqual([
      expect.objectContaining({ file: 'content/topics.yaml', line: 1, column: 1, message: `YAML: nested too deeply to read (far more than ${MAX_YAML_DEPTH} levels)` }),
    ]);
  });

  it('refuses a file that is too large, and a binary one, naming the file and the place', () => {
    writeFileSync(join(dir, 'huge.yaml'), Buffer.alloc(8 * 1024 * 1024 + 1, 0x61));
    writeFileSync(join(dir, 'binary.md'), Buffer.from('---\ntitle: x\n---\nPK\u0003\u0004\u0000\u0000 rest'));
    const problems: Problem[] = [];
    expect(readText(join(dir, 'huge.yaml'), dir, problems)).toBeUndefined();
    expect(readText(join(dir, 'binary.md'), dir, problems)).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({ file: join(dir, 'huge.yaml'), line: 1, column: 1, message: 'the file is 8.0 MB, more than the 8 MB a content file may be' }),
      expect.objectContaining({ file: join(dir, 'binary.md'), line: 4, column: 5, message: 'the file holds a NUL byte: it looks like a binary file, not text' }),
    ]);
  });
});
