/** The W3C Web Annotation JSON-LD context: alone in a file, so browser code can name it without the export's Node code. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
