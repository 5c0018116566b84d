import {isSafeUrl} from '../security/safe-url.js';
import {contentSchema, type SchemaNode} from './schema.js';
import type {ContentDocument, Frequency} from './types.js';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const idPattern = /^[a-z0-9][a-z0-9-]{0,99}$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const localePattern = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/** What a value must be, in words, for the warning. */
function expectation(node: SchemaNode): string {
  switch (node.type) {
    case 'string':
      return 'a string';
    case 'id':
      return 'an id (lowercase letters, digits and hyphens)';
    case 'text':
      return 'a string or a map of locale to string';
    case 'url':
      return 'an http(s) or relative URL';
    case 'date':
      return 'a date like 2026-01-31';
    case 'locale':
      return 'a language tag like "th" or "en-GB"';
    case 'number': {
      const kind = node.integer ? 'an integer' : 'a number';
      if (node.max !== undefined) return `${kind} from ${node.min ?? '-∞'} to ${node.max}`;
      return node.min !== undefined ? `${kind} of at least ${node.min}` : kind;
    }
    case 'boolean':
      return 'true or false';
    case 'enum':
      return `one of ${node.values.map((v) => `"${v}"`).join(', ')}`;
    case 'array':
      return 'a list';
    default:
      return 'an object';
  }
}

/** Returns the first problem as `path: expected …`, or undefined when valid. */
export function check(value: unknown, node: SchemaNode, path: string): string | undefined {
  const fail = () => `${path || '(document)'}: expected ${expectation(node)}`;
  switch (node.type) {
    case 'string':
      return typeof value === 'string' && value.length <= (node.maxLength ?? Infinity) ? undefined : fail();
    case 'id':
      return typeof value === 'string' && idPattern.test(value) ? undefined : fail();
    case 'text':
      if (typeof value === 'string') return undefined;
      if (!isPlainObject(value) || Object.keys(value).length === 0) return fail();
      for (const [locale, entry] of Object.entries(value)) {
        if (!localePattern.test(locale) || typeof entry !== 'string') return `${path}.${locale}: expected a string`;
      }
      return undefined;
    case 'url':
      return isSafeUrl(value) ? undefined : fail();
    case 'date':
      return typeof value === 'string' && datePattern.test(value) && !isNaN(Date.parse(value)) ? undefined : fail();
    case 'locale':
      return typeof value === 'string' && localePattern.test(value) ? undefined : fail();
    case 'number': {
      const ok =
        typeof value === 'number' &&
        Number.isFinite(value) &&
        (!node.integer || Number.isInteger(value)) &&
        value >= (node.min ?? -Infinity) &&
        value <= (node.max ?? Infinity);
      return ok ? undefined : fail();
    }
    case 'boolean':
      return typeof value === 'boolean' ? undefined : fail();
    case 'enum':
      return node.values.includes(String(value)) && typeof value !== 'object' ? undefined : fail();
    case 'array':
      if (!Array.isArray(value)) return fail();
      for (let i = 0; i < value.length; i++) {
        const problem = check(value[i], node.items, `${path}[${i}]`);
        if (problem) return problem;
      }
      return undefined;
    case 'map':
      if (!isPlainObject(value)) return fail();
      for (const [key, entry] of Object.entries(value)) {
        const problem = check(entry, node.values, `${path}.${key}`);
        if (problem) return problem;
      }
      return undefined;
    case 'object':
      if (!isPlainObject(value)) return fail();
      for (const key of node.required) {
        if (value[key] === undefined) return `${path ? path + '.' : ''}${key}: missing`;
      }
      for (const [key, child] of Object.entries(node.props)) {
        if (value[key] === undefined) continue;
        const problem = check(value[key], child, path ? `${path}.${key}` : key);
        if (problem) return problem;
      }
      return undefined;
  }
}

/** Ids must be unique within each list, or lookups would silently pick one. */
function checkUniqueIds(doc: ContentDocument): string | undefined {
  for (const list of ['procedures', 'risks', 'doctors', 'comparisonRows'] as const) {
    const seen = new Set<string>();
    const items = doc[list] ?? [];
    for (let i = 0; i < items.length; i++) {
      if (seen.has(items[i].id)) return `${list}[${i}].id: duplicate id "${items[i].id}"`;
      seen.add(items[i].id);
    }
  }
  return undefined;
}

/** A range must hold its rate: "3 in 100 (between 4 and 6)" would contradict itself. */
function checkRanges(doc: ContentDocument): string | undefined {
  for (const [i, risk] of (doc.risks ?? []).entries()) {
    const entries: [string, Frequency | undefined][] = [
      ['frequency', risk.frequency],
      ...Object.entries(risk.frequencies ?? {}).map(([id, f]): [string, Frequency] => [`frequencies.${id}`, f]),
    ];
    for (const [key, frequency] of entries) {
      const range = frequency?.range;
      if (range && !(range.low <= frequency.rate && frequency.rate <= range.high))
        return `risks[${i}].${key}.range: expected low ≤ rate ≤ high`;
    }
  }
  return undefined;
}

export type ValidationResult =
  {document: ContentDocument; problem?: undefined} | {document?: undefined; problem: string};

/** Checks a parsed JSON value against the content format. */
export function validateContent(value: unknown): ValidationResult {
  const problem =
    check(value, contentSchema, '') ??
    checkUniqueIds(value as ContentDocument) ??
    checkRanges(value as ContentDocument);
  return problem ? {problem} : {document: value as ContentDocument};
}
