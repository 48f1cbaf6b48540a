package org.newsgraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.Document;

class ActorsTest {
  static final LocalDate D2014 = LocalDate.of(2014, 11, 19);

  static Path fixture() {
    try {
      return Path.of(ActorsTest.class.getResource("/actors/countries.tsv").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static final Actors ACTORS = new Actors(ActorDictionary.builder().loadBundled(List.of("references.tsv")).load(fixture()).build());

  static List<ActorMention> find(String sentence) {
    return ACTORS.find(Docs.of(sentence).build(), 0, D2014);
  }

  static String codes(List<ActorMention> ms) {
    return ms.stream().map(m -> m.text() + "=" + m.code()).collect(Collectors.joining(", "));
  }

  @Test
  void hyphenAndSpaceVariantsOfNamesMatch() {
    assertEquals("Kim Jong-Un=PRKGOV", codes(find("Kim/NNP Jong-Un/NNP spoke/VBD")));
    assertEquals("Kim Jong - Un=PRKGOV", codes(find("Kim/NNP Jong/NNP -/HYPH Un/NNP spoke/VBD")));
    assertEquals("Kim Jong Un=PRKGOV", codes(find("Kim/NNP Jong/NNP Un/NNP spoke/VBD")));
    assertEquals("Choe Ryong-Hae=PRKGOV", codes(find("Choe/NNP Ryong-Hae/NNP visited/VBD")));
  }

  @Test
  void shortFormsPossessivesAndAcronyms() {
    assertEquals("N.Korea=PRK", codes(find("Russia/NNP shields/VBZ N.Korea/NNP")).replace("Russia=RUS, ", ""));
    List<ActorMention> ms = find("Russia/NNP 's/POS economy/NN");
    assertEquals(1, ms.size());
    assertEquals("RUS", ms.get(0).code());
    assertEquals("Russia", ms.get(0).text());
    assertEquals("Korea’s=PRK", codes(find("North/NNP Korea’s/NNP record/NN")).replace("North ", ""));
    assertEquals("US=USA", codes(find("the/DT US/NNP said/VBD")));
    assertEquals("U.S.=USA", codes(find("the/DT U.S./NNP said/VBD")));
    assertEquals("", codes(find("let/VB us/PRP go/VB")), "the pronoun is not the US");
    assertEquals("", codes(find("a/DT turkey/NN dinner/NN")), "names need a capital");
  }

  @Test
  void armedGroupsCarryTheirCountryAndRole() {
    // the bundled knowledge, not this class's fixture
    List<ActorMention> ms = Actors.standard().find(Docs.of("Hezbollah/NNP fired/VBD at/IN Israel/NNP").build(), 0, D2014);
    assertEquals("Hezbollah=LBNREB, Israel=ISR", codes(ms));
    assertEquals("LBN", ms.get(0).country());
    assertEquals("REB", ms.get(0).role());
    ActorMention un = Actors.standard().find(Docs.of("the/DT UN/NNP met/VBD").build(), 0, D2014).get(0);
    assertEquals(null, un.country(), "an IGO has no country");
  }

  @Test
  void longestMatchFirst() {
    List<ActorMention> ms = find("the/DT UN/NNP Security/NNP Council/NNP met/VBD");
    assertEquals(1, ms.size());
    assertEquals("IGOUNO", ms.get(0).code());
    assertEquals("UN Security Council", ms.get(0).text());
    ms = find("the/DT Democratic/NNP People/NNP 's/POS Republic/NNP of/IN Korea/NNP");
    assertEquals("Democratic People 's Republic of Korea=PRK", codes(ms));
  }

  @Test
  void capitalsAndSeats() {
    assertEquals("Kremlin=RUSGOV", codes(find("The/DT Kremlin/NNP said/VBD")));
    assertEquals("Moscow=RUS", codes(find("Moscow/NNP said/VBD")));
    assertEquals("Pyongyang=PRK", codes(find("Pyongyang/NNP accused/VBD")));
  }

  @Test
  void composition() {
    List<ActorMention> ms = find("Russian/JJ Foreign/NNP Minister/NNP Sergei/NNP Lavrov/NNP said/VBD");
    assertEquals(1, ms.size());
    assertEquals("RUSGOV", ms.get(0).code());
    assertEquals("Sergei Lavrov", ms.get(0).name());
    assertEquals("RUS", ms.get(0).country());
    assertEquals("GOV", ms.get(0).role());
    assertEquals(0, ms.get(0).tokenStart());
    assertEquals(5, ms.get(0).tokenEnd());
    assertTrue(ms.get(0).evidence().startsWith("composed"), ms.get(0).evidence());

    assertEquals("North Korean leader=PRKGOV", codes(find("North/NNP Korean/JJ leader/NN")));
    assertEquals("Russian Foreign Ministry source=RUSGOV",
        codes(find("a/DT Russian/JJ Foreign/NNP Ministry/NNP source/NN told/VBD")));
    assertEquals("Tunisian security forces=TUNCOP", codes(find("Tunisian/JJ security/NN forces/NNS/force fired/VBD")));
    assertEquals("Iraqi troops=IRQMIL", codes(find("Iraqi/JJ troops/NNS/troop advanced/VBD")));
    assertEquals("Senior North Korean officials=PRKGOV".replace("Senior ", ""),
        codes(find("Senior/JJ North/NNP Korean/JJ officials/NNS/official visit/VBP")));
    assertEquals("Russia 's President Vladimir Putin=RUSGOV",
        codes(find("Russia/NNP 's/POS President/NNP Vladimir/NNP Putin/NNP")));
    assertEquals("North Korea 's new ambassador=PRKGOV",
        codes(find("North/NNP Korea/NNP 's/POS new/JJ ambassador/NN to/TO Russia/NNP")).replace(", Russia=RUS", ""));
  }

  @Test
  void agentsLinkedByOfOrIn() {
    assertEquals("protesters=KOSCVL, Kosovo=KOS", codes(find("protesters/NNS/protester in/IN Kosovo/NNP clashed/VBD")));
    assertEquals("a top envoy=PRKGOV".replace("a top ", ""),
        codes(find("a/DT top/JJ envoy/NN of/IN North/NNP Korea/NNP")).replace(", North Korea=PRK", ""));
    List<ActorMention> ms = find("a/DT top/JJ envoy/NN of/IN North/NNP Korean/JJ leader/NN Kim/NNP Jong-Un/NNP");
    assertEquals("envoy=PRKGOV, North Korean leader Kim Jong-Un=PRKGOV", codes(ms));
  }

  @Test
  void agentsAreNouns() {
    assertEquals("", codes(find("an/DT official/JJ visit/NN")));
    assertEquals("", codes(find("they/PRP policed/VBD/police the/DT area/NN")));
    assertEquals("officials=GOV", codes(find("officials/NNS/official said/VBD")));
  }

  @Test
  void agentAloneHasNoCountry() {
    List<ActorMention> ms = find("police/NNS/police arrested/VBD him/PRP");
    assertEquals(1, ms.size());
    assertEquals("COP", ms.get(0).code());
    assertNull(ms.get(0).country());
    assertEquals("COP", ms.get(0).role());
  }

  @Test
  void organisationModifyingANoun() {
    assertEquals("UN inquiry=IGOUNO", codes(find("a/DT UN/NNP inquiry/NN concluded/VBD")));
    assertEquals("UN resolution=IGOUNO", codes(find("a/DT landmark/NN UN/NNP resolution/NN")));
  }

  @Test
  void nerFallbackOnlyWhenItComposes() {
    assertEquals("Syrian opposition leader Foo Bar=SYROPP",
        codes(find("Syrian/JJ opposition/NN leader/NN Foo/NNP//PERSON Bar/NNP//PERSON said/VBD")));
    assertEquals("", codes(find("Foo/NNP//PERSON Bar/NNP//PERSON said/VBD")));
    assertEquals("Acme/NNP//ORGANIZATION", "Acme/NNP//ORGANIZATION");
    assertEquals("", codes(find("Acme/NNP//ORGANIZATION said/VBD")));
  }

  @Test
  void tenures() {
    Document doc = Docs.of("Putin/NNP said/VBD").published(LocalDate.of(1995, 1, 1)).build();
    assertEquals("RUSGOV", ACTORS.find(doc, 0, D2014).get(0).code());
    assertEquals("RUSELI", ACTORS.find(doc, 0, LocalDate.of(1995, 6, 1)).get(0).code());
    assertEquals("RUSELI", ACTORS.find(doc, 0, null).get(0).code(), "null date: the publication date");
    Document later = Docs.of("Kim/NNP Jong-Il/NNP came/VBD").published(LocalDate.of(2014, 1, 1)).build();
    assertEquals(List.of(), ACTORS.find(later, 0, null), "out of tenure: no code");
    Document undated = Docs.of("Kim/NNP Jong-Il/NNP came/VBD").build();
    assertEquals("PRKGOV", ACTORS.find(undated, 0, null).get(0).code(), "no date at all: any tenure");
    Document putin = Docs.of("Putin/NNP said/VBD").build();
    assertEquals("RUSGOV", ACTORS.find(putin, 0, null).get(0).code(), "no date at all: the current entry, not the earlier one");
  }

  @Test
  void discardsAndNullCodes() {
    Actors a = new Actors(ActorDictionary.load(fixture()).toBuilder()
        .discard("Manchester United")
        .actor("---", "nobody", List.of("Boromir"), null, null)
        .actor("USA", "United States", List.of("UNITED_STATES"), null, null)
        .build());
    Document doc = Docs.of("Manchester/NNP United/NNP beat/VBD Egypt/NNP", "Boromir/NNP met/VBD Egypt/NNP").build();
    assertEquals("Egypt=EGY", codes(a.find(doc, 0, null)));
    assertTrue(a.discarded(doc, 0));
    assertEquals("Egypt=EGY", codes(a.find(doc, 1, null)));
    assertFalse(a.discarded(doc, 1));
  }

  @Test
  void petrarchStyleBuilder() {
    ActorDictionary d = ActorDictionary.builder()
        .actor("ARN", "Arnor", List.of("ARNOR", "ARNORIAN"), null, null)
        .actor("ARNGOV", "Aragorn", List.of("ARAGORN"), LocalDate.of(2000, 1, 1), null)
        .agent("~GOV", List.of("PRESIDENT"))
        .agent("NGO~", List.of("HUMAN_RIGHTS_BODY"))
        .agent("~MIL", List.of("TROOP"))
        .build();
    Actors a = new Actors(d);
    assertEquals("Arnorian human rights body=NGOARN",
        codes(a.find(Docs.of("Arnorian/JJ human/JJ rights/NNS/right body/NN said/VBD").build(), 0, null)));
    assertEquals("Arnor troops=ARNMIL", codes(a.find(Docs.of("Arnor/NNP troops/NNS/troop left/VBD").build(), 0, null)));
    List<ActorMention> ms = a.find(Docs.of("Aragorn/NNP arrived/VBD").build(), 0, LocalDate.of(2001, 1, 1));
    assertEquals("ARNGOV", ms.get(0).code());
    assertEquals("ARN", ms.get(0).country());
    assertEquals("GOV", ms.get(0).role());
  }

  @Test
  void userFolderAddsAndOverrides(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("people.tsv"), "# code\tname\taliases\tfrom\tto\ttitle\n"
        + "ZZZGOV\tFoo Barovich\tBarovich\t2010-01-01\t\tinvented\n");
    Files.writeString(dir.resolve("organizations.tsv"), "IGOEUREEC\tEuropean Union\tEU\n");
    ActorDictionary d = ActorDictionary.builder().loadBundled(List.of("references.tsv")).load(fixture()).load(dir).build();
    Actors a = new Actors(d);
    Document doc = Docs.of("Barovich/NNP criticised/VBD the/DT EU/NNP").build();
    assertEquals("Barovich=ZZZGOV, EU=IGOEUREEC", codes(a.find(doc, 0, D2014)));
    // ActorDictionary.load: bundled + user folder
    assertEquals("Barovich=ZZZGOV", codes(new Actors(ActorDictionary.load(dir)).find(Docs.of("Barovich/NNP left/VBD").build(), 0, D2014)));
  }

  @Test
  void badLinesFailWithFileAndLine(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("people.tsv"), "# header\nRUSGOV\tSomeone\t\tnot-a-date\t\t\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ActorDictionary.builder().load(dir));
    assertTrue(e.getMessage().contains("people.tsv:2"), e.getMessage());
  }

  @Test
  void bundledLoads() {
    ActorDictionary d = ActorDictionary.bundled();
    assertTrue(d == ActorDictionary.bundled());
    // references.tsv is ours and bundled
    Document doc = Docs.of("North/NNP Korea/NNP reacted/VBD and/CC said/VBD it/PRP would/MD leave/VB").build();
    List<List<ActorMention>> all = Actors.standard().findAll(doc, D2014);
    assertEquals(1, all.size());
  }

  // --------------------------------------------------------------- references (findAll)

  @Test
  void pronounItAndCountryDescriptions() {
    Document doc = Docs.of(
        "Russia/NNP attacked/VBD a/DT UN/NNP resolution/NN that/WDT condemns/VBZ North/NNP Korea/NNP 's/POS record/NN and/CC pledged/VBD to/TO ramp/VB up/RP ties/NNS with/IN the/DT Stalinist/JJ regime/NN ./.",
        "North/NNP Korea/NNP reacted/VBD angrily/RB and/CC announced/VBD that/IN it/PRP was/VBD/be breaking/VBG off/RP talks/NNS ./.",
        "It/PRP is/VBZ/be counter-productive/JJ ./.").build();
    List<List<ActorMention>> all = ACTORS.findAll(doc, D2014);
    assertEquals("Russia=RUS, UN resolution=IGOUNO, North Korea=PRK, the Stalinist regime=PRKGOV", codes(all.get(0)));
    assertTrue(all.get(0).get(3).evidence().startsWith("reference"), all.get(0).get(3).evidence());
    assertEquals("North Korea=PRK, it=PRK", codes(all.get(1)));
    assertEquals("", codes(all.get(2)));
  }

  @Test
  void pronounTheyIsTheGroupSubject() {
    // "they" resolves as "it" does, to the group that is the subject before it (bundled dictionaries)
    Document doc = Docs.of("Colombian/JJ rebels/NNS/rebel said/VBD/say they/PRP would/MD free/VB three/CD hostages/NNS/hostage ./.").build();
    assertEquals("Colombian rebels=COLREB, they=COLREB", codes(Actors.standard().findAll(doc, D2014).get(0)));
  }

  @Test
  void personDescriptionSkipsTheSubjectOfItsVerb() {
    // Russia rolled out a red carpet for a top envoy of North Korean leader Kim Jong-Un,
    // with President Vladimir Putin receiving the high-ranking official in the Kremlin .
    String s = "Russia/NNP rolled/VBD out/RP a/DT red/JJ carpet/NN for/IN a/DT top/JJ envoy/NN of/IN North/NNP Korean/JJ leader/NN"
        + " Kim/NNP Jong-Un/NNP ,/, with/IN President/NNP Vladimir/NNP Putin/NNP receiving/VBG the/DT high/JJ -/HYPH ranking/JJ"
        + " official/NN in/IN the/DT Kremlin/NNP ./.";
    // 0 Russia 1 rolled 2 out 3 a 4 red 5 carpet 6 for 7 a 8 top 9 envoy 10 of 11 North 12 Korean 13 leader 14 Kim 15 Jong-Un
    // 16 , 17 with 18 President 19 Vladimir 20 Putin 21 receiving 22 the 23 high 24 - 25 ranking 26 official 27 in 28 the 29 Kremlin 30 .
    Document doc = Docs.of().add(s, "-1>1:root", "1>0:nsubj", "1>2:compound:prt", "5>3:det", "5>4:amod", "1>5:obj",
        "9>6:case", "9>7:det", "9>8:amod", "5>9:nmod", "15>10:case", "15>11:compound", "15>12:amod", "15>13:compound",
        "15>14:compound", "9>15:nmod", "21>17:mark", "20>18:compound", "20>19:compound", "21>20:nsubj", "1>21:advcl",
        "26>22:det", "25>23:amod", "25>24:punct", "26>25:amod", "21>26:obj", "29>27:case", "29>28:det", "21>29:obl",
        "1>30:punct", "1>16:punct").build();
    List<ActorMention> ms = ACTORS.findAll(doc, D2014).get(0);
    ActorMention official = ms.stream().filter(m -> m.text().endsWith("official")).findFirst().orElseThrow();
    assertEquals("PRKGOV", official.code());
    assertTrue(official.evidence().contains("envoy"), official.evidence());
    assertEquals("RUSGOV", ms.stream().filter(m -> m.text().contains("Putin")).findFirst().orElseThrow().code());
  }

  @Test
  void heAndTheTwoCountries() {
    Document doc = Docs.of(
        "Choe/NNP said/VBD at/IN the/DT start/NN of/IN talks/NNS with/IN Lavrov/NNP ./.",
        "``/`` I/PRP am/VBP happy/JJ ,/, ''/'' he/PRP said/VBD ./.",
        "Lavrov/NNP said/VBD that/IN the/DT two/CD countries/NNS/country were/VBD keen/JJ ./.").build();
    List<List<ActorMention>> all = ACTORS.findAll(doc, D2014);
    assertEquals("he=PRKGOV", codes(all.get(1)));
    assertEquals("Lavrov=RUSGOV, the two countries=RUS, the two countries=PRK", codes(all.get(2)));
  }

  @Test
  void agentTakesTheArticleCountryOnlyWhenClear() {
    Document one = Docs.of("Police/NNS/police/O arrested/VBD 20/CD people/NNS in/IN Cairo/NNP ./.",
        "The/DT police/NNS/police said/VBD ./.").build();
    List<List<ActorMention>> all = ACTORS.findAll(one, D2014);
    assertEquals("Police=EGYCOP, Cairo=EGY", codes(all.get(0)));
    assertEquals("police=EGYCOP", codes(all.get(1)));
    Document two = Docs.of("Police/NNS/police arrested/VBD people/NNS in/IN Cairo/NNP and/CC Tunis/NNP ./.").build();
    assertEquals("Police=COP, Cairo=EGY, Tunis=TUN", codes(ACTORS.findAll(two, D2014).get(0)));
  }

  @Test
  void shortNamesAfterTheFullName() {
    Document doc = Docs.of(
        "Kim/NNP//PERSON Jong-Un/NNP//PERSON visited/VBD Russia/NNP ./.",
        "Kim/NNP//PERSON praised/VBD the/DT meeting/NN ./.",
        "Smith/NNP//PERSON came/VBD ./.").build();
    List<List<ActorMention>> all = ACTORS.findAll(doc, D2014);
    assertEquals("Kim=PRKGOV", codes(all.get(1)));
    assertTrue(all.get(1).get(0).evidence().startsWith("short name"), all.get(1).get(0).evidence());
    assertEquals("", codes(all.get(2)), "a name never seen in full is no actor");
  }

  @Test
  void agentInAppositionIsTheActor() {
    // Choe Ryong Hae , a close aide to Kim
    Document doc = Docs.of().add("Choe/NNP Ryong/NNP Hae/NNP ,/, a/DT close/JJ aide/NN to/TO Kim/NNP",
        "2>0:compound", "2>1:compound", "-1>2:root", "2>3:punct", "6>4:det", "6>5:amod", "2>6:appos", "8>7:case", "6>8:nmod").build();
    List<ActorMention> ms = ACTORS.findAll(doc, D2014).get(0);
    assertEquals("Choe Ryong Hae=PRKGOV, aide=PRKGOV", codes(ms));
  }

  @Test
  void sentencesNamingTheirOwnDatesCodePeopleAsThen() {
    Document doc = Docs.of("Kim/NNP//PERSON Jong-Un/NNP//PERSON spoke/VBD ./.",
            "In/IN 2011/CD ,/, Moscow/NNP received/VBD Kim/NNP Jong-Il/NNP ./.")
        .published(LocalDate.of(2014, 11, 20)).time(1, 1, "2011").build();
    List<List<ActorMention>> all = ACTORS.findAll(doc, null);
    assertEquals("Moscow=RUS, Kim Jong-Il=PRKGOV", codes(all.get(1)));
    assertEquals("Moscow=RUS", codes(ACTORS.findAll(doc, D2014).get(1)), "an explicit date holds throughout");
  }

  @Test
  void agentsInACityOnlyTheGazetteerKnows(@TempDir Path dir) throws IOException {
    // the gazetteer (not the actor dictionary) knows Sfax as a Tunisian place
    Files.writeString(dir.resolve("countries.tsv"), "TUN\tTN\tTS\tTunisia\t\tTunisian\tSfax\t\n");
    Actors a = new Actors(ACTORS.dictionary(), org.newsgraph.places.Gazetteer.load(dir, null));
    Document doc = Docs.of("police/NNS/police in/IN Sfax/NNP fired/VBD").build();
    assertEquals("police=TUNCOP", codes(a.find(doc, 0, D2014)));
    assertTrue(a.find(doc, 0, D2014).get(0).evidence().contains("gazetteer"));
    assertEquals("police=COP", codes(ACTORS.find(doc, 0, D2014)), "without a gazetteer: no country");
  }

  @Test
  void agentsThatOnlyModifyANounAreNoActors() {
    assertEquals("", codes(find("the/DT General/NNP Election/NNP")));
    assertEquals("", codes(find("prison/NN camps/NNS/camp")));
    assertEquals("North Korea=PRK", codes(find("North/NNP Korea/NNP 's/POS human/JJ rights/NNS/right record/NN")));
    assertEquals("", codes(find("spokeswoman/NN for/IN women/NNS/woman Sandra/NNP//PERSON Gidley/NNP//PERSON")).replace("spokeswoman=GOV", "").replace(", ", ""),
        "a name after 'women' is not composed with it");
  }

  @Test
  void datelineCountryWhenItDominates() {
    Document doc = Docs.of("Russia/NNP and/CC Russia/NNP met/VBD the/DT United/NNP States/NNPS ./.",
        "Police/NNS/police detained/VBD 41/CD protesters/NNS/protester ./.").dateline("MOSCOW").build();
    assertEquals("Police=RUSCOP, protesters=RUSCVL", codes(ACTORS.findAll(doc, D2014).get(1)));
    Document tie = Docs.of("Russia/NNP met/VBD the/DT United/NNP States/NNPS ./.",
        "Police/NNS/police detained/VBD 41/CD protesters/NNS/protester ./.").dateline("MOSCOW").build();
    assertEquals("Police=COP, protesters=CVL", codes(ACTORS.findAll(tie, D2014).get(1)));
  }

  @Test
  void namesAreNotDescriptions() {
    Document doc = Docs.of("Egypt/NNP said/VBD the/DT Islamic/NNP State/NNP attacked/VBD ./.",
        "Israel/NNP called/VBD the/DT Jewish/JJ state/NN a/DT democracy/NN ./.").build();
    List<List<ActorMention>> all = ACTORS.findAll(doc, D2014);
    assertEquals("Egypt=EGY", codes(all.get(0)));
    assertEquals("Israel=ISR, the Jewish state=ISR", codes(all.get(1)));
  }

  @Test
  void itCanNameAComposedGroup() {
    Document doc = Docs.of("Iraqi/JJ troops/NNS/troop said/VBD it/PRP had/VBD/have killed/VBN 20/CD rebels/NNS/rebel ./.").build();
    assertEquals("Iraqi troops=IRQMIL, it=IRQMIL, rebels=IRQREB", codes(ACTORS.findAll(doc, D2014).get(0)));
  }

  @Test
  void datesThatModifyNounsDoNotDateTheSentence() {
    // Obama (2009..2017) in a 2014 article: "the 2005 deal" is no date of the sentence
    String s = "Obama/NNP praised/VBD the/DT 2005/CD deal/NN ./.";
    Document doc = Docs.of().add(s, "-1>1:root", "1>0:nsubj", "4>2:det", "4>3:nummod", "1>4:obj", "1>5:punct")
        .published(D2014).time(0, 3, "2005").build();
    assertEquals("Obama=USAGOV", codes(ACTORS.findAll(doc, null).get(0)));
    // "In 2005, Obama ..." dates the sentence: no entry then, so the publication date decides
    String t = "In/IN 2005/CD ,/, Obama/NNP praised/VBD it/PRP ./.";
    Document dated = Docs.of().add(t, "-1>4:root", "1>0:case", "4>1:obl", "4>2:punct", "4>3:nsubj", "4>5:obj", "4>6:punct")
        .published(D2014).time(0, 1, "2005").build();
    assertEquals("Obama=USAGOV", codes(ACTORS.findAll(dated, null).get(0)));
    // and a person with an entry then is coded as then (Putin before office in the fixture)
    String u = "In/IN 1995/CD ,/, Putin/NNP spoke/VBD ./.";
    Document early = Docs.of().add(u, "-1>4:root", "1>0:case", "4>1:obl", "4>2:punct", "4>3:nsubj", "4>5:punct")
        .published(D2014).time(0, 1, "1995").build();
    assertEquals("Putin=RUSELI", codes(ACTORS.findAll(early, null).get(0)));
    Document modifier = Docs.of().add("Putin/NNP praised/VBD the/DT 1995/CD deal/NN ./.", "-1>1:root", "1>0:nsubj", "4>2:det", "4>3:nummod", "1>4:obj", "1>5:punct")
        .published(D2014).time(0, 3, "1995").build();
    assertEquals("Putin=RUSGOV", codes(ACTORS.findAll(modifier, null).get(0)));
  }

  @Test
  void possessivePronouns() {
    Document doc = Docs.of(
        "North/NNP Korea/NNP dismissed/VBD the/DT UN/NNP move/NN as/IN a/DT plot/NN to/TO destroy/VB its/PRP$ system/NN ./.",
        "Choe/NNP praised/VBD his/PRP$ meeting/NN with/IN Putin/NNP ./.",
        "Putin/NNP told/VBD her/PRP nothing/NN ./.").build();
    List<List<ActorMention>> all = ACTORS.findAll(doc, D2014);
    assertEquals("North Korea=PRK, UN move=IGOUNO, its=PRK", codes(all.get(0)));
    assertEquals("Choe=PRKGOV, his=PRKGOV, Putin=RUSGOV", codes(all.get(1)));
    assertEquals("Putin=RUSGOV", codes(all.get(2)), "her as an object is not resolved");
  }
}
