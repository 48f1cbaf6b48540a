package org.newsgraph.events.learned;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.List;

/**
 * One trained head: L2-regularised logistic regression (LIBLINEAR) over a dense feature vector,
 * giving a probability per class label. Immutable; thread-safe for prediction.
 */
public final class Head {
  static {
    Linear.disableDebugOutput();
  }

  private final Model model;
  private final int[] labels;

  private Head(Model model) {
    this.model = model;
    this.labels = model.getLabels();
  }

  /** Trains on rows {@code x} with labels {@code y}; {@code c} is the inverse regularisation strength. */
  public static Head train(List<double[]> x, int[] y, double c) {
    if (x.isEmpty()) throw new IllegalArgumentException("no training rows");
    Problem p = new Problem();
    p.l = x.size();
    p.n = x.get(0).length;
    p.bias = -1; // the feature vector carries its own constant
    p.x = new Feature[p.l][];
    p.y = new double[p.l];
    for (int i = 0; i < p.l; i++) {
      p.x[i] = nodes(x.get(i));
      p.y[i] = y[i];
    }
    Linear.resetRandom();
    return new Head(Linear.train(p, new Parameter(SolverType.L2R_LR, c, 0.001)));
  }

  /** The class labels, in the order of {@link #probabilities}. */
  public int[] labels() {
    return labels.clone();
  }

  /** P(label) for each of {@link #labels()}. */
  public double[] probabilities(double[] x) {
    double[] p = new double[labels.length];
    Linear.predictProbability(model, nodes(x), p);
    return p;
  }

  /** The probability of {@code label} (0 when the head never saw it). */
  public double probability(double[] p, int label) {
    for (int i = 0; i < labels.length; i++) if (labels[i] == label) return p[i];
    return 0;
  }

  /** The most probable label among {@code allowed} (all labels when null), or -1. */
  public int best(double[] p, java.util.function.IntPredicate allowed) {
    int best = -1;
    double bp = -1;
    for (int i = 0; i < labels.length; i++) {
      if (allowed != null && !allowed.test(labels[i])) continue;
      if (p[i] > bp) {
        bp = p[i];
        best = labels[i];
      }
    }
    return best;
  }

  public void save(Writer out) throws IOException {
    Linear.saveModel(out, model);
  }

  public static Head load(Reader in) throws IOException {
    return new Head(Linear.loadModel(in));
  }

  private static Feature[] nodes(double[] x) {
    int n = 0;
    for (double v : x) if (v != 0) n++;
    Feature[] f = new Feature[n];
    int k = 0;
    for (int i = 0; i < x.length; i++) if (x[i] != 0) f[k++] = new FeatureNode(i + 1, x[i]);
    return f;
  }
}
