package org.newsgraph.events.petrarch;

import org.newsgraph.actors.Actors;
import org.newsgraph.events.Cameo;
import org.newsgraph.events.EventCoder;
import org.newsgraph.places.Gazetteer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newsgraph.actors.ActorDictionary;

/**
 * The four PETRARCH dictionaries together: verbs, actors (one or more files), agents, discards.
 * Read them from a folder ({@link #load(Path)}) or from named files ({@link #load(Path, List, Path, Path)}),
 * then code with a {@link PetrarchCoder} or hand the actors to our own {@link ActorDictionary}.
 */
public record PetrarchDictionaries(PetrarchVerbs verbs, PetrarchActors actors, PetrarchAgents agents,
                                   PetrarchDiscards discards) {

  /**
   * The dictionaries in {@code dir}, recognised by name: {@code *verbs*.txt} or {@code CAMEO.*.txt}
   * (verbs), {@code *actors*.txt} (all of them), {@code *agents*.txt}, {@code *discards*.txt}.
   *
   * @throws IOException when a file cannot be read or no verb or actor file is found
   */
  public static PetrarchDictionaries load(Path dir) throws IOException {
    Path verbs = null, agents = null, discards = null;
    List<Path> actors = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
      if (!name.endsWith(".txt")) continue;
      if (name.contains("actors")) actors.add(f);
      else if (name.contains("agents")) agents = f;
      else if (name.contains("discards")) discards = f;
      else if (name.contains("verbs") || (name.startsWith("cameo.") && verbs == null)) verbs = f;
    }
    if (verbs == null) throw new IOException(dir + ": no PETRARCH verb file (*verbs*.txt or CAMEO.*.txt)");
    if (actors.isEmpty()) throw new IOException(dir + ": no PETRARCH actor file (*actors*.txt)");
    return load(verbs, actors, agents, discards);
  }

  /** Reads the named files; agents and discards may be null. */
  public static PetrarchDictionaries load(Path verbs, List<Path> actors, Path agents, Path discards) throws IOException {
    StringBuilder all = new StringBuilder();
    for (Path a : actors) all.append(Files.readString(a)).append('\n');
    return new PetrarchDictionaries(PetrarchVerbs.read(verbs), PetrarchActors.parse(all.toString()),
        agents == null ? PetrarchAgents.parse("") : PetrarchAgents.read(agents),
        discards == null ? PetrarchDiscards.empty() : PetrarchDiscards.read(discards));
  }

  /**
   * Our actor dictionary with these actors, agents and discards: each dated code becomes one actor
   * entry valid over its period; agents keep their role code (prefix agents too: our model places
   * roles after the country).
   */
  public ActorDictionary toActorDictionary() {
    ActorDictionary.Builder b = ActorDictionary.builder();
    addTo(b);
    return b.build();
  }

  /**
   * newsgraph's own {@link EventCoder} over these dictionaries: the actors, agents and discards alone
   * (through {@link #toActorDictionary()}), the verbs converted to our pattern model by
   * {@link PetrarchPatterns} (the CAMEO ontology extended with any PETRARCH-only codes).
   *
   * @param gazetteer resolves event places; may be null
   */
  public EventCoder eventCoder(Gazetteer gazetteer) {
    PetrarchPatterns.Conversion c = PetrarchPatterns.convert(verbs(), Cameo.bundled());
    return new EventCoder(new Actors(toActorDictionary()), c.patterns(), c.cameo(), gazetteer);
  }

  /** Adds these actors, agents and discards to {@code b}. */
  public ActorDictionary.Builder addTo(ActorDictionary.Builder b) {
    for (PetrarchActors.Entry e : actors.entries()) {
      List<String> phrases = new ArrayList<>();
      for (List<String> p : e.phrases()) phrases.add(String.join(" ", p).toLowerCase(Locale.ROOT));
      for (PetrarchActors.DatedCode c : e.codes()) {
        if (c.code().startsWith("---")) continue;
        LocalDate from = c.from(), to = c.to();
        for (String code : c.code().split("/")) {
          if (!code.isBlank()) b.actor(code.trim(), titleCase(e.name()), phrases, from, to);
        }
      }
    }
    for (PetrarchAgents.Entry a : agents.entries()) {
      b.agent(a.code(), List.of(String.join(" ", a.words()).toLowerCase(Locale.ROOT)));
    }
    for (PetrarchDiscards.Entry d : discards.entries()) {
      b.discard(String.join(" ", d.words()).toLowerCase(Locale.ROOT));
    }
    return b;
  }

  private static String titleCase(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean start = true;
    for (char ch : s.toCharArray()) {
      out.append(start ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
      start = ch == ' ' || ch == '-';
    }
    return out.toString();
  }
}
