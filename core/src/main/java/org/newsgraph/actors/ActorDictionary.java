package org.newsgraph.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * Actor knowledge: named actors (countries, organisations, people with tenures), agents (role nouns)
 * and discard phrases. Built from our knowledge files, from a user folder, or from PETRARCH files
 * through the {@link Builder}.
 */
public final class ActorDictionary {

  /** The dictionaries bundled in src/main/resources/knowledge. */
  public static ActorDictionary bundled() {
    // TODO(actors): load knowledge/*.tsv
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Adds entries one by one; phrases are matched case-insensitively on tokens. */
  public static final class Builder {
    /** A named actor: every phrase codes as {@code code} between from and to (either may be null). */
    public Builder actor(String code, String canonicalName, List<String> phrases, LocalDate from, LocalDate to) {
      return this;
    }

    /** An agent: a role noun phrase ("minister", "police") with its role code ("GOV", "COP"). */
    public Builder agent(String role, List<String> phrases) {
      return this;
    }

    /** A phrase that must never code as an actor (PETRARCH discards). */
    public Builder discard(String phrase) {
      return this;
    }

    public ActorDictionary build() {
      return new ActorDictionary();
    }
  }
}
