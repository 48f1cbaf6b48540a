-- Stories: articles about the same happening, across outlets. Filled by the stories stage.

CREATE TABLE stories (
  story_id        VARCHAR PRIMARY KEY,
  title           VARCHAR,
  first_published DATE,
  last_published  DATE,
  article_ids     VARCHAR[],
  sources         VARCHAR[],
  event_ids       BIGINT[]
);
