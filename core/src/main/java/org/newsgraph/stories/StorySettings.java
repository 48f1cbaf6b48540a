package org.newsgraph.stories;

import java.util.Set;

/**
 * Tunable settings of story clustering and event merging; {@link #defaults()} are tuned on ECB+
 * (see docs/stories.md).
 *
 * @param windowDays      stories whose last article is older than this many days before the
 *                        newest publication date seen are closed: no longer candidates
 * @param joinThreshold   an article joins the best-scoring story when its score reaches this
 * @param mergeThreshold  two open stories merge when their centroids score this (0: never)
 * @param coherence       exponent of the discount of diffuse stories (0: plain centroid cosine,
 *                        1: average similarity to the members)
 * @param nameWeight      share of the score from shared names (the rest is text similarity)
 * @param actorBonus      added per unit of actor-code overlap (Jaccard)
 * @param eventBonus      added when the article shares an event key with the story
 * @param timePenalty     score lost when the article is a whole window away from the story
 * @param copySimilarity  estimated shingle Jaccard at or above which an article is a near-copy
 * @param candidateTerms  how many of an article's highest-weighted terms fetch candidate stories
 * @param maxCandidates   how many candidates are scored in full
 * @param symmetricRoots  CAMEO roots whose events merge regardless of direction (meetings)
 * @param nameConflict    score lost joining a single-article story whose two strongest names
 *                        are disjoint from the article's (another happening of the same kind)
 * @param yearConflict    score lost joining a single-article story when both mention years and
 *                        share none
 * @param embedWeight     share of the score from the cosine of the article's lead embedding with
 *                        the story's mean lead embedding (sentence encoder; 0: not used)
 * @param embedJoinThreshold the join threshold when both sides have an embedding (the blended score
 *                        has another scale than the lexical one)
 * @param consolidation   at the end of a batch, two of the stories it touched that ran more than a
 *                        window apart merge when their similarity (text, names, embedding, as an
 *                        article's score) reaches this (0: never; see {@link Stories#addPrepared})
 */
public record StorySettings(int windowDays, double joinThreshold, double mergeThreshold, double coherence, double nameWeight, double actorBonus,
                            double eventBonus, double timePenalty, double copySimilarity,
                            int candidateTerms, int maxCandidates, Set<String> symmetricRoots,
                            double nameConflict, double yearConflict, double embedWeight,
                            double embedJoinThreshold, double consolidation) {
  public StorySettings {
    symmetricRoots = Set.copyOf(symmetricRoots);
  }

  public static StorySettings defaults() {
    return new StorySettings(7, 0.20, 0.6, 0.5, 0.6, 0.1, 0.1, 0.3, 0.6, 30, 40, Set.of("04"), 0.05, 0.05, 0.30, 0.35, 0.3);
  }

  public StorySettings withJoinThreshold(double t) {
    return new StorySettings(windowDays, t, mergeThreshold, coherence, nameWeight, actorBonus, eventBonus, timePenalty,
        copySimilarity, candidateTerms, maxCandidates, symmetricRoots, nameConflict, yearConflict, embedWeight, embedJoinThreshold, consolidation);
  }

  public StorySettings withMergeThreshold(double m) {
    return new StorySettings(windowDays, joinThreshold, m, coherence, nameWeight, actorBonus, eventBonus, timePenalty,
        copySimilarity, candidateTerms, maxCandidates, symmetricRoots, nameConflict, yearConflict, embedWeight, embedJoinThreshold, consolidation);
  }

  public StorySettings withConflicts(double names, double years) {
    return new StorySettings(windowDays, joinThreshold, mergeThreshold, coherence, nameWeight, actorBonus, eventBonus, timePenalty,
        copySimilarity, candidateTerms, maxCandidates, symmetricRoots, names, years, embedWeight, embedJoinThreshold, consolidation);
  }

  public StorySettings withNameWeight(double w) {
    return new StorySettings(windowDays, joinThreshold, mergeThreshold, coherence, w, actorBonus, eventBonus, timePenalty,
        copySimilarity, candidateTerms, maxCandidates, symmetricRoots, nameConflict, yearConflict, embedWeight, embedJoinThreshold, consolidation);
  }

  public StorySettings withConsolidation(double c) {
    return new StorySettings(windowDays, joinThreshold, mergeThreshold, coherence, nameWeight, actorBonus, eventBonus, timePenalty,
        copySimilarity, candidateTerms, maxCandidates, symmetricRoots, nameConflict, yearConflict, embedWeight, embedJoinThreshold, c);
  }

  /** With an embedding weight and the join threshold that goes with it. */
  public StorySettings withEmbedding(double weight, double join) {
    return new StorySettings(windowDays, joinThreshold, mergeThreshold, coherence, nameWeight, actorBonus, eventBonus, timePenalty,
        copySimilarity, candidateTerms, maxCandidates, symmetricRoots, nameConflict, yearConflict, weight, join, consolidation);
  }
}
