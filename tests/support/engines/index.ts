/**
 * The engines a run drives: all three unless READER_ENGINES names some
 * (`READER_ENGINES=firefox`, `READER_ENGINES=chromium,webkit`).
 */
import { afterAll, beforeAll } from 'vitest';
import { launchChromiumEngine } from './chromium';
import { ENGINE_NAMES, type Engine, type EngineName } from './engine';
import { launchFirefoxEngine } from './firefox';
import { launchWebKitEngine } from './webkit';

export * from './engine';

const LAUNCH: Record<EngineName, (siteUrl: string) => Promise<Engine>> = {
  chromium: launchChromiumEngine,
  firefox: launchFirefoxEngine,
  webkit: launchWebKitEngine,
};

/** The engines named in READER_ENGINES (comma-separated), in the fixed order; all three by default. */
export function selectedEngines(value = process.env.READER_ENGINES): EngineName[] {
  if (!value?.trim()) return [...ENGINE_NAMES];
  const named = value.split(',').map((name) => name.trim().toLowerCase());
  const unknown = named.filter((name) => !ENGINE_NAMES.includes(name as EngineName));
  if (unknown.length > 0) throw new Error(`READER_ENGINES: unknown engine ${unknown.join(', ')} (known: ${ENGINE_NAMES.join(', ')})`);
  return ENGINE_NAMES.filter((name) => named.includes(name));
}

/**
 * One browser of the engine for the enclosing describe block, started
 * before its first test and closed after its last; `engine()` hands it to a test.
 */
export function useEngine(name: EngineName, siteUrl: string): () => Engine {
  let engine: Engine | undefined;
  beforeAll(async () => {
    engine = await LAUNCH[name](siteUrl);
  });
  afterAll(async () => {
    await engine?.close();
  });
  return () => {
    if (!engine) throw new Error(`${name} did not start`);
    return engine;
  };
}
