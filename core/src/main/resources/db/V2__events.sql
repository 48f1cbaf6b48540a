-- Event mentions (one report of an event in one sentence) and events (one row per distinct event).
-- Until the stories stage merges mentions across articles, each mention is its own event.

CREATE TABLE event_mentions (
  article_id          VARCHAR NOT NULL,
  idx                 INTEGER NOT NULL,   -- order within the article
  event_id            BIGINT NOT NULL,
  sentence            INTEGER,
  start_char          INTEGER,            -- span of the sentence in the body
  end_char            INTEGER,
  text                VARCHAR,            -- the sentence
  source_code         VARCHAR,
  source_name         VARCHAR,
  source_country      VARCHAR,
  source_role         VARCHAR,
  source_sentence     INTEGER,
  source_token_start  INTEGER,
  source_token_end    INTEGER,
  source_start        INTEGER,
  source_end          INTEGER,
  source_text         VARCHAR,
  source_evidence     VARCHAR,
  target_code         VARCHAR,            -- target_* are NULL when the event has no target
  target_name         VARCHAR,
  target_country      VARCHAR,
  target_role         VARCHAR,
  target_sentence     INTEGER,
  target_token_start  INTEGER,
  target_token_end    INTEGER,
  target_start        INTEGER,
  target_end          INTEGER,
  target_text         VARCHAR,
  target_evidence     VARCHAR,
  code                VARCHAR NOT NULL,   -- CAMEO event code with leading zeros ("043")
  root_code           VARCHAR,
  quad_class          INTEGER,
  goldstein           DOUBLE,
  date                VARCHAR,            -- ISO at its precision: "2014-11-18", "2014-11", "2011"
  date_precision      VARCHAR,            -- day, month, year, unknown
  location_name       VARCHAR,
  location_country    VARCHAR,
  location_precision  VARCHAR,
  location_lat        DOUBLE,
  location_lon        DOUBLE,
  location_geoname_id BIGINT,
  mode                VARCHAR,            -- actual, planned, hypothetical, negated
  confidence          DOUBLE,
  trigger             VARCHAR,
  pattern             VARCHAR,
  why                 VARCHAR
);

CREATE TABLE events (
  event_id            BIGINT PRIMARY KEY, -- stable: hash of article, sentence, code and actors (< 2^53)
  date                VARCHAR,
  date_precision      VARCHAR,
  source_code         VARCHAR,
  source_name         VARCHAR,
  source_country      VARCHAR,
  source_role         VARCHAR,
  target_code         VARCHAR,
  target_name         VARCHAR,
  target_country      VARCHAR,
  target_role         VARCHAR,
  code                VARCHAR NOT NULL,
  root_code           VARCHAR,
  quad_class          INTEGER,
  goldstein           DOUBLE,
  location_name       VARCHAR,
  location_country    VARCHAR,
  location_precision  VARCHAR,
  location_lat        DOUBLE,
  location_lon        DOUBLE,
  location_geoname_id BIGINT,
  num_mentions        INTEGER NOT NULL,
  num_sources         INTEGER NOT NULL,
  num_articles        INTEGER NOT NULL,
  story_id            VARCHAR,
  mode                VARCHAR,
  added_at            TIMESTAMP NOT NULL   -- GDELT DATEADDED
);
