-- The state chat replicas share (issue #16): what one process used to keep in memory or in SQLite.
-- Versions 0001-0099 are shared state, 0100 and up the search backend's tables.

-- Slack deliveries already taken (event ids, request signatures): the first replica to insert an id answers
-- it; a redelivery reaching any other replica finds the row. Rows past expires_at are dead and swept.
CREATE TABLE delivery_ids (
  id         text PRIMARY KEY,
  expires_at timestamptz NOT NULL
);
CREATE INDEX delivery_ids_by_expiry ON delivery_ids (expires_at);

-- The recent turns of each conversation (a Slack thread, a Discord reply chain), newest last, so a
-- follow-up answered by any replica or shard is read against what came before. Every write restarts the
-- expiry, so expires_at also orders conversations by how recently they were active (the bound sweeps by it).
CREATE TABLE conversations (
  key        text PRIMARY KEY,
  turns      jsonb NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX conversations_by_expiry ON conversations (expires_at);

-- Votes on answers: one row per person per answer message (a second click replaces the vote). The record
-- people asked for, so it is never swept.
CREATE TABLE feedback (
  platform   text NOT NULL,
  channel    text NOT NULL,
  message_id text NOT NULL,
  user_hash  text NOT NULL,
  rating     text NOT NULL CHECK (rating IN ('up', 'down')),
  question   text NOT NULL,
  answer     text NOT NULL,
  passages   jsonb NOT NULL,
  at         timestamptz NOT NULL,
  PRIMARY KEY (platform, message_id, user_hash)
);
CREATE INDEX feedback_by_answer ON feedback (question, answer);

-- rate-limiter-flexible's RateLimiterPostgres counters, in the table layout it creates itself (created here
-- so the limiter never issues DDL at run time); expire is milliseconds since the epoch.
CREATE TABLE rate_limits (
  key    varchar(255) PRIMARY KEY,
  points integer NOT NULL DEFAULT 0,
  expire bigint
);
CREATE INDEX rate_limits_by_expiry ON rate_limits (expire);
