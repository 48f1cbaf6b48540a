package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.events.EventMention;
import org.newsgraph.store.Kind;
import org.newsgraph.store.Samples;
import org.newsgraph.store.Store;

class ExporterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  Store store;
  Exporter exporter;

  @BeforeEach void fill() {
    store = Store.open(dir.resolve("ng.db"));
    store.write(List.of(Samples.analyze(Samples.article("a1")), Samples.analyze(Samples.article("a2"))));
    exporter = new Exporter(store);
  }

  @AfterEach void close() {
    store.close();
  }

  private List<String> lines(Kind kind, Format format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.write(kind, format, out);
    String s = out.toString(StandardCharsets.UTF_8);
    return s.isEmpty() ? List.of() : Arrays.asList(s.split("\n", -1)).subList(0, s.split("\n", -1).length - 1);
  }

  private static List<String> fields(JsonNode n) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) names.add(it.next());
    return names;
  }

  @Test void articlesAsJsonLines() throws Exception {
    List<String> lines = lines(Kind.ARTICLES, Format.JSONL);
    assertEquals(2, lines.size());
    JsonNode a = JSON.readTree(lines.get(0));
    assertEquals(List.of("id", "title", "source", "url", "published", "dateline", "body", "story_id", "entities",
        "quotes", "amounts", "tone"), fields(a).subList(0, 12));
    assertEquals("a1", a.get("id").asText());
    assertEquals("2014-11-19", a.get("published").asText());
    assertEquals(Samples.BODY, a.get("body").asText());
    assertTrue(a.get("story_id").isNull());
    JsonNode e = a.get("entities").get(0);
    assertEquals(List.of("text", "canonical", "type", "start", "end"), fields(e));
    assertEquals("Vladimir Putin", e.get("canonical").asText());
    assertEquals("Putin", Samples.BODY.substring(e.get("start").asInt(), e.get("end").asInt()));
    assertEquals(List.of("speaker", "text", "start", "end"), fields(a.get("quotes").get(0)));
    JsonNode m = a.get("amounts").get(0);
    assertEquals(List.of("value", "unit", "object", "text", "start"), fields(m));
    assertEquals(25e9, m.get("value").asDouble());
    assertEquals("project", m.get("object").asText());
    assertEquals(-1.5, a.get("tone").get("tone").asDouble());
    assertEquals(16, a.get("tone").get("word_count").asInt());
    JsonNode t = a.get("title_entities").get(0);
    assertEquals("Title", a.get("title").asText().substring(t.get("start").asInt(), t.get("end").asInt()));
  }

  @Test void eventsAsJsonLines() throws Exception {
    List<String> lines = lines(Kind.EVENTS, Format.JSONL);
    assertEquals(6, lines.size());
    JsonNode meet = null;
    for (String l : lines) {
      JsonNode n = JSON.readTree(l);
      assertEquals(List.of("event_id", "date", "date_precision", "source", "target", "code", "root_code", "quad_class",
          "goldstein", "location", "num_mentions", "num_sources", "num_articles", "story_id", "mode", "mentions"),
          fields(n));
      if (n.get("code").asText().equals("043") && n.get("mentions").get(0).get("article_id").asText().equals("a1")) meet = n;
    }
    assertTrue(meet != null);
    EventMention m0 = Samples.analyze(Samples.article("a1")).events().get(0);
    assertEquals(Store.eventId("a1", m0), meet.get("event_id").asLong());
    assertEquals("2014-11-18", meet.get("date").asText());
    assertEquals("day", meet.get("date_precision").asText());
    assertEquals(List.of("code", "name", "country", "role"), fields(meet.get("source")));
    assertEquals("RUSGOV", meet.get("source").get("code").asText());
    assertEquals("PRKGOV", meet.get("target").get("code").asText());
    assertEquals("04", meet.get("root_code").asText());
    assertEquals(1, meet.get("quad_class").asInt());
    assertEquals("Moscow", meet.get("location").get("name").asText());
    assertEquals(1, meet.get("num_mentions").asInt());
    assertEquals("actual", meet.get("mode").asText());
    JsonNode mention = meet.get("mentions").get(0);
    assertEquals(List.of("article_id", "sentence", "start", "end", "text", "confidence", "why", "source_text",
        "source_start", "source_end", "target_text", "target_start", "target_end"), fields(mention));
    assertEquals("Putin", mention.get("source_text").asText());
    boolean noTarget = false;
    for (String l : lines) {
      JsonNode n = JSON.readTree(l);
      if (n.get("code").asText().equals("010")) {
        noTarget = n.get("target").isNull() && n.get("location").isNull() && n.get("date").isNull();
      }
    }
    assertTrue(noTarget, "an event without target has target null");
  }

  @Test void mentionsAndStoriesAsJsonLines() throws Exception {
    List<String> lines = lines(Kind.MENTIONS, Format.JSONL);
    assertEquals(6, lines.size());
    JsonNode m = JSON.readTree(lines.get(0));
    assertEquals("a1", m.get("article_id").asText());
    assertEquals("RUSGOV", m.get("source").get("code").asText());
    assertEquals("dictionary: Putin", m.get("source").get("evidence").asText());
    assertEquals("meet with X", m.get("pattern").asText());
    assertEquals(List.of(), lines(Kind.STORIES, Format.JSONL));
  }

  @Test void parquetReadsBackWithDuckDb() throws Exception {
    Path events = dir.resolve("out/events.parquet");
    Path articles = dir.resolve("articles.parquet");
    assertEquals(6, exporter.write(Kind.EVENTS, Format.PARQUET, events));
    exporter.write(Kind.ARTICLES, Format.PARQUET, articles);
    exporter.write(Kind.ARTICLES, Format.PARQUET, articles); // replaces
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT count(*), count(target), max(len(mentions)) FROM read_parquet('" + events + "')")) {
        rs.next();
        assertEquals(6, rs.getInt(1));
        assertEquals(4, rs.getInt(2));
        assertEquals(1, rs.getInt(3));
      }
      try (ResultSet rs = st.executeQuery("SELECT id, entities[1].canonical, amounts[1].value, tone.word_count "
          + "FROM read_parquet('" + articles + "') ORDER BY id")) {
        rs.next();
        assertEquals("a1", rs.getString(1));
        assertEquals("Vladimir Putin", rs.getString(2));
        assertEquals(25e9, rs.getDouble(3));
        assertEquals(16, rs.getInt(4));
        assertTrue(rs.next());
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(6, exporter.write(Kind.MENTIONS, Format.PARQUET, out));
    byte[] bytes = out.toByteArray();
    assertArrayEquals("PAR1".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(bytes, 4));
  }

  @Test void gdeltEventsHave61ColumnsInCodebookOrder() {
    assertEquals(4, exporter.write(Kind.EVENTS, Format.GDELT, new ByteArrayOutputStream()));
    List<String> rows = lines(Kind.EVENTS, Format.GDELT);
    assertEquals(4, rows.size(), "the two planned events are left out");
    for (String r : rows) assertEquals(61, r.split("\t", -1).length, r);
    EventMention m0 = Samples.analyze(Samples.article("a1")).events().get(0);
    String id = String.valueOf(Store.eventId("a1", m0));
    String[] c = rows.stream().filter(r -> r.startsWith(id + "\t")).findFirst().orElseThrow().split("\t", -1);
    assertEquals("20141118", c[1]);   // SQLDATE
    assertEquals("201411", c[2]);     // MonthYear
    assertEquals("2014", c[3]);       // Year
    assertEquals("RUSGOV", c[5]);     // Actor1Code
    assertEquals("VLADIMIR PUTIN", c[6]);
    assertEquals("RUS", c[7]);        // Actor1CountryCode
    assertEquals("GOV", c[12]);       // Actor1Type1Code
    assertEquals("PRKGOV", c[15]);    // Actor2Code
    assertEquals("1", c[25]);         // IsRootEvent
    assertEquals("043", c[26]);       // EventCode
    assertEquals("043", c[27]);       // EventBaseCode
    assertEquals("04", c[28]);        // EventRootCode
    assertEquals("1", c[29]);         // QuadClass
    assertEquals("2.8", c[30]);       // GoldsteinScale
    assertEquals("1", c[31]);         // NumMentions
    assertEquals("-1.5", c[34]);      // AvgTone
    assertEquals("0", c[35]);         // Actor1Geo_Type
    assertEquals("4", c[51]);         // ActionGeo_Type: world city
    assertEquals("Moscow", c[52]);
    assertEquals("RS", c[53]);        // ActionGeo_CountryCode: FIPS 10-4
    assertTrue(c[54].startsWith("RS"), c[54]); // ActionGeo_ADM1Code ("RS48" with the city list)
    assertEquals("55.75", c[56]);     // ActionGeo_Lat
    assertEquals("524901", c[58]);    // ActionGeo_FeatureID
    assertTrue(c[59].matches("\\d{14}"), c[59]); // DATEADDED
    assertEquals("https://example.org/2014/11/19/a1", c[60]);
    String[] un = rows.stream().map(r -> r.split("\t", -1)).filter(r -> r[15].equals("IGOUNO")).findFirst().orElseThrow();
    assertEquals("UNO", un[18]);      // Actor2KnownGroupCode
    assertEquals("IGO", un[22]);      // Actor2Type1Code
    assertEquals("20141101", un[1]);  // month precision padded
  }

  @Test void gdeltMentionsHave16Columns() {
    List<String> rows = lines(Kind.MENTIONS, Format.GDELT);
    assertEquals(4, rows.size());
    for (String r : rows) {
      String[] c = r.split("\t", -1);
      assertEquals(16, c.length, r);
      assertEquals("1", c[3]);                 // MentionType WEB
      assertEquals("The Moscow Times", c[4]);
      assertEquals("1", c[6]);                 // SentenceID from 1
      assertEquals(String.valueOf(Samples.BODY.length()), c[12]);
    }
    assertThrows(IllegalArgumentException.class, () -> exporter.write(Kind.ARTICLES, Format.GDELT, new ByteArrayOutputStream()));
  }

  @Test void tsvKeepsRowsOnOneLine() {
    assertEquals("a b\t\t1.5\t3", Gdelt.tsv(Arrays.asList("a\tb", null, 1.5, 3)));
  }

  @Test void writesFilesToo() throws Exception {
    Path out = dir.resolve("x/events.jsonl");
    exporter.write(Kind.EVENTS, Format.JSONL, out);
    assertEquals(6, Files.readAllLines(out).size());
  }
}
