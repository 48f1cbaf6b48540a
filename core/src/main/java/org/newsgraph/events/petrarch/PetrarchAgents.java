package org.newsgraph.events.petrarch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PETRARCH/TABARI agent file: role nouns and the code they add to an actor.
 * {@code MINISTER [~GOV]} appends GOV after the actor's code (RUS + minister = RUSGOV);
 * {@code MSF [NGO~]} puts it before (NGO + Arnor = NGOARN). Plurals are generated (+S, Y→IES,
 * S/X/CH/SH→ES) unless given in braces ({@code GOLDEN_GOOSE {GOLDEN_GEESE}}); empty braces
 * ({@code POLICE {}}) mean no plural. {@code !PERSON! = MAN, MEN} defines substitutions used inside
 * phrases ({@code CONGRESS!PERSON!}).
 */
public final class PetrarchAgents {

  /** One agent phrase (upper-case words) with its code and placement. */
  public record Entry(List<String> words, String code, boolean prefix, int line) {}

  private final List<Entry> entries;

  private PetrarchAgents(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** Every phrase, singular and plural forms as separate entries. */
  public List<Entry> entries() {
    return entries;
  }

  public static PetrarchAgents read(Path file) throws IOException {
    return parse(DictionaryText.read(file));
  }

  public static PetrarchAgents parse(String content) {
    return parse(DictionaryText.lines(content));
  }

  private static final Pattern SUBST = Pattern.compile("^\\s*(![A-Za-z0-9_]+!)\\s*=\\s*(.+)$");
  private static final Pattern ENTRY = Pattern.compile("^([^\\[{]+?)\\s*(\\{[^}]*\\})?\\s*\\[([^\\]]*)\\]");
  private static final Pattern MARK = Pattern.compile("![A-Za-z0-9_]+!");

  static PetrarchAgents parse(List<DictionaryText.Line> lines) {
    Map<String, List<String>> subst = new LinkedHashMap<>();
    List<Entry> out = new ArrayList<>();
    for (DictionaryText.Line l : lines) {
      String s = l.text().strip();
      if (s.isEmpty()) continue;
      Matcher sm = SUBST.matcher(s);
      if (sm.matches()) {
        List<String> alts = new ArrayList<>();
        for (String a : sm.group(2).split(",")) if (!a.isBlank()) alts.add(a.strip().toUpperCase());
        subst.put(sm.group(1).toUpperCase(), alts);
        continue;
      }
      Matcher m = ENTRY.matcher(s);
      if (!m.find()) continue;
      String code = m.group(3).replace(" ", "").toUpperCase();
      boolean prefix;
      if (code.startsWith("~")) { prefix = false; code = code.substring(1); }
      else if (code.endsWith("~")) { prefix = true; code = code.substring(0, code.length() - 1); }
      else prefix = false;
      if (code.isEmpty()) continue;
      String phrase = m.group(1).strip().toUpperCase();
      String braces = m.group(2);
      for (String form : expand(phrase, subst)) {
        out.add(new Entry(DictionaryText.words(form), code, prefix, l.number()));
        if (braces == null && !MARK.matcher(phrase).find()) {
          out.add(new Entry(DictionaryText.words(plural(form)), code, prefix, l.number()));
        }
      }
      if (braces != null) {
        String inner = braces.substring(1, braces.length() - 1).strip().toUpperCase();
        for (String p : inner.split("\\s+")) {
          if (p.isBlank()) continue;
          for (String form : expand(p, subst)) out.add(new Entry(DictionaryText.words(form), code, prefix, l.number()));
        }
      }
    }
    return new PetrarchAgents(out);
  }

  private static List<String> expand(String phrase, Map<String, List<String>> subst) {
    Matcher m = MARK.matcher(phrase);
    if (!m.find()) return List.of(phrase);
    List<String> alts = subst.getOrDefault(m.group(), List.of(m.group().replace("!", "")));
    List<String> out = new ArrayList<>();
    for (String a : alts) out.addAll(expand(phrase.substring(0, m.start()) + a + phrase.substring(m.end()), subst));
    return out;
  }

  /** Regular English plural of the last word of a phrase. */
  static String plural(String phrase) {
    int cut = Math.max(phrase.lastIndexOf('_'), phrase.lastIndexOf(' ')) + 1;
    String head = phrase.substring(0, cut), w = phrase.substring(cut);
    String p;
    if (w.endsWith("Y") && w.length() > 1 && "AEIOU".indexOf(w.charAt(w.length() - 2)) < 0) p = w.substring(0, w.length() - 1) + "IES";
    else if (w.endsWith("S") || w.endsWith("X") || w.endsWith("CH") || w.endsWith("SH") || w.endsWith("Z")) p = w + "ES";
    else if (w.endsWith("MAN")) p = w.substring(0, w.length() - 3) + "MEN";
    else p = w + "S";
    return head + p;
  }
}
