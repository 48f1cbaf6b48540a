package org.newsgraph.events.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.Document;
import org.newsgraph.annotate.Trees;
import org.newsgraph.read.Article;

/** The PETRARCH file formats, on small made-up dictionaries. */
class PetrarchDictionariesTest {

  static final String ACTORS = String.join("\n",
      "<!-- a comment",
      "  over two lines -->",
      "ARNOR_ [ARN]",
      "GONDOR [GON]  # a comment",
      "+MINAS_TIRITH",
      "",
      "SMEAGOL",
      "+GOLLUM",
      "\t[HOB < 950601]",
      "\t[HOBGOV 19950601 - 19990815]",
      "\t[HOBREB > 990816]",
      "THE_SHIRE [FRO/BIL]",
      "NOBODY [---]");

  static final String AGENTS = String.join("\n",
      "!PERSON! = MAN, MEN",
      "POLICE {} [~COP]",
      "GOVERNMENT [~GOV]",
      "MSF {} [NGO~]",
      "GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]",
      "CONGRESS!PERSON! [~LEG]");

  static final String VERBS = String.join("\n",
      "&TIETYPES",
      "+MILITARY",
      "+ECONOMIC",
      "",
      "--- RESTORE [064] ---",
      "RESTORE",
      "- * &TIETYPES TIES [902]",
      "- NOT * RELATIONS [112]",
      "",
      "--- BREAK [1717] ---",
      "BREAK {BROKE BROKEN}",
      "+BREAK_DOWN {+BROKE_DOWN +BROKEN_DOWN}",
      "WIRE_+TAP [171]",
      "- *_OFF [195]",
      "",
      "--- MEET [031:032] ---",
      "MEET {MET MEETS MEETING}");

  @Test void actorsHaveSynonymsSlashCodesAndDatedCodes() {
    PetrarchActors a = PetrarchActors.parse(ACTORS);
    assertEquals(5, a.entries().size()); // NOBODY [---] is read, and codes as nothing
    PetrarchActors.Entry gondor = a.entries().get(1);
    assertEquals(List.of(List.of("GONDOR"), List.of("MINAS", "TIRITH")), gondor.phrases());
    PetrarchActors.Entry smeagol = a.entries().get(2);
    assertEquals(List.of("HOB"), smeagol.codesOn(LocalDate.of(1995, 5, 31)));
    assertEquals(List.of("HOBGOV"), smeagol.codesOn(LocalDate.of(1995, 6, 1)));
    assertEquals(List.of("HOBGOV"), smeagol.codesOn(LocalDate.of(1999, 8, 15)));
    assertEquals(List.of("HOBREB"), smeagol.codesOn(LocalDate.of(2001, 1, 1)));
    assertEquals(List.of("FRO", "BIL"), a.entries().get(3).codesOn(null));
    assertEquals(List.of(), a.entries().get(4).codesOn(null));
  }

  @Test void agentsHavePlacementPluralsAndSubstitutions() {
    PetrarchAgents g = PetrarchAgents.parse(AGENTS);
    List<String> phrases = g.entries().stream().map(e -> String.join(" ", e.words())).toList();
    assertTrue(phrases.contains("GOVERNMENTS"));
    assertTrue(phrases.contains("GOLDEN GEESE"));
    assertTrue(phrases.contains("CONGRESSMEN"));
    assertTrue(!phrases.contains("POLICES"), "empty braces: no plural");
    PetrarchAgents.Entry msf = g.entries().stream().filter(e -> e.words().equals(List.of("MSF"))).findFirst().orElseThrow();
    assertTrue(msf.prefix());
    assertEquals("NGO", msf.code());
  }

  @Test void verbsHaveFormsMultiWordVerbsPatternsAndSynsets() {
    PetrarchVerbs v = PetrarchVerbs.parse(VERBS);
    assertEquals(List.of(List.of("MILITARY"), List.of("ECONOMIC")), v.synset("&TIETYPES"));
    assertEquals("064", v.forms("RESTORED").get(0).code());
    assertEquals("064", v.forms("RESTORING").get(0).code());
    assertTrue(v.forms("BREAKS").isEmpty(), "braces list all forms");
    PetrarchVerbs.Verb tap = v.forms("TAP").get(0);
    assertEquals(List.of("WIRE"), tap.before());
    assertEquals("171", tap.code());
    assertEquals(List.of("DOWN"), v.forms("BROKEN").get(0).after());
    PetrarchVerbs.VerbPattern off = v.blocks().get(1).patterns().get(0);
    assertTrue(off.verbAdjacent());
    PetrarchVerbs.VerbPattern not = v.blocks().get(0).patterns().get(1);
    assertEquals("NOT", not.lower().get(0).value());
    assertEquals(PetrarchVerbs.Kind.SYNSET, v.blocks().get(0).patterns().get(0).upper().get(0).kind());
  }

  @Test void coderUsesPatternsAgentsCompoundsAndReciprocalCodes() {
    PetrarchDictionaries d = new PetrarchDictionaries(PetrarchVerbs.parse(VERBS), PetrarchActors.parse(ACTORS),
        PetrarchAgents.parse(AGENTS), PetrarchDiscards.parse("BASEBALL"));
    PetrarchCoder coder = new PetrarchCoder(d);
    assertEquals(List.of("ARN GON 902"), code(coder,
        "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (JJ economic) (NNS ties)) (PP (IN with) (NP (NNP Gondor)))) (. .)))",
        LocalDate.of(1995, 1, 1)));
    assertEquals(List.of("ARNCOP GON 064"), code(coder,
        "(ROOT (S (NP (NNP Arnor) (NN police)) (VP (VBD restored) (NP (NNS relations)) (PP (IN with) (NP (NNP Gondor)))) (. .)))",
        null));
    assertEquals(List.of("HOBGOV ARN 031", "ARN HOBGOV 032"), code(coder,
        "(ROOT (S (NP (NNP Gollum)) (VP (VBD met) (NP (NNP Arnor))) (. .)))", LocalDate.of(1996, 1, 1)));
    assertEquals(List.of("FRO ARN 031", "ARN FRO 032", "BIL ARN 031", "ARN BIL 032"), code(coder,
        "(ROOT (S (NP (DT The) (NNP Shire)) (VP (VBD met) (NP (NNP Arnor))) (. .)))", null));
    assertEquals(List.of(), code(coder,
        "(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Gondor)) (PP (IN at) (NP (NN baseball)))) (. .)))", null));
  }

  @Test void codingsBecomeEventMentionsWithSpansAndOntologyFacts() {
    PetrarchDictionaries d = new PetrarchDictionaries(PetrarchVerbs.parse(VERBS), PetrarchActors.parse(ACTORS),
        PetrarchAgents.parse(AGENTS), PetrarchDiscards.empty());
    LocalDate date = LocalDate.of(1995, 1, 1);
    Document doc = Trees.document(article(date),
        "(ROOT (S (NP (NNP Arnor) (NN police)) (VP (VBD restored) (NP (NNS relations)) (PP (IN with) (NP (NNP Minas) (NNP Tirith)))) (. .)))");
    List<org.newsgraph.events.EventMention> events = new PetrarchCoder(d).events(doc, date, org.newsgraph.events.Cameo.bundled());
    assertEquals(1, events.size());
    org.newsgraph.events.EventMention e = events.get(0);
    assertEquals("064", e.code());
    assertEquals("06", e.rootCode());
    assertEquals(2, e.quadClass());
    assertEquals("ARNCOP", e.source().code());
    assertEquals("Arnor police", e.source().text());
    assertEquals("ARN", e.source().country());
    assertEquals("COP", e.source().role());
    assertEquals("Minas Tirith", e.target().text());
    assertEquals("1995-01-01", e.date());
    assertEquals("restored", e.trigger());
  }

  @Test void treesGiveTokensLemmasAndDependencies() {
    Document doc = Trees.document(article(null),
        "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties))) (. .)))");
    assertEquals("restore", doc.sentences().get(0).tokens().get(1).lemma());
    assertEquals("Arnor restored ties .", doc.article().body());
    assertNotNull(doc.sentences().get(0).dependencies().stream()
        .filter(x -> x.relation().equals("nsubj") && x.governor() == 1 && x.dependent() == 0).findFirst().orElse(null));
    assertNull(doc.mentions().isEmpty() ? null : "mentions");
  }

  private static Article article(LocalDate date) {
    return new Article("t", "t", null, null, null, null, date, null, "", null, null, null);
  }

  private static List<String> code(PetrarchCoder coder, String parse, LocalDate date) {
    return coder.code(Trees.document(article(date), parse), date).stream()
        .map(c -> c.source() + " " + c.target() + " " + c.code()).toList();
  }
}
