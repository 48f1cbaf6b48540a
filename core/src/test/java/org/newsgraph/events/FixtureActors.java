package org.newsgraph.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.actors.ActorMention;
import org.newsgraph.annotate.Document;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/** A tiny stand-in for the actors stage: longest phrase match over lower-cased tokens (test fixture). */
final class FixtureActors {
  private final Map<List<String>, String> phrases = new HashMap<>();
  private int longest;

  FixtureActors(String resource) throws IOException {
    try (InputStream in = FixtureActors.class.getResourceAsStream(resource)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t");
        List<String> words = List.of(f[1].trim().split(" "));
        phrases.put(words, f[0].trim());
        longest = Math.max(longest, words.size());
      }
    }
  }

  static FixtureActors seeds() {
    try {
      return new FixtureActors("/events/fixture-actors.tsv");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  List<List<ActorMention>> find(Document doc) {
    List<List<ActorMention>> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) out.add(find(s));
    return out;
  }

  List<ActorMention> find(Sentence s) {
    List<ActorMention> out = new ArrayList<>();
    List<Token> t = s.tokens();
    int i = 0;
    while (i < t.size()) {
      int found = 0;
      String code = null;
      for (int len = Math.min(longest, t.size() - i); len > 0; len--) {
        List<String> key = new ArrayList<>(len);
        for (int k = 0; k < len; k++) key.add(t.get(i + k).word().toLowerCase(Locale.ROOT));
        code = phrases.get(key);
        if (code != null) { found = len; break; }
      }
      if (found == 0) { i++; continue; }
      Token a = t.get(i), b = t.get(i + found - 1);
      String text = s.text().substring(a.start() - s.start(), b.end() - s.start());
      String country = code.length() >= 3 && !code.startsWith("IGO") ? code.substring(0, 3) : null;
      String role = code.length() > 3 && country != null ? code.substring(3) : null;
      out.add(new ActorMention(code, text, country, role, s.index(), i, i + found, a.start(), b.end(), text, "fixture"));
      i += found;
    }
    return out;
  }
}
