-- Articles stored but not yet added to the stories state (a file beside the store): written in the
-- same transaction as the article, removed once the state that holds it is saved. A run killed in
-- between leaves its rows here and the next run adds them, so no stored article is never clustered.
CREATE TABLE story_queue (
  article_id VARCHAR PRIMARY KEY,
  prepared   VARCHAR NOT NULL,
  queued_at  TIMESTAMP NOT NULL
);
