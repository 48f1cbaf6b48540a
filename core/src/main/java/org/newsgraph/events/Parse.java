package org.newsgraph.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.actors.ActorMention;
import org.newsgraph.annotate.Dependency;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/**
 * One sentence's dependency graph in arrays, with the actors on each token: what the coder walks.
 * The parse is enhanced UD (a token may have several governors); {@link #head} is the tree parent:
 * the conj governor if any, else the governor nearest the root.
 */
final class Parse {
  private static final int[] NONE = new int[0];
  private static final String[] NO_RELS = new String[0];

  final Sentence sentence;
  final int n;
  final String[] lemma;
  final String[] pos;
  final int[][] kids;
  final String[][] kidRel;
  final int[] head;
  final String[] rel;
  final List<List<ActorMention>> actorsAt;
  /** Every lemma of the sentence: a pattern needing a word the sentence lacks fails at once. */
  final java.util.HashSet<String> lemmas;

  /** Whether some word of the sentence has one of these lemmas (any when empty). */
  boolean hasAny(java.util.Set<String> ls) {
    if (ls.isEmpty()) return true;
    for (String l : ls) if (lemmas.contains(l)) return true;
    return false;
  }

  Parse(Sentence s, List<ActorMention> actors) {
    this.sentence = s;
    List<Token> tokens = s.tokens();
    n = tokens.size();
    lemma = new String[n];
    pos = new String[n];
    lemmas = new java.util.HashSet<>(n * 2);
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      pos[i] = t.pos() == null ? "" : t.pos();
      String l = t.lemma() == null ? t.word() : t.lemma();
      // proper nouns keep their case: no pattern names one, and lowering them is most of the cost
      lemma[i] = pos[i].startsWith("NNP") ? l : lower(l);
      lemmas.add(lemma[i]);
    }
    List<Dependency> deps = s.dependencies();
    int m = deps.size();
    int[] outCount = new int[n];
    for (int k = 0; k < m; k++) {
      Dependency d = deps.get(k);
      int g = d.governor(), x = d.dependent();
      if (x >= 0 && x < n && g >= 0 && g < n) outCount[g]++;
    }
    kids = new int[n][];
    kidRel = new String[n][];
    for (int i = 0; i < n; i++) {
      kids[i] = outCount[i] == 0 ? NONE : new int[outCount[i]];
      kidRel[i] = outCount[i] == 0 ? NO_RELS : new String[outCount[i]];
    }
    int[] o = new int[n];
    int[] depth = new int[n];
    java.util.Arrays.fill(depth, Integer.MAX_VALUE);
    int[] queue = new int[n];
    int qt = 0;
    for (int k = 0; k < m; k++) {
      Dependency d = deps.get(k);
      int g = d.governor(), x = d.dependent();
      if (x < 0 || x >= n || g >= n) continue;
      if (g >= 0) {
        kids[g][o[g]] = x;
        kidRel[g][o[g]++] = d.relation();
      } else if (depth[x] == Integer.MAX_VALUE) {
        depth[x] = 0;
        queue[qt++] = x;
      }
    }
    // depth from the root over all arcs but the purely enhanced ones
    for (int qh = 0; qh < qt; qh++) {
      int g = queue[qh];
      for (int k = 0; k < kids[g].length; k++) {
        int c = kids[g][k];
        if (depth[c] != Integer.MAX_VALUE || enhancedOnly(kidRel[g][k])) continue;
        depth[c] = depth[g] + 1;
        queue[qt++] = c;
      }
    }
    // tree parent: the conj governor if any, else the governor nearest the root
    head = new int[n];
    rel = new String[n];
    java.util.Arrays.fill(head, -2);
    for (int k = 0; k < m; k++) {
      Dependency d = deps.get(k);
      int g = d.governor(), x = d.dependent();
      if (x < 0 || x >= n || g >= n) continue;
      String r = d.relation();
      if (enhancedOnly(r) || (head[x] != -2 && isConj(rel[x]))) continue;
      if (g < 0) {
        head[x] = -1;
        rel[x] = "root";
        continue;
      }
      if (head[x] == -1) continue;
      if (isConj(r) || head[x] == -2 || depth[g] < depth[head[x]]) {
        head[x] = g;
        rel[x] = r;
      }
    }
    for (int i = 0; i < n; i++) {
      if (head[i] == -2) {
        head[i] = -1;
        rel[i] = "";
      }
    }
    if (actors.isEmpty()) {
      this.actorsAt = java.util.Collections.nCopies(n, List.of());
      return;
    }
    List<List<ActorMention>> at = new ArrayList<>(n);
    for (int i = 0; i < n; i++) at.add(null);
    for (ActorMention a : actors) {
      if (a.sentence() != s.index()) continue;
      for (int t = Math.max(0, a.tokenStart()); t < Math.min(n, a.tokenEnd()); t++) {
        List<ActorMention> l = at.get(t);
        if (l == null) at.set(t, l = new ArrayList<>(2));
        l.add(a);
      }
    }
    for (int i = 0; i < n; i++) if (at.get(i) == null) at.set(i, List.of());
    this.actorsAt = at;
  }

  private static boolean enhancedOnly(String r) {
    char c = r.charAt(0);
    return (c == 'r' && r.equals("ref")) || (c == 'n' && r.equals("nsubj:xsubj"));
  }

  private static boolean isConj(String r) {
    return r.length() >= 4 && r.charAt(0) == 'c' && r.startsWith("conj");
  }

  private static String lower(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isUpperCase(c)) return s.toLowerCase(Locale.ROOT);
    }
    return s;
  }

  String word(int t) {
    return sentence.tokens().get(t).word();
  }

  boolean isVerb(int t) {
    return pos[t].startsWith("VB");
  }

  boolean isNoun(int t) {
    return pos[t].startsWith("NN") || pos[t].startsWith("PRP") || pos[t].equals("CD");
  }

  /** The first child of {@code t} whose relation equals {@code r}, or -1. */
  int child(int t, String r) {
    for (int k = 0; k < kids[t].length; k++) if (kidRel[t][k].equals(r)) return kids[t][k];
    return -1;
  }

  /** The first child of {@code t} whose relation is {@code r} or starts with {@code r + ":"}, or -1. */
  int childFamily(int t, String r) {
    for (int k = 0; k < kids[t].length; k++) {
      String x = kidRel[t][k];
      if (x.equals(r) || (x.startsWith(r) && x.length() > r.length() && x.charAt(r.length()) == ':')) return kids[t][k];
    }
    return -1;
  }

  /** Whether {@code t} has a child with relation in the family {@code r} whose lemma is {@code lemma}. */
  boolean hasChildLemma(int t, String r, String lemma) {
    for (int k = 0; k < kids[t].length; k++) {
      if (family(kidRel[t][k], r) && this.lemma[kids[t][k]].equals(lemma)) return true;
    }
    return false;
  }

  /** Whether relation x is r or r:something. */
  static boolean family(String x, String r) {
    int l = r.length();
    return x.startsWith(r) && (x.length() == l || x.charAt(l) == ':');
  }

  /** The case/mark words on {@code t} ("with", "to"), as lemmas, through its case, mark and fixed children. */
  boolean carries(int t, String relToGov, java.util.Set<String> markers) {
    int colon = relToGov.indexOf(':');
    if (colon > 0) {
      // obl:with, nmod:against, obl:together_with: compare the suffix without allocating
      for (String m : markers) {
        int l = m.length(), len = relToGov.length();
        if (len - l > colon && relToGov.endsWith(m)) {
          char before = relToGov.charAt(len - l - 1);
          if (before == ':' || before == '_') return true;
        }
      }
    }
    for (int k = 0; k < kids[t].length; k++) {
      String x = kidRel[t][k];
      if ((x.equals("case") || x.equals("mark")) && markers.contains(lemma[kids[t][k]])) return true;
    }
    return false;
  }

  boolean isPassive(int t) {
    return child(t, "aux:pass") >= 0 || child(t, "nsubj:pass") >= 0;
  }
}
