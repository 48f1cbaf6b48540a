package org.newsgraph.events.petrarch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PETRARCH/TABARI verb file. Synsets ({@code &CURRENCY} with {@code +DOLLARS} members), and verb
 * blocks: {@code --- BREAK [1717] ---}, then the verbs of the block, one a line, with irregular
 * forms in braces ({@code BREAK {BROKE BROKEN}}), multi-word verbs with {@code _} and a {@code +}
 * before the word the parser tags as the verb ({@code WIRE_+TAP}, {@code +CORDON_OFF}), an optional
 * own code; then patterns: {@code - SAID WOULD * ATTACK [173]}: words before {@code *} must occur
 * before the verb, words after it after the verb, in order; {@code _} joins words that must be
 * adjacent, a space allows words in between; {@code $} marks the source, {@code +} the target,
 * {@code %} a compound actor, {@code ^} skips a noun phrase, {@code &NAME} is any member of a
 * synset. A code {@code [031:032]} codes the source→target event 031 and target→source 032;
 * {@code ---} is no event. Regular forms (+S, +ED, +ING) are generated unless braces list the forms.
 */
public final class PetrarchVerbs {

  public enum Kind { WORD, SYNSET, SOURCE, TARGET, COMPOUND, SKIP }

  /** One pattern element; {@code adjacent}: must immediately follow the previous element in text order. */
  public record Element(Kind kind, String value, boolean adjacent) {}

  /**
   * One pattern; {@code lower} are the elements before the verb (text order), {@code upper} after;
   * {@code verbAdjacent}: the first upper element must directly follow the verb;
   * {@code lowerAdjacent}: the last lower element must directly precede the verb.
   */
  public record VerbPattern(List<Element> lower, List<Element> upper, boolean lowerAdjacent,
                            boolean verbAdjacent, String code, String text, int line) {}

  /** A verb block: its name, default code and patterns in file order. */
  public record Block(String name, String code, List<VerbPattern> patterns, int line) {}

  /** One verb form: words that precede and follow the verb word, and the code of the bare verb. */
  public record Verb(List<String> before, String word, List<String> after, String code, Block block) {}

  private final Map<String, List<List<String>>> synsets;
  private final Map<String, List<Verb>> verbs;
  private final List<Block> blocks;

  private PetrarchVerbs(Map<String, List<List<String>>> synsets, Map<String, List<Verb>> verbs, List<Block> blocks) {
    this.synsets = synsets;
    this.verbs = verbs;
    this.blocks = List.copyOf(blocks);
  }

  /** Verb forms whose verb word is {@code word} (upper case), longest multi-word forms first. */
  public List<Verb> forms(String word) {
    return verbs.getOrDefault(word, List.of());
  }

  /** Members of synset {@code name} ("&CURRENCY"), nested synsets expanded; each a list of words. */
  public List<List<String>> synset(String name) {
    return synsets.getOrDefault(name, List.of());
  }

  public List<Block> blocks() {
    return blocks;
  }

  /** The verb forms listed in (or generated for) {@code block}. */
  public List<Verb> verbsOf(Block block) {
    List<Verb> out = new ArrayList<>();
    for (List<Verb> l : verbs.values()) for (Verb v : l) if (v.block() == block) out.add(v);
    out.sort((a, b) -> a.word().compareTo(b.word()));
    return out;
  }

  /** Number of distinct verb forms known. */
  public int formCount() {
    int n = 0;
    for (List<Verb> v : verbs.values()) n += v.size();
    return n;
  }

  public static PetrarchVerbs read(Path file) throws IOException {
    return parse(DictionaryText.read(file));
  }

  public static PetrarchVerbs parse(String content) {
    return parse(DictionaryText.lines(content));
  }

  private static final Pattern HEADER = Pattern.compile("^---+\\s*(.*?)\\s*---+\\s*$");
  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");

  static PetrarchVerbs parse(List<DictionaryText.Line> lines) {
    Map<String, List<List<String>>> rawSyn = new LinkedHashMap<>();
    List<Block> blocks = new ArrayList<>();
    List<Object[]> verbLines = new ArrayList<>(); // {Block, text}
    List<List<VerbPattern>> patternLists = new ArrayList<>();
    String synset = null;
    Block block = null;
    List<VerbPattern> patterns = null;
    for (DictionaryText.Line l : lines) {
      String s = l.text().strip();
      if (s.isEmpty()) { synset = null; continue; }
      Matcher h = HEADER.matcher(s);
      if (h.matches() && s.startsWith("---")) {
        synset = null;
        String inner = h.group(1);
        Matcher c = CODE.matcher(inner);
        String code = c.find() ? c.group(1).trim() : "---";
        String name = inner.replaceAll("\\[[^\\]]*\\]", "").trim();
        patterns = new ArrayList<>();
        patternLists.add(patterns);
        block = new Block(name, code.isEmpty() ? "---" : code, patterns, l.number());
        blocks.add(block);
        continue;
      }
      if (s.startsWith("&")) {
        synset = synName(s.split("\\s+")[0]);
        rawSyn.computeIfAbsent(synset, k -> new ArrayList<>());
        block = null;
        continue;
      }
      if (synset != null && s.startsWith("+")) {
        List<String> w = DictionaryText.words(s.substring(1).replace("{", " ").replace("}", " "));
        if (!w.isEmpty()) rawSyn.get(synset).add(w);
        continue;
      }
      if (block == null) continue;
      if (s.startsWith("-")) {
        VerbPattern p = pattern(s.substring(1), l.number());
        if (p != null) patterns.add(p);
        continue;
      }
      verbLines.add(new Object[] {block, s});
    }
    Map<String, List<List<String>>> synsets = new HashMap<>();
    for (String name : rawSyn.keySet()) synsets.put(name, flatten(name, rawSyn, 0));
    Map<String, List<Verb>> verbs = new HashMap<>();
    for (Object[] vl : verbLines) addVerbLine((Block) vl[0], (String) vl[1], verbs);
    for (List<Verb> list : verbs.values()) {
      list.sort((a, b) -> Integer.compare(b.before().size() + b.after().size(), a.before().size() + a.after().size()));
    }
    return new PetrarchVerbs(synsets, verbs, blocks);
  }

  private static String synName(String s) {
    String n = s.toUpperCase();
    while (n.endsWith("_")) n = n.substring(0, n.length() - 1);
    return n;
  }

  private static List<List<String>> flatten(String name, Map<String, List<List<String>>> raw, int depth) {
    List<List<String>> out = new ArrayList<>();
    for (List<String> member : raw.getOrDefault(name, List.of())) {
      if (depth < 5 && member.size() == 1 && member.get(0).startsWith("&")) {
        out.addAll(flatten(synName(member.get(0)), raw, depth + 1));
      } else out.add(member);
    }
    return out;
  }

  private static void addVerbLine(Block block, String s, Map<String, List<Verb>> verbs) {
    String code = block.code();
    String rest = s;
    Matcher c = CODE.matcher(rest);
    if (c.find()) {
      code = c.group(1).trim();
      rest = rest.substring(0, c.start()) + rest.substring(c.end());
    }
    String braces = null;
    int ob = rest.indexOf('{');
    if (ob >= 0) {
      int cb = rest.indexOf('}', ob);
      braces = rest.substring(ob + 1, cb < 0 ? rest.length() : cb);
      rest = rest.substring(0, ob);
    }
    String base = rest.trim();
    if (base.isEmpty()) return;
    List<String> forms = new ArrayList<>();
    forms.add(base);
    if (braces != null) {
      for (String f : braces.trim().split("\\s+")) if (!f.isBlank()) forms.add(f);
    }
    boolean generate = braces == null;
    for (String f : forms) {
      Verb v = verb(f, code, block);
      if (v == null) continue;
      add(verbs, v);
      if (generate && f == base) {
        for (String g : regularForms(v.word())) add(verbs, new Verb(v.before(), g, v.after(), code, block));
      }
    }
  }

  private static void add(Map<String, List<Verb>> verbs, Verb v) {
    List<Verb> list = verbs.computeIfAbsent(v.word(), k -> new ArrayList<>());
    for (Verb o : list) {
      // the same form twice in one block: first wins; in another block (two "--- SHOT" blocks) both count
      if (o.block() == v.block() && o.before().equals(v.before()) && o.after().equals(v.after())) return;
    }
    list.add(v);
  }

  private static Verb verb(String phrase, String code, Block block) {
    String[] parts = phrase.toUpperCase().split("[_\\s]+");
    List<String> words = new ArrayList<>();
    int head = -1;
    for (String p : parts) {
      if (p.isEmpty()) continue;
      if (p.startsWith("+")) {
        p = p.substring(1);
        if (p.isEmpty()) continue;
        head = words.size();
      }
      words.add(p);
    }
    if (words.isEmpty()) return null;
    if (head < 0) head = 0;
    return new Verb(List.copyOf(words.subList(0, head)), words.get(head),
        List.copyOf(words.subList(head + 1, words.size())), code.isEmpty() ? "---" : code, block);
  }

  /** PETRARCH's regular forms: +S, +ED, +ING (E dropped before ING; Y→IES/IED after a consonant). */
  static List<String> regularForms(String w) {
    if (w.length() < 2) return List.of();
    char last = w.charAt(w.length() - 1);
    char prev = w.charAt(w.length() - 2);
    if (last == 'E') return List.of(w + "S", w + "D", w.substring(0, w.length() - 1) + "ING");
    if (last == 'Y' && "AEIOU".indexOf(prev) < 0) {
      String stem = w.substring(0, w.length() - 1);
      return List.of(stem + "IES", stem + "IED", w + "ING");
    }
    if (w.endsWith("S") || w.endsWith("X") || w.endsWith("CH") || w.endsWith("SH") || w.endsWith("Z")) {
      return List.of(w + "ES", w + "ED", w + "ING");
    }
    return List.of(w + "S", w + "ED", w + "ING");
  }

  static VerbPattern pattern(String body, int line) {
    String s = body.strip();
    Matcher c = CODE.matcher(s);
    String code = null;
    int codeAt = -1;
    while (c.find()) { code = c.group(1).trim(); codeAt = c.start(); }
    if (code == null) return null;
    String text = s.substring(0, codeAt).replace("{", " ").replace("}", " ").replace("(", " ").replace(")", " ").strip();
    List<Element> all = new ArrayList<>();
    int star = -1;
    boolean starAdjacent = false, afterStarAdjacent = false;
    for (String tok : text.split("\\s+")) {
      if (tok.isEmpty()) continue;
      String[] parts = tok.split("_", -1);
      for (int i = 0; i < parts.length; i++) {
        String p = parts[i].toUpperCase();
        boolean adjacent = i > 0;
        if (p.isEmpty()) continue;
        if (p.equals("*")) {
          star = all.size();
          starAdjacent = adjacent && i > 0 && !parts[i - 1].isEmpty();
          afterStarAdjacent = i + 1 < parts.length && !parts[i + 1].isEmpty();
          continue;
        }
        boolean adj = adjacent && !parts[i - 1].isEmpty();
        if (star >= 0 && all.size() == star && adj && parts[i - 1].equals("*")) adj = false; // handled by afterStarAdjacent
        all.add(new Element(kind(p), p.startsWith("&") ? synName(p) : p, adj));
      }
    }
    if (star < 0) return null;
    List<Element> lower = List.copyOf(all.subList(0, star));
    List<Element> upper = List.copyOf(all.subList(star, all.size()));
    return new VerbPattern(lower, upper, starAdjacent, afterStarAdjacent, code, s.substring(0, codeAt).strip(), line);
  }

  private static Kind kind(String p) {
    switch (p) {
      case "$": return Kind.SOURCE;
      case "+": return Kind.TARGET;
      case "%": return Kind.COMPOUND;
      case "^": return Kind.SKIP;
      default: return p.startsWith("&") ? Kind.SYNSET : Kind.WORD;
    }
  }
}
