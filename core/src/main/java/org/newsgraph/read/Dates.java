package org.newsgraph.read;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as articles write them: date lines, URL paths and metadata values. */
final class Dates {
  private Dates() {}

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
      Map.entry("dec", 12));

  private static final String MONTH =
      "\\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
      + "Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String WEEKDAY =
      "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?,?\\s+";

  /** "November 19, 2014", "Nov. 19 2014", "Wednesday, November 19, 2014". */
  static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(?:" + WEEKDAY + ")?" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b",
      Pattern.CASE_INSENSITIVE);
  /** "19 November 2014", "Wednesday 19 Nov 2014". */
  static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?:" + WEEKDAY + ")?\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b",
      Pattern.CASE_INSENSITIVE);
  /** "2014-11-19", "2014/11/19", optionally followed by a time. */
  static final Pattern ISO = Pattern.compile("\\b(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
  /** "/2014/11/19/" or "/2014-11-19/" in a URL path. */
  private static final Pattern URL_PATH = Pattern.compile("/(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})(?:[/-]|$)");

  /** The first full date written in the text, or null. */
  static LocalDate find(String text) {
    if (text == null) return null;
    Matcher m = MONTH_DAY_YEAR.matcher(text);
    if (m.find()) return date(m.group(3), month(m.group(1)), m.group(2));
    m = DAY_MONTH_YEAR.matcher(text);
    if (m.find()) return date(m.group(3), month(m.group(2)), m.group(1));
    m = ISO.matcher(text);
    if (m.find()) return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    return null;
  }

  /** The text with its first full date removed, for checking what else a date line says. */
  static String withoutDate(String text) {
    for (Pattern p : new Pattern[] {MONTH_DAY_YEAR, DAY_MONTH_YEAR, ISO}) {
      Matcher m = p.matcher(text);
      if (m.find()) return text.substring(0, m.start()) + " " + text.substring(m.end());
    }
    return text;
  }

  /** The date in a URL path such as {@code /2014/11/19/slug}, or null. */
  static LocalDate fromUrl(String url) {
    if (url == null) return null;
    String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
    Matcher m = URL_PATH.matcher(path);
    return m.find() ? date(m.group(1), Integer.parseInt(m.group(2)), m.group(3)) : null;
  }

  /** A metadata value: ISO date or date-time (with or without zone), RFC 1123, Unix time, or a written date. */
  static LocalDate parse(String value) {
    if (value == null || value.isBlank()) return null;
    String v = value.trim();
    if (v.matches("\\d{10}|\\d{13}")) { // Unix time in seconds or milliseconds (UTC)
      long t = Long.parseLong(v);
      return Instant.ofEpochMilli(v.length() == 10 ? t * 1000 : t).atZone(ZoneOffset.UTC).toLocalDate();
    }
    try {
      return OffsetDateTime.parse(v).toLocalDate();
    } catch (DateTimeException ignored) {
      // not an offset date-time
    }
    try {
      return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeException ignored) {
      // not an RFC 1123 date
    }
    return find(v);
  }

  private static int month(String name) {
    String key = name.toLowerCase(Locale.ROOT).replace(".", "");
    Integer m = MONTHS.get(key.length() > 4 ? key.substring(0, 3) : key);
    return m == null ? MONTHS.getOrDefault(key.substring(0, 3), 0) : m;
  }

  private static LocalDate date(String year, int month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (y < 1800 || y > 2200) return null;
      return LocalDate.of(y, month, Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
