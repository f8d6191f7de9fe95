/**
 * The editors' glossary in the built site: it covers the brief's acronyms,
 * the reading view marks each term's first use with its definition, the
 * glossary page lists every term, and a name given to two terms stops the
 * build with a message an editor can act on.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { copyContent, hashTree, runBuild, scratchDir } from '../support/build';
import { briefId, distDir, projectRoot } from '../support/site';
import { findMentions, namesOf, type GlossaryTerm } from '../../src/lib/content/glossary';

// Read as the editors wrote it; `names` may be left out (the schema's default is none).
const glossary: Array<GlossaryTerm & { kind: string }> = parse(readFileSync(join(projectRoot, 'content/glossary.yaml'), 'utf8')).map(
  (entry: GlossaryTerm & { kind: string }) => ({ ...entry, names: entry.names ?? [] }),
);
const briefBody = readFileSync(join(projectRoot, `content/briefs/${briefId}/brief.md`), 'utf8').split(/^---$/m).slice(2).join('---');
const annotations = readFileSync(join(projectRoot, `content/briefs/${briefId}/annotations.yaml`), 'utf8');
const page = (path: string) => fromHtml(readFileSync(join(distDir, path), 'utf8'));

describe('the glossary', () => {
  it('has a name for every acronym of the brief’s text and of the editors’ notes', () => {
    const acronyms = new Set([...`${briefBody}\n${annotations}`.matchAll(/(?<![\p{L}\p{N}-])\p{Lu}{2,}(?![\p{L}\p{N}-])/gu)].map((match) => match[0]));
    const names = new Set(glossary.flatMap(namesOf));
    expect([...acronyms].filter((acronym) => !names.has(acronym))).toEqual([]);
  });

  it('marks, in the reading view, the first use of each term the text mentions, once, by an id the glossary page holds', () => {
    const tree = page(`${briefId}/index.html`);
    const marks = selectAll('.brief-text span.glossary-term', tree);
    const glossaryIds = new Set(selectAll('.glossary dt[id]', page('glossary/index.html')).map((term) => String(term.properties.id)));
    const text = toText(selectAll('.brief-text', tree)[0]!);
    const mentioned = new Set(findMentions(briefBody, glossary).map((mention) => mention.entry.id));
    expect(marks.map((mark) => mark.properties.dataTerm).sort()).toEqual([...mentioned].sort());
    for (const mark of marks) {
      const entry = glossary.find((candidate) => candidate.id === mark.properties.dataTerm)!;
      // The definition is the glossary page's, opened in place from there: not carried by the reading page.
      expect(mark.properties.title).toBeUndefined();
      expect(glossaryIds.has(entry.id)).toBe(true);
      // The first mention in the text is the one marked.
      const first = findMentions(text, [entry])[0]!;
      expect(toText(mark)).toBe(first.text);
    }
  });

  it('lists every term on /glossary/ with its definition and other names', () => {
    const tree = page('glossary/index.html');
    for (const entry of glossary) {
      const [term] = selectAll(`dt[id="${entry.id}"]`, tree);
      expect(term, entry.id).toBeDefined();
      expect(toText(term!)).toBe(entry.term);
    }
    const text = toText(tree);
    for (const entry of glossary) {
      expect(text).toContain(entry.definition);
      for (const name of entry.names) expect(text).toContain(name);
    }
  });

  it('a name given to two terms stops the build, naming the file, both terms and the name, and leaves dist/ as it was', () => {
    const content = copyContent(scratchDir('glossary'));
    const file = join(content, 'glossary.yaml');
    const yaml = readFileSync(file, 'utf8');
    const edited = yaml.replace('names: ["Baluchistan", "Baloochistan"]', 'names: ["Baluchistan", "Baloochistan", "KP"]');
    expect(edited).not.toBe(yaml);
    writeFileSync(file, edited);
    const before = hashTree(distDir);
    const run = runBuild({ READER_CONTENT_DIR: content });
    expect(run.status).not.toBe(0);
    // file:line:column, as `npm run check` and the build print every content problem: the line of one of the two names.
    const lines = edited.split('\n').flatMap((text, index) => (/"KP"/.test(text) ? [index + 1] : []));
    expect(run.output).toMatch(new RegExp(`glossary\\.yaml:(${lines.join('|')}):\\d+: term "(balochistan|kpk)": the name "KP" is also a name of term "(kpk|balochistan)"`));
    expect(run.output).not.toMatch(/glossary\.yaml:1:1:/);
    expect(run.output).toMatch(/Hint: a name must lead to one term/);
    expect(hashTree(distDir)).toEqual(before);
  });
});
