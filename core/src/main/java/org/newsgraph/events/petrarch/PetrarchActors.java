package org.newsgraph.events.petrarch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PETRARCH/TABARI actor file: each entry is a name ({@code GAZA_CITY}), optional synonyms on
 * following lines ({@code +MINAS_TIRITH}) and one or more codes, each optionally restricted in time:
 * {@code [HOB < 950601]}, {@code [HOBREB > 990816]}, {@code [HOBGOV 19950601 - 19990815]}.
 * {@code [FRO/BIL/SAM]} codes one phrase as several actors. The first restricted code valid on the
 * event date wins; otherwise the unrestricted one.
 */
public final class PetrarchActors {

  /** A code valid from {@code from} to {@code to} inclusive (either null: open). */
  public record DatedCode(String code, LocalDate from, LocalDate to) {
    public boolean validOn(LocalDate date) {
      if (date == null) return from == null && to == null;
      return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    public boolean restricted() {
      return from != null || to != null;
    }
  }

  /** One actor: its phrases (upper-case words) and codes in file order. */
  public record Entry(List<List<String>> phrases, List<DatedCode> codes, int line) {
    /**
     * The codes valid on {@code date}: of the restricted codes whose period holds, the one that
     * started last (so a short exception inside a longer period overrides it, as the PETRARCH unit
     * suite expects); else the unrestricted code. A slash code ("FRO/BIL/SAM") gives several.
     * Empty when "---" applies.
     */
    public List<String> codesOn(LocalDate date) {
      DatedCode pick = null;
      if (date != null) {
        for (DatedCode c : codes) {
          if (!c.restricted() || !c.validOn(date)) continue;
          if (pick == null || (c.from() != null && (pick.from() == null || c.from().isAfter(pick.from())))) pick = c;
        }
      }
      if (pick == null) {
        for (DatedCode c : codes) {
          if (!c.restricted()) { pick = c; break; }
        }
      }
      if (pick == null || pick.code().startsWith("---")) return List.of();
      List<String> out = new ArrayList<>();
      for (String c : pick.code().split("/")) if (!c.isBlank()) out.add(c.trim());
      return out;
    }

    /** The name as written first, words joined by spaces. */
    public String name() {
      return String.join(" ", phrases.get(0));
    }
  }

  private final List<Entry> entries;

  private PetrarchActors(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public List<Entry> entries() {
    return entries;
  }

  public static PetrarchActors read(Path file) throws IOException {
    return parse(DictionaryText.read(file));
  }

  public static PetrarchActors parse(String content) {
    return parse(DictionaryText.lines(content));
  }

  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");

  static PetrarchActors parse(List<DictionaryText.Line> lines) {
    List<Entry> out = new ArrayList<>();
    List<List<String>> phrases = null;
    List<DatedCode> codes = null;
    int startLine = 0;
    for (DictionaryText.Line l : lines) {
      String t = l.text();
      if (t.isBlank()) continue;
      String s = t.strip();
      boolean indented = Character.isWhitespace(t.charAt(0));
      if (s.startsWith("+")) {
        if (phrases != null) {
          String name = s.substring(1);
          int b = name.indexOf('[');
          if (b >= 0) {
            codes.addAll(codes(name.substring(b)));
            name = name.substring(0, b);
          }
          List<String> w = DictionaryText.words(name);
          if (!w.isEmpty()) phrases.add(w);
        }
        continue;
      }
      if (s.startsWith("[") && phrases != null) {
        codes.addAll(codes(s));
        continue;
      }
      if (indented && phrases != null && !s.contains("[")) continue;
      // a new entry
      if (phrases != null && !codes.isEmpty()) out.add(new Entry(phrases, codes, startLine));
      phrases = new ArrayList<>();
      codes = new ArrayList<>();
      startLine = l.number();
      int b = s.indexOf('[');
      String name = b >= 0 ? s.substring(0, b) : s;
      if (b >= 0) codes.addAll(codes(s.substring(b)));
      List<String> w = DictionaryText.words(name);
      if (w.isEmpty()) { phrases = null; continue; }
      phrases.add(w);
    }
    if (phrases != null && !codes.isEmpty()) out.add(new Entry(phrases, codes, startLine));
    return new PetrarchActors(out);
  }

  private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*-\\s*(\\d+)");
  private static final Pattern BOUND = Pattern.compile("([<>])\\s*(\\d+)");

  static List<DatedCode> codes(String s) {
    List<DatedCode> out = new ArrayList<>();
    Matcher m = CODE.matcher(s);
    while (m.find()) {
      String inside = m.group(1).trim();
      if (inside.isEmpty()) continue;
      String code = inside.split("[\\s<>]")[0].trim().toUpperCase();
      String rest = inside.substring(Math.min(inside.length(), code.length())).trim();
      if (code.matches("\\d{6,8}.*")) continue; // a date block without a code: malformed, skip
      LocalDate from = null, to = null;
      Matcher r = RANGE.matcher(rest);
      Matcher bd = BOUND.matcher(rest);
      if (r.find()) {
        from = date(r.group(1));
        to = date(r.group(2));
        if (from == null || to == null) continue; // a malformed date: PETRARCH skips the code too
      } else if (bd.find()) {
        // "<d": strictly before d; ">d": strictly after d. Ranges include both ends.
        LocalDate d = date(bd.group(2));
        if (d == null) continue;
        if (bd.group(1).equals("<")) to = d.minusDays(1);
        else from = d.plusDays(1);
      }
      out.add(new DatedCode(code, from, to));
    }
    return out;
  }

  /** YYMMDD (TABARI: years below 30 are 20xx) or YYYYMMDD; null for anything else. */
  static LocalDate date(String d) {
    if (d.length() != 6 && d.length() != 8) return null;
    int y, mo, da;
    if (d.length() == 6) {
      y = Integer.parseInt(d.substring(0, 2));
      y += y < 30 ? 2000 : 1900;
      mo = Integer.parseInt(d.substring(2, 4));
      da = Integer.parseInt(d.substring(4, 6));
    } else {
      y = Integer.parseInt(d.substring(0, 4));
      mo = Integer.parseInt(d.substring(4, 6));
      da = Integer.parseInt(d.substring(6, 8));
    }
    mo = Math.max(1, Math.min(12, mo));
    return LocalDate.of(y, mo, Math.max(1, Math.min(da, LocalDate.of(y, mo, 1).lengthOfMonth())));
  }
}
