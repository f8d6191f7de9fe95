/** The project's own content linked as the build links it, without Astro: for unit tests on real data. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildLibrary, type Library } from '../../src/lib/content/link-graph';
import { annotationsSchema, briefSchema, referenceSchema, topicSchema } from '../../src/lib/content/schema';
import { briefId, projectRoot } from './site';

const read = (path: string) => readFileSync(join(projectRoot, path), 'utf8');

export function contentLibrary(): Library {
  const file = `content/briefs/${briefId}/brief.md`;
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(read(file))!;
  return buildLibrary({
    referencesFile: 'content/references.yaml',
    topicsFile: 'content/topics.yaml',
    references: parse(read('content/references.yaml')).map((entry: unknown) => referenceSchema.parse(entry)),
    topics: parse(read('content/topics.yaml')).map((entry: unknown) => topicSchema.parse(entry)),
    briefs: [
      {
        id: briefId,
        file,
        annotationsFile: `content/briefs/${briefId}/annotations.yaml`,
        data: briefSchema.parse(parse(frontmatter!)),
        body: body!,
        claims: annotationsSchema.parse(parse(read(`content/briefs/${briefId}/annotations.yaml`))).claims,
      },
    ],
  });
}
