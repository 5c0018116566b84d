import {validateContent, type ValidationResult} from './validate.js';

/** Limits for fetched documents; tests shorten the timings. */
export const fetchSettings = {
  timeoutMs: 10_000,
  retryDelayMs: 800,
  maxBytes: 512 * 1024,
};

class FetchProblem extends Error {
  constructor(
    message: string,
    readonly retryable = false,
  ) {
    super(message);
  }
}

async function fetchOnce(url: string): Promise<unknown> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), fetchSettings.timeoutMs);
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, {
      signal: abort.signal,
      credentials: 'same-origin',
      headers: {accept: 'application/json'},
    });
    if (!response.ok)
      throw new FetchProblem(
        `HTTP ${response.status}`,
        response.status >= 500 || response.status === 408 || response.status === 429,
      );
    const type = response.headers.get('content-type') ?? '';
    if (!/[/+]json\b/i.test(type)) throw new FetchProblem(`expected Content-Type application/json, got "${type}"`);
    const length = Number(response.headers.get('content-length'));
    if (length > fetchSettings.maxBytes) throw new FetchProblem(`larger than ${fetchSettings.maxBytes} bytes`);
    body = await response.text();
  } catch (error) {
    if (error instanceof FetchProblem) throw error;
    const timedOut = abort.signal.aborted;
    throw new FetchProblem(timedOut ? `no answer within ${fetchSettings.timeoutMs} ms` : 'network error', true);
  } finally {
    clearTimeout(timer);
  }
  if (body.length > fetchSettings.maxBytes) throw new FetchProblem(`larger than ${fetchSettings.maxBytes} bytes`);
  try {
    return JSON.parse(body);
  } catch {
    throw new FetchProblem('not valid JSON');
  }
}

async function fetchAndValidate(url: string): Promise<ValidationResult> {
  try {
    let json: unknown;
    try {
      json = await fetchOnce(url);
    } catch (error) {
      // One retry, only for failures that may pass on their own.
      if (!(error instanceof FetchProblem && error.retryable)) throw error;
      await new Promise((resolve) => setTimeout(resolve, fetchSettings.retryDelayMs));
      json = await fetchOnce(url);
    }
    return validateContent(json);
  } catch (error) {
    return {problem: (error as Error).message};
  }
}

// One request per URL per page, shared by every widget that names it.
const documents = new Map<string, Promise<ValidationResult>>();

/** Fetches and validates a content document; never rejects. */
export function fetchContent(url: string): Promise<ValidationResult> {
  let result = documents.get(url);
  if (!result) documents.set(url, (result = fetchAndValidate(url)));
  return result;
}

/** Forgets fetched documents (tests use it to count requests afresh). */
export function clearContentCache() {
  documents.clear();
}
