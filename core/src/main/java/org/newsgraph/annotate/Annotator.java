package org.newsgraph.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.newsgraph.read.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only place CoreNLP is used: turns an {@link Article} into a {@link Document}.
 * Thread-safe: one instance (one set of loaded models) serves many threads.
 *
 * <p>After CoreNLP: dates found inside URLs are dropped, bare weekday and month references are resolved to
 * the past unless the sentence speaks of the future ({@link RelativeDates}), and quoted passages are
 * found by {@link QuoteScanner}. See docs/annotation.md for the measurements behind the configuration.
 */
public final class Annotator {

  private static final Logger LOG = LoggerFactory.getLogger(Annotator.class);
  private static volatile Annotator shared;
  // "N.Korea", "S.Africa": an initial glued to a capitalised word. CoreNLP keeps it as one token and
  // tags it NN; seen as "N Korea" (same length, so every offset still indexes the body) it is a name.
  private static final Pattern GLUED_INITIAL = Pattern.compile("(?<![\\p{L}\\p{N}.])(\\p{Lu})\\.(?=\\p{Lu}\\p{Ll}{2,})");
  private static final Pattern URL = Pattern.compile("(?i)(\\w+://|www\\.|\\S+\\.\\w{2,4}/)\\S*");

  private final StanfordCoreNLP pipeline;
  private final boolean parses;
  private final boolean timexGated;

  private Annotator(Properties props) {
    this.pipeline = new StanfordCoreNLP(props);
    this.parses = props.getProperty("annotators", "").contains("depparse");
    String why = props.getProperty("annotators", "").contains("ner") ? TimexGate.install(pipeline) : "no NER";
    if (why != null && !why.equals("no NER")) LOG.info("SUTime runs on every sentence: the time-anchor gate is not installed: " + why);
    this.timexGated = why == null;
  }

  /** Whether SUTime is skipped on sentences without a time anchor ({@link TimexGate}). */
  boolean timexGated() {
    return timexGated;
  }

  /** The process-wide annotator with the default configuration; models load on first call only. */
  public static Annotator shared() {
    Annotator a = shared;
    if (a == null) {
      synchronized (Annotator.class) {
        a = shared;
        if (a == null) shared = a = new Annotator(defaultProperties());
      }
    }
    return a;
  }

  /**
   * A new annotator with its own models and the given CoreNLP properties (for measuring other
   * configurations; later stages expect at least the default annotators).
   */
  public static Annotator create(Properties props) {
    return new Annotator(props);
  }

  /** The chosen configuration; see docs/annotation.md for the measurements behind it. */
  public static Properties defaultProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    // Coarse NER (PERSON, ORGANIZATION, LOCATION, MISC + numeric/time classes): the fine-grained
    // regexner pass is 2.6x slower and COUNTRY/CITY typing is done from our own gazetteer.
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
    // The parser keeps the hidden-layer products of its 20,000 most frequent (word, position)
    // features precomputed and the rest in an LRU cache of 5,000 by default, which news names and
    // rare words overflow: with 100,000 (about 90 MB) the parse takes a quarter less CPU, with
    // identical trees (a cached product is the same product). docs/annotation.md has the figures.
    p.setProperty("depparse.numCached", "100000");
    p.setProperty("tokenize.options", "ptb3Escaping=false,normalizeParentheses=false,normalizeOtherBrackets=false");
    // Paragraph breaks always end a sentence: news copy rarely breaks a sentence across paragraphs
    // once the reader has re-joined broken lines, and this keeps headlines and captions apart.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    // -Dnewsgraph.corenlp.NAME=VALUE overrides any CoreNLP property, to measure other configurations
    for (String k : System.getProperties().stringPropertyNames()) {
      if (k.startsWith("newsgraph.corenlp.")) p.setProperty(k.substring("newsgraph.corenlp.".length()), System.getProperty(k));
    }
    return p;
  }

  /**
   * Annotates one article. The publication date, when known, anchors relative dates. Token words
   * are CoreNLP's; offsets, sentence and mention texts index {@code article.body()}.
   */
  public Document annotate(Article article) {
    Annotation ann = new Annotation(GLUED_INITIAL.matcher(article.body()).replaceAll("$1 "));
    if (article.published() != null) {
      ann.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
    }
    pipeline.annotate(ann);
    return toDocument(article, new CoreDocument(ann));
  }

  /** CoreNLP's accumulated time per annotator since this annotator was made (all threads). */
  public String timing() {
    return pipeline.timingInformation();
  }

  private Document toDocument(Article article, CoreDocument doc) {
    String body = article.body();
    List<Sentence> sentences = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    List<TimeExpression> times = new ArrayList<>();
    List<CoreSentence> cs = doc.sentences();
    for (int si = 0; si < cs.size(); si++) {
      CoreSentence s = cs.get(si);
      List<CoreLabel> labels = s.tokens();
      int first = labels.get(0).index(); // CoreNLP token indexes are 1-based within the sentence
      List<Token> tokens = new ArrayList<>(labels.size());
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel l = labels.get(i);
        String ner = l.ner() == null ? "O" : l.ner();
        if (!"O".equals(ner) && URL.matcher(l.word()).matches()) ner = "O"; // dates etc. read from URLs
        tokens.add(new Token(i, l.word(), l.lemma(), l.tag(), ner, l.beginPosition(), l.endPosition()));
      }
      List<Dependency> deps = new ArrayList<>();
      SemanticGraph g = parses ? s.dependencyParse() : null;
      if (g != null) {
        for (IndexedWord root : g.getRoots()) deps.add(new Dependency(-1, root.index() - first, "root"));
        for (SemanticGraphEdge e : g.edgeIterable()) {
          deps.add(new Dependency(e.getGovernor().index() - first, e.getDependent().index() - first,
              e.getRelation().toString()));
        }
      }
      int start = labels.get(0).beginPosition();
      int end = labels.get(labels.size() - 1).endPosition();
      Sentence sentence = new Sentence(si, start, end, body.substring(start, end), tokens, deps);
      sentences.add(sentence);
      if (s.entityMentions() == null) continue;
      for (CoreEntityMention m : s.entityMentions()) {
        List<CoreLabel> mt = m.tokens();
        int ts = mt.get(0).index() - first;
        int te = mt.get(mt.size() - 1).index() - first + 1;
        if ("O".equals(tokens.get(ts).ner())) continue; // pronoun mentions, or a tag dropped above
        int ms = mt.get(0).beginPosition();
        int me = mt.get(mt.size() - 1).endPosition();
        String text = body.substring(ms, me);
        String norm = mt.get(0).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        Timex t = m.coreMap().get(TimeAnnotations.TimexAnnotation.class);
        if (t != null && t.value() != null) {
          String value = RelativeDates.resolve(text, t.value(), article.published(), sentence, ts);
          if (!value.equals(t.value()) && norm != null) norm = value;
          times.add(new TimeExpression(text, t.timexType(), value, si, ts, te, ms, me));
        }
        mentions.add(new Mention(text, m.entityType(), si, ts, te, ms, me, norm));
      }
    }
    return new Document(article, sentences, mentions, times, QuoteScanner.scan(body, sentences));
  }
}
