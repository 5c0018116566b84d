/**
 * The vote outbox: nothing lost, nothing doubled. A vote is written to
 * localStorage (one queue per submit URL) *before* it is sent, and leaves the
 * queue only on a 2xx or a permanent 4xx. Network errors, timeouts, 408, 429
 * and 5xx keep it queued; it is retried with backoff, on `online`, and on the
 * next page load by any star rating with the same submit URL. Each vote gets
 * its voteId once, when it is queued, so every retry carries the same id and
 * a server can ignore repeats.
 *
 * Results are announced on `outbox` ('result' events, detail VoteResult) so
 * every widget showing that procedure can update, including a widget on a
 * later page load that did not cast the vote.
 */

export interface Vote {
  procedure: string;
  score: number;
  max: number;
  voteId: string;
  locale: string;
}

export interface VoteResult {
  /** Absolute submit URL. */
  url: string;
  vote: Vote;
  /** sent: 2xx; retry: kept for later; dropped: permanent 4xx, removed. */
  outcome: 'sent' | 'retry' | 'dropped';
  /** The parsed 2xx body (the server's new aggregate), unchecked. */
  aggregate?: unknown;
}

interface Entry {
  vote: Vote;
  attempts: number;
}

/** Request timeout and first retry delay (ms); the delay doubles per failed attempt, up to 10 minutes. */
export const retry = {timeout: 10_000, delay: 2_000};

export const outbox = new EventTarget();

const QUEUE = 'care-widgets:outbox:';
const VOTED = 'care-widgets:voted';

// Used only when localStorage throws (storage disabled, quota, sandboxed
// frame): the vote is then kept for this page's life, which is the best we can do.
const fallback = new Map<string, string>();

function load<T>(key: string, empty: T): T {
  try {
    const json = fallback.has(key) ? fallback.get(key) : localStorage.getItem(key);
    return json ? (JSON.parse(json) as T) : empty;
  } catch {
    return empty; // unreadable or corrupt: start again rather than break voting
  }
}

function save(key: string, value: unknown) {
  const json = JSON.stringify(value);
  try {
    localStorage.setItem(key, json);
    fallback.delete(key);
  } catch {
    fallback.set(key, json);
  }
}

const queue = (url: string) => load<Entry[]>(QUEUE + url, []);

/** The score this browser already gave `procedure`, if any. */
export function votedScore(procedure: string): number | undefined {
  return load<Record<string, number>>(VOTED, {})[procedure];
}

function setVoted(procedure: string, score?: number) {
  const voted = load<Record<string, number>>(VOTED, {});
  if (score) voted[procedure] = score;
  else delete voted[procedure];
  save(VOTED, voted);
}

/** Remembers the vote for its procedure, queues it, and starts sending. */
export function castVote(url: string, vote: Vote) {
  setVoted(vote.procedure, vote.score);
  save(QUEUE + url, [...queue(url), {vote, attempts: 0}]);
  void flush(url);
}

// A flush per URL at a time, so two widgets flushing on load never send one vote twice at once.
const running = new Set<string>();
const again = new Set<string>();
const timers = new Map<string, ReturnType<typeof setTimeout>>();

/** Sends every queued vote for `url` once; schedules the next try if any stay queued. */
export async function flush(url: string): Promise<void> {
  if (running.has(url)) {
    again.add(url);
    return;
  }
  running.add(url);
  clearTimeout(timers.get(url));
  try {
    do {
      again.delete(url);
      for (const {vote} of queue(url)) {
        // Another tab may have sent it meanwhile.
        if (queue(url).some((e) => e.vote.voteId === vote.voteId)) await deliver(url, vote);
      }
    } while (again.has(url));
  } finally {
    running.delete(url);
  }
  const left = queue(url);
  if (left.length) {
    const attempts = Math.min(...left.map((e) => e.attempts));
    timers.set(
      url,
      setTimeout(() => void flush(url), Math.min(retry.delay * 2 ** (attempts - 1), 600_000)),
    );
  }
}

async function deliver(url: string, vote: Vote) {
  let outcome: VoteResult['outcome'] = 'retry';
  let aggregate: unknown;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify(vote),
      credentials: 'omit', // a vote carries no cookies
      signal: AbortSignal.timeout(retry.timeout),
    });
    if (response.ok) {
      outcome = 'sent';
      aggregate = await response.json().catch(() => undefined);
    } else if (response.status < 500 && response.status !== 408 && response.status !== 429) {
      outcome = 'dropped';
    }
  } catch {
    // offline, refused, timed out: keep it
  }
  // Re-read: another tab may have changed the queue while we waited.
  const rest = queue(url).filter((e) => e.vote.voteId !== vote.voteId);
  if (outcome === 'retry') {
    const entry = queue(url).find((e) => e.vote.voteId === vote.voteId);
    if (entry) rest.push({vote, attempts: entry.attempts + 1});
  }
  save(QUEUE + url, rest);
  if (outcome === 'dropped') setVoted(vote.procedure); // the reader may try again
  outbox.dispatchEvent(new CustomEvent<VoteResult>('result', {detail: {url, vote, outcome, aggregate}}));
}

/** A random v4 UUID, also in non-secure contexts where crypto.randomUUID is missing. */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
