package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.annotate.Dependency;
import org.newsgraph.annotate.Document;
import org.newsgraph.annotate.QuoteSpan;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;
import org.newsgraph.knowledge.Tsv;

/**
 * Attributes quotes to speakers from the dependency parse and context: the subject of a speech verb
 * outside the quote marks in the quote's sentences ("..., Lavrov said", "said Lavrov", "Putin said
 * during ...: "..."); a pronoun subject ("he said") is the previous quote's speaker when that one is
 * close, else the nearest preceding person; a described subject ("the source said") is the fuller
 * earlier description ("Russian Foreign Ministry source"). A quote standing alone in its paragraph
 * right after another quote continues that speaker.
 */
final class Speakers {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we");
  private static final Set<String> SUBJECT = Set.of("nsubj", "nsubj:pass", "nsubj:xsubj");
  private static final Set<String> NP_MODIFIERS = Set.of("compound", "amod", "nmod:poss", "flat");
  private static final int MIN_WORDS = 3;

  private final Set<String> speechVerbs;

  Speakers(Set<String> speechVerbs) {
    this.speechVerbs = speechVerbs;
  }

  static Set<String> bundledVerbs() {
    Set<String> v = new HashSet<>();
    for (String[] r : Tsv.cells("speech-verbs.txt")) v.add(r[0].toLowerCase(Locale.ROOT));
    return v;
  }

  List<Quote> attribute(Document doc, List<Entity> entities) {
    List<Quote> out = new ArrayList<>();
    String body = doc.article().body();
    String previous = null;
    int previousSentence = -10;
    for (QuoteSpan q : doc.quotes()) {
      String text = inner(q.text());
      if (text.split("\\s+").length < MIN_WORDS || q.sentenceStart() < 0) continue;
      int innerStart = q.start() + 1;
      int innerEnd = q.end() - (endsWithMark(q.text()) ? 1 : 0);
      String speaker = null;
      boolean framed = false; // the quote's sentences have words of their own outside the marks
      for (int si = q.sentenceStart(); si <= q.sentenceEnd() && speaker == null; si++) {
        Sentence s = doc.sentences().get(si);
        for (Token t : s.tokens()) {
          if (inside(t, q)) continue;
          if (Character.isLetter(t.word().charAt(0))) framed = true;
          if (!t.pos().startsWith("VB") || !speechVerbs.contains(t.lemma().toLowerCase(Locale.ROOT))) continue;
          String found = speakerOf(doc, s, t.index(), q, entities, previous, previousSentence);
          if (found != null) { speaker = found; break; }
        }
      }
      if (speaker == null && !framed && previous != null && q.sentenceStart() - previousSentence <= 2) {
        speaker = previous; // a quote paragraph of its own continues the last speaker
      }
      out.add(new Quote(speaker, text, q.sentenceStart(), innerStart, Math.max(innerStart, innerEnd)));
      if (speaker != null) {
        previous = speaker;
        previousSentence = q.sentenceEnd();
      }
    }
    return out;
  }

  private String speakerOf(Document doc, Sentence s, int verb, QuoteSpan q, List<Entity> entities,
                           String previous, int previousSentence) {
    int subject = -1;
    for (Dependency d : s.dependencies()) {
      if (d.governor() == verb && SUBJECT.contains(d.relation()) && !inside(s.tokens().get(d.dependent()), q)) {
        subject = d.dependent();
        break;
      }
    }
    if (subject < 0) subject = adjacentName(s, verb, q); // parses of "said Lavrov" vary
    if (subject < 0) return null;
    Token t = s.tokens().get(subject);
    Entity e = entityAt(entities, t.start());
    if (e != null) return e.canonical();
    String word = t.word().toLowerCase(Locale.ROOT);
    if (PRONOUNS.contains(word)) {
      if (previous != null && s.index() - previousSentence <= 3) return previous;
      return precedingPerson(entities, t.start());
    }
    if (t.pos().startsWith("NN")) {
      // "chairman and chief executive Richard Parsons said": a name right after the title noun
      for (int i = subject + 1; i < Math.min(s.tokens().size(), subject + 6) && i != verb; i++) {
        Token n = s.tokens().get(i);
        if (inside(n, q) || n.word().equals(",")) break;
        Entity p = entityAt(entities, n.start());
        if (p != null && "PERSON".equals(p.type())) return p.canonical();
      }
      return described(doc, s, subject);
    }
    return null;
  }

  /** A name or pronoun right before or after the verb ("Choe said", "said Lavrov"), when the parse gives no subject. */
  private static int adjacentName(Sentence s, int verb, QuoteSpan q) {
    for (int i : new int[] {verb + 1, verb - 1}) {
      if (i < 0 || i >= s.tokens().size() || inside(s.tokens().get(i), q)) continue;
      Token t = s.tokens().get(i);
      if (t.pos().startsWith("NNP") || t.pos().equals("PRP")) return i;
    }
    return -1;
  }

  /** The noun phrase of a described speaker: its fullest earlier description ("Russian Foreign Ministry source"). */
  private static String described(Document doc, Sentence s, int head) {
    String lemma = s.tokens().get(head).lemma();
    String best = phrase(s, head);
    for (Sentence p : doc.sentences()) {
      if (p.index() > s.index()) break;
      for (Token t : p.tokens()) {
        if (p.index() == s.index() && t.index() >= head) break;
        if (!t.lemma().equals(lemma) || !t.pos().startsWith("NN")) continue;
        String candidate = phrase(p, t.index());
        if (candidate.split(" ").length > best.split(" ").length) best = candidate;
      }
    }
    return best;
  }

  /** The head noun with its compound and adjective modifiers, without determiners. */
  private static String phrase(Sentence s, int head) {
    int from = head;
    for (Dependency d : s.dependencies()) {
      if (d.governor() == head && NP_MODIFIERS.contains(d.relation()) && d.dependent() < from) from = d.dependent();
    }
    StringBuilder b = new StringBuilder();
    for (int i = from; i <= head; i++) {
      Token t = s.tokens().get(i);
      if (t.pos().equals("DT") || t.pos().equals("POS")) continue;
      if (b.length() > 0) b.append(' ');
      b.append(t.word());
    }
    return b.toString();
  }

  private static String precedingPerson(List<Entity> entities, int pos) {
    String best = null;
    for (Entity e : entities) {
      if (e.start() >= pos) break;
      if ("PERSON".equals(e.type())) best = e.canonical();
    }
    return best;
  }

  private static Entity entityAt(List<Entity> entities, int pos) {
    for (Entity e : entities) if (e.start() <= pos && pos < e.end()) return e;
    return null;
  }

  private static boolean inside(Token t, QuoteSpan q) {
    return t.start() >= q.start() && t.end() <= q.end();
  }

  private static boolean endsWithMark(String quoted) {
    char c = quoted.charAt(quoted.length() - 1);
    return c == '"' || c == '”';
  }

  /** The quote's words: marks, paragraph re-opening marks and trailing commas removed, spaces collapsed. */
  static String inner(String quoted) {
    String t = quoted.substring(1);
    if (endsWithMark(quoted)) t = t.substring(0, t.length() - 1);
    t = t.replaceAll("\\s*\\n\\s*[\"“]", " ").replaceAll("\\s+", " ").trim();
    return t.replaceAll("[,;:]$", "");
  }
}
