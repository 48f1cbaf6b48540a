package org.newsgraph.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.actors.ActorMention;
import org.newsgraph.annotate.Dependency;
import org.newsgraph.annotate.Document;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.TimeExpression;
import org.newsgraph.annotate.Token;
import org.newsgraph.read.Article;

/** The coder on hand-built parses (no CoreNLP): one behaviour per test. */
class EventCoderTest {
  static final EventCoder CODER = new EventCoder(null, EventPatterns.bundled(), Cameo.bundled(), null);

  /** A one-sentence document: tokens "word/lemma/POS", arcs "rel gov dep" (0-based, gov -1 = root). */
  record Built(Document doc, List<ActorMention> actors) {}

  static final class B {
    final List<String> tokens = new ArrayList<>();
    final List<String> arcs = new ArrayList<>();
    final List<Object[]> actors = new ArrayList<>();
    final List<Object[]> times = new ArrayList<>();

    B tokens(String s) {
      for (String t : s.split(" ")) tokens.add(t);
      return this;
    }

    B arcs(String... a) {
      arcs.addAll(List.of(a));
      return this;
    }

    B actor(String code, int from, int to) {
      actors.add(new Object[] {code, from, to});
      return this;
    }

    B time(String value, int from, int to) {
      times.add(new Object[] {value, from, to});
      return this;
    }

    Built build() {
      StringBuilder body = new StringBuilder();
      List<Token> ts = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        String[] f = tokens.get(i).split("/");
        if (i > 0) body.append(' ');
        int start = body.length();
        body.append(f[0]);
        ts.add(new Token(i, f[0], f[1], f[2], "O", start, body.length()));
      }
      List<Dependency> deps = new ArrayList<>();
      for (String a : arcs) {
        String[] f = a.split(" ");
        deps.add(new Dependency(Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[0]));
      }
      Sentence s = new Sentence(0, 0, body.length(), body.toString(), ts, deps);
      List<ActorMention> ams = new ArrayList<>();
      for (Object[] a : actors) {
        int from = (int) a[1], to = (int) a[2];
        String text = body.substring(ts.get(from).start(), ts.get(to - 1).end());
        String code = (String) a[0];
        ams.add(new ActorMention(code, text, code.substring(0, 3), code.length() > 3 ? code.substring(3) : null, 0, from, to,
            ts.get(from).start(), ts.get(to - 1).end(), text, "test"));
      }
      List<TimeExpression> tx = new ArrayList<>();
      for (Object[] t : times) {
        int from = (int) t[1], to = (int) t[2];
        tx.add(new TimeExpression(body.substring(ts.get(from).start(), ts.get(to - 1).end()), "DATE", (String) t[0], 0,
            from, to, ts.get(from).start(), ts.get(to - 1).end()));
      }
      Article a = new Article("t", "t", null, null, null, null, LocalDate.of(2014, 11, 20), null, body.toString(),
          List.of(), Map.of(), null);
      return new Built(new Document(a, List.of(s), List.of(), tx, List.of()), ams);
    }
  }

  static List<EventMention> code(Built b) {
    return CODER.code(b.doc(), List.of(b.actors()));
  }

  @Test
  void subjectObjectAndMostSpecificCode() {
    // Pyongyang accused the United States of aggression .
    Built b = new B().tokens("Pyongyang/Pyongyang/NNP accused/accuse/VBD the/the/DT United/United/NNP States/States/NNP "
            + "of/of/IN aggression/aggression/NN ./././")
        .arcs("root -1 1", "nsubj 1 0", "obj 1 4", "det 4 2", "compound 4 3", "obl:of 1 6", "case 6 5", "punct 1 7")
        .actor("PRK", 0, 1).actor("USA", 3, 5).build();
    List<EventMention> ev = code(b);
    assertEquals(1, ev.size(), ev.toString());
    EventMention e = ev.get(0);
    assertEquals("PRK", e.source().code());
    assertEquals("USA", e.target().code());
    assertEquals("1123", e.code());
    assertEquals("11", e.rootCode());
    assertEquals(3, e.quadClass());
    assertEquals("actual", e.mode());
    assertEquals("2014-11-20", e.date());
    assertTrue(e.why().contains("publication date"), e.why());
    assertTrue(e.pattern().contains("verbs.txt:"), e.pattern());
    assertEquals("accused", e.text().substring(e.triggerStart(), e.triggerEnd()));
    assertEquals(0, e.depth());
  }

  @Test
  void aSpeakerOnlyStatementStandsOnlyWhenNothingElseHappened() {
    // Ruto said the talks were going well .  (speaker only: 010, no target)
    Built said = new B().tokens("Ruto/Ruto/NNP said/say/VBD the/the/DT talks/talk/NNS were/be/VBD going/go/VBG "
            + "well/well/RB ./././")
        .arcs("root -1 1", "nsubj 1 0", "ccomp 1 5", "det 3 2", "nsubj 5 3", "aux 5 4", "advmod 5 6", "punct 1 7")
        .actor("KENGOV", 0, 1).build();
    List<EventMention> ev = code(said);
    assertEquals(List.of("KENGOV>- 010"), ev.stream().map(e -> e.source().code() + ">" + (e.target() == null ? "-" : e.target().code())
        + " " + e.code()).toList());
    // Kenya accused Uganda of aggression , officials said .  (what was said is the event; the statement goes)
    Built reported = new B().tokens("Kenya/Kenya/NNP accused/accuse/VBD Uganda/Uganda/NNP of/of/IN aggression/aggression/NN "
            + ",/,/, officials/official/NNS said/say/VBD ./././")
        .arcs("root -1 7", "ccomp 7 1", "nsubj 1 0", "obj 1 2", "obl:of 1 4", "case 4 3", "punct 7 5", "nsubj 7 6", "punct 7 8")
        .actor("KEN", 0, 1).actor("UGA", 2, 3).actor("KENGOV", 6, 7).build();
    assertEquals(List.of("KEN>UGA 1123"), code(reported).stream().map(e -> e.source().code() + ">" + e.target().code()
        + " " + e.code()).toList());
  }

  @Test
  void aSymmetricVerbWithoutItsWithPhrasePairsAPluralSubject() {
    // Iran and America resumed talks .  ("resume talk with +": the open target is the other member)
    Built both = new B().tokens("Iran/Iran/NNP and/and/CC America/America/NNP resumed/resume/VBD talks/talk/NNS ./././")
        .arcs("root -1 3", "nsubj 3 0", "cc 2 1", "conj:and 0 2", "nsubj 3 2", "obj 3 4", "punct 3 5")
        .actor("IRN", 0, 1).actor("USA", 2, 3).build();
    List<EventMention> ev = code(both);
    assertEquals(List.of("IRN>USA 046", "USA>IRN 046"),
        ev.stream().map(e -> e.source().code() + ">" + e.target().code() + " " + e.code()).sorted().toList());
    // one actor alone and no "with" phrase: nothing to pair, no event
    Built one = new B().tokens("Iran/Iran/NNP resumed/resume/VBD talks/talk/NNS ./././")
        .arcs("root -1 1", "nsubj 1 0", "obj 1 2", "punct 1 3").actor("IRN", 0, 1).build();
    assertEquals(List.of(), code(one));
  }

  @Test
  void aHeadlineInfinitiveIsPlanned() {
    // Obama to visit Kenya .  (the headline form of "Obama is to visit Kenya")
    Built b = new B().tokens("Obama/Obama/NNP to/to/TO visit/visit/VB Kenya/Kenya/NNP ./././")
        .arcs("root -1 2", "nsubj 2 0", "mark 2 1", "obj 2 3", "punct 2 4")
        .actor("USAGOV", 0, 1).actor("KEN", 3, 4).build();
    EventMention e = code(b).get(0);
    assertEquals("042", e.code());
    assertEquals("planned", e.mode());
  }

  @Test
  void aNominalEventsByPhraseIsItsAgent() {
    // the arrest of Navalny by police .
    Built b = new B().tokens("the/the/DT arrest/arrest/NN of/of/IN Navalny/Navalny/NNP by/by/IN police/police/NN ./././")
        .arcs("root -1 1", "det 1 0", "nmod:of 1 3", "case 3 2", "nmod:by 1 5", "case 5 4", "punct 1 6")
        .actor("RUSOPP", 3, 4).actor("RUSCOP", 5, 6).build();
    EventMention e = code(b).get(0);
    assertEquals("173", e.code());
    assertEquals("RUSCOP", e.source().code());
    assertEquals("RUSOPP", e.target().code());
  }

  @Test
  void commaJoinedHeadlineSubjectsAreAllSources() {
    // China , Japan agree to resume talks  (CoreNLP: two nsubj of "agree", not a conjunction)
    Built b = new B().tokens("China/China/NNP ,/,/, Japan/Japan/NNP agree/agree/VBP to/to/TO resume/resume/VB talks/talk/NNS")
        .arcs("root -1 3", "nsubj 3 0", "punct 3 1", "nsubj 3 2", "xcomp 3 5", "nsubj:xsubj 5 0", "nsubj:xsubj 5 2",
            "mark 5 4", "obj 5 6")
        .actor("CHN", 0, 1).actor("JPN", 2, 3).build();
    assertEquals(List.of("CHN>JPN", "JPN>CHN"),
        code(b).stream().map(e -> e.source().code() + ">" + e.target().code()).distinct().sorted().toList());
  }

  @Test
  void whoCondemnsAnAttackDidNotCarryItOut() {
    // the UN condemned the attack on Mali .  (no 190 with the UN as attacker)
    Built b = new B().tokens("the/the/DT UN/UN/NNP condemned/condemn/VBD the/the/DT attack/attack/NN on/on/IN Mali/Mali/NNP ./././")
        .arcs("root -1 2", "det 1 0", "nsubj 2 1", "det 4 3", "obj 2 4", "nmod:on 4 6", "case 6 5", "punct 2 7")
        .actor("IGOUNO", 1, 2).actor("MLI", 6, 7).build();
    List<EventMention> ev = code(b);
    assertTrue(ev.stream().anyMatch(e -> e.rootCode().equals("11") && e.source().code().equals("IGOUNO")), ev.toString());
    assertTrue(ev.stream().noneMatch(e -> e.rootCode().equals("19") || e.rootCode().equals("18")), ev.toString());
  }

  @Test
  void theMembersOfABetweenPhraseAreTheParties() {
    // talks between Israel and Egypt collapsed .
    Built b = new B().tokens("talks/talk/NNS between/between/IN Israel/Israel/NNP and/and/CC Egypt/Egypt/NNP collapsed/collapse/VBD ./././")
        .arcs("root -1 5", "nsubj 5 0", "nmod:between 0 2", "nmod:between 0 4", "case 2 1", "conj:and 2 4", "cc 4 3", "punct 5 6")
        .actor("ISR", 2, 3).actor("EGY", 4, 5).build();
    assertEquals(List.of("EGY>ISR 040", "ISR>EGY 040"),
        code(b).stream().map(e -> e.source().code() + ">" + e.target().code() + " " + e.code()).sorted().toList());
  }

  @Test
  void passiveAgentIsTheSource() {
    // Kim was received by Putin on Tuesday .
    Built b = new B().tokens("Kim/Kim/NNP was/be/VBD received/receive/VBN by/by/IN Putin/Putin/NNP on/on/IN Tuesday/Tuesday/NNP ./././")
        .arcs("root -1 2", "nsubj:pass 2 0", "aux:pass 2 1", "obl:agent 2 4", "case 4 3", "obl:on 2 6", "case 6 5", "punct 2 7")
        .actor("PRKGOV", 0, 1).actor("RUSGOV", 4, 5).time("2014-11-18", 6, 7).build();
    EventMention e = code(b).get(0);
    assertEquals("RUSGOV", e.source().code());
    assertEquals("PRKGOV", e.target().code());
    assertEquals("043", e.code());
    assertEquals("2014-11-18", e.date());
    assertEquals("day", e.datePrecision());
  }

  @Test
  void negatedEventsAreMarkedNeverActual() {
    // Russia did not attack Ukraine .
    Built b = new B().tokens("Russia/Russia/NNP did/do/VBD not/not/RB attack/attack/VB Ukraine/Ukraine/NNP ./././")
        .arcs("root -1 3", "nsubj 3 0", "aux 3 1", "advmod 3 2", "obj 3 4", "punct 3 5")
        .actor("RUS", 0, 1).actor("UKR", 4, 5).build();
    EventMention e = code(b).get(0);
    assertEquals("negated", e.mode());
    assertEquals("19", e.rootCode());
    assertNull(Salience.of(code(b)));
  }

  @Test
  void noEventBetweenOneActorAndItself() {
    // Russia praised Moscow .
    Built b = new B().tokens("Russia/Russia/NNP praised/praise/VBD Moscow/Moscow/NNP ./././")
        .arcs("root -1 1", "nsubj 1 0", "obj 1 2", "punct 1 3").actor("RUS", 0, 1).actor("RUS", 2, 3).build();
    assertTrue(code(b).isEmpty(), code(b).toString());
  }

  @Test
  void pluralSubjectOfASymmetricEventGivesBothDirections() {
    // Putin and Xi met .
    Built b = new B().tokens("Putin/Putin/NNP and/and/CC Xi/Xi/NNP met/meet/VBD ./././")
        .arcs("root -1 3", "nsubj 3 0", "nsubj 3 2", "cc 2 1", "conj:and 0 2", "punct 3 4")
        .actor("RUSGOV", 0, 1).actor("CHNGOV", 2, 3).build();
    List<EventMention> ev = code(b);
    assertEquals(2, ev.size(), ev.toString());
    assertEquals("040", ev.get(0).code());
    assertTrue(ev.stream().anyMatch(e -> e.source().code().equals("RUSGOV") && e.target().code().equals("CHNGOV")));
    assertTrue(ev.stream().anyMatch(e -> e.source().code().equals("CHNGOV") && e.target().code().equals("RUSGOV")));
  }

  @Test
  void togetherWithAddsACoSource() {
    // Together with China , Russia voted against the UN resolution .
    Built b = new B().tokens("Together/together/RB with/with/IN China/China/NNP ,/,/, Russia/Russia/NNP voted/vote/VBD "
            + "against/against/IN the/the/DT UN/UN/NNP resolution/resolution/NN ./././")
        .arcs("root -1 5", "fixed 0 1", "obl:together_with 5 2", "case 2 0", "punct 5 3", "nsubj 5 4",
            "obl:against 5 9", "case 9 6", "det 9 7", "compound 9 8", "punct 5 10")
        .actor("CHN", 2, 3).actor("RUS", 4, 5).actor("IGOUNO", 8, 9).build();
    List<EventMention> ev = code(b);
    assertEquals(2, ev.size(), ev.toString());
    assertTrue(ev.stream().allMatch(e -> e.target().code().equals("IGOUNO") && e.rootCode().equals("12")));
    assertTrue(ev.stream().anyMatch(e -> e.source().code().equals("CHN")));
    assertTrue(ev.stream().anyMatch(e -> e.source().code().equals("RUS")));
  }

  @Test
  void statedIntentIsCodedAsIntent() {
    // Japan agreed to send aid to Nepal .
    Built b = new B().tokens("Japan/Japan/NNP agreed/agree/VBD to/to/TO send/send/VB aid/aid/NN to/to/IN Nepal/Nepal/NNP ./././")
        .arcs("root -1 1", "nsubj 1 0", "xcomp 1 3", "mark 3 2", "obj 3 4", "obl:to 3 6", "case 6 5", "punct 1 7")
        .actor("JPN", 0, 1).actor("NPL", 6, 7).build();
    EventMention e = code(b).get(0);
    assertEquals("JPN", e.source().code());
    assertEquals("NPL", e.target().code());
    assertEquals("033", e.code());
    assertEquals("actual", e.mode());
    assertTrue(e.why().contains("recoded from 070"), e.why());
  }

  @Test
  void refusalIsCodedAsRejection() {
    // Israel refused to release Palestinian prisoners .
    Built b = new B().tokens("Israel/Israel/NNP refused/refuse/VBD to/to/TO release/release/VB Palestinian/Palestinian/JJ prisoners/prisoner/NNS ./././")
        .arcs("root -1 1", "nsubj 1 0", "xcomp 1 3", "mark 3 2", "obj 3 5", "amod 5 4", "punct 1 6")
        .actor("ISR", 0, 1).actor("PSE", 4, 5).build();
    EventMention e = code(b).get(0);
    assertEquals("1243", e.code());
    assertEquals("ISR", e.source().code());
    assertEquals("PSE", e.target().code());
    assertEquals("actual", e.mode());
  }

  @Test
  void plannedAndHypotheticalModes() {
    // Choe is set to visit Russia .
    Built set = new B().tokens("Choe/Choe/NNP is/be/VBZ set/set/VBN to/to/TO visit/visit/VB Russia/Russia/NNP ./././")
        .arcs("root -1 2", "nsubj:pass 2 0", "aux:pass 2 1", "xcomp 2 4", "nsubj:xsubj 4 0", "mark 4 3", "obj 4 5", "punct 2 6")
        .actor("PRKGOV", 0, 1).actor("RUS", 5, 6).build();
    EventMention visit = code(set).get(0);
    assertEquals("042", visit.code());
    assertEquals("planned", visit.mode());
    assertEquals("PRKGOV", visit.source().code());
    // Russia would probably support China .
    Built would = new B().tokens("Russia/Russia/NNP would/would/MD probably/probably/RB support/support/VB China/China/NNP ./././")
        .arcs("root -1 3", "nsubj 3 0", "aux 3 1", "advmod 3 2", "obj 3 4", "punct 3 5")
        .actor("RUS", 0, 1).actor("CHN", 4, 5).build();
    EventMention support = code(would).get(0);
    assertEquals("hypothetical", support.mode());
    assertEquals("051", support.code());
  }

  @Test
  void nominalEventSourceIsThePossessor() {
    // Putin 's meeting with Choe
    Built b = new B().tokens("Putin/Putin/NNP 's/'s/POS meeting/meeting/NN with/with/IN Choe/Choe/NNP")
        .arcs("root -1 2", "nmod:poss 2 0", "case 0 1", "nmod:with 2 4", "case 4 3")
        .actor("RUSGOV", 0, 1).actor("PRKGOV", 4, 5).build();
    EventMention e = code(b).get(0);
    assertEquals("RUSGOV", e.source().code());
    assertEquals("PRKGOV", e.target().code());
    assertEquals("040", e.code());
    assertTrue(e.why().contains("possessor"), e.why());
  }

  @Test
  void withoutActorsNothingUnlessLenient() {
    Built b = new B().tokens("Protesters/protester/NNS attacked/attack/VBD police/police/NN ./././")
        .arcs("root -1 1", "nsubj 1 0", "obj 1 2", "punct 1 3").build();
    assertTrue(code(b).isEmpty());
    List<EventMention> lenient = CODER.lenient().code(b.doc(), List.of(List.of()));
    assertEquals("190", lenient.get(0).code());
    assertNull(lenient.get(0).source());
    assertEquals(4, Salience.label(lenient));
  }
}
