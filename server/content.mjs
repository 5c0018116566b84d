// @ts-check
// The content documents the server publishes, read and validated once at start with the
// widgets' own validator: an invalid document stops the start, naming its file and JSON path.
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {validateContent} from './generated/validate-content.mjs';

/**
 * @typedef {{body: Buffer, etag: string}} PublishedDocument
 * @typedef {{documents: Map<string, PublishedDocument>, procedures: {id: string, rating?: any}[]}} Content
 */

/** Names a document can be published under (also what the route accepts). */
export const DOCUMENT_NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** @param {string} dir @returns {Content} */
export function loadContent(dir) {
  /** @type {Map<string, PublishedDocument>} */
  const documents = new Map();
  /** @type {Map<string, {id: string, rating?: any}>} */
  const procedures = new Map();
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const file of files) {
    const name = file.slice(0, -'.json'.length);
    const path = join(dir, file);
    if (!DOCUMENT_NAME.test(name)) throw new Error(`${path}: file name must be lowercase letters, digits and hyphens`);
    const text = readFileSync(path, 'utf8');
    let value;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new Error(`${path}: not valid JSON (${/** @type {Error} */ (error).message})`, {cause: error});
    }
    const {document, problem} = validateContent(value);
    if (problem) throw new Error(`${path}: ${problem}`);
    for (const procedure of document.procedures ?? []) {
      if (!procedures.has(procedure.id)) procedures.set(procedure.id, procedure);
    }
    const body = Buffer.from(text);
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    documents.set(name, {body, etag});
  }
  return {documents, procedures: [...procedures.values()]};
}
