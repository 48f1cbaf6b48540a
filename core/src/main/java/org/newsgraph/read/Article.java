package org.newsgraph.read;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One news report as read from its source, before any language analysis.
 *
 * @param id         stable identifier: the JSON id, or the file path relative to the PATH it was found under
 * @param path       where it came from (file path, or "path:line" for JSON Lines); for error messages
 * @param title      headline, or null
 * @param byline     author/outlet line as written ("By Jane Doe"), or null
 * @param source     outlet name ("The Moscow Times"), or null
 * @param url        original URL, or null
 * @param published  publication date, or null when nothing says it
 * @param dateline   dateline place ("MOSCOW"), or null
 * @param body       main text, boilerplate and captions removed; all character offsets index this string
 * @param captions   photo captions kept out of the body
 * @param metadata   any other fields the input carried (JSON Lines unknown fields, HTML meta)
 * @param contentHash hash of the normalised content; re-reading the same input gives the same hash
 */
public record Article(String id, String path, String title, String byline, String source, String url,
                      LocalDate published, String dateline, String body, List<String> captions,
                      Map<String, String> metadata, String contentHash) {
  public Article {
    captions = captions == null ? List.of() : List.copyOf(captions);
    // keep the input's order (Map.copyOf would iterate in a different order on every run)
    metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }

  /** The article's language (ISO 639-1) as detected or declared, or null when unknown. */
  public String language() {
    String l = metadata.get("language");
    return l != null ? l : metadata.get("lang");
  }

  /** True unless the article is known to be in a language other than English. */
  public boolean isEnglish() {
    return Language.isEnglish(language());
  }
}
