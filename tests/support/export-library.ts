/** A small library, linked as the site links it, and its reading view's HTML, for the export modules' unit tests. */
import { buildLibrary, type Library } from '../../src/lib/content/link-graph';
import { createPaths } from '../../src/lib/site/paths';
import { annotationsSchema, briefSchema, referenceSchema, topicSchema } from '../../src/lib/content/schema';

export const paths = createPaths('/briefs/');
export const site = new URL('https://example.org');

/** Brief frontmatter through the schema, then `title` set as given, past the schema's refusal of markup. */
function withTitle(title: string, frontmatter: Record<string, unknown>) {
  return { ...briefSchema.parse(frontmatter), title };
}

export function exportLibrary(): Library {
  return buildLibrary({
    referencesFile: 'content/references.yaml',
    topicsFile: 'content/topics.yaml',
    references: [
      { id: 'dawn-2025', type: 'article-newspaper', title: 'Talks, "again" & more', 'container-title': 'Dawn', issued: '2025-10-31', URL: 'https://www.dawn.com/news/1', checked: 'Seen.', perspective: 'Official' },
      { id: 'guardian-2025', type: 'article-newspaper', title: 'Clashes', author: [{ family: 'Janjua', given: 'Haroon' }, { family: 'Baloch', given: 'Shah Meer' }], 'container-title': 'The Guardian', issued: '2025-10', issuedApproximate: true, checked: 'Syndicated copy.' },
    ].map((reference) => referenceSchema.parse(reference)),
    topics: [topicSchema.parse({ id: 'diplomacy', label: 'Diplomacy', description: 'Talks.' })],
    briefs: [
      {
        id: 'brief-one',
        file: 'content/briefs/brief-one/brief.md',
        annotationsFile: 'content/briefs/brief-one/annotations.yaml',
        body: 'Talks go on. Talks go on. In Istanbul.',
        // The title holds markup the schema now refuses (plain-text fields): it is put back
        // after parsing, so the exports are still shown to escape it should one get through.
        data: withTitle('One </script> brief', {
          title: 'One brief',
          summary: 'A brief for the tests of the exports.',
          date: 'late 2025',
          issued: '2025',
          authorship: 'unknown',
          references: [{ ref: 'dawn-2025', asListed: 'Dawn' }, { ref: 'guardian-2025', asListed: 'Guardian' }],
        }),
        claims: annotationsSchema.parse({
          claims: [
            { id: 'kp-talks', quote: { exact: 'Talks go on.' }, kind: 'fact', topics: ['diplomacy'], note: 'A note, "quoted".', corrections: [{ written: 'go', reading: 'goes' }], evidence: [{ ref: 'dawn-2025', relation: 'supports', note: 'Says so.' }] },
            { id: 'istanbul', quote: { exact: 'In Istanbul.' }, kind: 'assessment', evidence: [{ ref: 'guardian-2025', relation: 'qualifies' }], links: [{ to: 'kp-talks', relation: 'elaborates' }] },
          ],
        }).claims,
      },
    ],
  });
}

/** The reading view's text as the anchoring plugin marks it up: claims wrapped, the editors' additions marked. */
export const READING_HTML =
  '<h2 id="a">Heading<a class="heading-permalink" data-editorial href="#a">#</a></h2>\n' +
  '<p><span class="claim" id="kp-talks">Talks go on.</span><sup class="cites"><a class="cite" href="#ref-dawn-2025">[1]</a></sup> ' +
  'Talks go on. <span class="claim" id="istanbul"><em>In</em> Istanbul.</span></p>' +
  '<ul class="claim-notes" data-editorial><li id="note-kp-talks">Fact: “Talks go on.” Editors’ note.</li></ul>';
