package org.newsgraph.events.petrarch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.newsgraph.actors.ActorDictionary;
import org.newsgraph.annotate.Document;
import org.newsgraph.annotate.Trees;
import org.newsgraph.events.EventCoder;
import org.newsgraph.events.EventMention;
import org.newsgraph.read.Article;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A PETRARCH validation file ({@code PETR.UnitTest.records.xml}): its {@code <Environment>} names
 * the dictionaries (relative to the file) and the {@code <Include>}d categories; each
 * {@code <Sentence>} has a date, id, category, {@code <Text>}, a gold {@code <Parse>} and the
 * expected {@code <EventCoding sourcecode targetcode eventcode>} (or {@code noevents}).
 * {@link #run(PetrarchCoder)} codes every sentence from its gold parse (no models needed) and
 * scores the expected codings of the included categories: exact (source, target, code).
 */
public final class Validation {

  /** One expected coding. */
  public record Expected(String source, String target, String code) {
    @Override public String toString() {
      return source + " " + target + " " + code;
    }
  }

  /** One {@code <Sentence>} record. */
  public record Record(String id, String category, LocalDate date, String text, String parse,
                       List<Expected> expected, boolean noEvents) {}

  /** The result of coding one record; {@code error} is the exception message when coding failed. */
  public record Outcome(Record record, boolean included, List<Expected> got, List<Expected> found,
                        List<Expected> missed, List<Expected> extra, String error) {
    public boolean passed() {
      return error == null && missed.isEmpty() && (!record.noEvents() || got.isEmpty());
    }
  }

  /** Totals over the included categories. */
  public record Report(List<Outcome> outcomes, int expected, int found, int extra, int crashed) {
    /** Share of expected codings found, 0..1. */
    public double rate() {
      return expected == 0 ? 0 : (double) found / expected;
    }
  }

  private final Path file;
  private final Path verbs, agents, discards;
  private final List<Path> actors;
  private final Set<String> include;
  private final List<Record> records;

  private Validation(Path file, Path verbs, List<Path> actors, Path agents, Path discards, Set<String> include,
                     List<Record> records) {
    this.file = file;
    this.verbs = verbs;
    this.actors = List.copyOf(actors);
    this.agents = agents;
    this.discards = discards;
    this.include = Set.copyOf(include);
    this.records = List.copyOf(records);
  }

  public List<Record> records() {
    return records;
  }

  public Set<String> include() {
    return include;
  }

  /** Reads a validation file. */
  public static Validation read(Path file) throws IOException {
    org.w3c.dom.Document xml;
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      xml = b.parse(in);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(file + ": not a readable validation file: " + e.getMessage(), e);
    }
    Path dir = file.toAbsolutePath().getParent();
    Element env = first(xml.getDocumentElement(), "Environment");
    Path verbs = null, agents = null, discards = null;
    List<Path> actors = new ArrayList<>();
    Set<String> include = new LinkedHashSet<>();
    if (env != null) {
      verbs = resolve(dir, text(first(env, "Verbfile")));
      agents = resolve(dir, text(first(env, "Agentfile")));
      discards = resolve(dir, text(first(env, "Discardfile")));
      NodeList af = env.getElementsByTagName("Actorfile");
      for (int i = 0; i < af.getLength(); i++) {
        for (String name : af.item(i).getTextContent().split("[,\\s]+")) {
          if (!name.isBlank()) actors.add(dir.resolve(name.trim()));
        }
      }
      String inc = text(first(env, "Include"));
      if (inc != null) for (String c : inc.trim().split("\\s+")) if (!c.isEmpty()) include.add(c);
    }
    List<Record> records = new ArrayList<>();
    NodeList sentences = xml.getElementsByTagName("Sentence");
    for (int i = 0; i < sentences.getLength(); i++) {
      Element s = (Element) sentences.item(i);
      List<Expected> expected = new ArrayList<>();
      boolean noEvents = false;
      NodeList codings = s.getElementsByTagName("EventCoding");
      for (int k = 0; k < codings.getLength(); k++) {
        Element c = (Element) codings.item(k);
        if (c.hasAttribute("eventcode")) {
          expected.add(new Expected(c.getAttribute("sourcecode").trim(), c.getAttribute("targetcode").trim(),
              c.getAttribute("eventcode").trim()));
        } else if (c.hasAttribute("noevents")) noEvents = true;
      }
      records.add(new Record(s.getAttribute("id"), s.getAttribute("category"), date(s.getAttribute("date")),
          normalise(text(first(s, "Text"))), text(first(s, "Parse")), expected, noEvents));
    }
    return new Validation(file, verbs, actors, agents, discards, include, records);
  }

  /** The dictionaries the file's {@code <Environment>} names. */
  public PetrarchDictionaries dictionaries() throws IOException {
    if (verbs == null || actors.isEmpty()) throw new IOException(file + ": <Environment> names no verb or actor file");
    return PetrarchDictionaries.load(verbs, actors, agents, discards);
  }

  /** Codes one record into (source, target, code) triples; target "---" when there is none. */
  @FunctionalInterface
  public interface Coder {
    List<Expected> code(Record r);
  }

  /** Runs the PETRARCH-compatible coder. */
  public Report run(PetrarchCoder coder) {
    return run(r -> code(coder, r));
  }

  /**
   * A coder that is newsgraph's own {@link EventCoder} with these dictionaries: actors, agents and
   * discards through our {@link ActorDictionary}, verbs converted by {@link PetrarchPatterns}. Events
   * in every mode count (PETRARCH codes "will restore" as a restoration).
   */
  public static Coder newsgraph(PetrarchDictionaries d) {
    EventCoder coder = d.eventCoder(null);
    return r -> {
      if (r.parse() == null || r.parse().isBlank()) return List.of();
      Article a = new Article(r.id(), r.id(), null, null, null, null, r.date(), null, "", List.of(), null, null);
      Document doc;
      try {
        doc = Trees.document(a, r.parse());
      } catch (IllegalArgumentException e) {
        return List.of();
      }
      List<Expected> out = new ArrayList<>();
      for (EventMention m : coder.code(doc)) {
        Expected e = new Expected(petrarchCode(m.source()), petrarchCode(m.target()), m.code());
        if (!out.contains(e)) out.add(e);
      }
      return out;
    };
  }

  /** An actor code as PETRARCH writes it: "---" for none, "---GOV" for a role without a country. */
  private static String petrarchCode(org.newsgraph.actors.ActorMention a) {
    if (a == null || a.code() == null) return "---";
    if (a.country() == null && a.role() != null && a.code().equals(a.role())) return "---" + a.code();
    return a.code();
  }

  /** Codes every record and scores the included ones. Never throws for a bad record: it counts as crashed. */
  public Report run(Coder coder) {
    List<Outcome> outcomes = new ArrayList<>();
    int expected = 0, found = 0, extra = 0, crashed = 0;
    for (Record r : records) {
      boolean included = include.isEmpty() || include.contains(r.category());
      List<Expected> got = new ArrayList<>();
      String error = null;
      try {
        got = coder.code(r);
      } catch (RuntimeException e) {
        error = e.getClass().getSimpleName() + ": " + e.getMessage();
      }
      List<Expected> foundHere = new ArrayList<>(), missed = new ArrayList<>(), extraHere = new ArrayList<>();
      for (Expected e : r.expected()) (got.contains(e) ? foundHere : missed).add(e);
      for (Expected g : got) if (!r.expected().contains(g)) extraHere.add(g);
      Outcome o = new Outcome(r, included, got, foundHere, missed, extraHere, error);
      outcomes.add(o);
      if (included) {
        expected += r.expected().size();
        found += foundHere.size();
        extra += extraHere.size();
        if (error != null) crashed++;
      }
    }
    return new Report(outcomes, expected, found, extra, crashed);
  }

  /** The distinct codings of one record, from its gold parse. */
  public static List<Expected> code(PetrarchCoder coder, Record r) {
    if (r.parse() == null || r.parse().isBlank()) return List.of();
    Article a = new Article(r.id(), r.id(), null, null, null, null, r.date(), null, "", List.of(), null, null);
    Document doc;
    try {
      doc = Trees.document(a, r.parse());
    } catch (IllegalArgumentException e) {
      return List.of(); // PETRARCH reports a bad parse and codes nothing
    }
    List<Expected> out = new ArrayList<>();
    for (PetrarchCoder.Coding c : coder.code(doc, r.date())) {
      Expected e = new Expected(c.source(), c.target(), c.code());
      if (!out.contains(e)) out.add(e);
    }
    return out;
  }

  private static Element first(Element parent, String tag) {
    if (parent == null) return null;
    NodeList l = parent.getElementsByTagName(tag);
    return l.getLength() == 0 ? null : (Element) l.item(0);
  }

  private static String text(Node n) {
    return n == null ? null : n.getTextContent();
  }

  private static Path resolve(Path dir, String name) {
    return name == null || name.isBlank() ? null : dir.resolve(name.trim());
  }

  private static String normalise(String s) {
    return s == null ? "" : s.trim().replaceAll("\\s+", " ");
  }

  private static LocalDate date(String d) {
    String t = d == null ? "" : d.trim();
    if (!t.matches("\\d{8}")) return null;
    try {
      return LocalDate.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(4, 6)),
          Integer.parseInt(t.substring(6, 8)));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
