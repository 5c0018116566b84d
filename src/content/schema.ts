/**
 * The content format as data: the runtime validator (validate.ts) walks it,
 * and scripts/content-schema.mjs turns it into schema/content.schema.json, so
 * the published JSON Schema and the checks in the browser cannot drift apart.
 * Keep it small: every byte here ships to partners' visitors.
 */
export type SchemaNode =
  | {type: 'string'; maxLength?: number}
  | {type: 'id'}
  | {type: 'text'}
  | {type: 'url'}
  | {type: 'date'}
  | {type: 'locale'}
  | {type: 'number'; min?: number; max?: number; integer?: boolean}
  | {type: 'boolean'}
  | {type: 'enum'; values: readonly string[]}
  | {type: 'array'; items: SchemaNode}
  | {type: 'map'; values: SchemaNode}
  | {type: 'object'; props: Record<string, SchemaNode>; required: readonly string[]};

const string = (maxLength?: number): SchemaNode => ({type: 'string', maxLength});
const id: SchemaNode = {type: 'id'};
const text: SchemaNode = {type: 'text'};
const url: SchemaNode = {type: 'url'};
const ids: SchemaNode = {type: 'array', items: id};
const object = (props: Record<string, SchemaNode>, required: readonly string[] = []): SchemaNode => ({
  type: 'object',
  props,
  required,
});

export const sourceSchema = object({title: text, url}, ['title', 'url']);

export const ratingSchema = object(
  {
    value: {type: 'number', min: 0},
    max: {type: 'number', min: 1},
    count: {type: 'number', min: 0, integer: true},
  },
  ['value', 'count'],
);

export const factSchema = object({
  text,
  value: {type: 'enum', values: ['yes', 'no', 'partly']},
  source: sourceSchema,
});

export const procedureSchema = object(
  {
    id,
    name: text,
    shortName: text,
    summary: text,
    facts: {type: 'map', values: factSchema},
    risks: ids,
    doctors: ids,
    rating: ratingSchema,
    source: sourceSchema,
  },
  ['id', 'name'],
);

const rate: SchemaNode = {type: 'number', min: 0, max: 1};

export const frequencySchema = object(
  {
    rate,
    per: {type: 'enum', values: ['100', '1000']},
    timeFrame: text,
    population: text,
    range: object({low: rate, high: rate}, ['low', 'high']),
    source: sourceSchema,
  },
  ['rate', 'source'],
);

export const riskSchema = object(
  {
    id,
    name: text,
    kind: {type: 'enum', values: ['specific', 'general']},
    explanation: text,
    serious: {type: 'boolean'},
    frequency: frequencySchema,
    frequencies: {type: 'map', values: frequencySchema},
    source: sourceSchema,
  },
  ['id', 'name', 'kind'],
);

export const doctorSchema = object(
  {
    id,
    name: text,
    honorific: text,
    photo: url,
    specialty: text,
    subSpecialties: {type: 'array', items: text},
    centre: text,
    languages: {type: 'array', items: {type: 'locale'}},
    acceptingNewPatients: {type: 'boolean'},
    rating: ratingSchema,
    profileUrl: url,
    bookingUrl: url,
    procedures: ids,
    fictional: {type: 'boolean'},
  },
  ['id', 'name'],
);

export const comparisonRowSchema = object({id, label: text}, ['id', 'label']);

export const contentSchema = object(
  {
    version: {type: 'number', min: 1, max: 1, integer: true},
    lastReviewed: {type: 'date'},
    nextReview: {type: 'date'},
    reviewer: object({role: text}, ['role']),
    funding: text,
    conflicts: text,
    sources: {type: 'array', items: sourceSchema},
    note: string(2000),
    procedures: {type: 'array', items: procedureSchema},
    risks: {type: 'array', items: riskSchema},
    doctors: {type: 'array', items: doctorSchema},
    comparisonRows: {type: 'array', items: comparisonRowSchema},
  },
  ['procedures'],
);
