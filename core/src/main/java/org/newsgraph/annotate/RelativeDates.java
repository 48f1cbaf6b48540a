package org.newsgraph.annotate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves bare weekday and month references ("Tuesday", "on Friday", "Friday night", "in February",
 * "February 5") against the publication date. SUTime sometimes resolves them forward (to the next
 * such day or month); in news copy an unqualified weekday or month almost always points to the past,
 * so we take the latest such day (month) on or before the publication date, unless the expression
 * says "next"/"coming" or the verb it attaches to has a future modal ("will", "shall", "'ll"), in
 * which case it is the first one on or after it. Expressions with a year are left as SUTime read them.
 */
final class RelativeDates {
  private RelativeDates() {}

  private static final Pattern WEEKDAY = Pattern.compile(
      "(?i)(?:(on|last|this|next|coming|this coming)\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
          + "(?:\\s+(?:morning|afternoon|evening|night))?");
  private static final Pattern MONTH = Pattern.compile(
      "(?i)(?:(in|on|last|this|next|coming|early|late|mid|mid-)\\s*)?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?"
          + "(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?");
  private static final Pattern MONTH_PREFIX = Pattern.compile("^\\d{4}-\\d{2}");
  private static final Pattern DATE_PREFIX = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");

  /** The TIMEX3 value to keep for {@code text}: {@code value} itself unless a weekday fix applies. */
  static String resolve(String text, String value, LocalDate published, Sentence sentence, int tokenStart) {
    if (published == null || value == null) return value;
    Matcher mm = MONTH.matcher(text.trim());
    if (mm.matches()) return month(mm, value, published, sentence, tokenStart);
    Matcher m = WEEKDAY.matcher(text.trim());
    Matcher v = DATE_PREFIX.matcher(value);
    if (!m.matches() || !v.find()) return value;
    String qualifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
    if (qualifier.equals("last") || qualifier.contains("this")) return value; // SUTime reads these right
    DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
    boolean future = qualifier.equals("next") || qualifier.equals("coming") || futureModal(sentence, tokenStart);
    LocalDate resolved = published.with(future ? TemporalAdjusters.nextOrSame(day) : TemporalAdjusters.previousOrSame(day));
    try {
      LocalDate.parse(v.group());
    } catch (DateTimeParseException e) {
      return value;
    }
    return resolved + value.substring(v.end());
  }

  private static String month(Matcher mm, String value, LocalDate published, Sentence sentence, int tokenStart) {
    Matcher v = MONTH_PREFIX.matcher(value);
    if (!v.find()) return value;
    String qualifier = mm.group(1) == null ? "" : mm.group(1).toLowerCase(Locale.ROOT);
    if (qualifier.equals("last") || qualifier.equals("this")) return value;
    boolean future = qualifier.equals("next") || qualifier.equals("coming") || futureModal(sentence, tokenStart);
    int year = Integer.parseInt(value.substring(0, 4));
    int month = Integer.parseInt(value.substring(5, 7));
    int day = mm.group(3) == null ? 1 : Integer.parseInt(mm.group(3));
    LocalDate found;
    try {
      found = LocalDate.of(year, month, Math.min(day, 28));
    } catch (java.time.DateTimeException e) {
      return value;
    }
    LocalDate anchor = mm.group(3) == null ? published.withDayOfMonth(1) : published;
    while (!future && found.isAfter(anchor)) found = found.minusYears(1);
    while (future && found.isBefore(anchor)) found = found.plusYears(1);
    return String.format("%04d", found.getYear()) + value.substring(4);
  }

  /**
   * Whether the verb the weekday attaches to has a future modal ("will meet on Friday"), is scheduled
   * ("is set to visit on Friday") or is a headline infinitive ("Obama to visit Kenya in July"); without
   * a parse, whether the sentence has a future modal at all.
   */
  private static boolean futureModal(Sentence sentence, int weekdayToken) {
    if (sentence == null) return false;
    int head = -2;
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() == weekdayToken && d.governor() >= 0) { head = d.governor(); break; }
    }
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() == weekdayToken + 1 && head == -2 && d.governor() >= 0) head = d.governor(); // "on Friday": weekday is token+1
    }
    boolean parsed = !sentence.dependencies().isEmpty() && head >= 0;
    if (parsed) {
      // "Obama to visit Kenya in July": an infinitive with its own subject is the headline form of "is to"
      boolean to = false, subject = false, otherMark = false;
      for (Dependency d : sentence.dependencies()) {
        if (d.governor() != head) continue;
        String w = sentence.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
        if (d.relation().equals("mark")) {
          if (w.equals("to")) to = true;
          else otherMark = true;
        }
        if (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) subject = true;
      }
      if (to && subject && !otherMark) return true;
      for (Dependency d : sentence.dependencies()) {
        if (d.governor() == head && d.relation().startsWith("aux") && isFutureModal(sentence.tokens().get(d.dependent()))) return true;
        // "are expected to sign ... on Wednesday", "is set to visit on Friday": a scheduled event.
        if (d.dependent() == head && d.relation().equals("xcomp") && d.governor() >= 0
            && SCHEDULING.contains(sentence.tokens().get(d.governor()).lemma().toLowerCase(Locale.ROOT))) return true;
      }
      return false;
    }
    for (Token t : sentence.tokens()) if (isFutureModal(t)) return true;
    return false;
  }

  /** Verbs whose infinitive complement is still to happen (knowledge/scheduling-verbs.txt). */
  private static final java.util.Set<String> SCHEDULING = org.newsgraph.knowledge.Tsv.words("scheduling-verbs.txt");

  private static boolean isFutureModal(Token t) {
    if (!"MD".equals(t.pos())) return false;
    String w = t.word().toLowerCase(Locale.ROOT);
    return w.equals("will") || w.equals("shall") || w.equals("'ll") || w.equals("’ll") || w.equals("wo");
  }
}
