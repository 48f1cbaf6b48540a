package org.newsgraph.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.newsgraph.read.Article;

/**
 * The only place CoreNLP is used: turns an {@link Article} into a {@link Document}.
 * Thread-safe: one instance (one set of loaded models) serves many threads.
 */
public final class Annotator {

  private static volatile Annotator shared;

  private final StanfordCoreNLP pipeline;

  private Annotator(Properties props) {
    this.pipeline = new StanfordCoreNLP(props);
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

  /** The chosen configuration; see docs/annotation.md for the measurements behind it. */
  public static Properties defaultProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
    p.setProperty("tokenize.options", "ptb3Escaping=false,normalizeParentheses=false,normalizeOtherBrackets=false");
    return p;
  }

  /** Annotates one article. The publication date, when known, anchors relative dates. */
  public Document annotate(Article article) {
    Annotation ann = new Annotation(article.body());
    if (article.published() != null) {
      ann.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
    }
    pipeline.annotate(ann);
    return toDocument(article, new CoreDocument(ann));
  }

  private static Document toDocument(Article article, CoreDocument doc) {
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
        tokens.add(new Token(i, l.word(), l.lemma(), l.tag(), l.ner() == null ? "O" : l.ner(),
            l.beginPosition(), l.endPosition()));
      }
      List<Dependency> deps = new ArrayList<>();
      SemanticGraph g = s.dependencyParse();
      if (g != null) {
        for (IndexedWord root : g.getRoots()) deps.add(new Dependency(-1, root.index() - first, "root"));
        for (SemanticGraphEdge e : g.edgeIterable()) {
          deps.add(new Dependency(e.getGovernor().index() - first, e.getDependent().index() - first,
              e.getRelation().toString()));
        }
      }
      int start = labels.get(0).beginPosition();
      int end = labels.get(labels.size() - 1).endPosition();
      sentences.add(new Sentence(si, start, end, article.body().substring(start, end), tokens, deps));
      if (s.entityMentions() != null) {
        for (CoreEntityMention m : s.entityMentions()) {
          List<CoreLabel> mt = m.tokens();
          int ts = mt.get(0).index() - first;
          int te = mt.get(mt.size() - 1).index() - first + 1;
          int ms = mt.get(0).beginPosition();
          int me = mt.get(mt.size() - 1).endPosition();
          String norm = mt.get(0).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
          if (m.coreMap().containsKey(TimeAnnotations.TimexAnnotation.class)) {
            Timex t = m.coreMap().get(TimeAnnotations.TimexAnnotation.class);
            if (t != null && t.value() != null) {
              times.add(new TimeExpression(m.text(), t.timexType(), t.value(), si, ts, te, ms, me));
            }
          }
          mentions.add(new Mention(m.text(), m.entityType(), si, ts, te, ms, me, norm));
        }
      }
    }
    return new Document(article, sentences, mentions, times, List.of());
  }
}
