package org.newsgraph.export;

import java.math.BigDecimal;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.newsgraph.places.Country;
import org.newsgraph.places.Gazetteer;
import org.newsgraph.places.Location;
import org.newsgraph.store.Store;

/**
 * GDELT 2.0 tables, tab-separated without header, columns in the codebook's order: the Event
 * table (61 columns) and the Mentions table (16 columns).
 *
 * <p>Where our data differs from GDELT's: dates of month or year precision are padded with 01
 * (SQLDATE 20141101 for "2014-11"); ActionGeo_CountryCode is FIPS 10-4 from the gazetteer's
 * countries.tsv (the stored 3-letter code where it has none) and ActionGeo_ADM1Code the
 * gazetteer's GDELT-style ADM1 code (FIPS country + GeoNames admin1); ADM2 is left blank;
 * actor geography (Actor1Geo_*, Actor2Geo_*) is not resolved (type 0, other fields blank);
 * IsRootEvent is 1 for events in an article's first sentence.
 * GDELT has no mode, and its users count every row as something that happened, so only events
 * of mode "actual" are written: planned, hypothetical and negated ones stay in jsonl and parquet.
 */
final class Gdelt {
  static final int EVENT_COLUMNS = 61;
  static final int MENTION_COLUMNS = 16;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private Gdelt() {}

  /** One Event row per distinct event. */
  static void events(Store store, Consumer<String> rows) {
    store.eachActualEvent(rs -> rows.accept(tsv(eventRow(rs))));
  }

  /** One Mentions row per event mention. */
  static void mentions(Store store, Consumer<String> rows) {
    store.eachActualMention(rs -> rows.accept(tsv(mentionRow(rs))));
  }

  private static List<Object> eventRow(ResultSet rs) throws SQLException {
    List<Object> c = new ArrayList<>(EVENT_COLUMNS);
    c.add(rs.getLong("event_id"));
    c.addAll(dates(rs.getString("date")));
    c.addAll(actor(rs, "source_"));
    c.addAll(actor(rs, "target_"));
    Object first = rs.getObject("first_sentence");
    c.add(first != null && ((Number) first).intValue() == 0 ? 1 : 0);
    String code = rs.getString("code");
    c.add(code);
    c.add(code == null ? null : code.substring(0, Math.min(3, code.length())));
    c.add(rs.getString("root_code"));
    c.add(rs.getObject("quad_class"));
    c.add(rs.getObject("goldstein"));
    c.add(rs.getObject("num_mentions"));
    c.add(rs.getObject("num_sources"));
    c.add(rs.getObject("num_articles"));
    c.add(rs.getObject("avg_tone"));
    c.addAll(noGeo());
    c.addAll(noGeo());
    c.addAll(actionGeo(rs));
    c.add(stamp(rs.getString("added_at")));
    c.add(rs.getString("source_url"));
    return c;
  }

  private static List<Object> mentionRow(ResultSet rs) throws SQLException {
    List<Object> c = new ArrayList<>(MENTION_COLUMNS);
    c.add(rs.getLong("event_id"));
    c.add(stamp(rs.getString("added_at")));
    c.add(stamp(rs.getString("analyzed_at")));
    String url = rs.getString("url");
    c.add(url == null ? 2 : 1); // 1 WEB (identifier is a URL), 2 CITATIONONLY
    String source = rs.getString("source");
    c.add(source != null ? source : host(url));
    c.add(url != null ? url : rs.getString("id"));
    c.add(rs.getInt("sentence") + 1); // GDELT counts sentences from 1
    c.add(orMinusOne(rs.getObject("source_start")));
    c.add(orMinusOne(rs.getObject("target_start")));
    int start = rs.getInt("start_char");
    String text = rs.getString("text");
    String trigger = rs.getString("trigger");
    int at = text == null || trigger == null ? -1 : text.indexOf(trigger);
    c.add(at < 0 ? start : start + at);
    c.add(1);
    Object conf = rs.getObject("confidence");
    c.add(conf == null ? null : Math.round(((Number) conf).doubleValue() * 100));
    c.add(rs.getObject("doc_len"));
    c.add(rs.getObject("tone"));
    c.add(null);
    c.add(null);
    return c;
  }

  /** SQLDATE, MonthYear, Year, FractionDate from an ISO date of day, month or year precision. */
  static List<Object> dates(String iso) {
    if (iso == null || !iso.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) return Arrays.asList(null, null, null, null);
    int y = Integer.parseInt(iso.substring(0, 4));
    int m = iso.length() >= 7 ? Integer.parseInt(iso.substring(5, 7)) : 1;
    int d = iso.length() >= 10 ? Integer.parseInt(iso.substring(8, 10)) : 1;
    double fraction = y + (m * 30 + d) / 365.0;
    return Arrays.asList(y * 10000 + m * 100 + d, y * 100 + m, y, String.format(Locale.ROOT, "%.4f", fraction));
  }

  /**
   * Code, name, country, known group, ethnic, religion 1 and 2, type 1..3. The part of the code
   * after the country is split into 3-letter roles (RUSGOVMIL: GOV, MIL); a code without a country
   * (IGOUNO) gives its first part as type and the rest as known group.
   */
  static List<Object> actor(ResultSet rs, String p) throws SQLException {
    String code = rs.getString(p + "code");
    String country = rs.getString(p + "country");
    String name = rs.getString(p + "name");
    Object[] c = new Object[10];
    if (code == null) return Arrays.asList(c);
    c[0] = code;
    c[1] = name == null ? null : name.toUpperCase(Locale.ROOT);
    c[2] = country;
    List<String> parts = new ArrayList<>();
    String rest = country != null && code.startsWith(country) ? code.substring(country.length()) : code;
    for (int i = 0; i + 3 <= rest.length(); i += 3) parts.add(rest.substring(i, i + 3));
    if (country == null && parts.size() >= 2) {
      c[3] = parts.remove(1);
    }
    for (int i = 0; i < Math.min(3, parts.size()); i++) c[7 + i] = parts.get(i);
    return Arrays.asList(c);
  }

  private static List<Object> noGeo() {
    return Arrays.asList(0, null, null, null, null, null, null, null);
  }

  private static List<Object> actionGeo(ResultSet rs) throws SQLException {
    String name = rs.getString("location_name");
    String country = rs.getString("location_country");
    if (name == null && country == null) return noGeo();
    String precision = rs.getString("location_precision");
    boolean us = "USA".equals(country);
    int type = precision == null ? 1 : switch (precision) {
      case "city" -> us ? 3 : 4;
      case "adm1" -> us ? 2 : 5;
      default -> 1;
    };
    Gazetteer places = Gazetteer.standard();
    String fips = places.country(country).map(Country::fips).filter(f -> !f.isEmpty()).orElse(country);
    Double lat = (Double) rs.getObject("location_lat");
    Double lon = (Double) rs.getObject("location_lon");
    Long geonameId = (Long) rs.getObject("location_geoname_id");
    String adm1 = places.adm1Code(new Location(name, country, precision, lat, lon, geonameId)).orElse(null);
    return Arrays.asList(type, name, fips, adm1, null, lat, lon, geonameId);
  }

  private static String stamp(String timestamp) {
    if (timestamp == null) return null;
    return LocalDateTime.parse(timestamp.replace(' ', 'T')).format(STAMP);
  }

  private static Object orMinusOne(Object v) {
    return v == null ? -1 : v;
  }

  private static String host(String url) {
    if (url == null) return null;
    try {
      String h = URI.create(url).getHost();
      return h == null ? null : h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Joins columns with tabs; tabs and line breaks inside values become spaces, nulls empty. */
  static String tsv(List<Object> columns) {
    StringBuilder sb = new StringBuilder(256);
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) sb.append('\t');
      Object v = columns.get(i);
      if (v == null) continue;
      String s;
      if (v instanceof Double || v instanceof Float) {
        double d = ((Number) v).doubleValue();
        s = Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : "";
      } else {
        s = v.toString();
      }
      sb.append(s.replaceAll("[\\t\\r\\n]+", " "));
    }
    return sb.toString();
  }
}
