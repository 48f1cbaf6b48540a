-- What `watch` last learned of each feed or sitemap it polls: the validators for a conditional
-- GET (ETag, Last-Modified), so an unchanged feed costs one 304 and nothing else.
CREATE TABLE fetches (
  url           VARCHAR PRIMARY KEY,
  etag          VARCHAR,
  last_modified VARCHAR,
  status        INTEGER NOT NULL,
  fetched_at    TIMESTAMP NOT NULL
);
