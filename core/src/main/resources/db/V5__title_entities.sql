-- Entities of the headline. The title is not annotated, so these are the names the body's
-- entities and the knowledge tables recognise in it; start_char/end_char index articles.title.

CREATE TABLE title_entities (
  article_id VARCHAR NOT NULL,
  idx        INTEGER NOT NULL,
  text       VARCHAR NOT NULL,
  canonical  VARCHAR,
  type       VARCHAR,
  start_char INTEGER,
  end_char   INTEGER
);

CREATE OR REPLACE VIEW article_records AS
SELECT
  a.id, a.title, a.source, a.url, a.published, a.dateline, a.body, a.story_id,
  coalesce((SELECT list({'text': e.text, 'canonical': e.canonical, 'type': e.type,
                         'start': e.start_char, 'end': e.end_char} ORDER BY e.idx)
            FROM entities e WHERE e.article_id = a.id), []) AS entities,
  coalesce((SELECT list({'speaker': q.speaker, 'text': q.text, 'start': q.start_char, 'end': q.end_char}
                        ORDER BY q.idx)
            FROM quotes q WHERE q.article_id = a.id), []) AS quotes,
  coalesce((SELECT list({'value': m.value, 'unit': m.unit, 'object': m.object, 'text': m.text,
                         'start': m.start_char} ORDER BY m.idx)
            FROM amounts m WHERE m.article_id = a.id), []) AS amounts,
  {'tone': a.tone, 'positive': a.tone_positive, 'negative': a.tone_negative,
   'polarity': a.tone_polarity, 'word_count': a.tone_word_count} AS tone,
  coalesce((SELECT list({'text': t.text, 'canonical': t.canonical, 'type': t.type,
                         'start': t.start_char, 'end': t.end_char} ORDER BY t.idx)
            FROM title_entities t WHERE t.article_id = a.id), []) AS title_entities,
  a.byline, a.captions, a.metadata, a.content_hash
FROM articles a;
