-- Near-copies found by the stories stage: a republished wire story counts as a mention and an
-- article of an event, never as an independent source (events.num_sources).
CREATE TABLE article_copies (
  article_id VARCHAR PRIMARY KEY,
  copy_of    VARCHAR NOT NULL
);
