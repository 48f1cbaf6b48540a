package org.newsgraph.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The forms a filter value may take, checked in one place for the HTTP parameters and the CLI
 * options alike. Each check returns the value (normalised) or throws an
 * {@link IllegalArgumentException} whose message starts with the given name.
 */
public final class Checks {
  private static final Pattern ACTOR = Pattern.compile("[A-Z0-9]{3,15}");
  private static final Pattern ROOT = Pattern.compile("\\d{2}");
  private static final Pattern CODE = Pattern.compile("\\d{2,4}");
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  private Checks() {}

  /** A date as YYYY, YYYY-MM or YYYY-MM-DD, checked to be a real date; null stays null. */
  public static String date(String name, String v) {
    if (v == null) return null;
    if (!DATE.matcher(v).matches()) throw new IllegalArgumentException(name + ": expected YYYY-MM-DD, YYYY-MM or YYYY: " + v);
    try {
      LocalDate.parse(v.length() == 4 ? v + "-01-01" : v.length() == 7 ? v + "-01" : v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + ": not a date: " + v);
    }
    return v;
  }

  /** A CAMEO actor code such as RUS or PRKGOV, upper-cased. */
  public static String actor(String name, String v) {
    return matching(name, v.toUpperCase(Locale.ROOT), ACTOR, "CAMEO actor codes such as RUS or PRKGOV", v);
  }

  /** A two-digit CAMEO root code ("04"). */
  public static String root(String name, String v) {
    return matching(name, v, ROOT, "two-digit CAMEO root codes such as 04", v);
  }

  /** A CAMEO event code of two to four digits ("043"), or the start of one. */
  public static String code(String name, String v) {
    return matching(name, v, CODE, "CAMEO event codes such as 043", v);
  }

  private static String matching(String name, String v, Pattern p, String what, String given) {
    if (!p.matcher(v).matches()) throw new IllegalArgumentException(name + ": expected " + what + ": " + given);
    return v;
  }
}
