package org.newsgraph.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.read.Paragraphs.Paragraph;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads news copy (plain text or Markdown, or the text of an HTML page) into a {@link Draft}:
 * the title block (headline, byline, date line), photo captions, the URL footer, boilerplate, the
 * dateline, and paragraphs broken mid-sentence. What it recognises:
 *
 * <ul>
 *   <li>title: a Markdown heading ({@code # ...} or underlined), a bullet headline ({@code • ...}),
 *       or a short first line without closing punctuation that is followed by more text;</li>
 *   <li>title block, right after the title: {@code By X} bylines (X names an outlet when it holds an
 *       outlet word or is a known outlet: then it is the source), date lines
 *       ({@code November 19, 2014}, {@code Updated: 19 Nov 2014 10:02}), image placeholders;</li>
 *   <li>captions: see {@code knowledge/captions.txt}; Markdown image alt text, and an all-italic
 *       line right under a Markdown image;</li>
 *   <li>URL footer: {@code Original url: <...>} (the URL may sit on the next paragraph);</li>
 *   <li>boilerplate: {@code knowledge/boilerplate.txt};</li>
 *   <li>dateline: {@code MOSCOW:}, {@code MOSCOW (AFP) -}, {@code SEOUL, South Korea —},
 *       {@code Moscow, Nov 19 (Reuters) -} at the start of the first paragraph; removed from the
 *       body and kept in {@link Draft#dateline};</li>
 *   <li>paragraphs (see {@link Paragraphs}): a paragraph that stops mid-sentence is joined with the
 *       next one.</li>
 * </ul>
 */
final class Copy {
  private static final int MAX_TITLE_WORDS = 30;
  private static final int MAX_HEADER_PARAGRAPHS = 6;
  private static final int MAX_BOILERPLATE_WORDS = 40;
  private static final int MAX_CAPTION_WORDS = 60;

  private static final Pattern TITLE_BULLET = Pattern.compile("^[•▪■►●◆]\\s*(.*)$");
  // closing punctuation that a headline lacks; a trailing ellipsis ("Rivals of the £400 Apple...") is fine
  private static final Pattern CLOSED = Pattern.compile("(?:[,;:]|(?<!\\.)\\.)[\"”’')\\]]*$");
  private static final Pattern EMPHASISED = Pattern.compile("^([*_]{1,2})(?=\\S)[^*_]+(?<=\\S)\\1$");

  private static final Pattern BARE_URL = Pattern.compile("^<?((?:https?)://\\S+?)>?$");

  private static final Pattern BYLINE_SPLIT = Pattern.compile("\\s*(?:,|\\||\\(|\\)|\\s[-–—]\\s|\\sfor\\s|\\sat\\s)\\s*");

  // Dateline: an upper-case place (up to four words), optional ", Region" and ", Nov 19", optional
  // "(Agency)", then a colon or dash. A mixed-case place is accepted only with an agency in brackets.
  private static final String CAPS_PLACE = "\\p{Lu}[\\p{Lu}.'’\\-]*(?:\\s+\\p{Lu}[\\p{Lu}.'’\\-]*){0,3}";
  private static final String ANY_PLACE = "\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,3}";
  private static final String REGION = "(?:,\\s*\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,2})?";
  private static final String DAY = "(?:,\\s*\\p{Lu}[a-z]{2,8}\\.?\\s+\\d{1,2})?";
  private static final String SEPARATOR = "\\s*(?::|[-–—]{1,2})\\s+";
  private static final Pattern DATELINE = Pattern.compile(
      "^(" + CAPS_PLACE + ")" + REGION + DAY + "\\s*(?:\\(([^)]{1,40})\\))?" + SEPARATOR);
  private static final Pattern DATELINE_AGENCY = Pattern.compile(
      "^(" + ANY_PLACE + ")" + REGION + DAY + "\\s*\\(([^)]{1,40})\\)" + SEPARATOR);

  static final Pattern TERMINAL = Pattern.compile("[.!?…:][\"”’')\\]]*$");
  private static final Pattern SENTENCE_BREAK = Pattern.compile("\\p{Ll}{2,}[.!?][\"”’]?\\s+[\"“]?\\p{Lu}");
  private static final Pattern ENDS_WITH_DATE = Pattern.compile(
      "(?:" + Dates.MONTH_DAY_YEAR.pattern() + "|" + Dates.DAY_MONTH_YEAR.pattern() + "|" + Dates.ISO.pattern()
      + ")[\\s.)\\]]*$", Pattern.CASE_INSENSITIVE);

  private final Knowledge knowledge;

  Copy(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  /**
   * Reads {@code text} into {@code draft}. With {@code findTitle} the first paragraph may be taken as
   * the headline; a leading paragraph equal to an already known title is dropped either way.
   */
  void read(String text, Draft draft, boolean findTitle) {
    List<Paragraph> paragraphs = Paragraphs.split(Paragraphs.normalise(text));
    takeUrlFooter(paragraphs, draft);
    // a date line or byline may come before the headline as well as after it
    int i = findTitle && draft.title == null ? takeHeader(paragraphs, 0, draft) : 0;
    i = takeTitle(paragraphs, i, draft, findTitle);
    i = takeHeader(paragraphs, i, draft);
    List<Paragraph> body = new ArrayList<>();
    boolean afterImage = false;
    for (; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      String plain = Paragraphs.inline(p.text(), draft);
      boolean image = Paragraphs.IMAGE.matcher(p.text()).find();
      if (plain.isEmpty() || p.rule()) {
        afterImage = image;
        continue;
      }
      // a caption: by its wording, or an all-italic line right under a Markdown image
      if (isCaption(plain) || afterImage && EMPHASISED.matcher(p.text()).matches()) {
        draft.caption(plain);
        afterImage = false;
        continue;
      }
      afterImage = false;
      body.add(new Paragraph(plain, p.heading(), false));
    }
    List<String> kept = dropBoilerplate(body);
    kept = rejoin(kept);
    if (!kept.isEmpty()) kept.set(0, takeDateline(kept.get(0), draft));
    kept.removeIf(String::isEmpty);
    draft.body = String.join("\n\n", kept);
  }

  // ---- title block ----

  private void takeUrlFooter(List<Paragraph> paragraphs, Draft draft) {
    for (int i = 0; i < paragraphs.size(); i++) {
      Matcher m = knowledge.urlLabel.matcher(paragraphs.get(i).text());
      if (!m.matches()) continue;
      String url = m.group(1);
      int end = i + 1;
      if (url == null && end < paragraphs.size()) {
        Matcher next = BARE_URL.matcher(paragraphs.get(end).text());
        if (next.matches()) {
          url = next.group(1);
          end++;
        }
      }
      draft.url(url);
      paragraphs.subList(i, end).clear();
      return;
    }
  }

  /** Returns the index of the first paragraph after the headline. */
  private int takeTitle(List<Paragraph> paragraphs, int start, Draft draft, boolean findTitle) {
    if (paragraphs.size() <= start) return start;
    Paragraph first = paragraphs.get(start);
    String plain = Paragraphs.inline(first.text(), draft);
    if (draft.title != null) {
      return same(plain, draft.title) ? start + 1 : start;
    }
    if (!findTitle || paragraphs.size() < start + 2) return start;
    boolean marked = first.heading() || TITLE_BULLET.matcher(first.text()).matches();
    int words = words(plain);
    if (words <= MAX_TITLE_WORDS && (marked || !CLOSED.matcher(plain).find())) {
      draft.title(plain);
      return start + 1;
    }
    return start;
  }

  /** Bylines, date lines and placeholders right after the title; returns the first body index. */
  private int takeHeader(List<Paragraph> paragraphs, int start, Draft draft) {
    int i = start;
    while (i < paragraphs.size() && i < start + MAX_HEADER_PARAGRAPHS) {
      if (Paragraphs.IMAGE.matcher(paragraphs.get(i).text()).find()) break; // the body loop reads images and their captions
      String p = Paragraphs.inline(paragraphs.get(i).text(), draft);
      if (p.isEmpty() || paragraphs.get(i).rule()) {
        i++;
      } else if (byline(p, draft)) {
        i++;
      } else if (dateLine(p, draft)) {
        i++;
      } else if (words(p) <= 4 && isDropped(p)) {
        i++; // "Images", "Photo", "Advertisement" left by copy and paste
      } else {
        break;
      }
    }
    return i;
  }

  private boolean byline(String p, Draft draft) {
    Matcher m = knowledge.byline.matcher(p);
    if (!m.matches() || words(p) > 16) return false;
    String who = m.group(1).strip();
    if (!looksLikeByline(who)) return false; // "By early 2005 the net could ..." is a sentence
    if (Dates.find(who) != null) {
      draft.published(Dates.find(who));
      who = Dates.withoutDate(who).replaceAll("[\\s|,·•–—-]+$", "").strip();
    }
    draft.byline(p.startsWith("By") || p.startsWith("by") || p.startsWith("BY") ? "By " + who : p);
    // "The Moscow Times", "Jane Doe, Reuters", "Jane Doe for The Guardian", "Reuters Staff"
    draft.source(outletName(who));
    return true;
  }

  /** Names: starts with a capital, no closing full stop, mostly capitalised words. */
  private static boolean looksLikeByline(String who) {
    String names = Dates.withoutDate(who).strip();
    if (names.isEmpty() || !Character.isUpperCase(names.codePointAt(0))) return false;
    if (names.matches(".*\\p{Ll}{2,}[.!?]$")) return false;
    int words = 0;
    int capitalised = 0;
    for (String w : names.split("[\\s,|]+")) {
      if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) continue;
      words++;
      if (Character.isUpperCase(w.codePointAt(0))) capitalised++;
    }
    return words > 0 && capitalised * 2 >= words + (words > 3 ? 1 : 0);
  }

  /** The outlet a byline (or a part of one) names, or null when it names a person. */
  String outletName(String part) {
    String[] parts = BYLINE_SPLIT.split(part.strip());
    if (parts.length > 1) {
      for (int k = parts.length - 1; k >= 0; k--) {
        String outlet = outletName(parts[k]);
        if (outlet != null) return outlet;
      }
      return null;
    }
    String whole = part.strip();
    String name = knowledge.staffWords.matcher(whole).replaceAll("").strip();
    if (name.isEmpty()) return null;
    if (knowledge.isKnownOutlet(name) || knowledge.outletWords.matcher(name).find()) return name;
    if (name.matches("\\p{Lu}{2,6}")) return name; // agency acronyms: AFP, TASS
    if (!name.equals(whole) && Character.isUpperCase(whole.codePointAt(0))) return whole; // "Global Desk"
    return null;
  }

  /**
   * A date line ("November 19, 2014", "Wednesday 19 Nov 2014 10:02 GMT") or a time stamp line
   * ("POSTED: 05 / 02 / 07, 9: 00 PM PDT |"). Only a full, unambiguous date sets the date.
   */
  private boolean dateLine(String p, Draft draft) {
    if (words(p) > 16) return false;
    var date = Dates.find(p);
    boolean stamp = knowledge.stamp.matcher(p).matches();
    if (date == null && !stamp) return false;
    if (!stamp) {
      String rest = p;
      for (String r = Dates.withoutDate(rest); !r.equals(rest); r = Dates.withoutDate(rest)) rest = r;
      rest = knowledge.dateLineWords.matcher(rest).replaceAll(" ").replaceAll("\\b\\d+\\b", " ").strip();
      if (words(rest) > 2) return false;
    }
    if (date != null) draft.published(date);
    return true;
  }

  // ---- captions and boilerplate ----

  private boolean isCaption(String p) {
    int words = words(p);
    if (words > MAX_CAPTION_WORDS) return false;
    for (Pattern credit : knowledge.captionCredits) if (credit.matcher(p).find()) return true;
    // Present tense alone is not enough: ledes say "ministers meet on Thursday", "rates on hold".
    return ENDS_WITH_DATE.matcher(p).find() && !SENTENCE_BREAK.matcher(p).find()
        && !knowledge.reporting.matcher(p).find() && presentTenseVerb(p);
  }

  /** A caption verb ("attends", "is seen") within the first 20 words, not after "to", "will"... */
  private boolean presentTenseVerb(String p) {
    Matcher m = knowledge.captionVerbs.matcher(p);
    while (m.find()) {
      if (words(p.substring(0, m.start())) > 20) return false;
      if (m.start() == 0) continue; // an imperative or a headline, not "Subject verb"
      if (!knowledge.notAfter.matcher(p.substring(0, m.start())).find()) return true;
    }
    return false;
  }

  private boolean isDropped(String p) {
    if (words(p) > MAX_BOILERPLATE_WORDS) return false;
    for (Pattern pattern : knowledge.dropParagraphs) if (pattern.matcher(p).matches()) return true;
    return false;
  }

  private List<String> dropBoilerplate(List<Paragraph> body) {
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      String p = body.get(i).text();
      if (i >= body.size() / 2 && i > 0 && words(p) <= MAX_BOILERPLATE_WORDS && isTail(p)) break;
      if (!isDropped(p)) kept.add(p);
    }
    return kept;
  }

  private boolean isTail(String p) {
    for (Pattern pattern : knowledge.tailParagraphs) if (pattern.matcher(p).matches()) return true;
    return false;
  }

  // ---- paragraphs broken mid-sentence ----

  /**
   * Joins a paragraph with the next when it stops mid-sentence: no closing punctuation, and either
   * the next one starts in lower case or this one ends with a comma, semicolon or dash. (A long
   * paragraph without a full stop followed by a capital is left alone: in real copy that is far
   * more often a missing full stop than a break before a name.)
   */
  private static List<String> rejoin(List<String> paragraphs) {
    List<String> out = new ArrayList<>();
    for (String p : paragraphs) {
      if (!out.isEmpty()) {
        String prev = out.get(out.size() - 1);
        if (continues(prev, p)) {
          out.set(out.size() - 1, prev + " " + p);
          continue;
        }
      }
      out.add(p);
    }
    return out;
  }

  private static boolean continues(String prev, String next) {
    if (TERMINAL.matcher(prev).find() || next.isEmpty()) return false;
    char last = prev.charAt(prev.length() - 1);
    char first = next.charAt(0);
    if (Character.isLowerCase(first)) return true;
    return last == ',' || last == ';' || last == '–' || last == '—';
  }

  // ---- dateline ----

  private String takeDateline(String first, Draft draft) {
    Matcher m = DATELINE.matcher(first);
    boolean caps = m.lookingAt();
    if (!caps) {
      m = DATELINE_AGENCY.matcher(first);
      if (!m.lookingAt()) return first;
    }
    String place = m.group(1).strip();
    String rest = first.substring(m.end());
    if (rest.isEmpty()) return first;
    if (caps && knowledge.labels.contains(place.toUpperCase(Locale.ROOT))) {
      return takeDateline(rest, draft); // "BREAKING: MOSCOW - ..." or just a label
    }
    if (caps && place.replaceAll("[^\\p{L}]", "").length() < 2) return first;
    if (place.matches("(?i)(?:A|AN)\\s.*")) return first; // "A FIRE - BOMB attack ...": shouted words, no place
    draft.dateline(place);
    if (m.group(2) != null) draft.agency = m.group(2).strip();
    return rest;
  }

  // ---- helpers ----

  /** Number of whitespace-separated words (counted, not split: this runs for every paragraph). */
  static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      if (!space && !in) n++;
      in = !space;
    }
    return n;
  }

  private static boolean same(String a, String b) {
    return key(a).equals(key(b));
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
