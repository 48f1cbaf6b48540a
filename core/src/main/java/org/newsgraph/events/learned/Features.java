package org.newsgraph.events.learned;

import java.util.List;
import org.newsgraph.events.EventMention;
import org.newsgraph.events.Salience;

/**
 * The feature vector of one sentence: its sentence embedding, then what the patterns found there
 * (the salient pattern event's CAMEO root as one-hot, whether it has a source and a target, whether
 * it is negated or not actual), then a constant. The layout is part of a trained head: change it and
 * retrain ({@code newsgraph train}).
 */
public final class Features {
  static final int ROOTS = 20;
  /** Features beyond the embedding. */
  static final int EXTRA = ROOTS + 1 + 4 + 1;

  private Features() {}

  public static int dimension(int embedding) {
    return embedding + EXTRA;
  }

  /** The features of a sentence with embedding {@code e} and the pattern events {@code events} found in it. */
  public static double[] of(float[] e, List<EventMention> events) {
    double[] x = new double[dimension(e.length)];
    for (int i = 0; i < e.length; i++) x[i] = e[i];
    int o = e.length;
    EventMention s = Salience.of(events);
    int root = s == null ? 0 : root(s.rootCode());
    x[o + root] = 1;
    o += ROOTS + 1;
    if (s != null) {
      x[o] = s.source() != null ? 1 : 0;
      x[o + 1] = s.target() != null ? 1 : 0;
      x[o + 2] = "actual".equals(s.mode()) ? 0 : 1;
      x[o + 3] = Math.min(events.size(), 4) / 4.0;
    }
    x[o + 4] = 1; // constant (LIBLINEAR is run without its own bias term)
    return x;
  }

  static int root(String rootCode) {
    try {
      int r = Integer.parseInt(rootCode);
      return r >= 1 && r <= ROOTS ? r : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * The five-way class of a CAMEO root in the Phoenix/PETRARCH convention that Multi-CoPED follows:
   * 0 statements and appeals (01–02) or no event, 1 verbal cooperation (03–05), 2 material
   * cooperation (06–08), 3 verbal conflict (09–13 and 16), 4 material conflict (14–15, 17–20).
   */
  public static int quad(int root) {
    if (root <= 2) return 0;
    if (root <= 5) return 1;
    if (root <= 8) return 2;
    if (root <= 13 || root == 16) return 3;
    return 4;
  }

  public static int quad(EventMention e) {
    return e == null ? 0 : quad(root(e.rootCode()));
  }
}
