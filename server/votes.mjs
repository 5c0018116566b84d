// @ts-check
// Votes and aggregates. Every change to the counted votes of a procedure updates its aggregate in
// the same statement or transaction, so an aggregate is always one row away and always equals a
// recount.
//
// Writes are grouped: votes that arrive while a batch is being written wait and go together in
// the next one (group commit), written by one call of write_votes() (one statement, planned once
// per connection). Each vote is still acknowledged only after the batch holding it has committed;
// under load one commit carries many votes, so throughput does not depend on how fast one commit
// is, and each vote costs index look-ups only, whatever the number stored.

/**
 * @typedef {import('./database.mjs').Database} Database
 * @typedef {import('./database.mjs').Query} Query
 * @typedef {{procedure: string, score: number, max: number, voteId: string, locale: string}} Vote
 * @typedef {{vote: Vote, origin: string | null, clientHash: string}} Submission
 * @typedef {{procedure: string, value: number, count: number, max: 10, distribution: number[]}} Aggregate
 * @typedef {{status: 'stored' | 'repeat' | 'conflict', flagged?: boolean, aggregate?: Aggregate}} VoteOutcome
 */

const STARS = 5;
const MAX_BATCH = 500;
/** The advisory lock key vote batches take on PostgreSQL (any constant; "care" in ASCII). */
const VOTE_WRITER_LOCK = 0x63617265;

/** The star a vote counts for on the five-star distribution (a 7 of 10 is a 4 of 5). */
const STAR_SQL = `least(${STARS}, greatest(1, ceil(score * ${STARS}.0 / max)))::int`;
/** A vote's points on the 0..10 scale; the same expression everywhere, so sums compare exactly. */
const POINTS_SQL = 'score::numeric * 10 / max';

/** @param {Record<string, any>} row @returns {Aggregate} */
const toAggregate = (row) => ({
  procedure: row.procedure,
  value: row.count > 0 ? Math.round((Number(row.points) / row.count) * 100) / 100 : 0,
  count: row.count,
  max: 10,
  distribution: row.distribution.map(Number),
});

const AGGREGATE_COLUMNS = 'procedure, count, points::text AS points, distribution';

/**
 * Makes sure every procedure in the content has an aggregate; a new one starts from the
 * content's rating (value on 0..max, count), as the hospital's page published it.
 * @param {Database} db
 * @param {{id: string, rating?: {value: number, max?: number, count?: number}}[]} procedures
 */
export async function importBaselines(db, procedures) {
  for (const {id, rating} of procedures) {
    const count = rating?.count ?? 0;
    // value / max × 10 × count, computed in SQL numeric so 7.82 × 11 is exactly 86.02.
    await db.query(
      `INSERT INTO aggregates (procedure, count, points, baseline_count, baseline_points)
       SELECT $1, $2, p, $2, p FROM (SELECT round($3::numeric * 10 / $4 * $2, 6) AS p) s
       ON CONFLICT (procedure) DO NOTHING`,
      [id, count, rating?.value ?? 0, rating?.max ?? 10],
    );
  }
}

/** @param {Database} db @param {string} procedure @returns {Promise<Aggregate | undefined>} */
export async function readAggregate(db, procedure) {
  const [row] = await db.query(`SELECT ${AGGREGATE_COLUMNS} FROM aggregates WHERE procedure = $1`, [procedure]);
  return row && toAggregate(row);
}

/**
 * The UPDATE that adds (`sign` 1) or removes (-1) the votes of `source` (rows with procedure,
 * score and max) to their procedures' aggregates, returning the aggregates changed.
 * @param {string} source a FROM item, e.g. `votes WHERE vote_id = ANY($1::uuid[])` @param {1 | -1} sign
 */
function updateAggregatesSql(source, sign) {
  const stars = Array.from({length: STARS}, (_, i) => `a.distribution[${i + 1}] + (${sign}) * s.d${i + 1}`).join(', ');
  const starCounts = Array.from(
    {length: STARS},
    (_, i) => `(count(*) FILTER (WHERE ${STAR_SQL} = ${i + 1}))::int AS d${i + 1}`,
  ).join(', ');
  return `UPDATE aggregates a SET count = a.count + (${sign}) * s.n, points = a.points + (${sign}) * s.points, distribution = ARRAY[${stars}]
     FROM (SELECT procedure, count(*)::int AS n, sum(${POINTS_SQL}) AS points, ${starCounts}
           FROM ${source} GROUP BY procedure) s
     WHERE a.procedure = s.procedure RETURNING a.procedure, a.count, a.points::text AS points, a.distribution`;
}

/**
 * Adds the stored votes `ids` (already marked counted) to their procedures' aggregates.
 * @param {Query} query @param {string[]} ids @param {1 | -1} sign
 * @returns {Promise<Record<string, any>[]>} the aggregates changed
 */
async function addToAggregates(query, ids, sign = 1) {
  if (!ids.length) return [];
  return query(updateAggregatesSql('votes WHERE vote_id = ANY($1::uuid[])', sign), [ids]);
}

/** json columns: parsed by both drivers; a string only if a driver was set not to. */
const parsedJson = (/** @type {unknown} */ value) =>
  /** @type {any[]} */ (typeof value === 'string' ? JSON.parse(value) : value);

/**
 * Stores a batch of votes with one call of write_votes() (server/migrations/002-write-votes.sql):
 * one statement, atomic by itself, planned once per connection. Repeated voteIds are left alone
 * (a voteId twice in the batch is stored once, the first time); votes beyond `perDay` for a
 * procedure, client and day are stored flagged and left out of the aggregate.
 * @param {Query} query @param {Submission[]} batch @param {number} perDay
 * @returns {Promise<VoteOutcome[]>}
 */
async function writeBatch(query, batch, perDay) {
  const column = (/** @type {(s: Submission) => unknown} */ pick) => batch.map(pick);
  const [row] = await query('SELECT * FROM write_votes($1, $2, $3, $4, $5, $6, $7, $8)', [
    column((s) => s.vote.voteId),
    column((s) => s.vote.procedure),
    column((s) => s.vote.score),
    column((s) => s.vote.max),
    column((s) => s.vote.locale),
    column((s) => s.origin),
    column((s) => s.clientHash),
    perDay,
  ]);
  /** @type {Map<string, 'counted' | 'flagged'>} voteId (lower case, as PostgreSQL writes it) → status */
  const stored = new Map(parsedJson(row.new_votes));
  /** @type {Map<string, string>} voteId → procedure of the copy stored before this batch */
  const earlier = new Map(parsedJson(row.earlier_votes));
  const aggregates = new Map(parsedJson(row.batch_aggregates).map((r) => [r.procedure, toAggregate(r)]));
  /** @type {Map<string, string>} voteId → procedure of the copy stored in this batch */
  const seen = new Map();
  return batch.map((s) => {
    const {procedure} = s.vote;
    const id = s.vote.voteId.toLowerCase();
    const first = stored.has(id) && !seen.has(id);
    if (first) seen.set(id, procedure);
    const storedProcedure = seen.get(id) ?? earlier.get(id) ?? procedure;
    if (!first && storedProcedure !== procedure) return {status: 'conflict'};
    return {
      status: first ? 'stored' : 'repeat',
      flagged: first ? stored.get(id) === 'flagged' : undefined,
      aggregate: aggregates.get(procedure),
    };
  });
}

/**
 * The write queue: `submit` resolves once the vote's transaction has committed.
 * @param {Database} db @param {{votesPerClientPerDay: number}} options
 */
export function createVoteWriter(db, {votesPerClientPerDay}) {
  /** @type {{submission: Submission, resolve: (o: VoteOutcome) => void, reject: (e: unknown) => void}[]} */
  let waiting = [];
  /** @type {Promise<void> | undefined} */
  let running;

  async function run() {
    // PGlite runs queries on this thread: without this pause, the first request of a burst would
    // start (and block for) a transaction before the other requests of the burst are even read.
    await new Promise((resolve) => setImmediate(resolve));
    while (waiting.length) {
      const batch = waiting.slice(0, MAX_BATCH);
      waiting = waiting.slice(MAX_BATCH);
      try {
        const write = (/** @type {Query} */ query) =>
          writeBatch(
            query,
            batch.map((w) => w.submission),
            votesPerClientPerDay,
          );
        // One statement is atomic by itself. Several instances on one PostgreSQL take turns, so the
        // per-day counters a batch reads are never stale; PGlite has one writer, this one.
        const outcomes =
          db.kind === 'postgres'
            ? await db.transaction(async (query) => {
                await query('SELECT pg_advisory_xact_lock($1)', [VOTE_WRITER_LOCK]);
                return write(query);
              })
            : await write(db.query);
        batch.forEach((w, i) => w.resolve(outcomes[i]));
      } catch (error) {
        batch.forEach((w) => w.reject(error));
      }
    }
    running = undefined;
  }

  return {
    /** @param {Submission} submission @returns {Promise<VoteOutcome>} */
    submit(submission) {
      return new Promise((resolve, reject) => {
        waiting.push({submission, resolve, reject});
        running ??= run();
      });
    },
    /** Resolves when every submitted vote is written (for shutdown). */
    async drain() {
      while (running) await running;
    },
  };
}

/**
 * A moderator removes a vote; if it was counted, its aggregate follows.
 * @param {Database} db @param {string} voteId
 * @returns {Promise<'voided' | 'already-void' | 'not-found'>}
 */
export function voidVote(db, voteId) {
  return db.transaction(async (query) => {
    const [row] = await query('SELECT status FROM votes WHERE vote_id = $1 FOR UPDATE', [voteId]);
    if (!row) return 'not-found';
    if (row.status === 'void') return 'already-void';
    if (row.status === 'counted') await addToAggregates(query, [voteId], -1);
    await query(`UPDATE votes SET status = 'void' WHERE vote_id = $1`, [voteId]);
    return 'voided';
  });
}

/**
 * A moderator counts the flagged votes of a procedure into its aggregate.
 * @param {Database} db @param {string} procedure @returns {Promise<number>} how many
 */
export function countFlagged(db, procedure) {
  return db.transaction(async (query) => {
    const rows = await query(
      `UPDATE votes SET status = 'counted' WHERE procedure = $1 AND status = 'flagged' RETURNING vote_id::text AS id`,
      [procedure],
    );
    await addToAggregates(
      query,
      rows.map((r) => r.id),
    );
    return rows.length;
  });
}

/**
 * Per procedure: the aggregate, the votes by status, and whether the aggregate equals a recount
 * from the votes table (it always should; `stats` shows it so an operator can see it does).
 * @param {Database} db
 */
export async function stats(db) {
  const rows = await db.query(
    `SELECT a.procedure, a.count, a.points::text AS points, a.distribution,
            coalesce(v.counted, 0)::int AS counted, coalesce(v.flagged, 0)::int AS flagged, coalesce(v.void, 0)::int AS void,
            (a.count = a.baseline_count + coalesce(v.counted, 0)
             AND a.points = a.baseline_points + coalesce(v.points, 0)
             AND a.distribution = v.distribution
             OR v.procedure IS NULL AND a.count = a.baseline_count AND a.distribution = '{0,0,0,0,0}') AS matches_recount
     FROM aggregates a LEFT JOIN (
       SELECT procedure,
              count(*) FILTER (WHERE status = 'counted') AS counted,
              count(*) FILTER (WHERE status = 'flagged') AS flagged,
              count(*) FILTER (WHERE status = 'void') AS void,
              sum(${POINTS_SQL}) FILTER (WHERE status = 'counted') AS points,
              ARRAY[${Array.from({length: STARS}, (_, i) => `(count(*) FILTER (WHERE status = 'counted' AND ${STAR_SQL} = ${i + 1}))::int`).join(', ')}] AS distribution
       FROM votes GROUP BY procedure) v ON v.procedure = a.procedure
     ORDER BY a.procedure`,
  );
  return rows.map((r) => ({
    ...toAggregate(r),
    votes: {counted: r.counted, flagged: r.flagged, void: r.void},
    matchesRecount: r.matches_recount,
  }));
}

/**
 * Every stored vote (received at or after `since`), oldest first, in pages so memory stays flat.
 * The client hash is left out: an export is for counting, not for telling readers apart.
 * @param {Database} db @param {{since?: string}} options
 */
export async function* exportVotes(db, {since} = {}) {
  const columns = `vote_id::text AS vote_id, procedure, score, max, locale, origin,
    to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS received_at, status,
    received_at::text AS cursor`;
  let rows = await db.query(
    `SELECT ${columns} FROM votes WHERE received_at >= $1::text::timestamptz ORDER BY received_at, vote_id LIMIT ${PAGE}`,
    [since ?? '-infinity'],
  );
  for (;;) {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the paging cursor is not a column
    for (const {cursor, ...row} of rows) yield row;
    if (rows.length < PAGE) return;
    const last = rows[rows.length - 1];
    rows = await db.query(
      `SELECT ${columns} FROM votes WHERE (received_at, vote_id) > ($1::text::timestamptz, $2::text::uuid)
       ORDER BY received_at, vote_id LIMIT ${PAGE}`,
      [last.cursor, last.vote_id],
    );
  }
}
const PAGE = 5000;

/** Deletes the per-day counters of days before yesterday (they only matter today). */
export async function forgetOldDays(/** @type {Database} */ db) {
  await db.query(`DELETE FROM client_day_votes WHERE day < (now() AT TIME ZONE 'UTC')::date - 1`);
}
