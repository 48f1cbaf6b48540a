package org.newsgraph.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.knowledge.Tsv;

/**
 * Actor knowledge: named actors (countries, organisations, people with tenures), agents (role nouns)
 * and discard phrases. Built from our knowledge files, from a user folder, or from PETRARCH files
 * through the {@link Builder}. Immutable and thread-safe once built.
 *
 * <p>Knowledge files (UTF-8, tab-separated, {@code #} comment lines, lists {@code |}-separated; see
 * knowledge/README.md): {@code countries.tsv}, {@code organizations.tsv}, {@code agents.tsv},
 * {@code people.tsv}, and {@code references.tsv} (descriptions and pronouns resolved within an article).
 */
public final class ActorDictionary {

  /** The knowledge file names, as in src/main/resources/knowledge and in a user folder. */
  public static final List<String> FILES =
      List.of("countries.tsv", "organizations.tsv", "agents.tsv", "people.tsv", "references.tsv");

  private static volatile ActorDictionary bundled;

  final PhraseTrie<Payload> phrases;
  final PhraseTrie<Reference> references;
  final Set<String> countries;
  private final Map<String, String> countryNames = new HashMap<>();
  final Set<String> personNouns;
  final Set<String> headNouns = new HashSet<>();
  private final Builder source;

  private ActorDictionary(Builder b) {
    this.source = b.copy();
    this.countries = new HashSet<>();
    Set<String> roles = new HashSet<>();
    for (Agent a : b.agents.values()) roles.add(a.code());
    for (ActorRow a : b.actors) {
      // a three-letter code is a country (PETRARCH's [ARN]) unless it is a role (IGO, NGO, MNC...)
      if (a.code.length() == 3 && !roles.contains(a.code)) {
        countries.add(a.code);
        countryNames.putIfAbsent(a.code, a.name);
      }
    }
    for (CountryRow c : b.countries.values()) {
      countries.add(c.code);
      countryNames.put(c.code, c.name);
    }
    this.phrases = new PhraseTrie<>();
    this.references = new PhraseTrie<>();
    this.personNouns = new HashSet<>();
    for (CountryRow c : b.countries.values()) {
      Named country = named(c.code, c.name, Kind.COUNTRY, null, null, "countries");
      addNamed(c.name, country, true, c.layer);
      for (String a : c.aliases) addNamed(a, country, true, c.layer);
      for (String a : c.adjectives) addNamed(a, named(c.code, c.name, Kind.ADJECTIVE, null, null, "countries"), true, c.layer);
      for (String a : c.capitals) addNamed(a, named(c.code, a, Kind.CAPITAL, null, null, "countries"), true, c.layer);
      for (String a : c.seats) addNamed(a, named(c.code + "GOV", a, Kind.SEAT, null, null, "countries"), true, c.layer);
    }
    for (OrgRow o : b.organizations.values()) {
      Named org = named(o.code, o.name, Kind.ORGANIZATION, null, null, "organizations");
      addNamed(o.name, org, true, o.layer);
      for (String a : o.aliases) addNamed(a, org, true, o.layer);
    }
    for (PersonRow p : b.people.values()) {
      Named person = named(p.code, p.name, Kind.PERSON, p.from, p.to, "people");
      addNamed(p.name, person, true, p.layer);
      for (String a : p.aliases) addNamed(a, person, true, p.layer);
    }
    for (ActorRow a : b.actors) {
      Named actor = named(a.code, a.name, Kind.ACTOR, a.from, a.to, "dictionary");
      for (String ph : a.phrases) addNamed(ph, actor, false, a.layer);
    }
    for (Agent a : b.agents.values()) {
      PhraseTrie.Node<Payload> n = phrases.node(a.phrase());
      if (n != null) payload(n).agent = a;
    }
    for (String d : b.discards) {
      PhraseTrie.Node<Payload> n = phrases.node(d);
      if (n != null) payload(n).discard = true;
    }
    for (String d : b.silent) {
      PhraseTrie.Node<Payload> n = phrases.node(d);
      if (n != null) payload(n).silent = true;
    }
    for (Reference r : b.references.values()) {
      PhraseTrie.Node<Reference> n = references.node(r.phrase());
      if (n != null) n.value = r;
      if (r.refers() == Refers.PERSON) personNouns.add(String.join(" ", PhraseTrie.phraseKeys(r.phrase())));
      if (r.refers() == Refers.PERSON || r.refers() == Refers.HEAD) headNouns.add(String.join(" ", PhraseTrie.phraseKeys(r.phrase())));
    }
  }

  /** The dictionaries bundled in src/main/resources/knowledge (loaded once per process). */
  public static ActorDictionary bundled() {
    ActorDictionary d = bundled;
    if (d == null) {
      synchronized (ActorDictionary.class) {
        d = bundled;
        if (d == null) bundled = d = builder().loadBundled().build();
      }
    }
    return d;
  }

  /**
   * The bundled dictionaries plus the knowledge files found in {@code dir} (same file names, any
   * subset): entries there add to the bundled ones or replace those with the same key (country code,
   * organisation code and name, person name and start date, agent noun, reference phrase); on a
   * phrase that several entries share, the user folder's entry wins.
   */
  public static ActorDictionary load(Path dir) {
    return builder().loadBundled().load(dir).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every entry of this dictionary, to extend it. */
  public Builder toBuilder() {
    return source.copy();
  }

  /** True when {@code code} is a country code (its first three letters open composed codes such as RUSGOV). */
  public boolean isCountry(String code) {
    return countries.contains(code);
  }

  /** The name of a country code ("PRK" → "North Korea"), or the code itself when unknown. */
  public String countryName(String code) {
    return countryNames.getOrDefault(code, code);
  }

  /** Adds entries one by one; phrases are matched case-insensitively on tokens. */
  public static final class Builder {
    private final LinkedHashMap<String, CountryRow> countries = new LinkedHashMap<>();
    private final LinkedHashMap<String, OrgRow> organizations = new LinkedHashMap<>();
    private final LinkedHashMap<String, PersonRow> people = new LinkedHashMap<>();
    private final List<ActorRow> actors = new ArrayList<>();
    private final LinkedHashMap<String, Agent> agents = new LinkedHashMap<>();
    private final LinkedHashSet<String> discards = new LinkedHashSet<>();
    private final LinkedHashSet<String> silent = new LinkedHashSet<>();
    private final LinkedHashMap<String, Reference> references = new LinkedHashMap<>();
    /** Entries of later loads win over earlier ones on the same phrase (user folder over bundled). */
    private int layer;

    /** A named actor: every phrase codes as {@code code} between from and to (either may be null). */
    public Builder actor(String code, String canonicalName, List<String> phrases, LocalDate from, LocalDate to) {
      if (code == null || code.isBlank() || code.trim().matches("-+")) {
        // PETRARCH's [---]: the phrase is known and codes as nothing.
        for (String p : phrases) {
          if (!key(p).isEmpty()) silent.add(p.trim());
        }
        return this;
      }
      actors.add(new ActorRow(code.trim().toUpperCase(Locale.ROOT), canonicalName, List.copyOf(phrases), from, to, layer));
      return this;
    }

    /**
     * An agent: a role noun phrase ("minister", "police") with its role code ("GOV", "COP"). The code
     * may carry PETRARCH's placement mark: {@code ~GOV} (or plain {@code GOV}) follows the country
     * (RUS + ~GOV = RUSGOV), {@code NGO~} precedes it (NGO~ + RUS = NGORUS).
     */
    public Builder agent(String role, List<String> phrases) {
      String r = role.trim().toUpperCase(Locale.ROOT);
      boolean prefix = r.endsWith("~") && !r.startsWith("~");
      r = r.replace("~", "").trim();
      for (String p : phrases) {
        String key = key(p);
        if (!key.isEmpty()) agents.put(key, new Agent(r, prefix, p.replace('_', ' ').trim()));
      }
      return this;
    }

    /** A phrase that must never code as an actor (PETRARCH discards); {@link Actors#discarded} reports it. */
    public Builder discard(String phrase) {
      if (!key(phrase).isEmpty()) discards.add(phrase.trim());
      return this;
    }

    /** A country: its code, name, other names, adjectives/demonyms, capitals (code as the country), seats (code + GOV). */
    public Builder country(String code, String name, List<String> aliases, List<String> adjectives,
                           List<String> capitals, List<String> seats) {
      String c = code.trim().toUpperCase(Locale.ROOT);
      countries.remove(c);
      countries.put(c, new CountryRow(c, name, List.copyOf(aliases), List.copyOf(adjectives),
          List.copyOf(capitals), List.copyOf(seats), layer));
      return this;
    }

    /** An organisation (IGO, NGO...) or one of its organs: code, name, other names. Replaces an earlier one with the same code and name. */
    public Builder organization(String code, String name, List<String> aliases) {
      String c = code.trim().toUpperCase(Locale.ROOT);
      String k = c + "|" + key(name);
      organizations.remove(k);
      organizations.put(k, new OrgRow(c, name, List.copyOf(aliases), layer));
      return this;
    }

    /** A person coded {@code code} between from and to (either may be null: open). */
    public Builder person(String code, String name, List<String> aliases, LocalDate from, LocalDate to) {
      String c = code.trim().toUpperCase(Locale.ROOT);
      String k = key(name) + "|" + from;
      people.remove(k);
      people.put(k, new PersonRow(c, name, List.copyOf(aliases), from, to, layer));
      return this;
    }

    /**
     * A description or pronoun resolved within an article ("regime" → the last country's government),
     * or a function word the resolution and composition use; see knowledge/references.tsv.
     */
    public Builder reference(String phrase, String refers) {
      Refers r = Refers.valueOf(refers.trim().toUpperCase(Locale.ROOT));
      references.put(key(phrase), new Reference(phrase.trim(), r));
      return this;
    }

    /** Reads the bundled knowledge files (classpath knowledge/*.tsv); files not there are skipped. */
    public Builder loadBundled() {
      return loadBundled(FILES);
    }

    /** Reads some of the bundled knowledge files (names from {@link #FILES}). */
    public Builder loadBundled(List<String> files) {
      layer++;
      for (String f : files) {
        InputStream in = ActorDictionary.class.getResourceAsStream("/knowledge/" + f);
        if (in == null) continue;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
          read(f, "knowledge/" + f, r);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return this;
    }

    /**
     * Reads the knowledge files found in {@code dir}; their entries add to those already in this
     * builder or replace those with the same key.
     */
    public Builder load(Path dir) {
      if (!Files.isDirectory(dir)) throw new IllegalArgumentException("not a folder: " + dir);
      layer++;
      for (String f : FILES) {
        Path p = dir.resolve(f);
        if (!Files.isRegularFile(p)) continue;
        try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
          read(f, p.toString(), r);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return this;
    }

    public ActorDictionary build() {
      return new ActorDictionary(this);
    }

    Builder copy() {
      Builder b = new Builder();
      b.countries.putAll(countries);
      b.organizations.putAll(organizations);
      b.people.putAll(people);
      b.actors.addAll(actors);
      b.agents.putAll(agents);
      b.discards.addAll(discards);
      b.silent.addAll(silent);
      b.references.putAll(references);
      b.layer = layer;
      return b;
    }

    private void read(String file, String where, BufferedReader r) throws IOException {
      switch (file) {
        case "countries.tsv" -> rows(where, r, 2, 8, c -> country(c[0], c[3], list(c[4]), list(c[5]), list(c[6]), list(c[7])));
        case "organizations.tsv" -> rows(where, r, 2, 3, c -> organization(c[0], c[1], list(c[2])));
        case "agents.tsv" -> rows(where, r, 2, 3, c -> agent(c[0], list(c[1])));
        case "people.tsv" -> rows(where, r, 2, 6, c -> person(c[0], c[1], list(c[2]), date(c[3], false), date(c[4], true)));
        case "references.tsv" -> rows(where, r, 2, 3, c -> reference(c[0], c[1]));
        default -> throw new IllegalArgumentException("unknown knowledge file " + file);
      }
    }

    /** Calls {@code row} for each data line; lines with too few cells or bad values fail with file:line. */
    private static void rows(String where, BufferedReader r, int required, int columns, RowHandler row) throws IOException {
      for (Tsv.Row line : Tsv.read(r, where)) {
        if (line.cells().length < required || line.cell(0).isEmpty()) {
          throw line.error("expected " + columns + " tab-separated columns, got " + line.cells().length);
        }
        try {
          row.accept(line.cells(columns));
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(line.origin() + ": " + e.getMessage(), e);
        }
      }
    }

    private interface RowHandler {
      void accept(String[] cells);
    }

    private static List<String> list(String cell) {
      return cell == null ? List.of() : Tsv.list(cell);
    }

    /** ISO date, or year-month / year (start or end of the period); empty = open. */
    private static LocalDate date(String cell, boolean end) {
      if (cell == null || cell.isBlank()) return null;
      String s = cell.trim();
      if (s.length() == 4) return end ? LocalDate.of(Integer.parseInt(s), 12, 31) : LocalDate.of(Integer.parseInt(s), 1, 1);
      if (s.length() == 7) {
        YearMonth ym = YearMonth.parse(s);
        return end ? ym.atEndOfMonth() : ym.atDay(1);
      }
      return LocalDate.parse(s);
    }

    private static String key(String phrase) {
      return String.join(" ", PhraseTrie.phraseKeys(phrase));
    }
  }

  // ---- the built model (package-private) ----

  enum Kind { COUNTRY, ADJECTIVE, CAPITAL, SEAT, ORGANIZATION, PERSON, ACTOR }

  /** What a description or function word in references.tsv stands for. */
  enum Refers { COUNTRY, GOVERNMENT, PERSON, HE, IT, HIS, ITS, PAIR, DETERMINER, ORIGIN, PLACE, HEAD }

  /** A named actor entry with its code split into country and role parts. */
  record Named(String code, String name, Kind kind, LocalDate from, LocalDate to, String country,
               String role, String file, String label) {
    Named(String code, String name, Kind kind, LocalDate from, LocalDate to, String country, String role, String file) {
      this(code, name, kind, from, to, country, role, file, label(code, name, kind, from, to, file));
    }

    /** For evidence strings: "Vladimir Putin → RUSGOV (people person 1999-08-09..)". */
    private static String label(String code, String name, Kind kind, LocalDate from, LocalDate to, String file) {
      StringBuilder sb = new StringBuilder();
      sb.append(name).append(" → ").append(code).append(" (").append(file);
      if (kind != Kind.ACTOR) sb.append(' ').append(kind.name().toLowerCase(Locale.ROOT));
      if (from != null || to != null) {
        sb.append(' ').append(from == null ? "" : from).append("..").append(to == null ? "" : to);
      }
      return sb.append(')').toString();
    }

    boolean validOn(LocalDate date) {
      return date == null || ((from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to)));
    }

    /** Valid at some time in [start, end] (either null: open). */
    boolean validIn(LocalDate start, LocalDate end) {
      return (from == null || end == null || !end.isBefore(from)) && (to == null || start == null || !start.isAfter(to));
    }

    /** A person, or a dated dictionary actor with a role (PETRARCH people entries). */
    boolean personLike() {
      return kind == Kind.PERSON || (kind == Kind.ACTOR && role != null && (from != null || to != null));
    }

    /** Something a country description ("the isolated country") can refer to. */
    boolean countryLike() {
      return country != null && (kind == Kind.COUNTRY || kind == Kind.ADJECTIVE || kind == Kind.CAPITAL
          || kind == Kind.SEAT || (kind == Kind.ACTOR && !personLike()));
    }
  }

  record Agent(String code, boolean prefix, String phrase) {}

  record Reference(String phrase, Refers refers) {}

  record Hit(Named named, boolean acronym, int layer) {}

  static final class Payload {
    final List<Hit> named = new ArrayList<>(1);
    Agent agent;
    boolean discard;
    boolean silent;
  }

  private record CountryRow(String code, String name, List<String> aliases, List<String> adjectives,
                            List<String> capitals, List<String> seats, int layer) {}

  private record OrgRow(String code, String name, List<String> aliases, int layer) {}

  private record PersonRow(String code, String name, List<String> aliases, LocalDate from, LocalDate to, int layer) {}

  private record ActorRow(String code, String name, List<String> phrases, LocalDate from, LocalDate to, int layer) {}

  private Named named(String code, String name, Kind kind, LocalDate from, LocalDate to, String file) {
    String country = null;
    String role = null;
    // organisations too: IGO/NGO codes start with no country, armed groups do (LBNREB Hezbollah)
    if (code.length() >= 3 && countries.contains(code.substring(0, 3))) {
      country = code.substring(0, 3);
      role = code.length() > 3 ? code.substring(3) : null;
    }
    return new Named(code, name, kind, from, to, country, role, file);
  }

  /** Entries on one phrase are tried in order: later layers (user folders) first, then file order. */
  private void addNamed(String phrase, Named n, boolean detectAcronym, int layer) {
    PhraseTrie.Node<Payload> node = phrases.node(phrase);
    if (node == null) return;
    Payload p = payload(node);
    int at = p.named.size();
    for (int i = p.named.size() - 1; i >= 0; i--) {
      Hit h = p.named.get(i);
      if (h.named().equals(n)) return;
      if (h.layer() < layer) at = i;
    }
    p.named.add(at, new Hit(n, detectAcronym && acronym(phrase), layer));
  }

  /** "UN", "U.S.", "NATO": written without lower case, so they match only upper-case tokens ("us" is not the US). */
  private static boolean acronym(String phrase) {
    int letters = 0;
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (Character.isLowerCase(c) || Character.isWhitespace(c)) return false;
      if (Character.isLetter(c)) letters++;
    }
    return letters >= 2 && letters <= 6;
  }

  private static Payload payload(PhraseTrie.Node<Payload> n) {
    if (n.value == null) n.value = new Payload();
    return n.value;
  }

  /** True when some entry (actor, agent or discard) has exactly this phrase. */
  public boolean knows(String phrase) {
    PhraseTrie.Node<Payload> n = phrases.root;
    for (String k : PhraseTrie.phraseKeys(phrase)) {
      n = n.child(k);
      if (n == null) return false;
    }
    return n.value != null && (!n.value.named.isEmpty() || n.value.agent != null || n.value.discard || n.value.silent);
  }
}
