package org.newsgraph.events;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import org.newsgraph.annotate.Document;
import org.newsgraph.annotate.TimeExpression;
import org.newsgraph.events.EventPattern.Element;
import org.newsgraph.events.EventPattern.Slot;

/** The dates step of the event coder: the event's own date, resolved against the publication date. */
final class EventDates {
  private EventDates() {}


  /** A date at its precision ("day", "month", "year", "unknown"), and how it was found. */
  record Dated(String value, String precision, String how) {}

  /**
   * The date of a match (pattern {@code pattern} at token {@code trigger}, matched tokens {@code nodes}):
   * a date expression attached to the trigger's clause chain, moved by "a day after"-style offsets;
   * else the publication date.
   */
  static Dated date(Document doc, Parse p, EventPattern pattern, int trigger, int[] nodes, List<TimeExpression> here) {
    LocalDate published = doc.article().published();
    int offset = 0; // days between the event and the date of the clause it hangs from ("a day after ...")
    String offsetHow = "";
    {
      // the trigger, its constraint words and the clauses climbed to: a date inside the target's phrase is not the event's
      List<Element> els = pattern.elements();
      int[] seen = new int[els.size() + 5];
      int count = 0;
      for (int i = 0; i < els.size(); i++) {
        int x = nodes[i + 1];
        if (x >= 0 && els.get(i).slot() == Slot.NONE) seen[count++] = x;
      }
      int node = trigger;
      int[] o = offsetBefore(p, trigger);
      if (o != null) {
        offset = o[0];
        offsetHow = String.format(java.util.Locale.ROOT, ", %+d day(s): '%s'", o[0], p.sentence.tokens().subList(o[1], o[2] + 1)
            .stream().map(org.newsgraph.annotate.Token::word).collect(java.util.stream.Collectors.joining(" ")));
      }
      for (int hops = 0; hops < 4 && node >= 0; hops++) {
        seen[count++] = node;
        for (TimeExpression t : here == null ? List.<TimeExpression>of() : here) {
          int h = timexHead(p, t);
          if (h >= 0 && p.head[h] >= 0 && containsUpTo(seen, count, p.head[h])) {
            Dated d = normalise(t, published, p.pos[trigger]);
            if (d != null && offset != 0 && d.precision().equals("day")) {
              return new Dated(LocalDate.parse(d.value()).plusDays(offset).toString(), "day", d.how() + offsetHow);
            }
            if (d != null) return d;
          }
        }
        String r = p.rel[node];
        if (r.startsWith("xcomp") || r.startsWith("conj") || r.startsWith("advcl") || r.startsWith("acl")
            || (p.isNoun(node) && (r.startsWith("obj") || r.startsWith("obl") || r.startsWith("nmod")))) {
          node = p.head[node];
        } else {
          break;
        }
      }
    }
    if (published == null) return new Dated(null, "unknown", "no date in the clause and no publication date");
    if (offset != 0) return new Dated(published.plusDays(offset).toString(), "day", "publication date" + offsetHow);
    return new Dated(published.toString(), "day", "publication date");
  }

  /**
   * The offset in days that "a day after holding talks", "two days before the vote", "a week after
   * the meeting" puts between the trigger's event and the date of what it hangs from: an event after
   * "after" came first (negative), after "before" later. Read from the words just before the
   * trigger (at most three between "after" and it), since parsers attach such phrases variously.
   * {offset, first token, last token}, or null.
   */
  private static int[] offsetBefore(Parse p, int trigger) {
    for (int mark = trigger - 1; mark >= 2 && mark >= trigger - 4; mark--) {
      int sign = switch (p.lemma[mark]) {
        case "after" -> -1;
        case "before" -> 1;
        default -> 0;
      };
      if (sign == 0) continue;
      int unit = switch (p.lemma[mark - 1]) {
        case "day" -> 1;
        case "week" -> 7;
        default -> 0;
      };
      int n = count(p.lemma[mark - 2]);
      return unit == 0 || n == 0 ? null : new int[] {sign * unit * n, mark - 2, mark};
    }
    return null;
  }

  private static int count(String word) {
    return switch (word) {
      case "a", "one", "the" -> 1;
      case "two" -> 2;
      case "three" -> 3;
      case "four" -> 4;
      case "five" -> 5;
      default -> word.matches("\\d{1,2}") ? Integer.parseInt(word) : 0;
    };
  }

  private static int timexHead(Parse p, TimeExpression t) {
    for (int i = t.tokenStart(); i < t.tokenEnd() && i < p.n; i++) {
      int h = p.head[i];
      if (h < t.tokenStart() || h >= t.tokenEnd()) return i;
    }
    return -1;
  }

  /** TIMEX value → date at its precision; a past-tense event is never after the publication date. */
  private static Dated normalise(TimeExpression t, LocalDate published, String verbPos) {
    String v = t.value();
    if (v == null) return null;
    String how = "'" + t.text() + "' (" + v + ")";
    try {
      if (v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
        String ymd = v.substring(0, 10);
        if (ymd.startsWith("XXXX") && published != null) ymd = published.getYear() + ymd.substring(4);
        LocalDate d = LocalDate.parse(ymd);
        if (published != null && d.isAfter(published) && past(verbPos) && !hasYear(t.text())) {
          d = d.minusYears(1);
        }
        return new Dated(d.toString(), "day", how);
      }
      if (v.length() == 7 && v.charAt(4) == '-' && Character.isDigit(v.charAt(5))) {
        int y = Integer.parseInt(v.substring(0, 4)), mo = Integer.parseInt(v.substring(5, 7));
        if (published != null && (y > published.getYear() || (y == published.getYear() && mo > published.getMonthValue()))
            && past(verbPos) && !hasYear(t.text())) {
          y--;
        }
        return new Dated(String.format("%04d-%02d", y, mo), "month", how);
      }
      if (v.length() == 8 && v.charAt(5) == 'W') {
        int y = Integer.parseInt(v.substring(0, 4)), w = Integer.parseInt(v.substring(6, 8));
        LocalDate thursday = LocalDate.of(y, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, w)
            .with(java.time.DayOfWeek.THURSDAY);
        return new Dated(String.format("%04d-%02d", thursday.getYear(), thursday.getMonthValue()), "month", how + ", a week");
      }
      if (v.length() == 4 && v.chars().allMatch(Character::isDigit)) return new Dated(v, "year", how);
    } catch (RuntimeException e) {
      return null;
    }
    return null;
  }

  /** Whether the text writes a year (four digits in a row): then it is not moved. */
  private static boolean hasYear(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
      if (run == 4) return true;
    }
    return false;
  }

  private static boolean past(String pos) {
    return pos.equals("VBD") || pos.equals("VBN") || pos.startsWith("NN");
  }

  private static boolean containsUpTo(int[] xs, int count, int x) {
    for (int i = 0; i < count; i++) if (xs[i] == x) return true;
    return false;
  }
}
