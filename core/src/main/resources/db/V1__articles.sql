-- Articles and what the entities stage found in them. One row per article id; a new version of an
-- article (same id, new content_hash) replaces its row and all rows that point to it.
-- Character offsets (start_char, end_char) index articles.body.

CREATE TABLE articles (
  id              VARCHAR PRIMARY KEY,
  path            VARCHAR,            -- where it was read from (file, or file:line for JSON Lines)
  title           VARCHAR,
  byline          VARCHAR,
  source          VARCHAR,            -- outlet name
  url             VARCHAR,
  published       DATE,
  dateline        VARCHAR,
  body            VARCHAR NOT NULL,
  captions        VARCHAR[],
  metadata        MAP(VARCHAR, VARCHAR),
  content_hash    VARCHAR NOT NULL,   -- skip re-analysis when unchanged
  story_id        VARCHAR,            -- set by the stories stage
  sentence_count  INTEGER,
  token_count     INTEGER,
  tone            DOUBLE,             -- GDELT V2Tone: positive - negative (percent of words)
  tone_positive   DOUBLE,
  tone_negative   DOUBLE,
  tone_polarity   DOUBLE,
  tone_word_count INTEGER,
  analyzed_at     TIMESTAMP NOT NULL
);

CREATE TABLE entities (
  article_id VARCHAR NOT NULL,
  idx        INTEGER NOT NULL,        -- order within the article
  text       VARCHAR NOT NULL,
  canonical  VARCHAR,
  type       VARCHAR,
  sentence   INTEGER,
  start_char INTEGER,
  end_char   INTEGER
);

CREATE TABLE quotes (
  article_id VARCHAR NOT NULL,
  idx        INTEGER NOT NULL,
  speaker    VARCHAR,                 -- canonical name, or NULL when unknown
  text       VARCHAR NOT NULL,
  sentence   INTEGER,
  start_char INTEGER,
  end_char   INTEGER
);

CREATE TABLE amounts (
  article_id VARCHAR NOT NULL,
  idx        INTEGER NOT NULL,
  value      DOUBLE,
  unit       VARCHAR,                 -- "USD", or NULL for plain counts
  object     VARCHAR,                 -- what is counted ("project", "countries")
  text       VARCHAR,
  start_char INTEGER
);
