package org.newsgraph.annotate;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.read.Article;

/**
 * Builds our {@link Document} from Penn Treebank constituency parses given as text, e.g. the gold
 * parses of PETRARCH validation files: tokens and POS from the tree leaves, lemmas from CoreNLP's
 * morphology, Universal Dependencies (enhanced++, as the {@link Annotator} gives) converted from the
 * tree. No statistical models are loaded, so this is fast.
 */
public final class Trees {
  private Trees() {}

  /**
   * A one-sentence document from a bracketed parse such as {@code (ROOT (S (NP (NNP Arnor)) ...))}.
   * The body is the leaves joined by single spaces; {@code article} supplies everything else
   * (its body is ignored). NER tags are "O": there is no NER model here.
   *
   * @throws IllegalArgumentException when the parse cannot be read
   */
  public static Document document(Article article, String parse) {
    return document(article, List.of(parse));
  }

  /** A document with one sentence per parse, in order; the body is the sentences joined by spaces. */
  public static Document document(Article article, List<String> parses) {
    StringBuilder body = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    for (String parse : parses) {
      Tree tree = read(parse);
      if (body.length() > 0) body.append(' ');
      sentences.add(sentence(sentences.size(), tree, body));
    }
    Article a = new Article(article.id(), article.path(), article.title(), article.byline(), article.source(),
        article.url(), article.published(), article.dateline(), body.toString(), article.captions(),
        article.metadata(), article.contentHash());
    return new Document(a, sentences, List.of(), List.of(), List.of());
  }

  private static Tree read(String parse) {
    Tree tree;
    try {
      tree = Tree.valueOf(parse.trim());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("unreadable parse: " + e.getMessage(), e);
    }
    if (tree == null || tree.getLeaves().isEmpty()) throw new IllegalArgumentException("empty parse");
    return tree;
  }

  private static Sentence sentence(int index, Tree tree, StringBuilder body) {
    List<Tree> leaves = tree.getLeaves();
    List<Token> tokens = new ArrayList<>(leaves.size());
    int sentenceStart = body.length();
    for (int i = 0; i < leaves.size(); i++) {
      Tree leaf = leaves.get(i);
      Tree pre = leaf.parent(tree);
      String word = leaf.value();
      String pos = pre == null ? "X" : pre.value();
      if (i > 0) body.append(' ');
      int start = body.length();
      body.append(word);
      String lemma = Morphology.lemmaStatic(word, pos, true);
      tokens.add(new Token(i, word, lemma, pos, "O", start, body.length()));
    }
    List<Dependency> deps = new ArrayList<>();
    try {
      SemanticGraph g = SemanticGraphFactory.generateEnhancedPlusPlusDependencies(tree);
      for (IndexedWord root : g.getRoots()) deps.add(new Dependency(-1, root.index() - 1, "root"));
      for (SemanticGraphEdge e : g.edgeIterable()) {
        deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
            e.getRelation().toString()));
      }
    } catch (RuntimeException e) {
      // A tree the converter cannot handle still gives tokens; later stages see no arcs.
      deps.clear();
    }
    return new Sentence(index, sentenceStart, body.length(), body.substring(sentenceStart), tokens, deps);
  }

  /**
   * The lemma of {@code word} read with Penn tag {@code tag} ("ties"/"NNS" → "tie"), lower case;
   * for code outside annotate that must lemmatise dictionary words the way the annotator does.
   */
  public static String lemma(String word, String tag) {
    return Morphology.lemmaStatic(word, tag, true);
  }
}
