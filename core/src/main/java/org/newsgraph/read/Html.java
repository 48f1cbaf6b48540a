package org.newsgraph.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import java.util.regex.Pattern;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads an HTML page: metadata from the head (Open Graph, article:*, JSON-LD, canonical link),
 * captions from {@code <figcaption>} and caption elements, and the main text.
 *
 * <p>Main text: a full page (one with {@code <html>} or {@code <body>}) goes through Readability4J.
 * Where Readability4J fails (finds nothing, or a scrap under 200 characters while our candidate
 * holds more than twice as much), a heuristic takes over: the first {@code [itemprop=articleBody]},
 * {@code <article>}, {@code <main>} or {@code [role=main]} with more than 200 characters, else the
 * element whose direct {@code <p>} children hold the most text; navigation, page headers, footers,
 * asides, forms and scripts removed. A fragment is read whole.
 * The text then goes through {@link Copy} like any other copy.
 */
final class Html {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern FULL_PAGE = Pattern.compile("(?i)<(?:html|body)[\\s>]");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+|\\s+::\\s+");
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header",
      "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
      "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th", "figure", "figcaption", "hr",
      "address", "form", "fieldset", "details", "summary", "center");
  private static final String NOISE = "script, style, noscript, template, iframe, svg, canvas, object, embed, "
      + "button, input, select, textarea, form, nav, aside, footer, header:not(article header), menu, "
      + "[role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], [hidden]";

  private static final int MIN_ARTICLE_CHARS = 200;

  private final Copy copy;
  private final Knowledge knowledge;

  Html(Copy copy, Knowledge knowledge) {
    this.copy = copy;
    this.knowledge = knowledge;
  }

  /** Reads the page into the draft; returns a rejection reason, or null when it had text. */
  String read(String html, Draft draft) {
    Document doc = Jsoup.parse(html);
    if (doc.body() == null || doc.body().text().isBlank()) return "broken HTML: no text found";
    metadata(doc, draft);

    // captions out of the document before anything looks for the main text
    for (Element caption : doc.select("figcaption, [class~=(?i)(^|[-_ ])caption([-_ ]|$)]")) {
      if (!caption.nameIs("figcaption") && Copy.words(caption.text()) > 60) continue; // a container, not a caption
      draft.caption(caption.text());
      caption.remove();
    }
    doc.select("figure").remove();
    doc.select("h1").remove(); // the headline is the title, not body text

    String text = FULL_PAGE.matcher(html).find() ? mainText(doc, draft) : blocks(doc.body());
    if (text.isBlank()) return "broken HTML: no article text found";
    copy.read(text, draft, draft.title == null);
    return null;
  }

  // ---- metadata ----

  private void metadata(Document doc, Draft draft) {
    JsonNode ld = jsonLd(doc);
    String site = meta(doc, "og:site_name");
    draft.title(withoutSite(meta(doc, "og:title", "twitter:title"), site, false));
    draft.title(ld == null ? null : text(ld.get("headline")));
    Element h1 = doc.selectFirst("article h1, h1");
    if (h1 != null) draft.title(h1.text());
    draft.title(withoutSite(doc.title(), site, true));

    draft.url(attr(doc.selectFirst("link[rel=canonical]"), "abs:href", "href"));
    draft.url(meta(doc, "og:url"));
    draft.url(ld == null ? null : text(ld.get("url")));

    draft.published(Dates.parse(meta(doc, "article:published_time", "og:published_time", "datePublished",
        "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
        "dcterms.date", "sailthru.date", "parsely-pub-date", "cXenseParse:recs:publishtime")));
    if (ld != null) draft.published(Dates.parse(text(ld.get("datePublished"))));
    Element time = doc.selectFirst("[itemprop=datePublished], time[pubdate], article time[datetime]");
    var times = doc.select("time[datetime]");
    if (time == null && times.size() == 1) time = times.first(); // one date on the page; several: which?
    if (time != null) draft.published(Dates.parse(attr(time, "datetime", "content")));

    draft.source(meta(doc, "og:site_name", "application-name"));
    if (ld != null) draft.source(text(ld.get("publisher")));

    byline(meta(doc, "author", "article:author", "byl", "sailthru.author", "parsely-author"), draft);
    byline(ld == null ? null : text(ld.get("author")), draft);
    Element byline = doc.selectFirst("[rel=author], [itemprop=author], .byline, .author");
    if (byline != null && byline.text().length() < 120) byline(byline.text(), draft);

    draft.meta("description", meta(doc, "og:description", "description"));
    draft.meta("keywords", meta(doc, "keywords", "news_keywords"));
    draft.meta("section", meta(doc, "article:section"));
    draft.meta("modified", meta(doc, "article:modified_time", "dateModified"));
    Element root = doc.selectFirst("html[lang]");
    if (root != null) draft.meta("lang", root.attr("lang"));
  }

  /** An author as the page gives it: "By X" for the byline; an outlet named there is also the source. */
  private void byline(String author, Draft draft) {
    if (author == null || author.isBlank() || author.startsWith("http") || draft.byline != null) return;
    String who = author.strip().replaceFirst("(?i)^by\\s+", "");
    draft.byline("By " + who);
    draft.source(copy.outletName(who));
  }

  private static String meta(Document doc, String... names) {
    for (String name : names) {
      for (Element e : doc.select("meta[property=\"" + name + "\"], meta[name=\"" + name + "\"], meta[itemprop=\"" + name + "\"]")) {
        String v = e.attr("content");
        if (!v.isBlank()) return v.strip();
      }
    }
    return null;
  }

  private static String attr(Element e, String... names) {
    if (e == null) return null;
    for (String name : names) {
      String v = e.attr(name);
      if (!v.isBlank()) return v.strip();
    }
    return null;
  }

  /** The JSON-LD object that describes the article (has a headline or datePublished), or null. */
  private static JsonNode jsonLd(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode found = articleNode(JSON.readTree(script.data()));
        if (found != null) return found;
      } catch (Exception e) {
        // broken JSON-LD is common; ignore it
      }
    }
    return null;
  }

  private static JsonNode articleNode(JsonNode node) {
    if (node == null) return null;
    if (node.isArray()) {
      for (JsonNode item : node) {
        JsonNode found = articleNode(item);
        if (found != null) return found;
      }
      return null;
    }
    if (!node.isObject()) return null;
    if (node.has("headline") || node.has("datePublished")) return node;
    return articleNode(node.get("@graph"));
  }

  private static String text(JsonNode node) {
    if (node == null || node.isNull()) return null;
    if (node.isArray()) return node.isEmpty() ? null : text(node.get(0));
    if (node.isObject()) return text(node.get("name"));
    return node.asText();
  }

  /**
   * "Headline | The Moscow Times" -> "Headline": drops the parts naming the site. For a page
   * {@code <title>} ({@code longest}) the longest remaining part is the headline; otherwise the
   * title is only trimmed when a part names the site.
   */
  private String withoutSite(String title, String siteName, boolean longest) {
    if (title == null || title.isBlank()) return null;
    String[] parts = TITLE_SEPARATOR.split(title.strip());
    if (parts.length < 2) return title.strip();
    StringBuilder kept = new StringBuilder();
    String best = "";
    for (String part : parts) {
      if (part.equalsIgnoreCase(siteName) || knowledge.isKnownOutlet(part)) continue;
      if (part.length() > best.length()) best = part;
      if (kept.length() > 0) kept.append(" - ");
      kept.append(part);
    }
    if (best.isEmpty()) return title.strip();
    return longest ? best.strip() : kept.toString().strip();
  }

  // ---- main text ----

  private String mainText(Document doc, Draft draft) {
    String ours = blocks(candidate(doc.clone()));
    String theirs = "";
    try {
      var article = new Readability4J(draft.url == null ? "http://localhost/" : draft.url, doc.clone()).parse();
      if (article.getArticleContent() != null) theirs = blocks(article.getArticleContent());
      if (article.getByline() != null && article.getByline().length() < 120) draft.byline(article.getByline());
    } catch (RuntimeException e) {
      // Readability4J can fail on odd markup: the heuristic below still gives the text
    }
    // Readability4J failed when it found nothing, or a scrap next to much more text of ours
    int mine = ours.strip().length();
    int found = theirs.strip().length();
    return found == 0 || found < MIN_ARTICLE_CHARS && mine > 2 * found ? ours : theirs;
  }

  /** Our own guess at the element holding the article (see the class comment). */
  static Element candidate(Document doc) {
    doc.select(NOISE).remove();
    Element e = doc.selectFirst("[itemprop=articleBody], article, main, [role=main]");
    if (e != null && e.text().length() > MIN_ARTICLE_CHARS) return e;
    Element best = doc.body();
    int bestLength = 0;
    for (Element parent : doc.select("p").parents()) {
      int length = 0;
      for (Element child : parent.children()) if (child.nameIs("p")) length += child.text().length();
      if (length > bestLength) {
        bestLength = length;
        best = parent;
      }
    }
    return best;
  }

  /** Text of an element, with a blank line between block elements and a line break for {@code <br>}. */
  static String blocks(Element root) {
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          sb.append(t.text());
        } else if (node instanceof Element e) {
          if (e.nameIs("br")) sb.append('\n');
          else if (BLOCKS.contains(e.normalName())) sb.append("\n\n");
        }
      }

      @Override public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) sb.append("\n\n");
      }
    }, root);
    return sb.toString();
  }
}
