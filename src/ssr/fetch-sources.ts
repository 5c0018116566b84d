import {validateContent, type ValidationResult} from '../content/validate.js';

export interface FetchOptions {
  /** Origins (`https://cms.example`) that `src` documents may come from; any http(s) origin when absent. */
  allowOrigins?: string[];
  /** Per document, including redirects (default 10 s, as in the browser). */
  timeoutMs?: number;
  /** Largest document accepted (default 512 KB, as in the browser). */
  maxBytes?: number;
}

const maxRedirects = 3;

class Refused extends Error {}

function check(url: URL, allowOrigins: string[] | undefined) {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Refused(`only http(s) documents are fetched when rendering (give the page's URL as --base)`);
  if (allowOrigins && !allowOrigins.includes(url.origin)) throw new Refused(`origin ${url.origin} is not allowed`);
}

async function readLimited(response: Response, maxBytes: number): Promise<string> {
  if (Number(response.headers.get('content-length')) > maxBytes) throw new Refused(`larger than ${maxBytes} bytes`);
  const reader = response.body!.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new Refused(`larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return new Blob(chunks).text();
}

/**
 * Fetches and validates one `src` document for a server render. Trusts
 * nothing: http(s) only, optionally only from allowed origins (checked
 * again on every redirect, so a redirect cannot reach an internal host),
 * a time limit, a size limit while reading, JSON only. Never rejects.
 */
export async function fetchDocument(url: string, options: FetchOptions = {}): Promise<ValidationResult> {
  const {allowOrigins, timeoutMs = 10_000, maxBytes = 512 * 1024} = options;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    let target = new URL(url);
    for (let hop = 0; ; hop++) {
      check(target, allowOrigins);
      const response = await fetch(target, {signal, redirect: 'manual', headers: {accept: 'application/json'}});
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        if (hop === maxRedirects) throw new Refused(`more than ${maxRedirects} redirects`);
        await response.body?.cancel();
        target = new URL(location, target);
        continue;
      }
      if (!response.ok) throw new Refused(`HTTP ${response.status}`);
      const type = response.headers.get('content-type') ?? '';
      if (!/[/+]json\b/i.test(type)) throw new Refused(`expected Content-Type application/json, got "${type}"`);
      const text = await readLimited(response, maxBytes);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new Refused('not valid JSON');
      }
      return validateContent(json);
    }
  } catch (error) {
    if (error instanceof Refused) return {problem: error.message};
    return {problem: signal.aborted ? `no answer within ${timeoutMs} ms` : 'network error'};
  }
}
