package org.newsgraph.events.learned;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.annotate.Document;
import org.newsgraph.embed.Encoder;
import org.newsgraph.events.Cameo;
import org.newsgraph.events.EventMention;
import org.newsgraph.events.Salience;

/**
 * Where the learned heads and the pattern matchers vote: the one place that decides which events of
 * a sentence are kept, recoded, added or vetoed.
 *
 * <p>The patterns give actors, spans, trigger and {@code why}. The quad head reads the sentence
 * embedding and what the patterns found ({@link Features}) and gives P(class) for the five Phoenix
 * classes. Then, per sentence:
 * <ul>
 *   <li>the model finds the class of the salient pattern event probable (P at least the trained
 *       threshold): the pattern events stand;
 *   <li>it finds it improbable and favours class 0 (no event, or a statement/appeal): events of
 *       improbable classes are vetoed;
 *   <li>it is sure of class q and a pattern event has class q: the events stand;
 *   <li>it is sure of class q and no pattern event has it: the salient pattern event is recoded to the
 *       root head's most probable root within q (its base code, e.g. 190); when the strict patterns
 *       found nothing, the salient event of the lenient matcher that has a source actor is added
 *       (speaker-only statements: target empty). A speaker-only statement is never the event
 *       recoded or added: the speaker did not do what the model believes happened.
 * </ul>
 * Every event gets the model's probability of its class as {@code confidence} (logistic regression,
 * checked for calibration by cross-validation: {@code newsgraph train --cv}), and {@code why} says
 * whether the patterns or the model decided, and with what probability. Sentences with no pattern
 * event of either matcher are not encoded (nothing to build an event from), nor are those whose only
 * events are speaker-only statements (no branch changes them; they keep the patterns' confidence),
 * which keeps the encoder off most sentences.
 */
public final class Vote {
  private final Heads heads;
  private final Encoder encoder;
  private final Cameo cameo;

  public Vote(Heads heads, Encoder encoder, Cameo cameo) {
    this.heads = heads;
    this.encoder = encoder;
    this.cameo = cameo;
  }

  /** The bundled heads with the shared encoder, or null when no heads are bundled. */
  public static Vote bundled(Cameo cameo) {
    Heads h = Heads.bundled();
    return h == null ? null : new Vote(h, Encoder.shared(), cameo);
  }

  public Heads heads() {
    return heads;
  }

  /**
   * The events of {@code doc} after the vote: {@code strict} are the pattern events fit for the store
   * (actors known), {@code lenient} the same matcher's events with unknown actors allowed.
   */
  public List<EventMention> apply(Document doc, List<EventMention> strict, List<EventMention> lenient) {
    int n = doc.sentences().size();
    List<List<EventMention>> bySentenceStrict = bySentence(strict, n), bySentenceLenient = bySentence(lenient, n);
    List<Integer> candidates = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<EventMention> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      // speaker-only statements alone: every branch of the vote keeps them as they are, so the
      // sentence is not encoded (most sentences with "said" and no other event)
      if (bySentenceStrict.get(i).stream().allMatch(Salience::bareStatement)
          && bySentenceLenient.get(i).stream().allMatch(Salience::bareStatement)) {
        for (EventMention e : bySentenceStrict.get(i)) {
          out.add(with(e, e.confidence(), "patterns decided; model not consulted (a speaker-only statement, which no vote changes)"));
        }
        continue;
      }
      candidates.add(i);
      texts.add(doc.sentences().get(i).text());
    }
    for (EventMention e : strict) if (e.sentence() < 0 || e.sentence() >= n) out.add(e);
    List<float[]> vectors = candidates.isEmpty() ? List.of() : encoder.encode(texts);
    for (int k = 0; k < candidates.size(); k++) {
      int i = candidates.get(k);
      out.addAll(sentence(vectors.get(k), bySentenceStrict.get(i), bySentenceLenient.get(i)));
    }
    out.sort(java.util.Comparator.comparingInt(EventMention::sentence).thenComparingInt(EventMention::triggerStart));
    return out;
  }

  /** The vote in one sentence with embedding {@code v}. */
  List<EventMention> sentence(float[] v, List<EventMention> strict, List<EventMention> lenient) {
    double[] p = heads.quad().probabilities(Features.of(v, lenient.isEmpty() ? strict : lenient));
    int q = heads.quad().best(p, null);
    double pq = heads.quad().probability(p, q);
    // the model overrules only when it finds the patterns' class improbable, not merely less probable
    EventMention top = Salience.of(strict.isEmpty() ? lenient : strict);
    double pPatterns = heads.quad().probability(p, Features.quad(top));
    boolean sure = pPatterns < heads.threshold();
    String model = String.format(Locale.ROOT, "quad class %d at p=%.2f", q, pq);
    List<EventMention> out = new ArrayList<>();
    if (!sure || strict.stream().anyMatch(e -> Features.quad(e) == q)) {
      for (EventMention e : strict) {
        double c = heads.quad().probability(p, Features.quad(e));
        out.add(with(e, c, String.format(Locale.ROOT, "patterns decided; model: P(class %d)=%.2f, top %s",
            Features.quad(e), c, model)));
      }
      return out;
    }
    if (q == 0) {
      for (EventMention e : strict) {
        double c = heads.quad().probability(p, Features.quad(e));
        if (Features.quad(e) == 0 || c >= heads.threshold()) out.add(with(e, c, "patterns decided; model: " + model));
      }
      return out; // the rest are vetoed
    }
    // a speaker-only statement is never recoded into what the model believes happened (the speaker
    // did not do it): it stands unless another event is recoded or added
    List<EventMention> events = strict.stream().filter(e -> !Salience.bareStatement(e)).toList();
    EventMention salient = Salience.of(events);
    if (salient == null) {
      // an event needs one known actor: a source, else (agentless and passive violence: "three
      // soldiers were killed") a target, as GDELT codes events with one actor
      List<EventMention> candidates = lenient.stream().filter(e -> !Salience.bareStatement(e)).toList();
      salient = Salience.of(candidates.stream().filter(e -> e.source() != null).toList());
      if (salient == null) salient = Salience.of(candidates.stream().filter(e -> e.target() != null).toList());
    }
    double[] pr = salient == null ? null : heads.root().probabilities(Features.of(v, List.of(salient)));
    int root = salient == null ? 0 : heads.root().best(pr, r -> Features.quad(r) == q);
    if (root < 1) {
      for (EventMention e : strict) out.add(with(e, heads.quad().probability(p, Features.quad(e)), "patterns decided; model: " + model));
      return out;
    }
    for (EventMention e : events) {
      if (e != salient) out.add(with(e, heads.quad().probability(p, Features.quad(e)), "patterns decided; model: " + model));
    }
    String code = String.format(Locale.ROOT, "%02d0", root);
    Cameo.Code c = cameo.get(code).orElse(null);
    if (c == null) return out;
    String how = strict.contains(salient)
        ? "model recoded " + salient.code() + " to " + code
        : "model added the lenient pattern event (" + salient.code() + ") as " + code;
    double pRoot = heads.root().probability(pr, root);
    out.add(new EventMention(salient.articleId(), salient.sentence(), salient.start(), salient.end(), salient.text(),
        salient.source(), salient.target(), code, c.root(), c.quadClass(), c.goldstein(), salient.date(),
        salient.datePrecision(), salient.location(), salient.mode(), pq, salient.trigger(), salient.pattern(),
        salient.why() + "; " + how + String.format(Locale.ROOT, " (%s, root p=%.2f)", model, pRoot),
        salient.triggerStart(), salient.triggerEnd(), salient.depth()));
    return out;
  }

  private static EventMention with(EventMention e, double confidence, String note) {
    return new EventMention(e.articleId(), e.sentence(), e.start(), e.end(), e.text(), e.source(), e.target(),
        e.code(), e.rootCode(), e.quadClass(), e.goldstein(), e.date(), e.datePrecision(), e.location(), e.mode(),
        confidence, e.trigger(), e.pattern(), e.why() + "; " + note, e.triggerStart(), e.triggerEnd(), e.depth());
  }

  private static List<List<EventMention>> bySentence(List<EventMention> events, int n) {
    List<List<EventMention>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) out.add(new ArrayList<>());
    for (EventMention e : events) if (e.sentence() >= 0 && e.sentence() < n) out.get(e.sentence()).add(e);
    return out;
  }
}
