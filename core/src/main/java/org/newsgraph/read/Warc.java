package org.newsgraph.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The pages in a WARC file (plain or gzipped, read by jwarc): HTTP 200 response records and
 * resource records whose payload is HTML or plain text; requests, metadata, redirects and other
 * media are passed over. A broken record ends the file with one failure; the pages before it stand.
 */
final class Warc {
  private Warc() {}

  /** One page found: its target URL, capture time, payload (content-decoded) and media type. */
  @FunctionalInterface
  interface Page {
    void accept(String uri, Instant captured, byte[] bytes, String contentType, String where);
  }

  /** Failures, as (where, reason); a null reason never comes. */
  @FunctionalInterface
  interface Failures {
    void accept(String where, String reason);
  }

  static void read(Path path, String where, long maxBytes, Failures failures, Page pages) {
    long n = 0;
    try (WarcReader reader = new WarcReader(path)) {
      for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
        WarcRecord record = next.get();
        n++;
        String at = where + "#" + n;
        if (record instanceof WarcResponse response) {
          MediaType type = response.contentType();
          if (!"application".equals(type.type()) || !"http".equals(type.subtype())) continue; // dns:, gemini:
          HttpResponse http = response.http();
          if (http.status() != 200) continue;
          String media = http.contentType().base().toString();
          if (!textual(media)) continue;
          byte[] body = readAtMost(http.bodyDecoded().stream(), maxBytes);
          if (body == null) {
            failures.accept(at + " " + response.target(), "page too large (limit " + maxBytes + " bytes)");
            continue;
          }
          pages.accept(response.target(), response.date(), body, media, at + " " + response.target());
        } else if (record instanceof WarcResource resource) {
          String media = resource.contentType().base().toString();
          if (!textual(media)) continue;
          byte[] body = readAtMost(resource.body().stream(), maxBytes);
          if (body == null) {
            failures.accept(at + " " + resource.target(), "page too large (limit " + maxBytes + " bytes)");
            continue;
          }
          pages.accept(resource.target(), resource.date(), body, media, at + " " + resource.target());
        }
      }
    } catch (IOException | RuntimeException e) {
      // jwarc reports malformed input as IOException or ParsingException (a RuntimeException)
      failures.accept(n == 0 ? where : where + "#" + n, "not a readable WARC file"
          + (n == 0 ? "" : " after record " + (n - 1)) + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
  }

  private static boolean textual(String media) {
    String m = media.toLowerCase(Locale.ROOT);
    return m.equals("text/html") || m.equals("application/xhtml+xml") || m.equals("text/plain");
  }

  /** The stream's bytes, or null when there are more than {@code max}. */
  private static byte[] readAtMost(InputStream in, long max) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    return bytes.length > max ? null : bytes;
  }
}
