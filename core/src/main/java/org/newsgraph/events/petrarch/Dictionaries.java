package org.newsgraph.events.petrarch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.actors.ActorDictionary;
import org.newsgraph.actors.Actors;
import org.newsgraph.events.Cameo;
import org.newsgraph.events.EventCoder;
import org.newsgraph.events.EventPatterns;
import org.newsgraph.places.Gazetteer;

/**
 * Dictionaries named by a user: {@code petrarch:DIR} reads PETRARCH/TABARI files from DIR (see
 * {@link PetrarchDictionaries#load(Path)}); a plain {@code DIR} is a folder of our own format (read by
 * {@link ActorDictionary#load(Path)} and the event patterns' own loader). This is what the CLI's
 * {@code --dictionaries SPEC} hands to the engine.
 *
 * @param spec     the spec as given
 * @param dir      the folder it names
 * @param petrarch the PETRARCH dictionaries, or null for our own format
 */
public record Dictionaries(String spec, Path dir, PetrarchDictionaries petrarch) {

  /** Prefix of a PETRARCH dictionary folder spec. */
  public static final String PETRARCH = "petrarch:";

  /**
   * Parses and loads a spec.
   *
   * @throws IOException when the folder is missing or (for petrarch:) its files cannot be read
   */
  public static Dictionaries load(String spec) throws IOException {
    if (spec == null || spec.isBlank()) throw new IOException("empty dictionary spec");
    boolean petrarch = spec.startsWith(PETRARCH);
    Path dir = Path.of(petrarch ? spec.substring(PETRARCH.length()) : spec);
    if (!Files.isDirectory(dir)) throw new IOException(dir + ": not a folder");
    return new Dictionaries(spec, dir, petrarch ? PetrarchDictionaries.load(dir) : null);
  }

  public boolean isPetrarch() {
    return petrarch != null;
  }

  /** The actor dictionary: PETRARCH actors, agents and discards, or our own format's folder. */
  public ActorDictionary actors() {
    return petrarch != null ? petrarch.toActorDictionary() : ActorDictionary.load(dir);
  }

  /**
   * Newsgraph's own coder over these dictionaries: for petrarch: specs, the PETRARCH actors, agents and
   * discards alone, and the verbs converted by {@link PetrarchPatterns} (CAMEO ontology extended with
   * any PETRARCH-only codes); for a plain folder, our bundled knowledge plus the folder's files.
   *
   * @param gazetteer resolves event places; may be null
   */
  public EventCoder eventCoder(Gazetteer gazetteer) throws IOException {
    if (petrarch == null) {
      return new EventCoder(new Actors(ActorDictionary.load(dir)), EventPatterns.load(dir), Cameo.bundled(), gazetteer);
    }
    return petrarch.eventCoder(gazetteer);
  }

  /** A PETRARCH-compatible coder; only for petrarch: specs. */
  public PetrarchCoder petrarchCoder() {
    if (petrarch == null) throw new IllegalStateException(spec + " is not a petrarch: dictionary spec");
    return new PetrarchCoder(petrarch);
  }
}
