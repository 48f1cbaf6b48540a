package org.newsgraph.events;

import java.util.Optional;
import org.newsgraph.places.Gazetteer;
import org.newsgraph.places.Location;

/** The places step of the event coder: where the event happened, from the gazetteer. */
final class EventPlaces {
  private final Gazetteer gazetteer;

  /** {@code gazetteer} may be null: then no event has a place. */
  EventPlaces(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }


  /** The gazetteer place named by an "in"/"at" phrase on a matched token; {@code hint}: a country code preferred for ambiguous names. */
  Location of(Parse p, int[] nodes, String hint) {
    if (gazetteer == null) return null;
    for (int x : nodes) {
      if (x < 0) continue;
      for (int k = 0; k < p.kids[x].length; k++) {
        String r = p.kidRel[x][k];
        int c = p.kids[x][k];
        boolean inAt = r.endsWith(":in") || r.endsWith(":at")
            || ((r.equals("obl") || r.equals("nmod")) && (p.hasChildLemma(c, "case", "in") || p.hasChildLemma(c, "case", "at")));
        if (!inAt || !p.pos[c].startsWith("NNP")) continue;
        String name = properName(p, c);
        Optional<Location> loc = gazetteer.lookup(name, hint);
        if (loc.isPresent()) return loc.get();
      }
    }
    return null;
  }

  private static String properName(Parse p, int h) {
    int start = h;
    for (int k = 0; k < p.kids[h].length; k++) {
      int c = p.kids[h][k];
      if ((p.kidRel[h][k].equals("compound") || p.kidRel[h][k].equals("flat")) && c < start && p.pos[c].startsWith("NNP")) start = c;
    }
    StringBuilder b = new StringBuilder();
    for (int i = start; i <= h; i++) {
      if (b.length() > 0) b.append(' ');
      b.append(p.word(i));
    }
    return b.toString();
  }
}
