import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RenderedBrief } from '../../src/lib/render/render-brief';
import { renderedBriefStore } from '../../src/lib/render/rendered-brief-store';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
const newFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), 'rendered-brief-store-'));
  folders.push(folder);
  return join(folder, 'rendered-brief');
};

/** A renderer that counts its calls and renders the text it is given. */
function renderer(text: string) {
  const calls = { count: 0 };
  const render = async (): Promise<RenderedBrief> => {
    calls.count += 1;
    return {
      html: `<p>${text}</p>`,
      headings: [{ depth: 2, slug: 'talks', text: 'Talks' }],
      contexts: new Map([['c1', { before: 'Before ', claim: text, after: '.', section: 'Talks' }]]),
    };
  };
  return { render, calls };
}

describe('renderedBriefStore: each brief rendered once, across routes and builds', () => {
  it('renders a brief once and gives the same value back, its contexts a Map again', async () => {
    const dir = newFolder();
    const { render, calls } = renderer('Talks resumed');
    const made = await renderedBriefStore(dir, { cold: false }).get('brief-a', 'key-1', render);
    // A later route, or a later build: a new store over the same folder.
    const read = await renderedBriefStore(dir, { cold: false }).get('brief-a', 'key-1', render);
    expect(calls.count).toBe(1);
    expect(read).toEqual(made);
    expect(read.contexts.get('c1')?.claim).toBe('Talks resumed');
  });

  it('renders again when the key changed (the brief, the shared content or the code changed)', async () => {
    const dir = newFolder();
    await renderedBriefStore(dir, { cold: false }).get('brief-a', 'key-1', renderer('old words').render);
    const changed = renderer('new words');
    const read = await renderedBriefStore(dir, { cold: false }).get('brief-a', 'key-2', changed.render);
    expect(changed.calls.count).toBe(1);
    expect(read.html).toBe('<p>new words</p>');
    expect(readdirSync(dir)).toEqual(['brief-a.json']);
  });

  it('in a cold build, uses only what this build stored', async () => {
    const dir = newFolder();
    await renderedBriefStore(dir, { cold: false }).get('brief-a', 'key-1', renderer('from the last build').render);
    const cold = renderedBriefStore(dir, { cold: true });
    const fresh = renderer('from this build');
    expect((await cold.get('brief-a', 'key-1', fresh.render)).html).toBe('<p>from this build</p>');
    expect((await cold.get('brief-a', 'key-1', fresh.render)).html).toBe('<p>from this build</p>');
    expect(fresh.calls.count).toBe(1);
  });

  it('renders again over a stored file that does not read, and writes it afresh', async () => {
    const dir = newFolder();
    await renderedBriefStore(dir, { cold: false }).get('brief-a', 'key-1', renderer('first').render);
    writeFileSync(join(dir, 'brief-a.json'), '{"key":"key-1","html":"<p>cut sh');
    const again = renderer('again');
    expect((await renderedBriefStore(dir, { cold: false }).get('brief-a', 'key-1', again.render)).html).toBe('<p>again</p>');
    expect((await renderedBriefStore(dir, { cold: false }).get('brief-a', 'key-1', again.render)).html).toBe('<p>again</p>');
    expect(again.calls.count).toBe(1);
  });

  it('removes the briefs no longer in the library', async () => {
    const dir = newFolder();
    const store = renderedBriefStore(dir, { cold: false });
    await store.get('kept', 'k', renderer('kept').render);
    await store.get('deleted', 'k', renderer('deleted').render);
    store.keepOnly(['kept']);
    expect(readdirSync(dir)).toEqual(['kept.json']);
  });
});
