package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.annotate.Dependency;
import org.newsgraph.annotate.Document;
import org.newsgraph.annotate.Mention;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;
import org.newsgraph.knowledge.Tsv;

/**
 * Amounts as GDELT GKG 2.1 counts them: each MONEY or NUMBER mention with its value (from NER's
 * normalisation: "~$2.5E10" is 25000000000 USD) and the object it counts, the noun it modifies in
 * the parse ("more than 60 countries" -> "countries", "400-page report" -> "page report", "a
 * project worth $25 billion" -> "project"). Plain numbers without an object are left out, as GKG does.
 */
final class Amounts {
  private static final Pattern VALUE = Pattern.compile("^[~<>=≤≥]*(\\D*?)(-?\\d[\\d.,]*(?:E-?\\d+)?)");
  private static final int MAX_STEPS = 4;
  private static final Pattern SCALE = Pattern.compile("(?i)\\d\\s*(bn|tn)\\b");
  private static final java.util.Set<String> COUNTING = java.util.Set.of("nummod", "compound", "amod");

  private final Map<String, String> currencies;

  Amounts(Map<String, String> currencies) {
    this.currencies = currencies;
  }

  static Map<String, String> bundledCurrencies() {
    Map<String, String> m = new HashMap<>();
    for (String[] r : Tsv.cells("currencies.tsv")) if (r.length >= 2) m.put(r[0], r[1]);
    return m;
  }

  /** The currency a word of the mention names ("20 billion euros", "1bn Swiss francs"), else {@code unit}. */
  private String currencyWord(String text, String unit) {
    String t = " " + text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}]+", " ") + " ";
    String best = null;
    for (String w : currencies.keySet()) {
      if (!Character.isLetter(w.charAt(0)) || w.length() < 3) continue;
      if (t.contains(" " + w.toLowerCase(java.util.Locale.ROOT) + " ") && (best == null || w.length() > best.length())) best = w;
    }
    return best == null ? unit : currencies.get(best);
  }

  List<Amount> find(Document doc) {
    List<Amount> out = new ArrayList<>();
    for (Mention m : doc.mentions()) {
      boolean money = "MONEY".equals(m.type());
      if (!money && !"NUMBER".equals(m.type())) continue;
      if (m.normalized() == null) continue;
      Matcher v = VALUE.matcher(m.normalized().trim());
      if (!v.find()) continue;
      double value;
      try {
        value = Double.parseDouble(v.group(2).replace(",", ""));
      } catch (NumberFormatException e) {
        continue;
      }
      Matcher scale = SCALE.matcher(m.text());
      if (scale.find() && Math.abs(value) < 1e6) value *= scale.group(1).equalsIgnoreCase("bn") ? 1e9 : 1e12; // CoreNLP misses "bn"
      if (value == 0 && !m.text().matches(".*\\d.*")) continue; // "Swiss francs": a currency, no amount
      String unit = money ? currencies.getOrDefault(v.group(1).trim(), v.group(1).trim().isEmpty() ? null : v.group(1).trim()) : null;
      if (money) unit = currencyWord(m.text(), unit);
      String object = object(doc.sentences().get(m.sentence()), m, money, doc.mentions());
      if (!money && object == null) continue;
      out.add(new Amount(value, unit, object, m.text(), m.start()));
    }
    return out;
  }

  /** The noun the amount counts: nouns inside the mention after the number, then the noun it attaches to. */
  private String object(Sentence s, Mention m, boolean money, List<Mention> mentions) {
    List<Token> toks = s.tokens();
    StringBuilder inner = new StringBuilder();
    int head = -1;
    for (int i = m.tokenStart(); i < m.tokenEnd(); i++) {
      Token t = toks.get(i);
      if (t.pos().startsWith("NN") && !t.word().matches("(?i)(thousand|million|billion|trillion|bn|m|k|cents?)")
          && !currencies.containsKey(t.word().toLowerCase(java.util.Locale.ROOT)) && !currencies.containsKey(t.word())) {
        if (inner.length() > 0) inner.append(' ');
        inner.append(t.word());
      }
    }
    for (int i = m.tokenEnd() - 1; i >= m.tokenStart() && head < 0; i--) { // heads are rightmost in English
      int g = governor(s, i);
      if (g >= 0 && (g < m.tokenStart() || g >= m.tokenEnd())) head = i;
    }
    int noun = -1;
    int at = head;
    for (int step = 0; step < MAX_STEPS && at >= 0; step++) {
      Dependency up = arc(s, at);
      if (up == null) break;
      int g = up.governor();
      if (g >= m.tokenStart() && g < m.tokenEnd()) break;
      if (!money && (step > 0 || !COUNTING.contains(up.relation()))) break; // numbers count the noun they modify
      if (inAmount(mentions, s.index(), g)) { at = g; continue; } // "$25 billion (20 billion euros)"
      String pos = toks.get(g).pos();
      if (pos.startsWith("NN") && !pos.startsWith("NNP")) { noun = g; break; }
      if (!pos.startsWith("JJ") && !pos.equals("IN")) break; // "a project worth $25 billion" -> project
      at = g;
    }
    String obj = inner.toString();
    if (noun >= 0) {
      String n = toks.get(noun).word();
      if (noun >= m.tokenEnd() && noun - m.tokenEnd() <= 3) {
        // keep the modifiers between the amount and its noun: "$5m aid package" -> "aid package"
        StringBuilder b = new StringBuilder(obj);
        for (int i = m.tokenEnd(); i <= noun; i++) {
          Token t = toks.get(i);
          if (!(t.pos().startsWith("NN") || t.pos().startsWith("JJ") || t.pos().equals("VBN"))) { b.setLength(0); b.append(obj); continue; }
          if (b.length() > 0) b.append(' ');
          b.append(t.word());
        }
        obj = b.toString();
        if (!obj.endsWith(n)) obj = (obj.isEmpty() ? "" : obj + " ") + n;
      } else {
        obj = obj.isEmpty() ? n : obj + " " + n;
      }
    }
    return obj.isBlank() ? null : obj.toLowerCase();
  }

  private static int governor(Sentence s, int token) {
    Dependency d = arc(s, token);
    return d == null ? -1 : d.governor();
  }

  private static Dependency arc(Sentence s, int token) {
    for (Dependency d : s.dependencies()) if (d.dependent() == token && d.governor() >= 0) return d;
    return null;
  }

  private static boolean inAmount(List<Mention> mentions, int sentence, int token) {
    for (Mention m : mentions) {
      if (m.sentence() == sentence && m.tokenStart() <= token && token < m.tokenEnd()
          && ("MONEY".equals(m.type()) || "NUMBER".equals(m.type()))) return true;
    }
    return false;
  }
}
