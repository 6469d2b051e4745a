package de.bochumtwin.results.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 fingerprints of input files, as lowercase hex (the format {@code sha256sum} prints). */
public final class Sha256 {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Sha256() {}

  /** Streams the file through SHA-256 (64 KiB buffer, so multi-GB inputs are fine). */
  public static String ofFile(Path file) {
    MessageDigest md = newDigest();
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot hash " + file + ": " + e.getMessage(), e);
    }
    return hex(md.digest());
  }

  public static String ofBytes(byte[] data) {
    return hex(newDigest().digest(data));
  }

  /** Lowercase hex of {@code bytes}. */
  public static String hex(byte[] bytes) {
    char[] c = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      c[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
      c[2 * i + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(c);
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }
}
