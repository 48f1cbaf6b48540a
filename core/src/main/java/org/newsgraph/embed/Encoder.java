package org.newsgraph.embed;

import java.util.List;

/**
 * Text → fixed-length vector, unit length, so that a dot product is the cosine. The one seam
 * between newsgraph and a sentence-embedding model: events (learned heads) and stories
 * (similarity) see only this interface, so the model can be swapped.
 */
public interface Encoder {
  /** The model's name; a trained head records it and refuses vectors of another model. */
  String name();

  /** Length of every vector this encoder returns. */
  int dimension();

  /** One unit-length vector per text, in order. */
  List<float[]> encode(List<String> texts);

  default float[] encode(String text) {
    return encode(List.of(text)).get(0);
  }

  /** Dot product of two vectors of equal length (the cosine for unit vectors). */
  static double cosine(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }

  /** The bundled sentence encoder (all-MiniLM-L6-v2), loaded once per process on first use. */
  static Encoder shared() {
    return MiniLm.shared();
  }

  /**
   * Starts loading {@link #shared()} on a daemon thread and returns at once, so that it loads while
   * the caller loads other models (CoreNLP's take about 5 s, the encoder about 2 s more). A failure
   * there is left for the first real call to report; nothing starts when it is loaded already.
   */
  static void preload() {
    MiniLm.preload();
  }
}
