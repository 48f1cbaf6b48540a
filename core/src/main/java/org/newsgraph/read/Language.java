package org.newsgraph.read;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The language of an article's text (ISO 639-1, "en", "fr", ...), told by the n-gram profiles of
 * the optimaize language-detector (71 languages). Only the title and the first few thousand
 * characters are looked at; a text too short or too mixed to tell gives null rather than a guess.
 */
public final class Language {
  /** Characters of text looked at: a news article's language is plain from its lead. */
  static final int SAMPLE = 3000;
  /** Letters needed before a verdict: headlines alone are too short to tell reliably. */
  static final int MIN_LETTERS = 60;
  /** Probability the best language must reach to be named. */
  static final double MIN_PROBABILITY = 0.90;

  private static volatile Language shared;

  private final LanguageDetector detector;
  private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

  private Language() {
    try {
      detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
          .withProfiles(new LanguageProfileReader().readAllBuiltIn())
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the language profiles", e);
    }
  }

  /** The detector, loaded once per process (its profiles take ~40 MB and a second to read). */
  public static Language shared() {
    Language l = shared;
    if (l == null) {
      synchronized (Language.class) {
        if (shared == null) shared = new Language();
        l = shared;
      }
    }
    return l;
  }

  /** The language of {@code text}, or null when it cannot be told with confidence. */
  public String detect(String text) {
    if (text == null) return null;
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    int letters = 0;
    for (int i = 0; i < sample.length() && letters < MIN_LETTERS; i++) {
      if (Character.isLetter(sample.charAt(i))) letters++;
    }
    if (letters < MIN_LETTERS) return null;
    List<DetectedLanguage> ranked = detector.getProbabilities(texts.forText(sample));
    if (ranked.isEmpty() || ranked.get(0).getProbability() < MIN_PROBABILITY) return null;
    return ranked.get(0).getLocale().getLanguage();
  }

  /** True unless {@code language} names a language other than English (null counts as English). */
  public static boolean isEnglish(String language) {
    return language == null || language.isBlank() || language.toLowerCase(java.util.Locale.ROOT).startsWith("en");
  }
}
