package org.newsgraph.entities;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.annotate.Document;

/**
 * Canonical entities, quotes with speakers, amounts and tone from an annotated document.
 * Thread-safe and cheap to share: the knowledge files are read once, at construction.
 *
 * <p>Knowledge used (core/src/main/resources/knowledge): countries.tsv (country names, aliases,
 * capitals, seats), organizations.tsv and entity-aliases.tsv (organisation short forms),
 * speech-verbs.txt (verbs that introduce quotes), currencies.tsv (currency signs), tone.tsv
 * (tone lexicon).
 */
public final class EntityExtractor {
  private final EntityFinder finder;
  private final Speakers speakers;
  private final Amounts amounts;
  private final ToneScorer tone;

  /** The extractor with the bundled knowledge files. */
  public EntityExtractor() {
    this(Countries.bundled());
  }

  /** The extractor with another country table (e.g. {@link Countries#of}), other files bundled. */
  public EntityExtractor(Countries countries) {
    Map<String, String[]> aliases = EntityFinder.bundledAliases();
    Set<String> verbs = Speakers.bundledVerbs();
    this.finder = new EntityFinder(countries, aliases);
    this.speakers = new Speakers(verbs);
    this.amounts = new Amounts(Amounts.bundledCurrencies());
    this.tone = new ToneScorer(ToneScorer.bundledLexicon());
  }

  public Entities extract(Document doc) {
    List<Entity> entities = finder.find(doc);
    return new Entities(entities, speakers.attribute(doc, entities), amounts.find(doc), tone.score(doc),
        finder.title(doc.article().title(), entities));
  }
}
