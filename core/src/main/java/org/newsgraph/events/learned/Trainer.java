package org.newsgraph.events.learned;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.newsgraph.knowledge.Tsv;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.annotate.Document;
import org.newsgraph.embed.Encoder;
import org.newsgraph.events.Cameo;
import org.newsgraph.events.EventCoder;
import org.newsgraph.events.EventMention;
import org.newsgraph.events.Salience;
import org.newsgraph.events.petrarch.Validation;
import org.newsgraph.read.Article;

/**
 * Builds the learned heads from labelled sentences and measures the whole coder (patterns + vote) by
 * cross-validation. Data (a folder laid out like ../shared/eval, so users can retrain on their own
 * gold in the same shapes):
 * <ul>
 *   <li>{@code multicoped/quadclass-train.tsv}: sentence TAB five-way class (0..4, Phoenix convention);
 *   <li>{@code petrarch2-unittest/PETR.UnitTest.records.xml}: sentences with gold CAMEO codes;
 *   <li>a CAMEO codebook ({@code CAMEO.eventcodes.txt}: code TAB description), descriptions as examples;
 *   <li>our own example sentences, bundled in {@code knowledge/learned/examples.tsv} (text TAB code).
 * </ul>
 * The quad head learns from all of them, the root head from those with a CAMEO code.
 */
public final class Trainer {
  /** One labelled sentence; {@code root} 0 when only the five-way class is known. */
  public record Example(String text, int quad, int root, String source, String group) {}

  /**
   * An example with what the model sees, its embedding and the lenient pattern events
   * ({@code events}), and the strict events the store would get before the vote ({@code strict}).
   */
  public record Row(Example example, float[] vector, List<EventMention> events, List<EventMention> strict) {
    double[] features() {
      return Features.of(vector, events);
    }
  }

  static final double[] CS = {0.25, 1, 4};
  /** Word-set overlap (Jaccard) from which two suite sentences are near-copies and share a fold. */
  static final double NEAR_COPY = 0.8;
  static final double[] THRESHOLDS = {0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01};

  private final Encoder encoder;
  private final Cameo cameo = Cameo.bundled();
  private final PrintStream log;
  /**
   * Pattern coders by example source, where one is not our own. The suite's gold is what its own
   * dictionaries code (fictional actors such as Arnor; verb codes of its own, e.g. "restore
   * diplomatic ties" as 064), so its sentences are coded with those dictionaries, as
   * {@code validate-petrarch --coder newsgraph} does, but from our parse of the text.
   */
  private final Map<String, EventCoder> coders = new java.util.HashMap<>();

  public Trainer(Encoder encoder, PrintStream log) {
    this.encoder = encoder;
    this.log = log;
  }

  /** The examples in {@code data} (any part missing is skipped, and said so) plus our own. */
  public List<Example> examples(Path data, Path codebook) throws IOException {
    List<Example> out = new ArrayList<>();
    Path mc = data.resolve("multicoped/quadclass-train.tsv");
    if (Files.isRegularFile(mc)) {
      int i = 0;
      for (String line : Files.readAllLines(mc, StandardCharsets.UTF_8)) {
        int tab = line.lastIndexOf('\t');
        if (tab < 0) continue;
        String text = line.substring(0, tab).replaceAll("^\"|\"$", "").replace("\"\"", "\"").strip();
        int label;
        try {
          label = Integer.parseInt(line.substring(tab + 1).strip());
        } catch (NumberFormatException e) {
          continue;
        }
        out.add(new Example(text, label, 0, "multicoped", "mc" + i++));
      }
      log.println("multicoped: " + i + " sentences");
    } else log.println("multicoped: " + mc + " not found, skipped");
    Path suite = data.resolve("petrarch2-unittest/PETR.UnitTest.records.xml");
    if (Files.isRegularFile(suite)) {
      int n = 0;
      Validation v = Validation.read(suite);
      try {
        coders.put("suite", v.dictionaries().eventCoder(null));
      } catch (IOException e) {
        log.println("petrarch suite: " + e.getMessage() + "; its sentences are coded with our dictionaries");
      }
      List<String> texts = new ArrayList<>();
      List<Integer> roots = new ArrayList<>();
      for (Validation.Record r : v.records()) {
        String text = r.text().replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) continue;
        int root = 0;
        for (Validation.Expected e : r.expected()) {
          root = Features.root(e.code().length() >= 2 ? e.code().substring(0, 2) : "");
          if (root > 0) break;
        }
        if (root == 0 && !r.noEvents()) continue;
        texts.add(text);
        roots.add(root);
      }
      // the suite varies one frame word by word: near-copies go to one fold, so no fold is tested on
      // a sentence it was trained on with a word changed
      int[] group = nearCopies(texts, NEAR_COPY);
      for (int i = 0; i < texts.size(); i++) {
        out.add(new Example(texts.get(i), Features.quad(roots.get(i)), roots.get(i), "suite", "suite" + group[i]));
        n++;
      }
      log.println("petrarch suite: " + n + " sentences");
    } else log.println("petrarch suite: " + suite + " not found, skipped");
    if (codebook != null && Files.isRegularFile(codebook)) {
      int n = 0;
      for (String line : Files.readAllLines(codebook, StandardCharsets.UTF_8)) {
        String[] f = line.split("\t");
        if (f.length < 2 || !f[0].matches("\\d{2,4}")) continue;
        int root = Features.root(f[0].substring(0, 2));
        String text = f[1].replaceAll("(?i),? not specified below", "").strip();
        out.add(new Example(text, Features.quad(root), root, "codebook", "cb" + n++));
      }
      log.println("codebook: " + n + " descriptions");
    }
    int ours = 0;
    for (Tsv.Row row : Tsv.bundled("learned/examples.tsv")) {
      int root = Features.root(row.cell(1).substring(0, 2));
      out.add(new Example(row.cell(0), Features.quad(root), root, "ours", "ours" + ours++));
    }
    log.println("our examples: " + ours);
    return out;
  }

  /** Annotates, pattern-codes (strict and lenient) and encodes every example. */
  public List<Row> rows(List<Example> examples) {
    Annotator annotator = Annotator.shared();
    EventCoder ours = new EventCoder();
    Map<EventCoder, EventCoder> lenient = new java.util.HashMap<>();
    List<Row> out = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<List<EventMention>> events = new ArrayList<>(), strict = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      Article a = new Article("t" + i, "t" + i, null, null, null, null, LocalDate.of(2018, 1, 1), null, e.text(),
          List.of(), Map.of(), null);
      Document d = annotator.annotate(a);
      EventCoder coder = coders.getOrDefault(e.source(), ours);
      strict.add(coder.code(d));
      events.add(lenient.computeIfAbsent(coder, EventCoder::lenient).code(d));
      texts.add(e.text());
      if ((i + 1) % 250 == 0) log.printf(Locale.ROOT, "  annotated %d/%d (%.0f s)%n", i + 1, examples.size(), (System.nanoTime() - t0) / 1e9);
    }
    List<float[]> vectors = encoder.encode(texts);
    for (int i = 0; i < examples.size(); i++) out.add(new Row(examples.get(i), vectors.get(i), events.get(i), strict.get(i)));
    return out;
  }

  /** Heads fitted on {@code rows} with C and the threshold chosen by inner cross-validation on them. */
  public Heads fit(List<Row> rows) {
    double c = chooseC(rows);
    double t = chooseThreshold(rows, c);
    Heads h = fit(rows, c, c, t);
    h.info().setProperty("c", Double.toString(c));
    return h;
  }

  Heads fit(List<Row> rows, double cQuad, double cRoot, double threshold) {
    List<double[]> xq = new ArrayList<>(), xr = new ArrayList<>();
    List<Integer> yq = new ArrayList<>(), yr = new ArrayList<>();
    for (Row r : rows) {
      double[] x = r.features();
      xq.add(x);
      yq.add(r.example().quad());
      if (r.example().root() > 0) {
        xr.add(x);
        yr.add(r.example().root());
      }
    }
    Properties info = new Properties();
    info.setProperty("rows", Integer.toString(rows.size()));
    info.setProperty("rootRows", Integer.toString(xr.size()));
    info.setProperty("features", "embedding(" + rows.get(0).vector().length + ")+patterns(" + Features.EXTRA + ")");
    return new Heads(Head.train(xq, ints(yq), cQuad), Head.train(xr, ints(yr), cRoot), threshold, encoder.name(), info);
  }

  /**
   * Five-way class of a sentence after the vote (the salient surviving event's class), as the product
   * codes it: the strict events are what the vote keeps, recodes or vetoes, the lenient ones what it
   * may add.
   */
  static int votedQuad(Vote v, Row r) {
    return Features.quad(Salience.of(v.sentence(r.vector(), r.strict(), r.events())));
  }

  static int votedRoot(Vote v, Row r) {
    EventMention e = Salience.of(v.sentence(r.vector(), r.strict(), r.events()));
    return e == null ? 0 : Features.root(e.rootCode());
  }

  private double chooseC(List<Row> rows) {
    double best = CS[0], bestF = -1;
    for (double c : CS) {
      int[][] m = new int[5][5];
      for (List<Row>[] split : folds(rows, 3)) {
        Heads h = fit(split[0], c, c, 0);
        for (Row r : split[1]) {
          if (!"multicoped".equals(r.example().source()) && !"suite".equals(r.example().source())) continue;
          m[r.example().quad()][h.quad().best(h.quad().probabilities(r.features()), null)]++;
        }
      }
      double f = macroF1(m);
      if (f > bestF) {
        bestF = f;
        best = c;
      }
    }
    return best;
  }

  /** The probability below which the model overrules the patterns (0: never), by inner CV. */
  private double chooseThreshold(List<Row> rows, double c) {
    List<List<Row>[]> splits = folds(rows, 3);
    List<Heads> fitted = new ArrayList<>();
    for (List<Row>[] split : splits) fitted.add(fit(split[0], c, c, 0));
    double[] score = new double[THRESHOLDS.length];
    for (int k = 0; k < THRESHOLDS.length; k++) score[k] = score(splits, fitted, THRESHOLDS[k]);
    return THRESHOLDS[best(score)];
  }

  private static int best(double[] score) {
    int best = 0;
    for (int k = 1; k < score.length; k++) if (score[k] > score[best]) best = k;
    return best;
  }

  private double score(List<List<Row>[]> splits, List<Heads> fitted, double threshold) {
    int[][] m = new int[5][5];
    int rootOk = 0, rootN = 0;
    for (int s = 0; s < splits.size(); s++) {
      List<Row>[] split = splits.get(s);
      Heads f = fitted.get(s);
      Vote v = new Vote(new Heads(f.quad(), f.root(), threshold, f.encoder(), f.info()), encoder, cameo);
      for (Row r : split[1]) {
        if ("multicoped".equals(r.example().source())) m[r.example().quad()][votedQuad(v, r)]++;
        else if ("suite".equals(r.example().source()) && r.example().root() > 0) {
          rootN++;
          if (votedRoot(v, r) == r.example().root()) rootOk++;
        }
      }
    }
    // one objective for both kinds of gold: the mean of five-way macro-F1 and root accuracy
    return (macroF1(m) + (rootN == 0 ? 0 : rootOk / (double) rootN)) / 2;
  }

  /** Cross-validated figures of the whole coder, and of the patterns alone, over {@code k} folds. */
  public Report crossValidate(List<Row> rows, int k) {
    int[][] voted = new int[5][5], rules = new int[5][5], bare = new int[5][5];
    int noEvents = 0;
    int rootN = 0, rootVoted = 0, rootRules = 0, rootHead = 0;
    int[] binN = new int[10];
    double[] binConf = new double[10], binHit = new double[10];
    List<String> chosen = new ArrayList<>();
    for (List<Row>[] split : folds(rows, k)) {
      Heads h = fit(split[0]);
      // the embedding alone (pattern features blank): what the model knows without the tuned rules
      Heads b = fit(split[0].stream().map(r -> new Row(r.example(), r.vector(), List.of(), List.of())).toList(), 1, 1, 0);
      chosen.add("C " + h.info().getProperty("c") + " t " + h.threshold());
      Vote v = new Vote(h, encoder, cameo);
      for (Row r : split[1]) {
        Example e = r.example();
        if ("multicoped".equals(e.source())) {
          voted[e.quad()][votedQuad(v, r)]++;
          rules[e.quad()][Features.quad(Salience.of(r.strict()))]++;
          bare[e.quad()][b.quad().best(b.quad().probabilities(Features.of(r.vector(), List.of())), null)]++;
          double[] p = h.quad().probabilities(r.features());
          int q = h.quad().best(p, null);
          double conf = h.quad().probability(p, q);
          int bin = Math.min(9, (int) (conf * 10));
          binN[bin]++;
          binConf[bin] += conf;
          binHit[bin] += q == e.quad() ? 1 : 0;
        } else if ("suite".equals(e.source()) && e.root() > 0) {
          rootN++;
          if (r.events().isEmpty()) noEvents++;
          if (votedRoot(v, r) == e.root()) rootVoted++;
          EventMention s = Salience.of(r.strict());
          if (s != null && Features.root(s.rootCode()) == e.root()) rootRules++;
          if (h.root().best(h.root().probabilities(r.features()), null) == e.root()) rootHead++;
        }
      }
    }
    double ece = 0;
    int total = 0;
    for (int b = 0; b < 10; b++) total += binN[b];
    for (int b = 0; b < 10; b++) if (binN[b] > 0) ece += Math.abs(binConf[b] - binHit[b]) / total;
    return new Report(k, voted, rules, macroF1(bare), noEvents, rootN, rootVoted / (double) Math.max(1, rootN),
        rootRules / (double) Math.max(1, rootN), rootHead / (double) Math.max(1, rootN), ece, chosen);
  }

  /** Cross-validated figures; {@code voted}/{@code rules}: five-way confusion matrices (rows gold). */
  public record Report(int folds, int[][] voted, int[][] rules, double macroF1EmbeddingAlone,
                       int suiteWithoutPatternEvent, int suiteSentences, double rootAccuracy,
                       double rootAccuracyRules, double rootAccuracyHeadAlone, double calibrationError,
                       List<String> chosen) {
    public double macroF1() {
      return Trainer.macroF1(voted);
    }

    public double macroF1Rules() {
      return Trainer.macroF1(rules);
    }

    public void print(PrintStream out) {
      out.printf(Locale.ROOT, "cross-validated, %d folds, coded as the product codes (strict pattern events, then the vote;%n"
          + "folds by sentence; suite near-copies kept in one fold;%n"
          + "C and the vote threshold chosen by inner 3-fold CV inside each training part: %s)%n", folds, chosen);
      out.printf(Locale.ROOT, "  Multi-CoPED five-way macro-F1, patterns + vote   %.3f%n", macroF1());
      out.printf(Locale.ROOT, "  Multi-CoPED five-way macro-F1, patterns alone (strict events, as stored) %.3f%n", macroF1Rules());
      out.printf(Locale.ROOT, "  Multi-CoPED five-way macro-F1, quad head on the embedding alone %.3f%n", macroF1EmbeddingAlone);
      out.printf(Locale.ROOT, "  PETRARCH suite CAMEO root accuracy (%d sentences, %d without any pattern event): patterns + vote %.3f, "
          + "patterns alone %.3f, root head alone %.3f%n", suiteSentences, suiteWithoutPatternEvent, rootAccuracy,
          rootAccuracyRules, rootAccuracyHeadAlone);
      out.printf(Locale.ROOT, "  quad head expected calibration error (10 bins)   %.3f%n", calibrationError);
      out.println("  confusion, patterns + vote (rows gold 0..4, columns predicted):");
      for (int[] row : voted) out.println("    " + java.util.Arrays.toString(row));
    }
  }

  static double macroF1(int[][] m) {
    double sum = 0;
    for (int c = 0; c < 5; c++) {
      int tp = m[c][c], fp = 0, fn = 0;
      for (int j = 0; j < 5; j++) {
        if (j == c) continue;
        fp += m[j][c];
        fn += m[c][j];
      }
      double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp), r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
      sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
    return sum / 5;
  }

  /**
   * Groups of near-copies: sentences whose word sets overlap by at least {@code jaccard} (and, by
   * chaining, their near-copies) share a group id.
   */
  static int[] nearCopies(List<String> texts, double jaccard) {
    List<java.util.Set<String>> words = new ArrayList<>();
    for (String t : texts) words.add(new java.util.HashSet<>(List.of(t.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+"))));
    int[] parent = new int[texts.size()];
    for (int i = 0; i < parent.length; i++) parent[i] = i;
    for (int i = 0; i < parent.length; i++) {
      for (int j = 0; j < i; j++) {
        int both = 0;
        for (String w : words.get(i)) if (words.get(j).contains(w)) both++;
        int union = words.get(i).size() + words.get(j).size() - both;
        if (union > 0 && both >= jaccard * union) parent[find(parent, i)] = find(parent, j);
      }
    }
    int[] out = new int[parent.length];
    for (int i = 0; i < out.length; i++) out[i] = find(parent, i);
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }

  /** {@code k} (train, test) splits; rows of one group stay together; deterministic. */
  @SuppressWarnings("unchecked")
  static List<List<Row>[]> folds(List<Row> rows, int k) {
    List<List<Row>[]> out = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      List<Row> train = new ArrayList<>(), test = new ArrayList<>();
      for (Row r : rows) {
        int fold = Math.floorMod(mix(r.example().group().hashCode()), k);
        (fold == f ? test : train).add(r);
      }
      out.add(new List[] {train, test});
    }
    return out;
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    return h;
  }

  private static int[] ints(List<Integer> xs) {
    int[] out = new int[xs.size()];
    for (int i = 0; i < out.length; i++) out[i] = xs.get(i);
    return out;
  }
}
