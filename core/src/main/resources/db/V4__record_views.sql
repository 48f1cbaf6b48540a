-- The output records of interfaces.md ("Output: JSON Lines records"), one view per
-- export kind. Field order is the documented one; exports and the HTTP server read only these.

CREATE VIEW article_records AS
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
  a.byline, a.captions, a.metadata, a.content_hash
FROM articles a;

CREATE VIEW mention_records AS
SELECT
  m.event_id, m.article_id, m.idx, m.sentence, m.start_char AS "start", m.end_char AS "end", m.text,
  {'code': m.source_code, 'name': m.source_name, 'country': m.source_country, 'role': m.source_role,
   'text': m.source_text, 'start': m.source_start, 'end': m.source_end, 'evidence': m.source_evidence} AS source,
  CASE WHEN m.target_code IS NULL THEN NULL ELSE
  {'code': m.target_code, 'name': m.target_name, 'country': m.target_country, 'role': m.target_role,
   'text': m.target_text, 'start': m.target_start, 'end': m.target_end, 'evidence': m.target_evidence} END AS target,
  m.code, m.root_code, m.quad_class, m.goldstein, m.date, m.date_precision,
  CASE WHEN m.location_name IS NULL AND m.location_country IS NULL THEN NULL ELSE
  {'name': m.location_name, 'country': m.location_country, 'precision': m.location_precision,
   'lat': m.location_lat, 'lon': m.location_lon, 'geoname_id': m.location_geoname_id} END AS location,
  m.mode, m.confidence, m.trigger, m.pattern, m.why
FROM event_mentions m;

CREATE VIEW event_records AS
SELECT
  v.event_id, v.date, v.date_precision,
  {'code': v.source_code, 'name': v.source_name, 'country': v.source_country, 'role': v.source_role} AS source,
  CASE WHEN v.target_code IS NULL THEN NULL ELSE
  {'code': v.target_code, 'name': v.target_name, 'country': v.target_country, 'role': v.target_role} END AS target,
  v.code, v.root_code, v.quad_class, v.goldstein,
  CASE WHEN v.location_name IS NULL AND v.location_country IS NULL THEN NULL ELSE
  {'name': v.location_name, 'country': v.location_country, 'precision': v.location_precision,
   'lat': v.location_lat, 'lon': v.location_lon, 'geoname_id': v.location_geoname_id} END AS location,
  v.num_mentions, v.num_sources, v.num_articles, v.story_id, v.mode,
  coalesce((SELECT list({'article_id': m.article_id, 'sentence': m.sentence, 'start': m.start_char,
                         'end': m.end_char, 'text': m.text, 'confidence': m.confidence, 'why': m.why,
                         'source_text': m.source_text, 'source_start': m.source_start,
                         'source_end': m.source_end, 'target_text': m.target_text,
                         'target_start': m.target_start, 'target_end': m.target_end}
                        ORDER BY m.article_id, m.idx)
            FROM event_mentions m WHERE m.event_id = v.event_id), []) AS mentions
FROM events v;

CREATE VIEW story_records AS
SELECT s.story_id, s.title, s.first_published, s.last_published,
       coalesce(s.article_ids, []) AS article_ids, coalesce(s.sources, []) AS sources,
       coalesce(s.event_ids, []) AS event_ids
FROM stories s;
