package org.newsgraph.entities;

import java.util.List;
import org.newsgraph.annotate.Document;

/** Canonical entities, quotes with speakers, amounts and tone from an annotated document. */
public final class EntityExtractor {
  public Entities extract(Document doc) {
    // TODO(entities): canonical names, quotes, amounts, tone.
    return new Entities(List.of(), List.of(), List.of(), new Tone(0, 0, 0, 0, 0));
  }
}
