package org.newsgraph.watch;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The links a feed or sitemap announces. RSS 0.9x–2.0, RDF and Atom are read by Rome; sitemaps
 * ({@code <urlset>}, with Google News' {@code news:} extension) and sitemap indexes by jsoup's XML
 * parser. Publication times keep the zone the feed wrote them in.
 */
record Feed(List<Item> items, List<URI> sitemaps) {
  /** One announced page: where it is, its title and publication time when the feed says them. */
  record Item(URI url, String title, ZonedDateTime published) {}

  /** The bytes are not a feed or sitemap; the message says why. */
  static final class NotAFeed extends Exception {
    NotAFeed(String message) {
      super(message);
    }
  }

  /** Reads {@code bytes} fetched from {@code base} (relative links resolve against it). */
  static Feed parse(byte[] bytes, URI base) throws NotAFeed {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    if (head.contains("<urlset") || head.contains("<sitemapindex")) return sitemap(bytes, base);
    return feed(bytes, base);
  }

  private static Feed feed(byte[] bytes, URI base) throws NotAFeed {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false); // no external entities from strangers' XML
      feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new NotAFeed("not an RSS/Atom feed or sitemap: " + firstLine(e.getMessage()));
    }
    Map<String, ZonedDateTime> written = writtenDates(bytes);
    List<Item> items = new ArrayList<>();
    Set<URI> seen = new LinkedHashSet<>();
    for (SyndEntry e : feed.getEntries()) {
      String link = e.getLink() != null ? e.getLink() : e.getUri();
      URI url = resolve(base, link);
      if (url == null || !seen.add(url)) continue;
      ZonedDateTime published = written.get(link == null ? "" : link.strip());
      if (published == null) {
        java.util.Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        if (d != null) published = d.toInstant().atZone(ZoneOffset.UTC);
      }
      items.add(new Item(url, e.getTitle() == null ? null : e.getTitle().strip(), published));
    }
    return new Feed(items, List.of());
  }

  /**
   * Rome hands dates over as instants, losing the zone; the XML still has them as written
   * (RFC 822 in RSS, RFC 3339 in Atom), by link.
   */
  private static Map<String, ZonedDateTime> writtenDates(byte[] bytes) {
    Map<String, ZonedDateTime> out = new HashMap<>();
    Document xml = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "", Parser.xmlParser());
    for (Element item : xml.select("item, entry")) {
      Element link = item.selectFirst("> link");
      String href = link == null ? null : link.hasAttr("href") ? link.attr("href") : link.text();
      if (href == null || href.isBlank()) continue;
      for (String tag : List.of("pubDate", "published", "dc|date", "updated")) {
        Element d = item.selectFirst("> " + tag);
        ZonedDateTime t = d == null ? null : time(d.text());
        if (t != null) {
          out.put(href.strip(), t);
          break;
        }
      }
    }
    return out;
  }

  private static Feed sitemap(byte[] bytes, URI base) throws NotAFeed {
    Document xml = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "", Parser.xmlParser());
    Element root = xml.selectFirst("urlset, sitemapindex");
    if (root == null) throw new NotAFeed("not a sitemap: no <urlset> or <sitemapindex>");
    List<Item> items = new ArrayList<>();
    List<URI> sitemaps = new ArrayList<>();
    if (root.tagName().equals("sitemapindex")) {
      for (Element loc : root.select("sitemap > loc")) {
        URI u = resolve(base, loc.text());
        if (u != null) sitemaps.add(u);
      }
      return new Feed(items, sitemaps);
    }
    Set<URI> seen = new LinkedHashSet<>();
    for (Element url : root.select("url")) {
      Element loc = url.selectFirst("> loc");
      URI u = loc == null ? null : resolve(base, loc.text());
      if (u == null || !seen.add(u)) continue;
      Element title = url.selectFirst("news|title");
      Element date = url.selectFirst("news|publication_date");
      if (date == null) date = url.selectFirst("> lastmod");
      items.add(new Item(u, title == null ? null : title.text().strip(), date == null ? null : time(date.text())));
    }
    return new Feed(items, sitemaps);
  }

  /** A date-time as feeds write them (RFC 822/1123, RFC 3339, or a bare date), or null. */
  static ZonedDateTime time(String s) {
    if (s == null || s.isBlank()) return null;
    String t = s.strip();
    try {
      return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME);
    } catch (DateTimeParseException ignored) {
      // next form
    }
    try {
      return OffsetDateTime.parse(t).toZonedDateTime();
    } catch (DateTimeParseException ignored) {
      // next form
    }
    try {
      return ZonedDateTime.parse(t);
    } catch (DateTimeParseException ignored) {
      // next form
    }
    try {
      return LocalDate.parse(t.length() >= 10 ? t.substring(0, 10) : t).atStartOfDay(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static URI resolve(URI base, String link) {
    if (link == null || link.isBlank()) return null;
    try {
      URI u = base == null ? new URI(link.strip()) : base.resolve(link.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return scheme.equals("http") || scheme.equals("https") ? u : null;
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private static String firstLine(String s) {
    if (s == null) return "unreadable";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
