package org.newsgraph.events.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.annotate.Document;
import org.newsgraph.embed.Encoder;
import org.newsgraph.events.EventCoder;
import org.newsgraph.events.EventMention;
import org.newsgraph.events.Salience;
import org.newsgraph.read.Article;

/** The vote on a real annotation, with an encoder that records what it is asked to encode. */
class VoteTest {
  @Test
  void speakerOnlyStatementsStandWithoutEncodingTheirSentence() {
    List<String> encoded = new ArrayList<>();
    Encoder shared = Encoder.shared();
    Encoder recording = new Encoder() {
      @Override public String name() {
        return shared.name();
      }

      @Override public int dimension() {
        return shared.dimension();
      }

      @Override public List<float[]> encode(List<String> texts) {
        encoded.addAll(texts);
        return shared.encode(texts);
      }
    };
    EventCoder coder = new EventCoder();
    Vote vote = new Vote(Heads.bundled(), recording, coder.cameo());
    String first = "The Kenyan foreign minister said on Monday that the talks were going well.";
    String second = "Kenya accused Uganda of aggression.";
    Document doc = Annotator.shared().annotate(new Article("v", "v", null, null, null, null, LocalDate.of(2020, 3, 2),
        null, first + " " + second, List.of(), Map.of(), null));
    List<EventMention> strict = coder.code(doc);
    List<EventMention> voted = vote.apply(doc, strict, coder.lenient().code(doc));

    EventMention statement = voted.stream().filter(e -> e.sentence() == 0).findFirst().orElseThrow();
    assertTrue(Salience.bareStatement(statement), statement.toString());
    assertEquals("KENGOV", statement.source().code());
    EventMention before = strict.stream().filter(e -> e.sentence() == 0).findFirst().orElseThrow();
    assertEquals(before.code(), statement.code());
    assertEquals(before.confidence(), statement.confidence(), "the patterns' confidence: the model was not asked");
    assertTrue(statement.why().contains("model not consulted"), statement.why());
    assertTrue(voted.stream().anyMatch(e -> e.sentence() == 1 && e.rootCode().equals("11")), voted.toString());
    assertEquals(List.of(second), encoded, "only the sentence the vote can change is encoded");
  }

  @Test
  void agentlessViolenceIsCodedWithItsTargetAlone() {
    EventCoder coder = new EventCoder();
    Vote vote = Vote.bundled(coder.cameo());
    Document doc = Annotator.shared().annotate(new Article("w", "w", null, null, null, null, LocalDate.of(2020, 3, 2),
        null, "Four Afghan soldiers were killed in a car bombing near Kandahar.", List.of(), Map.of(), null));
    List<EventMention> strict = coder.code(doc);
    assertEquals(List.of(), strict, "no source actor: the patterns alone store nothing");
    List<EventMention> voted = vote.apply(doc, strict, coder.lenient().code(doc));
    assertEquals(1, voted.size(), voted.toString());
    EventMention e = voted.get(0);
    assertEquals(null, e.source());
    assertEquals("AFGMIL", e.target().code());
    assertEquals(4, e.quadClass(), e.toString());
    assertTrue(e.why().contains("model added"), e.why());
  }
}
