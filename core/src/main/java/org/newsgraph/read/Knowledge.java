package org.newsgraph.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsgraph.knowledge.Tsv;

/**
 * The word lists and patterns the readers use, loaded once from the documented data files
 * {@code knowledge/boilerplate.txt}, {@code knowledge/captions.txt}, {@code knowledge/outlets.txt} and
 * {@code knowledge/headers.txt}. The patterns' grammar (punctuation, positions) is here; their words
 * are in the files.
 */
final class Knowledge {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  final List<Pattern> dropParagraphs;
  final List<Pattern> tailParagraphs;
  final List<String> labels;
  final Pattern captionVerbs;
  final List<Pattern> captionCredits;
  final Map<String, String> outletsByHost;
  final Pattern outletWords;
  final Pattern staffWords;
  final Pattern reporting;
  /** A word right before a caption verb that makes it no present-tense main verb ("to attend"). */
  final Pattern notAfter;
  final Pattern byline;
  final Pattern stamp;
  final Pattern dateLineWords;
  final Pattern urlLabel;

  private static volatile Knowledge shared;

  static Knowledge shared() {
    Knowledge k = shared;
    if (k == null) {
      synchronized (Knowledge.class) {
        if (shared == null) shared = new Knowledge();
        k = shared;
      }
    }
    return k;
  }

  private Knowledge() {
    Map<String, List<String>> boiler = sections("knowledge/boilerplate.txt");
    dropParagraphs = patterns(boiler.get("drop"));
    tailParagraphs = patterns(boiler.get("tail"));
    labels = List.copyOf(boiler.getOrDefault("label", List.of()));

    Map<String, List<String>> captions = sections("knowledge/captions.txt");
    captionVerbs = words(captions.get("verb"), 0); // case-sensitive: "March 2" is no verb
    captionCredits = captions.getOrDefault("credit", List.of()).stream()
        .map(p -> Pattern.compile(p, FLAGS)).toList();
    reporting = words(captions.get("reporting"), FLAGS);
    notAfter = Pattern.compile("\\b" + alternation(captions.get("not-after")) + "\\s+$", FLAGS);

    Map<String, List<String>> headers = sections("knowledge/headers.txt");
    byline = Pattern.compile("^" + alternation(headers.get("byline")) + "[:\\s]\\s*(.+)$", FLAGS);
    stamp = Pattern.compile("^" + alternation(headers.get("stamp")) + "\\b\\s*(?:on\\s*)?[:\\-–—]?\\D{0,20}\\d.*", FLAGS);
    dateLineWords = Pattern.compile("\\b" + alternation(headers.get("date-line"))
        + "\\b|\\d{1,2}[:.]\\d{2}(?::\\d{2})?|[|:·•,()\\-–—/]", FLAGS);
    urlLabel = Pattern.compile("^" + alternation(headers.get("url-label")) + "\\s+" + alternation(headers.get("url-noun"))
        + "\\s*:?\\s*(?:<?((?:https?)://\\S+?)>?)?\\s*$", FLAGS);

    Map<String, List<String>> outlets = sections("knowledge/outlets.txt");
    Map<String, String> hosts = new LinkedHashMap<>();
    for (String line : outlets.getOrDefault("host", List.of())) {
      String[] parts = line.split("\t", 2);
      if (parts.length == 2) hosts.put(parts[0].trim().toLowerCase(Locale.ROOT), parts[1].trim());
    }
    outletsByHost = Map.copyOf(hosts);
    outletWords = words(outlets.get("word"), FLAGS);
    staffWords = words(outlets.get("staff"), FLAGS);
  }

  /** The readable outlet name for a URL host (or one of its parent domains), or null. */
  String outletForHost(String host) {
    if (host == null) return null;
    String h = host.toLowerCase(Locale.ROOT);
    while (true) {
      String name = outletsByHost.get(h);
      if (name != null) return name;
      int dot = h.indexOf('.');
      if (dot < 0 || h.indexOf('.', dot + 1) < 0) return null;
      h = h.substring(dot + 1);
    }
  }

  boolean isKnownOutlet(String name) {
    return outletsByHost.containsValue(name);
  }

  private static List<Pattern> patterns(List<String> lines) {
    if (lines == null) return List.of();
    return lines.stream().map(p -> Pattern.compile(p, FLAGS)).toList();
  }

  /** One pattern matching any of the given words or phrases as whole words. */
  private static Pattern words(List<String> lines, int flags) {
    return Pattern.compile("\\b" + alternation(lines) + "\\b", flags);
  }

  /**
   * A non-capturing group matching any of the words or phrases literally, a space matching any
   * spaces; longest first, so "looks on" is tried before "looks". Matches nothing when there are none.
   */
  private static String alternation(List<String> lines) {
    if (lines == null || lines.isEmpty()) return "(?!)";
    List<String> sorted = new ArrayList<>(lines);
    sorted.sort((a, b) -> b.length() - a.length());
    StringBuilder sb = new StringBuilder("(?:");
    for (int i = 0; i < sorted.size(); i++) {
      if (i > 0) sb.append('|');
      sb.append(Pattern.quote(sorted.get(i)).replace(" ", "\\E\\s+\\Q"));
    }
    return sb.append(')').toString();
  }

  /** Reads "[section]" blocks of non-comment lines from a bundled knowledge file. */
  static Map<String, List<String>> sections(String resource) {
    return Tsv.sections(Tsv.bundled(resource.substring("knowledge/".length())));
  }
}
