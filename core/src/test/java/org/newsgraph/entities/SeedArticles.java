package org.newsgraph.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.read.Article;
import org.newsgraph.read.ReadOptions;
import org.newsgraph.read.Reader;

/**
 * The two reference articles of ../shared/seeds as {@link Article}s for tests of the entities stage:
 * read by the project's reader, with a tiny test-side clean-up as a fallback while it cannot.
 */
public final class SeedArticles {
  private SeedArticles() {}

  public static Path shared() {
    return Path.of(System.getProperty("ng.shared", "/work/shared"));
  }

  public static boolean available() {
    return Files.isDirectory(shared().resolve("seeds"));
  }

  /**
   * The seed article named {@code name} (e.g. "003_3d0d90c2bc71a833.txt") as the project's reader
   * reads it (with published=2014-11-20 as metadata, as seeds.json says for 003), or, if the reader
   * cannot, through the small clean-up below.
   */
  public static Article load(String name) throws IOException {
    Path file = shared().resolve("seeds").resolve(name);
    List<Article> read = new ArrayList<>();
    try {
      new Reader(new ReadOptions(LocalDate.parse("2014-11-20"), null, ReadOptions.DEFAULT_MAX_BYTES))
          .read(List.of(file.toString()), read::add, r -> { });
    } catch (RuntimeException e) {
      read.clear();
    }
    return read.size() == 1 ? read.get(0) : cleanUp(name);
  }

  /** The test-side clean-up standing in for the reader. */
  static Article cleanUp(String name) throws IOException {
    String raw = Files.readString(shared().resolve("seeds").resolve(name), StandardCharsets.UTF_8);
    List<String> paras = new ArrayList<>();
    for (String p : raw.split("\\n\\s*\\n")) {
      p = p.strip().replaceAll("\\s*\\n\\s*", " ");
      if (!p.isEmpty()) paras.add(p);
    }
    String title = paras.remove(0).replaceFirst("^(# |• )", "");
    LocalDate published = name.startsWith("003") ? LocalDate.parse("2014-11-20") : null;
    String url = null;
    String dateline = null;
    List<String> body = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    Pattern date = Pattern.compile("(January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2}), (\\d{4})");
    for (int i = 0; i < paras.size(); i++) {
      String p = paras.get(i);
      Matcher m = date.matcher(p);
      if (p.startsWith("By ")) continue;
      if (m.matches()) {
        published = LocalDate.parse(String.format("%s-%02d-%02d", m.group(3), month(m.group(1)), Integer.parseInt(m.group(2))));
        continue;
      }
      if (p.startsWith("Original url")) {
        if (i + 1 < paras.size()) url = paras.get(i + 1).replaceAll("[<>]", "");
        break;
      }
      if (p.startsWith("Please follow our commenting") || p.startsWith("Comments are closed")) continue;
      if (p.contains("attends a meeting with his core support group")) { captions.add(p); continue; }
      Matcher dl = Pattern.compile("^([A-Z]{3,}): ").matcher(p);
      if (body.isEmpty() && dl.find()) {
        dateline = dl.group(1);
        p = p.substring(dl.end());
      }
      if (!body.isEmpty() && Character.isLowerCase(p.charAt(0))) {
        body.set(body.size() - 1, body.get(body.size() - 1) + " " + p); // re-join a broken paragraph
      } else {
        body.add(p);
      }
    }
    return new Article(name, name, title, null, null, url, published, dateline, String.join("\n\n", body),
        captions, null, Integer.toHexString(raw.hashCode()));
  }

  private static int month(String name) {
    return List.of("January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December").indexOf(name) + 1;
  }
}
