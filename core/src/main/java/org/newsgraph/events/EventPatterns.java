package org.newsgraph.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.events.EventPattern.Kind;

/**
 * The event patterns and the modality cues the coder uses, indexed by trigger lemma (the hot path
 * looks a token's lemma up in a hash map; no regular expressions).
 *
 * <p>Three ways to get one:
 * <pre>{@code
 * EventPatterns.bundled();                       // knowledge/verbs.txt, nouns.txt, event-cues.tsv
 * EventPatterns.load(Path.of("my-dictionaries")); // bundled + that folder's verbs.txt / nouns.txt / event-cues.tsv
 * EventPatterns.builder()                        // bundled cues, no patterns: add your own
 *     .verb("043", "receive +")                  //   pattern syntax of knowledge/PATTERNS.md
 *     .verb("1246", "break_off talk with +", "petrarch:CAMEO.verbpatterns:812")
 *     .noun("040", "meeting with +")
 *     .add(new EventPattern(...))                //   or structured, see EventPattern
 *     .cue("governor", "vow", "planned")
 *     .build();
 * }</pre>
 * Immutable and thread-safe once built.
 */
public final class EventPatterns {

  /** Cue kinds of event-cues.tsv. */
  public static final Set<String> CUE_KINDS = Set.of("aux", "governor", "negation", "condition", "reciprocal",
      "intent", "recode", "hedge", "speech");

  private static volatile EventPatterns bundled;

  private final Map<String, List<EventPattern>> verbs;
  private final Map<String, List<EventPattern>> nouns;
  private final Map<String, Map<String, String>> cues; // kind → lemma → mode
  private final int size;

  private EventPatterns(Builder b) {
    this.verbs = freeze(b.verbs);
    this.nouns = freeze(b.nouns);
    Map<String, Map<String, String>> c = new HashMap<>();
    b.cues.forEach((k, v) -> c.put(k, Map.copyOf(v)));
    this.cues = Map.copyOf(c);
    int n = 0;
    for (List<EventPattern> l : verbs.values()) n += l.size();
    for (List<EventPattern> l : nouns.values()) n += l.size();
    this.size = n;
  }

  private static Map<String, List<EventPattern>> freeze(Map<String, List<EventPattern>> m) {
    Map<String, List<EventPattern>> out = new HashMap<>();
    for (Map.Entry<String, List<EventPattern>> e : m.entrySet()) {
      List<EventPattern> l = new ArrayList<>(e.getValue());
      // most specific first, so the first full match of a trigger is its best one
      l.sort((a, b) -> Integer.compare(b.specificity(), a.specificity()));
      out.put(e.getKey(), List.copyOf(l));
    }
    return Collections.unmodifiableMap(out);
  }

  /** The bundled patterns and cues (knowledge/verbs.txt, nouns.txt, event-cues.tsv); loaded once. */
  public static EventPatterns bundled() {
    EventPatterns p = bundled;
    if (p == null) {
      synchronized (EventPatterns.class) {
        p = bundled;
        if (p == null) bundled = p = bundledBuilder().build();
      }
    }
    return p;
  }

  private static Builder bundledBuilder() {
    Builder b = new Builder(false);
    readResource(b, "event-cues.tsv");
    readResource(b, "verbs.txt");
    readResource(b, "nouns.txt");
    return b;
  }

  private static void readResource(Builder b, String name) {
    try (InputStream in = EventPatterns.class.getResourceAsStream("/knowledge/" + name)) {
      if (in == null) throw new IllegalStateException("knowledge/" + name + " is not on the classpath");
      b.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled patterns plus those of {@code dir}'s verbs.txt, nouns.txt and event-cues.tsv (each optional). */
  public static EventPatterns load(Path dir) throws IOException {
    Builder b = bundledBuilder();
    for (String name : List.of("event-cues.tsv", "verbs.txt", "nouns.txt")) {
      Path f = dir.resolve(name);
      if (Files.isRegularFile(f)) {
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          b.read(r, f.toString());
        }
      }
    }
    return b.build();
  }

  /** A builder with the bundled modality cues and no patterns. */
  public static Builder builder() {
    Builder b = new Builder(false);
    readResource(b, "event-cues.tsv");
    return b;
  }

  /** Verb/adjective patterns whose trigger is {@code lemma} (lower case), most specific first. */
  public List<EventPattern> verbs(String lemma) {
    List<EventPattern> l = verbs.get(lemma);
    return l == null ? List.of() : l;
  }

  /** Noun patterns whose trigger is {@code lemma} (lower case), most specific first. */
  public List<EventPattern> nouns(String lemma) {
    List<EventPattern> l = nouns.get(lemma);
    return l == null ? List.of() : l;
  }

  /** The mode a cue word gives ("planned", "hypothetical", "negated"), or null; kind is one of {@link #CUE_KINDS}. */
  public String cue(String kind, String lemma) {
    Map<String, String> m = cues.get(kind);
    return m == null ? null : m.get(lemma);
  }

  /** Whether events with this root code are symmetric ("Putin and Xi met" gives both directions). */
  public boolean reciprocal(String root) {
    Map<String, String> m = cues.get("reciprocal");
    return m != null && m.containsKey(root);
  }

  /**
   * The code an event becomes when its source only states the intent to do it ("agreed to provide
   * aid": 070 → 033; "will impose sanctions": 163 → 1312), from the longest matching code prefix of
   * the {@code recode} cues; null when the code stays. A code written {@code -070} asks for the code
   * of refusing it ("refused to send aid": 122).
   */
  public String recode(String code) {
    Map<String, String> m = cues.get("recode");
    if (m == null) return null;
    int min = code.startsWith("-") ? 3 : 2;
    for (int len = code.length(); len >= min; len--) {
      String c = m.get(code.substring(0, len));
      if (c != null) return c;
    }
    return null;
  }

  /** All patterns (for listings and tests). */
  public List<EventPattern> all() {
    List<EventPattern> out = new ArrayList<>(size);
    verbs.values().forEach(out::addAll);
    nouns.values().forEach(out::addAll);
    return out;
  }

  public int size() {
    return size;
  }

  /** Collects patterns and cues. Not thread-safe; {@link #build()} returns an immutable copy. */
  public static final class Builder {
    private final Map<String, List<EventPattern>> verbs = new HashMap<>();
    private final Map<String, List<EventPattern>> nouns = new HashMap<>();
    private final Map<String, Map<String, String>> cues = new HashMap<>();
    private final Set<String> seen = new HashSet<>();

    private Builder(boolean unused) {}

    /** A verb (or predicative adjective) pattern in the PATTERNS.md syntax; origin "api". */
    public Builder verb(String code, String pattern) {
      return verb(code, pattern, "api");
    }

    /** A verb pattern with the place it was written, shown in every event's "why". */
    public Builder verb(String code, String pattern, String origin) {
      for (EventPattern p : EventPattern.parse(Kind.VERB, code, pattern, origin)) add(p);
      return this;
    }

    /** A noun (nominal event) pattern in the PATTERNS.md syntax; origin "api". */
    public Builder noun(String code, String pattern) {
      return noun(code, pattern, "api");
    }

    public Builder noun(String code, String pattern, String origin) {
      for (EventPattern p : EventPattern.parse(Kind.NOUN, code, pattern, origin)) add(p);
      return this;
    }

    /** Adds a structured pattern; an identical (kind, code, text) pattern is added once. */
    public Builder add(EventPattern p) {
      if (!seen.add(p.kind() + " " + p.code() + " " + p.trigger() + " " + p.text())) return this;
      Map<String, List<EventPattern>> m = p.kind() == Kind.VERB ? verbs : nouns;
      m.computeIfAbsent(p.trigger().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(p);
      return this;
    }

    /**
     * A modality cue: kind {@code aux} (modal auxiliary: would, will), {@code governor} (a verb or
     * adjective governing the event's clause: plan, set, likely, refuse), {@code negation} (not, never,
     * no), {@code condition} (if, unless) or {@code reciprocal} (a root code whose events are symmetric;
     * mode ignored). Mode is "planned", "hypothetical" or "negated".
     */
    public Builder cue(String kind, String lemma, String mode) {
      if (!CUE_KINDS.contains(kind)) throw new IllegalArgumentException("unknown cue kind: " + kind);
      if (kind.equals("recode")) {
        if (!lemma.matches("-?\\d{2,4}") || !mode.matches("\\d{2,4}")) {
          throw new IllegalArgumentException("recode needs two CAMEO codes, got " + lemma + " " + mode);
        }
      } else if (!kind.equals("reciprocal") && !kind.equals("intent") && !kind.equals("hedge") && !kind.equals("speech")
          && !Set.of("planned", "hypothetical", "negated").contains(mode)) {
        throw new IllegalArgumentException("unknown mode: " + mode);
      }
      cues.computeIfAbsent(kind, k -> new HashMap<>()).put(lemma.toLowerCase(Locale.ROOT), mode);
      return this;
    }

    /** Reads verbs.txt / nouns.txt (by name) or event-cues.tsv lines; fails loudly on bad lines. */
    public Builder read(BufferedReader in, String name) throws IOException {
      String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
      boolean cueFile = base.startsWith("event-cues");
      Kind kind = base.startsWith("nouns") ? Kind.NOUN : Kind.VERB;
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        int hash = line.indexOf('#');
        String body = (hash >= 0 ? line.substring(0, hash) : line).trim();
        if (body.isEmpty()) continue;
        String origin = base + ":" + n;
        if (cueFile) {
          String[] f = body.split("\\s+");
          if (f.length != 3) throw new IllegalArgumentException(origin + ": expected 'kind lemmas mode', got '" + body + "'");
          try {
            for (String lemma : f[1].split("\\|")) cue(f[0], lemma, f[2]);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(origin + ": " + e.getMessage(), e);
          }
        } else {
          int sp = body.indexOf(' ');
          int tab = body.indexOf('\t');
          int cut = sp < 0 ? tab : tab < 0 ? sp : Math.min(sp, tab);
          if (cut < 0) throw new IllegalArgumentException(origin + ": expected 'CODE pattern', got '" + body + "'");
          String code = body.substring(0, cut);
          for (EventPattern p : EventPattern.parse(kind, code, body.substring(cut + 1), origin)) add(p);
        }
      }
      return this;
    }

    public EventPatterns build() {
      return new EventPatterns(this);
    }
  }
}
