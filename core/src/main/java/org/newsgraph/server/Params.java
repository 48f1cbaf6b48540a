package org.newsgraph.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Query parameters, checked: anything malformed is a {@link BadRequest} naming the parameter. */
final class Params {
  static final int MAX_LIMIT = 200;
  static final int MAX_OFFSET = 1_000_000;
  static final int MAX_TEXT = 200;
  private static final Pattern ACTOR = Pattern.compile("[A-Z0-9]{3,15}");
  private static final Pattern ROOT = Pattern.compile("\\d{2}");
  private static final Pattern CODE = Pattern.compile("\\d{2,4}");
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  private final Context ctx;

  Params(Context ctx) {
    this.ctx = ctx;
  }

  /** Trimmed value, or null when absent or blank; longer than {@link #MAX_TEXT} is refused. */
  String text(String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return null;
    v = v.strip();
    if (v.length() > MAX_TEXT) throw new BadRequest(name + ": at most " + MAX_TEXT + " characters");
    return v;
  }

  int limit(int dflt) {
    return intIn("limit", dflt, 1, MAX_LIMIT);
  }

  int offset() {
    return intIn("offset", 0, 0, MAX_OFFSET);
  }

  int intIn(String name, int dflt, int min, int max) {
    String v = text(name);
    if (v == null) return dflt;
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) throw new BadRequest(name + ": must be between " + min + " and " + max);
      return n;
    } catch (NumberFormatException e) {
      throw new BadRequest(name + ": not a whole number: " + v);
    }
  }

  /** A date as YYYY, YYYY-MM or YYYY-MM-DD (checked to be a real date). */
  String date(String name) {
    String v = text(name);
    if (v == null) return null;
    if (!DATE.matcher(v).matches()) throw new BadRequest(name + ": expected YYYY-MM-DD, YYYY-MM or YYYY: " + v);
    try {
      LocalDate.parse(v.length() == 4 ? v + "-01-01" : v.length() == 7 ? v + "-01" : v);
    } catch (DateTimeParseException e) {
      throw new BadRequest(name + ": not a date: " + v);
    }
    return v;
  }

  /** Comma-separated CAMEO actor codes (upper-cased), or an empty list. */
  List<String> actors(String name) {
    return list(name, ACTOR, "CAMEO actor codes such as RUS or PRKGOV", true);
  }

  /** Comma-separated two-digit CAMEO root codes, or an empty list. */
  List<String> roots(String name) {
    return list(name, ROOT, "two-digit CAMEO root codes such as 04", false);
  }

  /** Comma-separated CAMEO event codes ("043"), or an empty list. */
  List<String> codes(String name) {
    return list(name, CODE, "CAMEO event codes such as 043", false);
  }

  /** One of the given words (lower case), or the default. */
  String oneOf(String name, String dflt, String... allowed) {
    String v = text(name);
    if (v == null) return dflt;
    for (String a : allowed) if (a.equalsIgnoreCase(v)) return a;
    throw new BadRequest(name + ": expected one of " + String.join(", ", allowed) + ": " + v);
  }

  private List<String> list(String name, Pattern p, String what, boolean upper) {
    String v = text(name);
    List<String> out = new ArrayList<>();
    if (v == null) return out;
    for (String part : v.split(",")) {
      String s = upper ? part.strip().toUpperCase(java.util.Locale.ROOT) : part.strip();
      if (s.isEmpty()) continue;
      if (!p.matcher(s).matches()) throw new BadRequest(name + ": expected " + what + ": " + part.strip());
      out.add(s);
    }
    if (out.size() > 20) throw new BadRequest(name + ": at most 20 values");
    return out;
  }

  /** The text as a LIKE pattern that matches it anywhere, with %, _ and \ taken literally. */
  static String contains(String text) {
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
