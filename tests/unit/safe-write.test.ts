import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutsideContentError, writeContentFile } from '../../src/lib/authoring/safe-write';

function contentFolder() {
  const root = mkdtempSync(join(tmpdir(), 'reader-safe-write-'));
  const content = join(root, 'content');
  mkdirSync(join(content, 'briefs', 'one'), { recursive: true });
  return { root, content };
}

describe('writing a content file', () => {
  it('replaces the file whole, keeps the old one as .bak, and leaves no temporary file', () => {
    const { content } = contentFolder();
    const file = join(content, 'briefs', 'one', 'annotations.yaml');
    writeFileSync(file, 'claims: []\n');
    const backup = writeContentFile(content, file, 'claims:\n  - id: "a"\n', { backup: true });
    expect(readFileSync(file, 'utf8')).toBe('claims:\n  - id: "a"\n');
    expect(backup).toMatch(/annotations\.yaml\.bak$/);
    expect(readFileSync(backup!, 'utf8')).toBe('claims: []\n');
    expect(readdirSync(join(content, 'briefs', 'one')).sort()).toEqual(['annotations.yaml', 'annotations.yaml.bak']);
  });

  it('refuses a path out of the content folder, by "..", by an absolute path or through a symbolic link, writing nothing', () => {
    const { root, content } = contentFolder();
    writeFileSync(join(root, 'outside.yaml'), 'kept\n');
    symlinkSync(join(root, 'outside.yaml'), join(content, 'briefs', 'one', 'linked.yaml'));
    symlinkSync(root, join(content, 'briefs', 'escape'));
    for (const file of [
      join(content, '..', 'outside.yaml'),
      join(root, 'outside.yaml'),
      join(content, 'briefs', 'one', 'linked.yaml'),
      join(content, 'briefs', 'escape', 'outside.yaml'),
    ]) {
      expect(() => writeContentFile(content, file, 'overwritten\n', { backup: true }), file).toThrow(OutsideContentError);
    }
    expect(readFileSync(join(root, 'outside.yaml'), 'utf8')).toBe('kept\n');
    expect(readdirSync(root).sort()).toEqual(['content', 'outside.yaml']);
  });

  it('leaves the old file as it was when the new one cannot be written', () => {
    const { content } = contentFolder();
    const file = join(content, 'briefs', 'one', 'annotations.yaml');
    writeFileSync(file, 'claims: []\n');
    // A temporary file already in the way (as after a crash) makes the write fail before the rename.
    writeFileSync(join(content, 'briefs', 'one', `.annotations.yaml.${process.pid}.tmp`), '');
    expect(() => writeContentFile(content, file, 'new\n')).toThrow(/EEXIST/);
    expect(readFileSync(file, 'utf8')).toBe('claims: []\n');
  });
});
