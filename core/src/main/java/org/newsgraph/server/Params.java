package org.newsgraph.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;
import org.newsgraph.query.Checks;

/**
 * Query parameters, checked (value forms in {@link Checks}): anything malformed is a
 * {@link BadRequest} naming the parameter.
 */
final class Params {
  static final int MAX_LIMIT = 200;
  static final int MAX_OFFSET = 1_000_000;
  static final int MAX_TEXT = 200;

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
    return checked(() -> Checks.date(name, text(name)));
  }

  /** Comma-separated CAMEO actor codes (upper-cased), or an empty list. */
  List<String> actors(String name) {
    return list(name, Checks::actor);
  }

  /** Comma-separated two-digit CAMEO root codes, or an empty list. */
  List<String> roots(String name) {
    return list(name, Checks::root);
  }

  /** Comma-separated CAMEO event codes ("043"), or an empty list. */
  List<String> codes(String name) {
    return list(name, Checks::code);
  }

  /** One of the given words (lower case), or the default. */
  String oneOf(String name, String dflt, String... allowed) {
    String v = text(name);
    if (v == null) return dflt;
    for (String a : allowed) if (a.equalsIgnoreCase(v)) return a;
    throw new BadRequest(name + ": expected one of " + String.join(", ", allowed) + ": " + v);
  }

  private List<String> list(String name, BinaryOperator<String> check) {
    String v = text(name);
    List<String> out = new ArrayList<>();
    if (v == null) return out;
    for (String part : v.split(",")) {
      String s = part.strip();
      if (!s.isEmpty()) out.add(checked(() -> check.apply(name, s)));
    }
    if (out.size() > 20) throw new BadRequest(name + ": at most 20 values");
    return out;
  }

  /** A value checked by {@link Checks}, its refusal a {@link BadRequest}. */
  private static String checked(Supplier<String> check) {
    try {
      return check.get();
    } catch (IllegalArgumentException e) {
      throw new BadRequest(e.getMessage());
    }
  }
}
