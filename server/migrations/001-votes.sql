-- Votes as received. A vote is never deleted: a moderator voids it, so a retry that resends its
-- voteId is still recognised and not counted again.
CREATE TABLE votes (
  vote_id uuid PRIMARY KEY,
  procedure text NOT NULL,
  score smallint NOT NULL CHECK (score >= 1),
  max smallint NOT NULL CHECK (max >= score AND max <= 10),
  locale text NOT NULL,
  origin text, -- the partner page's origin; NULL when the request had no Origin header
  received_at timestamptz NOT NULL DEFAULT now(),
  client_hash text NOT NULL, -- salted hash of the client address, never the address
  status text NOT NULL DEFAULT 'counted' CHECK (status IN ('counted', 'flagged', 'void'))
);
CREATE INDEX votes_received_at ON votes (received_at, vote_id);
CREATE INDEX votes_flagged ON votes (procedure) WHERE status = 'flagged';

-- One row per procedure, kept in the same transaction as every change to its counted votes, so
-- reading an aggregate never scans votes. points = sum of score / max × 10 (the 0..10 scale);
-- distribution[n] = counted votes of n stars on a five-star scale. The baseline is the rating
-- imported from the content (the hospital page's "7.82 of 10, based on 11 votes"), whose stars
-- are not known, so it is in count and points but not in distribution.
CREATE TABLE aggregates (
  procedure text PRIMARY KEY,
  count integer NOT NULL,
  points numeric NOT NULL,
  distribution integer[] NOT NULL DEFAULT '{0,0,0,0,0}',
  baseline_count integer NOT NULL,
  baseline_points numeric NOT NULL
);

-- Counted votes per procedure, client hash and day (UTC), for votesPerClientPerDay. A counter
-- rather than a count over votes, so a vote costs the same however many are stored. Rows older
-- than yesterday are deleted.
CREATE TABLE client_day_votes (
  procedure text NOT NULL,
  client_hash text NOT NULL,
  day date NOT NULL,
  votes integer NOT NULL,
  PRIMARY KEY (procedure, client_hash, day)
);
