package org.newsgraph.read;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text to paragraphs, and Markdown to plain text. Paragraphs are separated by blank lines; inside a
 * block, hard-wrapped lines (similar lengths, most near the widest) are joined, other lines are
 * paragraphs of their own. Markdown: headings ({@code #}, underlined), rules, links, images (alt
 * text of three words or more becomes a caption), emphasis, code, escapes, block quotes and list
 * markers are reduced to their text.
 */
final class Paragraphs {
  private static final Pattern MARKUP_CHARS = Pattern.compile("[\\[*_`\\\\<>!]|^[•▪■►●◆+-]\\s");
  private static final Pattern SPACES = Pattern.compile("\\s{2,}");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*$");
  private static final Pattern BULLET = Pattern.compile("^[•▪■►●◆*+-]\\s+(.*)$");
  private static final Pattern SETEXT = Pattern.compile("^(=+|-+)\\s*$");
  private static final Pattern RULE = Pattern.compile("^(?:(?:\\*\\s*){3,}|(?:-\\s*){3,}|(?:_\\s*){3,})$");
  static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\](?:\\([^)]*\\)|\\[[^\\]]*\\])");
  private static final Pattern LINK_DEFINITION = Pattern.compile("^\\[[^\\]]+\\]:\\s+\\S+.*$");
  private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|ftp)://[^>\\s]+)>");
  private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
  private static final Pattern EM_STAR = Pattern.compile("(?<![\\w*])\\*(?=\\S)([^*]+?)(?<=\\S)\\*(?![\\w*])");
  private static final Pattern EM_UNDERSCORE = Pattern.compile("(?<![\\w_])_(?=\\S)([^_]+?)(?<=\\S)_(?![\\w_])");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|])");
  private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

  private Paragraphs() {}

  /** Line breaks to \n, odd spaces to plain spaces, invisible characters out, NFC. */
  static String normalise(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder sb = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\r') {
        sb.append('\n');
        if (i + 1 < t.length() && t.charAt(i + 1) == '\n') i++;
      } else if (c == '\n') {
        sb.append('\n');
      } else if (c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF') {
        // soft hyphen and zero-width characters carry no text
      } else if (c == '\t' || Character.isSpaceChar(c) || c == '\f' || c == '\u000B') {
        sb.append(c == '\u2028' || c == '\u2029' ? '\n' : ' ');
      } else if (Character.isISOControl(c)) {
        // drop other control characters
      } else {
        sb.append(c);
      }
    }
    return sb.indexOf("<!--") < 0 ? sb.toString() : HTML_COMMENT.matcher(sb).replaceAll("");
  }

  /** A paragraph as written (Markdown still in it); headings and horizontal rules marked. */
  record Paragraph(String text, boolean heading, boolean rule) {}

  /** Blank-line separated blocks; inside a block, hard-wrapped lines are joined. */
  static List<Paragraph> split(String text) {
    List<Paragraph> out = new ArrayList<>();
    List<String> block = new ArrayList<>();
    for (String raw : (text + "\n").split("\n", -1)) {
      String line = SPACES.matcher(raw.strip()).replaceAll(" ");
      if (line.isEmpty()) {
        flush(block, out);
      } else {
        block.add(line);
      }
    }
    flush(block, out);
    return out;
  }

  private static void flush(List<String> block, List<Paragraph> out) {
    if (block.isEmpty()) return;
    if (block.size() == 2 && SETEXT.matcher(block.get(1)).matches() && !RULE.matcher(block.get(0)).matches()) {
      out.add(new Paragraph(block.get(0), true, false));
    } else if (isHardWrapped(block)) {
      StringBuilder sb = new StringBuilder();
      int width = block.stream().mapToInt(String::length).max().orElse(0);
      for (String line : block) {
        if (sb.length() > 0) sb.append(' ');
        sb.append(line);
        // a short line that closes a sentence ends a paragraph inside the block
        if (line.length() < width * 0.7 && Copy.TERMINAL.matcher(line).find()) {
          out.add(paragraph(sb.toString()));
          sb.setLength(0);
        }
      }
      if (sb.length() > 0) out.add(paragraph(sb.toString()));
    } else {
      for (String line : block) out.add(paragraph(line));
    }
    block.clear();
  }

  private static Paragraph paragraph(String line) {
    if (RULE.matcher(line).matches()) return new Paragraph(line, false, true);
    Matcher h = HEADING.matcher(line);
    if (h.matches()) return new Paragraph(h.group(1), true, false);
    return new Paragraph(line, false, false);
  }

  /** Lines of similar length, most of them near the widest, none of them list items or headings. */
  private static boolean isHardWrapped(List<String> block) {
    if (block.size() < 2) return false;
    int width = block.stream().mapToInt(String::length).max().orElse(0);
    if (width > 120) return false;
    int full = 0;
    for (int i = 0; i < block.size(); i++) {
      String line = block.get(i);
      if (HEADING.matcher(line).matches() || BULLET.matcher(line).matches()) return false;
      if (i < block.size() - 1 && line.length() >= width * 0.6) full++;
    }
    return full >= (block.size() - 1) * 0.6;
  }

  /** Markdown inline markup to plain text; image alt text becomes a caption. */
  static String inline(String text, Draft draft) {
    if (!MARKUP_CHARS.matcher(text).find()) return SPACES.matcher(text.strip()).replaceAll(" "); // plain prose
    if (LINK_DEFINITION.matcher(text).matches()) return "";
    Matcher img = IMAGE.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (img.find()) {
      String alt = img.group(1).strip();
      if (Copy.words(alt) >= 3) draft.caption(alt);
      img.appendReplacement(sb, "");
    }
    img.appendTail(sb);
    String t = sb.toString();
    t = LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    t = AUTOLINK.matcher(t).replaceAll("$1");
    t = STRONG.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
    t = EM_STAR.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    t = EM_UNDERSCORE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    t = CODE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    t = ESCAPE.matcher(t).replaceAll("$1");
    if (t.startsWith(">")) t = t.replaceFirst("^(?:>\\s?)+", "");
    Matcher b = BULLET.matcher(t);
    if (b.matches()) t = b.group(1);
    return SPACES.matcher(t.strip()).replaceAll(" ");
  }
}
