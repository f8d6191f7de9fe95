/** The content the build's check read, handed to Astro's loaders once (src/lib/content/content-handover.ts). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { handOverContent, takeHandedOverContent } from '../../src/lib/content/content-handover';
import { Problem } from '../../src/lib/content/problem';
import type { ContentFiles } from '../../src/lib/content/read-content';

const folder = mkdtempSync(join(tmpdir(), 'reader-handover-'));
const other = mkdtempSync(join(tmpdir(), 'reader-handover-other-'));
afterAll(() => [folder, other].forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const read = (problems: Problem[] = []): ContentFiles => ({ briefs: [], problems });

describe('handing the content over', () => {
  it('gives the loaders what the check read, once, for the same folder however it is spelt', () => {
    const content = read();
    handOverContent(folder, content);
    expect(takeHandedOverContent(join(folder, '.'))).toBe(content);
    expect(takeHandedOverContent(folder)).toBeUndefined();
  });

  it('gives nothing for another folder', () => {
    handOverContent(folder, read());
    expect(takeHandedOverContent(other)).toBeUndefined();
  });

  it('hands over no content that had a problem, so the loaders read the disk and report it', () => {
    handOverContent(folder, read([new Problem({ ruleId: 'no-brief', file: folder, line: 1, column: 1, message: 'there is no brief', hint: 'add one' })]));
    expect(takeHandedOverContent(folder)).toBeUndefined();
  });
});
