-- One batch of votes in one call, for the vote writer (server/votes.mjs). A function rather than a
-- statement sent each time: a PL/pgSQL function's statement is planned once per connection, and
-- on PGlite (PostgreSQL in WebAssembly, one statement at a time) planning this statement took
-- longer than running it. One statement is atomic by itself, so a batch is stored whole or not at
-- all. Arguments, one array element per vote, in batch order:
--   $1 vote_id, $2 procedure, $3 score, $4 max, $5 locale, $6 origin, $7 client_hash;
--   $8 votes per procedure, client and UTC day that count (more are stored flagged).
-- A vote_id already stored, or twice in the batch after its first time, is left alone. The
-- points and star expressions are the ones in server/votes.mjs (POINTS_SQL, STAR_SQL): the same
-- everywhere, so an aggregate equals a recount exactly.
CREATE FUNCTION write_votes(
  uuid[], text[], smallint[], smallint[], text[], text[], text[], integer,
  OUT new_votes json, -- [[vote_id, 'counted' | 'flagged'], …] of the votes stored now
  OUT batch_aggregates json, -- the aggregate of every procedure in the batch, after it
  OUT earlier_votes json -- [[vote_id, procedure], …] of the batch's vote_ids stored before
) LANGUAGE plpgsql AS $$
BEGIN
  WITH input AS (
    SELECT * FROM unnest($1, $2, $3, $4, $5, $6, $7)
      WITH ORDINALITY AS u(vote_id, procedure, score, max, locale, origin, client_hash, ord)),
  earlier AS (
    SELECT DISTINCT v.vote_id, v.procedure FROM input JOIN votes v USING (vote_id)),
  candidates AS (
    SELECT DISTINCT ON (vote_id) * FROM input
    WHERE vote_id NOT IN (SELECT vote_id FROM earlier) ORDER BY vote_id, ord),
  ranked AS ( -- each vote's place among today's votes of its procedure and client
    SELECT c.*, coalesce(d.votes, 0) + row_number() OVER (PARTITION BY c.procedure, c.client_hash ORDER BY c.ord) AS nth
    FROM candidates c LEFT JOIN client_day_votes d
      ON d.procedure = c.procedure AND d.client_hash = c.client_hash AND d.day = (now() AT TIME ZONE 'UTC')::date),
  stored AS (
    INSERT INTO votes (vote_id, procedure, score, max, locale, origin, client_hash, status)
    SELECT vote_id, procedure, score, max, locale, origin, client_hash,
           CASE WHEN nth > $8 THEN 'flagged' ELSE 'counted' END
    FROM ranked ORDER BY ord
    ON CONFLICT (vote_id) DO NOTHING
    RETURNING vote_id, procedure, score, max, client_hash, status),
  counters AS (
    INSERT INTO client_day_votes (procedure, client_hash, day, votes)
    SELECT procedure, client_hash, (now() AT TIME ZONE 'UTC')::date, count(*)::int
    FROM stored GROUP BY procedure, client_hash
    ON CONFLICT (procedure, client_hash, day) DO UPDATE SET votes = client_day_votes.votes + excluded.votes),
  changed AS (
    UPDATE aggregates a
    SET count = a.count + s.n, points = a.points + s.points,
        distribution = ARRAY[a.distribution[1] + s.d1, a.distribution[2] + s.d2, a.distribution[3] + s.d3,
                             a.distribution[4] + s.d4, a.distribution[5] + s.d5]
    FROM (SELECT procedure, count(*)::int AS n, sum(score::numeric * 10 / max) AS points,
                 (count(*) FILTER (WHERE least(5, greatest(1, ceil(score * 5.0 / max)))::int = 1))::int AS d1,
                 (count(*) FILTER (WHERE least(5, greatest(1, ceil(score * 5.0 / max)))::int = 2))::int AS d2,
                 (count(*) FILTER (WHERE least(5, greatest(1, ceil(score * 5.0 / max)))::int = 3))::int AS d3,
                 (count(*) FILTER (WHERE least(5, greatest(1, ceil(score * 5.0 / max)))::int = 4))::int AS d4,
                 (count(*) FILTER (WHERE least(5, greatest(1, ceil(score * 5.0 / max)))::int = 5))::int AS d5
          FROM stored WHERE status = 'counted' GROUP BY procedure) s
    WHERE a.procedure = s.procedure
    RETURNING a.procedure, a.count, a.points::text AS points, a.distribution)
  SELECT
    (SELECT coalesce(json_agg(json_build_array(vote_id, status)), '[]') FROM stored),
    (SELECT coalesce(json_agg(x), '[]') FROM (
       SELECT * FROM changed
       UNION ALL
       SELECT procedure, count, points::text, distribution FROM aggregates
       WHERE procedure = ANY($2) AND procedure NOT IN (SELECT procedure FROM changed)) x),
    (SELECT coalesce(json_agg(json_build_array(vote_id, procedure)), '[]') FROM earlier)
  INTO new_votes, batch_aggregates, earlier_votes;
END
$$;
