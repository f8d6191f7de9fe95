/**
 * The "must" assertions of the W3C Web Annotation test suite
 * (w3c/web-annotation-tests: annotationMusts, pageMusts, collectionMusts;
 * also web-platform-tests' annotation-model/) restated as our own JSON
 * Schema, run with Ajv. They are not on npm, and their files are not copied:
 * each rule below names the section of https://www.w3.org/TR/annotation-model/
 * it checks.
 */
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** §3.3.5 The 13 motivations: the only values of motivation and purpose. */
export const STANDARD_MOTIVATIONS = [
  'assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting',
  'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging',
];

const uri = { type: 'string', format: 'uri' };
const oneOrMany = (schema: object) => ({ anyOf: [schema, { type: 'array', minItems: 1, items: schema }] });
const singleUri = { anyOf: [uri, { type: 'array', minItems: 1, maxItems: 1, items: uri }] };
const hasValue = (value: string) => ({ anyOf: [{ const: value }, { type: 'array', contains: { const: value } }] });
const dateTime = { type: 'string', format: 'date-time' };
const motivation = { enum: STANDARD_MOTIVATIONS };

/** Keys whose values the model constrains wherever they appear (§3.2.1, §3.3.1, §3.3.6, §3.3.7). */
const commonKeys = {
  created: dateTime,
  modified: dateTime,
  generated: dateTime,
  rights: oneOrMany(uri),
  canonical: uri,
  via: oneOrMany(uri),
  textDirection: { enum: ['ltr', 'rtl', 'auto'] },
};

const selector = {
  type: 'object',
  required: ['type'],
  allOf: [
    // §4.2.4 a TextQuoteSelector has exactly one exact, a string; prefix and suffix are strings.
    { if: { properties: { type: { const: 'TextQuoteSelector' } } }, then: { required: ['exact'], properties: { exact: { type: 'string' }, prefix: { type: 'string' }, suffix: { type: 'string' } } } },
    // §4.2.5, §4.2.6 position selectors have one start and one end, non-negative integers.
    {
      if: { properties: { type: { enum: ['TextPositionSelector', 'DataPositionSelector'] } } },
      then: { required: ['start', 'end'], properties: { start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 } } },
    },
    // §4.2.1–4.2.3, §4.2.7 fragment, CSS, XPath and SVG selectors carry their value.
    { if: { properties: { type: { enum: ['FragmentSelector', 'CssSelector', 'XPathSelector'] } } }, then: { required: ['value'], properties: { value: { type: 'string' } } } },
    // §4.2.8 a RangeSelector has a start and an end selector.
    { if: { properties: { type: { const: 'RangeSelector' } } }, then: { required: ['startSelector', 'endSelector'] } },
  ],
};

const purpose = { purpose: oneOrMany(motivation) };
const noKeys = (...keys: string[]) => ({ not: { anyOf: keys.map((key) => ({ required: [key] })) } });

/** §3.2.4 an embedded textual body: its value is one string; it has no items and no source. */
const textualBody = { type: 'object', required: ['value'], properties: { value: { type: 'string' }, ...purpose, ...commonKeys }, allOf: [noKeys('items', 'source')] };
/** §4 a specific resource: a source (a URI or a resource with one), selectors as §4.2 has them; no value, no items. */
const specificResource = {
  type: 'object',
  required: ['source'],
  properties: {
    source: { anyOf: [uri, { type: 'object', required: ['id'], properties: { id: singleUri, ...commonKeys } }] },
    selector: oneOrMany({ anyOf: [uri, selector] }),
    ...purpose,
    ...commonKeys,
  },
  allOf: [noKeys('value', 'items')],
};
/** §3.2.7 Choice and sets: items, at least one; no value, no source, no purpose (§3.3.5). */
const choiceOrSet = {
  type: 'object',
  required: ['type', 'items'],
  properties: { type: { enum: ['Choice', 'Composite', 'List', 'Independents'] }, items: { type: 'array', minItems: 1 } },
  allOf: [noKeys('value', 'source', 'purpose')],
};
/** §3.2.1 an external web resource: an id that is a URI; §3.3.5 no purpose, which only specific resources and textual bodies may have. */
const externalResource = { type: 'object', required: ['id'], properties: { id: singleUri, ...commonKeys }, allOf: [noKeys('value', 'source', 'items', 'purpose')] };

/** §3.2 a body or target: a URI, or one of the four kinds of resource. */
const resource = { anyOf: [uri, textualBody, specificResource, choiceOrSet, externalResource] };

export const annotationSchema = {
  $id: 'annotation',
  type: 'object',
  // §3.1 @context, id (one URI), type, target.
  required: ['@context', 'id', 'type', 'target'],
  properties: {
    '@context': hasValue(ANNO_CONTEXT),
    id: singleUri,
    type: hasValue('Annotation'),
    motivation: oneOrMany(motivation),
    body: oneOrMany(resource),
    // §3.2.5 bodyValue is a single string.
    bodyValue: { type: 'string' },
    target: oneOrMany(resource),
    ...commonKeys,
  },
  // §3.2.5 body and bodyValue are exclusive.
  not: { required: ['body', 'bodyValue'] },
};

export const pageSchema = {
  $id: 'page',
  type: 'object',
  // §5.2 @context, id, type, items.
  required: ['@context', 'id', 'type', 'items'],
  properties: {
    '@context': hasValue(ANNO_CONTEXT),
    id: singleUri,
    type: hasValue('AnnotationPage'),
    items: { type: 'array', items: { anyOf: [uri, { type: 'object', required: ['type'], properties: { type: hasValue('Annotation') } }] } },
    partOf: uri,
    next: uri,
    prev: uri,
    startIndex: { type: 'integer', minimum: 0 },
    total: { type: 'integer', minimum: 0 },
    label: oneOrMany({ type: 'string' }),
    ...commonKeys,
  },
};

export const collectionSchema = {
  $id: 'collection',
  type: 'object',
  // §5.1 @context, id, type; with annotations, a first page.
  required: ['@context', 'id', 'type'],
  properties: {
    '@context': hasValue(ANNO_CONTEXT),
    id: singleUri,
    type: hasValue('AnnotationCollection'),
    label: oneOrMany({ type: 'string' }),
    total: { type: 'integer', minimum: 0 },
    first: { anyOf: [uri, { type: 'object', required: ['type'], properties: { type: hasValue('AnnotationPage') } }] },
    last: uri,
    ...commonKeys,
  },
  if: { required: ['total'], properties: { total: { minimum: 1 } } },
  then: { required: ['first'] },
};

// strictRequired off: `not: { required: [...] }` names keys on purpose that the branch does not define.
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, strictTypes: false, strictTuples: false });
addFormats(ajv);
const validators = {
  annotation: ajv.compile(annotationSchema),
  page: ajv.compile(pageSchema),
  collection: ajv.compile(collectionSchema),
};

const describe = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}${error.params && 'allowedValues' in error.params ? ` (${(error.params.allowedValues as string[]).join(', ')})` : ''}`);

/** What fails the musts, as readable lines; empty when the document passes. */
export function mustViolations(kind: keyof typeof validators, document: unknown): string[] {
  const validate = validators[kind];
  return validate(document) ? [] : describe(validate.errors);
}
