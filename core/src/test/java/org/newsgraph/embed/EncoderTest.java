package org.newsgraph.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EncoderTest {
  @Test
  void similarSentencesAreCloserThanUnrelatedOnes() {
    Encoder e = Encoder.shared();
    List<float[]> v = e.encode(List.of(
        "Putin met the North Korean envoy in Moscow.",
        "The Russian president held talks with Pyongyang's special envoy.",
        "Chelsea won the match two goals to nil."));
    assertEquals(384, v.get(0).length);
    assertEquals(1.0, Encoder.cosine(v.get(0), v.get(0)), 1e-4);
    double close = Encoder.cosine(v.get(0), v.get(1));
    double far = Encoder.cosine(v.get(0), v.get(2));
    assertTrue(close > far + 0.2, close + " vs " + far);
  }

  @Test
  void sameTextSameVector() {
    Encoder e = Encoder.shared();
    float[] a = e.encode("Talks broke down on Tuesday.");
    float[] b = e.encode(List.of("x", "Talks broke down on Tuesday.")).get(1);
    assertEquals(1.0, Encoder.cosine(a, b), 1e-5);
  }
}
