package org.newsgraph.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns input bytes into text: UTF-8 (a byte-order mark is stripped; UTF-16 with a BOM is also
 * accepted), UTF-8 with stray windows-1252 bytes, else windows-1252. Binary content and bytes that
 * neither encoding can decode are refused with a reason.
 */
final class Decoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int SNIFF = 8192;

  private Decoder() {}

  /** The decoded text, or a failure carrying the rejection reason. */
  record Result(String text, String failure) {
    static Result ok(String text) { return new Result(text, null); }
    static Result fail(String reason) { return new Result(null, reason); }
    boolean ok() { return failure == null; }
  }

  static Result decode(byte[] bytes) {
    if (bytes.length == 0) return Result.fail("empty file");
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return strict(bytes, 3, StandardCharsets.UTF_8);
    if (startsWith(bytes, 0xFF, 0xFE)) return strict(bytes, 2, StandardCharsets.UTF_16LE);
    if (startsWith(bytes, 0xFE, 0xFF)) return strict(bytes, 2, StandardCharsets.UTF_16BE);
    if (looksBinary(bytes)) return Result.fail("binary file, not text");
    Result utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
    if (utf8.ok()) return utf8;
    // UTF-8 text with a few stray windows-1252 bytes (pasted smart quotes) is common in scraped
    // copy: keep the UTF-8 and read only the stray bytes as windows-1252
    String mixed = mixed(bytes);
    if (mixed != null) return Result.ok(mixed);
    // Legacy 8-bit text is mostly ASCII with a few accented letters or smart quotes; a file where
    // a large share of bytes is high is something else (another multi-byte encoding, or data).
    int high = 0;
    for (byte b : bytes) if ((b & 0x80) != 0) high++;
    if (high > bytes.length * 0.3) return Result.fail("undecodable bytes: neither UTF-8 nor windows-1252 text");
    Result cp1252 = strict(bytes, 0, WINDOWS_1252);
    return cp1252.ok() ? cp1252 : Result.fail("undecodable bytes: neither UTF-8 nor windows-1252 text");
  }

  /**
   * UTF-8 where at least as many sequences are valid as bytes are not, with each invalid byte read as
   * windows-1252; null when there is no valid multi-byte sequence, or a byte is not windows-1252.
   */
  static String mixed(byte[] bytes) {
    StringBuilder sb = new StringBuilder(bytes.length);
    int valid = 0;
    int stray = 0;
    for (int i = 0; i < bytes.length; ) {
      int b = bytes[i] & 0xFF;
      int n = b < 0x80 ? 1 : sequenceLength(bytes, i);
      if (n > 0) {
        if (n > 1) valid++;
        sb.append(new String(bytes, i, n, StandardCharsets.UTF_8));
        i += n;
      } else {
        stray++;
        Result one = strict(new byte[] {(byte) b}, 0, WINDOWS_1252);
        if (!one.ok()) return null;
        sb.append(one.text());
        i++;
      }
    }
    return valid >= stray ? sb.toString() : null; // in real windows-1252 text, valid UTF-8 pairs are rare accidents
  }

  /** Length of the valid UTF-8 sequence starting at {@code i} (lead byte 0x80 or above), or 0. */
  private static int sequenceLength(byte[] bytes, int i) {
    int b = bytes[i] & 0xFF;
    int n;
    int lo = 0x80;
    int hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      n = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      n = 3;
      if (b == 0xE0) lo = 0xA0;
      if (b == 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      n = 4;
      if (b == 0xF0) lo = 0x90;
      if (b == 0xF4) hi = 0x8F;
    } else {
      return 0;
    }
    if (i + n > bytes.length) return 0;
    for (int k = 1; k < n; k++) {
      int c = bytes[i + k] & 0xFF;
      if (c < (k == 1 ? lo : 0x80) || c > (k == 1 ? hi : 0xBF)) return 0;
    }
    return n;
  }

  /** NUL bytes or many control characters in the first 8 KB mean binary data. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) return true;
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) control++;
    }
    return control > n * 0.05;
  }

  private static Result strict(byte[] bytes, int offset, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String text = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
      if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
      return Result.ok(text);
    } catch (CharacterCodingException e) {
      return Result.fail("undecodable bytes: not valid " + charset.name() + " text");
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
    return true;
  }
}
