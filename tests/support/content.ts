/** The content as the editors wrote it, read straight from YAML, to check the built pages against. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { briefId, projectRoot } from './site';

interface RawClaim {
  id: string;
  kind: string;
  topics?: string[];
  evidence?: Array<{ ref: string; relation: string }>;
  links?: Array<{ to: string; relation: string }>;
}

const read = (path: string) => parse(readFileSync(join(projectRoot, path), 'utf8'));

export const claims: RawClaim[] = read(`content/briefs/${briefId}/annotations.yaml`).claims;
export const references: Array<{ id: string; URL?: string }> = read('content/references.yaml');
export const topics: Array<{ id: string }> = read('content/topics.yaml');
