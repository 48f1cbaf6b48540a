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

  Parse(Sentence s, List<ActorMention> actors) {
    this.sentence = s;
    List<Token> tokens = s.tokens();
    n = tokens.size();
    lemma = new String[n];
    pos = new String[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      String l = t.lemma() == null ? t.word() : t.lemma();
      lemma[i] = l.toLowerCase(Locale.ROOT);
      pos[i] = t.pos() == null ? "" : t.pos();
    }
    int[] outCount = new int[n];
    int[] inCount = new int[n];
    List<Dependency> deps = s.dependencies();
    for (Dependency d : deps) {
      if (d.dependent() < 0 || d.dependent() >= n) continue;
      inCount[d.dependent()]++;
      if (d.governor() >= 0 && d.governor() < n) outCount[d.governor()]++;
    }
    kids = new int[n][];
    kidRel = new String[n][];
    int[][] govs = new int[n][];
    String[][] govRel = new String[n][];
    for (int i = 0; i < n; i++) {
      kids[i] = outCount[i] == 0 ? NONE : new int[outCount[i]];
      kidRel[i] = outCount[i] == 0 ? NO_RELS : new String[outCount[i]];
      govs[i] = inCount[i] == 0 ? NONE : new int[inCount[i]];
      govRel[i] = inCount[i] == 0 ? NO_RELS : new String[inCount[i]];
    }
    int[] o = new int[n], in = new int[n];
    for (Dependency d : deps) {
      int dep = d.dependent(), gov = d.governor();
      if (dep < 0 || dep >= n) continue;
      if (gov >= n) continue;
      govs[dep][in[dep]] = gov;
      govRel[dep][in[dep]++] = d.relation();
      if (gov >= 0) {
        kids[gov][o[gov]] = dep;
        kidRel[gov][o[gov]++] = d.relation();
      }
    }
    // depth from the root over all arcs but the purely enhanced ones
    int[] depth = new int[n];
    java.util.Arrays.fill(depth, Integer.MAX_VALUE);
    int[] queue = new int[n];
    int qh = 0, qt = 0;
    for (int i = 0; i < n; i++) {
      for (int g : govs[i]) {
        if (g < 0 && depth[i] == Integer.MAX_VALUE) {
          depth[i] = 0;
          queue[qt++] = i;
        }
      }
    }
    while (qh < qt) {
      int g = queue[qh++];
      for (int k = 0; k < kids[g].length; k++) {
        int c = kids[g][k];
        String r = kidRel[g][k];
        if (r.equals("ref") || r.equals("nsubj:xsubj")) continue;
        if (depth[c] == Integer.MAX_VALUE) {
          depth[c] = depth[g] + 1;
          queue[qt++] = c;
        }
      }
    }
    head = new int[n];
    rel = new String[n];
    for (int i = 0; i < n; i++) {
      int best = -1;
      String bestRel = null;
      int bestDepth = Integer.MAX_VALUE;
      for (int k = 0; k < govs[i].length; k++) {
        int g = govs[i][k];
        String r = govRel[i][k];
        if (r.equals("ref") || r.equals("nsubj:xsubj")) continue;
        if (g < 0) { best = -1; bestRel = "root"; break; }
        if (r.startsWith("conj")) { best = g; bestRel = r; break; }
        int dg = depth[g];
        if (bestRel == null || dg < bestDepth) { best = g; bestRel = r; bestDepth = dg; }
      }
      head[i] = best;
      rel[i] = bestRel == null ? "" : bestRel;
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
      String x = kidRel[t][k];
      if ((x.equals(r) || x.startsWith(r + ":")) && this.lemma[kids[t][k]].equals(lemma)) return true;
    }
    return false;
  }

  /** The case/mark words on {@code t} ("with", "to"), as lemmas, through its case, mark and fixed children. */
  boolean carries(int t, String relToGov, java.util.Set<String> markers) {
    int colon = relToGov.indexOf(':');
    if (colon > 0) {
      String suffix = relToGov.substring(colon + 1);
      if (markers.contains(suffix)) return true;
      int us = suffix.lastIndexOf('_');
      if (us > 0 && markers.contains(suffix.substring(us + 1))) return true;
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
