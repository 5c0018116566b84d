/**
 * The vote outbox: nothing lost, nothing doubled. A vote is written to
 * localStorage (one queue per submit URL) *before* it is sent, and leaves the
 * queue only on a 2xx or a permanent 4xx. Network errors, timeouts, 408, 429
 * and 5xx keep it queued; it is retried with backoff, on `online` (one
 * listener for the page, for every submit URL it has seen), and on the next
 * page load by any star rating with the same submit URL. Each vote gets its
 * voteId once, when it is queued, so every retry carries the same id and a
 * server can ignore repeats.
 *
 * Results are announced on `outbox` ('result' events, detail VoteResult) so
 * every widget showing that procedure can update, including a widget on a
 * later page load that did not cast the vote.
 */
import {isServer} from 'lit';

export interface Vote {
  procedure: string;
  score: number;
  max: number;
  voteId: string;
  locale: string;
}

/**
 * What became of a vote; the widget's status line says the same words.
 * recorded: the server answered 2xx; queued: kept to send later (offline,
 * timeout, 408, 429, 5xx); failed: refused for good (any other 4xx), removed.
 */
export type VoteOutcome = 'recorded' | 'queued' | 'failed';

export interface VoteResult {
  /** Absolute submit URL. */
  url: string;
  vote: Vote;
  outcome: VoteOutcome;
  /** The server's new aggregate from a 2xx body, when it is a well-formed one. */
  aggregate?: Aggregate;
}

/** What a server answers to a recorded vote (docs/vote-api.md); `max` defaults to the widget's. */
export interface Aggregate {
  value: number;
  count: number;
  max?: number;
  /** Votes per star, from 1 star up. */
  distribution?: number[];
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

/** Remembers the vote for its procedure, gives it its voteId, queues it, and starts sending. */
export function castVote(url: string, choice: Omit<Vote, 'voteId'>) {
  const vote = {...choice, voteId: uuid()};
  setVoted(vote.procedure, vote.score);
  save(QUEUE + url, [...queue(url), {vote, attempts: 0}]);
  void flush(url);
}

// A flush per URL at a time, so two widgets flushing on load never send one vote twice at once.
const running = new Set<string>();
const again = new Set<string>();
const timers = new Map<string, ReturnType<typeof setTimeout>>();

// Every submit URL this page has used. Back online, each is flushed: one
// listener for the page, however many widgets (1,000 listeners on window
// would cost more than rendering the stars).
const seen = new Set<string>();
if (!isServer) addEventListener('online', () => seen.forEach((url) => void flush(url))); // the server build inlines this module

/** Sends every queued vote for `url` once; schedules the next try if any stay queued. */
export async function flush(url: string): Promise<void> {
  seen.add(url);
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
  let outcome: VoteOutcome = 'queued';
  let aggregate: Aggregate | undefined;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify(vote),
      credentials: 'omit', // a vote carries no cookies
      signal: AbortSignal.timeout(retry.timeout),
    });
    if (response.ok) {
      outcome = 'recorded';
      aggregate = checkAggregate(await response.json().catch(() => undefined));
    } else if (response.status < 500 && response.status !== 408 && response.status !== 429) {
      outcome = 'failed';
    }
  } catch {
    // offline, refused, timed out: keep it
  }
  // Re-read: another tab may have changed the queue while we waited.
  const rest = queue(url).filter((e) => e.vote.voteId !== vote.voteId);
  if (outcome === 'queued') {
    const entry = queue(url).find((e) => e.vote.voteId === vote.voteId);
    if (entry) rest.push({vote, attempts: entry.attempts + 1});
  }
  save(QUEUE + url, rest);
  if (outcome === 'failed') setVoted(vote.procedure); // the reader may try again
  outbox.dispatchEvent(new CustomEvent<VoteResult>('result', {detail: {url, vote, outcome, aggregate}}));
}

/** The body, if it is an aggregate: value 0..max, a whole count; the widget checks value against its own max. */
function checkAggregate(body: unknown): Aggregate | undefined {
  const {value, count, max, distribution} = (body ?? {}) as Partial<Aggregate>;
  const isNumber = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
  const wellFormed =
    isNumber(value) &&
    value >= 0 &&
    Number.isInteger(count) &&
    count! >= 0 &&
    (max === undefined || (isNumber(max) && max > 0 && value <= max));
  if (!wellFormed) return undefined;
  // Votes per star (server/ sends it; other servers may not): kept only when it is one.
  const perStar =
    Array.isArray(distribution) &&
    distribution.length <= 20 &&
    distribution.every((n) => Number.isInteger(n) && n >= 0);
  return perStar ? {value, count: count!, max, distribution} : {value, count: count!, max};
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
