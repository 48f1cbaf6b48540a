package org.newsgraph.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * JSON records as articles: JSON Lines (streamed; each line limited to {@code maxBytes}), or a
 * {@code .json} file holding one object or an array. Fields and aliases as in interfaces.md:
 * {@code id (doc_id)}, {@code text (body, content)}, {@code title (headline)}, {@code url (link)},
 * {@code published (date, publish_date)}, {@code source (outlet, publisher)}, {@code html} (read
 * when there is no text; a text made of HTML paragraphs is read as HTML too). Other fields, and
 * aliases not used, are kept as metadata; a source given
 * as an object ({@code {"name": ...}}) gives its name.
 */
final class JsonArticles {
  /** Where records go: drafts to be finished into articles, and rejections. */
  interface Target {
    void draft(String id, String where, Draft draft);

    void reject(Rejection rejection);
  }

  // strict: "{...} trailing junk" is broken, and a file of several values is not one value
  private static final ObjectReader JSON =
      new ObjectMapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Map<String, List<String>> FIELDS = Map.of(
      "id", List.of("id", "doc_id"),
      "text", List.of("text", "body", "content"),
      "title", List.of("title", "headline"),
      "url", List.of("url", "link"),
      "published", List.of("published", "date", "publish_date"),
      "source", List.of("source", "outlet", "publisher"),
      "html", List.of("html"));

  private static final Pattern MARKUP =
      Pattern.compile("(?i)<(?:p|br|div|h[1-6]|li|blockquote|article|section)(?:\\s[^>]*)?/?>");

  private final Copy copy;
  private final Html html;
  private final long maxBytes;

  JsonArticles(Copy copy, Html html, long maxBytes) {
    this.copy = copy;
    this.html = html;
    this.maxBytes = maxBytes;
  }

  /** JSON Lines: ids fall back to {@code id:line}; paths and rejections say {@code where:line}. */
  void lines(InputStream in, String id, String where, Target target) {
    var lines = new Lines(in, maxBytes);
    int number = 0;
    int records = 0;
    try {
      byte[] line;
      while ((line = lines.next()) != null) {
        number++;
        String at = where + ":" + number;
        if (lines.tooLong) {
          records++;
          target.reject(new Rejection(at, "line too large (over " + maxBytes + " bytes)"));
          continue;
        }
        if (isBlank(line)) continue;
        records++;
        Decoder.Result text = Decoder.decode(line);
        if (!text.ok()) {
          target.reject(new Rejection(at, text.failure().replace("file", "line")));
          continue;
        }
        record(text.text(), id + ":" + number, at, target);
      }
      if (records == 0) target.reject(new Rejection(where, "empty file"));
    } catch (IOException e) {
      target.reject(new Rejection(where, "cannot read: " + Reader.reason(e)));
    }
  }

  /** A {@code .json} file: one object, an array of objects, or else JSON Lines. */
  void file(String text, String id, String where, Target target) {
    JsonNode whole = null;
    try {
      whole = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      // not one JSON value: JSON Lines
    }
    if (whole != null && (whole.isArray() || whole.isObject())) {
      List<JsonNode> items = new ArrayList<>();
      if (whole.isArray()) whole.forEach(items::add);
      else items.add(whole);
      for (int i = 0; i < items.size(); i++) {
        String at = where + ":" + (i + 1);
        if (items.get(i) instanceof ObjectNode o) article(o, id + ":" + (i + 1), at, target);
        else target.reject(new Rejection(at, "not a JSON object"));
      }
      return;
    }
    lines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), id, where, target);
  }

  /** True when the line is one complete JSON value (used to sniff files without extension). */
  static boolean isJson(String line) {
    try {
      JSON.readTree(line);
      return true;
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  private void record(String line, String fallbackId, String where, Target target) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      target.reject(new Rejection(where, "broken JSON: " + shortMessage(e)));
      return;
    }
    if (node instanceof ObjectNode o) article(o, fallbackId, where, target);
    else target.reject(new Rejection(where, "not a JSON object"));
  }

  private void article(ObjectNode node, String fallbackId, String where, Target target) {
    Set<String> used = new HashSet<>();
    Draft draft = new Draft();
    String id = field(node, "id", used);
    draft.title(field(node, "title", used));
    draft.url(field(node, "url", used));
    draft.source(field(node, "source", used));
    String published = field(node, "published", used);
    draft.published(Dates.parse(published));
    if (published != null && draft.published == null) draft.meta("published", published); // unreadable: keep it
    String text = field(node, "text", used);
    String page = field(node, "html", used);
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      var e = it.next();
      if (used.contains(e.getKey()) || "html".equals(e.getKey()) || e.getValue().isNull()) continue;
      draft.meta(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
    }
    if (text != null && !MARKUP.matcher(text).find()) {
      copy.read(text, draft, draft.title == null);
    } else if (text != null || page != null) {
      // feeds often put HTML paragraphs in "text"/"content": read those as HTML too
      String failure = html.read(text != null ? text : page, draft);
      if (failure != null) {
        target.reject(new Rejection(where, failure));
        return;
      }
    } else {
      target.reject(new Rejection(where, "no text (none of text, body, content, html)"));
      return;
    }
    target.draft(id == null ? fallbackId : id, where, draft);
  }

  /** The first non-blank alias of a field, as text; notes which name it came from. */
  private static String field(JsonNode node, String canonical, Set<String> used) {
    for (String name : FIELDS.get(canonical)) {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) continue;
      if (v.isObject() && v.has("name")) v = v.get("name");
      String s = v.isValueNode() ? v.asText() : v.toString();
      if (!s.isBlank()) {
        used.add(name);
        return s;
      }
    }
    return null;
  }

  /** Jackson's message without its location appendix, on one line. */
  private static String shortMessage(JsonProcessingException e) {
    String m = String.valueOf(e.getOriginalMessage());
    for (String cut : new String[] {"\n", " (start marker", " at [Source"}) {
      int i = m.indexOf(cut);
      if (i > 0) m = m.substring(0, i);
    }
    return m.strip();
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) if (b != ' ' && b != '\t' && b != '\r' && b != '\n') return false;
    return true;
  }

  /** Lines of a byte stream; a line longer than the limit is skipped to its end and flagged. */
  private static final class Lines {
    private final InputStream in;
    private final long limit;
    boolean tooLong;

    Lines(InputStream in, long limit) {
      this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16);
      this.limit = limit;
    }

    byte[] next() throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      tooLong = false;
      long length = 0;
      boolean any = false;
      int b;
      while ((b = in.read()) != -1) {
        any = true;
        if (b == '\n') break;
        if (++length > limit) tooLong = true;
        else line.write(b);
      }
      return any ? line.toByteArray() : null;
    }
  }
}
