-- The answers the 👍/👎 buttons rate (issue #16): kept under the short id a button carries, so a vote is
-- understood whichever replica or shard receives the click. Answers nobody voted on expire (the log's
-- 30 days) and are swept; votes themselves live in `feedback` and are kept.
CREATE TABLE answers (
  answer_id text PRIMARY KEY,
  question  text NOT NULL,
  answer    text NOT NULL,
  passages  jsonb NOT NULL,
  at        timestamptz NOT NULL
);
CREATE INDEX answers_by_age ON answers (at);
