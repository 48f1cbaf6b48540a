package org.newsgraph.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.Options;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.newsgraph.knowledge.Tsv;

/**
 * SUTime, which CoreNLP's NER runs inside its numeric classifiers, matches its whole rule set at every
 * token of every sentence: 32% of the CPU of {@code analyze} (JFR profile in docs/annotation.md), more
 * than the three NER CRFs together. A time expression needs an anchor: a token with a digit, or a word
 * of {@code knowledge/time-words.txt} (months, weekdays, units, "today", "ago", holidays, number
 * words). Sentences with none get no time expression from SUTime, so this gate answers "none" for them
 * without running the rules; every other sentence goes to SUTime as before.
 *
 * <p>CoreNLP has no hook for this: {@link #install} puts the gate in front of the NER annotator's
 * extractor by reflection. If CoreNLP's layout changes, nothing is installed (same results, no
 * saving) and {@code install} says why. {@code -Dnewsgraph.timexGate=off} leaves SUTime ungated, for
 * A/B checks.
 */
final class TimexGate implements TimeExpressionExtractor {
  private static final Set<String> WORDS = Tsv.words("time-words.txt");

  private final TimeExpressionExtractor inner;

  private TimexGate(TimeExpressionExtractor inner) {
    this.inner = inner;
  }

  /** Puts the gate in front of SUTime in {@code pipeline}'s NER; null when done, else why not. */
  static String install(StanfordCoreNLP pipeline) {
    if ("off".equals(System.getProperty("newsgraph.timexGate"))) return "switched off (-Dnewsgraph.timexGate=off)";
    try {
      Object ner = pipeline.pool.get("ner");
      Object combiner = field(ner, "ner");
      Object numbers = field(combiner, "nsc");
      Field f = numbers.getClass().getDeclaredField("timexExtractor");
      f.setAccessible(true);
      Object extractor = f.get(numbers);
      if (extractor == null) return "NER runs without SUTime";
      if (extractor instanceof TimexGate) return null;
      f.set(numbers, new TimexGate((TimeExpressionExtractor) extractor));
      return null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return "CoreNLP's NER is laid out differently (" + e + ")";
    }
  }

  private static Object field(Object o, String name) throws ReflectiveOperationException {
    for (Class<?> c = o.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(o);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    throw new NoSuchFieldException(o.getClass().getName() + "." + name);
  }

  /** Whether some token of {@code sentence} can anchor a time expression. */
  static boolean anchored(CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens == null) return true;
    for (CoreLabel t : tokens) if (anchor(t.word())) return true;
    return false;
  }

  static boolean anchor(String word) {
    if (word == null) return false;
    for (int i = 0; i < word.length(); i++) if (Character.isDigit(word.charAt(i))) return true;
    String w = word.toLowerCase(Locale.ROOT);
    if (known(w)) return true;
    // parts of "mid-October", "Jan.", "week-long", "year's"
    for (String part : w.split("[^\\p{L}]+")) if (!part.isEmpty() && known(part)) return true;
    return false;
  }

  private static boolean known(String w) {
    if (WORDS.contains(w)) return true;
    if (w.endsWith("'s") || w.endsWith("’s")) return WORDS.contains(w.substring(0, w.length() - 2));
    if (w.endsWith("s") && WORDS.contains(w.substring(0, w.length() - 1))) return true;
    return w.endsWith("ies") && WORDS.contains(w.substring(0, w.length() - 3) + "y");
  }

  @Override
  public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap annotation, CoreMap docAnnotation) {
    return anchored(annotation) ? inner.extractTimeExpressionCoreMaps(annotation, docAnnotation) : new ArrayList<>();
  }

  @Override
  public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap annotation, String docDate) {
    return anchored(annotation) ? inner.extractTimeExpressionCoreMaps(annotation, docDate) : new ArrayList<>();
  }

  @Override
  public void init(String name, Properties props) {
    inner.init(name, props);
  }

  @Override
  public void init(Options options) {
    inner.init(options);
  }

  @Override
  public void finalize(CoreMap docAnnotation) {
    inner.finalize(docAnnotation);
  }
}
