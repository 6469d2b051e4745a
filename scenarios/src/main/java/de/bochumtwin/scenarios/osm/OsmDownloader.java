package de.bochumtwin.scenarios.osm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Downloads an OSM extract over HTTP(S) the way a user's flaky connection needs it: into
 * {@code <target>.part}, resuming with an HTTP {@code Range} request when a part is already there,
 * checking the MD5 sum that Geofabrik publishes as {@code <url>.md5}, and only then renaming the
 * part to the target. A target whose MD5 already matches is not downloaded again.
 *
 * <p>Errors are {@link DownloadException}s whose message names the URL and the next step; being
 * offline gives "cannot reach host ..." with the manual route.
 */
public final class OsmDownloader {
  /** Progress callback; {@code total_bytes} is -1 when the server does not say. */
  public interface Progress {
    void update(long bytes, long total_bytes);
  }

  private final HttpClient client;

  public OsmDownloader(Duration connectTimeout) {
    this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  /**
   * Downloads {@code url} to {@code target}.
   *
   * @param verifyMd5 fetch {@code url + ".md5"} and require the file to match it
   * @return the target path
   */
  public Path download(URI url, Path target, boolean verifyMd5, Progress progress) {
    Optional<String> md5 = verifyMd5 ? Optional.of(fetchMd5(url)) : Optional.empty();
    if (md5.isPresent() && Files.isRegularFile(target) && md5.get().equals(md5Of(target))) {
      long size = size(target);
      progress.update(size, size);
      return target;
    }
    Path part = target.resolveSibling(target.getFileName() + ".part");
    long have = Files.isRegularFile(part) ? size(part) : 0;
    HttpRequest.Builder req = HttpRequest.newBuilder(url).GET();
    if (have > 0) {
      req.header("Range", "bytes=" + have + "-");
    }
    HttpResponse<InputStream> resp = send(url, req.build());
    int status = resp.statusCode();
    boolean append;
    long total;
    long length = resp.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (status == 206) {
      append = true;
      total = length < 0 ? -1 : have + length;
    } else if (status == 200) {
      append = false;
      have = 0;
      total = length;
    } else if (status == 416 && have > 0) {
      append = true; // the part is already complete; the checksum below decides
      total = have;
      closeQuietly(resp.body());
    } else {
      closeQuietly(resp.body());
      throw new DownloadException("HTTP status " + status + " for " + url + "; check the URL (option --url)");
    }
    if (status != 416) {
      copy(url, resp.body(), part, append, have, total, progress);
    }
    if (md5.isPresent()) {
      String actual = md5Of(part);
      if (!md5.get().equals(actual)) {
        try {
          Files.deleteIfExists(part);
        } catch (IOException ignored) {
          // the message below tells the user anyway
        }
        throw new DownloadException("checksum mismatch for " + url + ": expected MD5 " + md5.get() + ", got " + actual
            + "; the download was corrupted (or the file changed on the server) and has been deleted: run the command "
            + "again");
      }
    }
    try {
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new DownloadException("cannot move " + part + " to " + target + ": " + e, e);
    }
    return target;
  }

  private void copy(URI url, InputStream body, Path part, boolean append, long have, long total, Progress progress) {
    long bytes = have;
    try (InputStream in = body;
        OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
      byte[] buf = new byte[1 << 16];
      int n;
      progress.update(bytes, total);
      while ((n = in.read(buf)) > 0) {
        out.write(buf, 0, n);
        bytes += n;
        progress.update(bytes, total);
      }
    } catch (IOException e) {
      throw new DownloadException("download of " + url + " interrupted after " + bytes + " bytes (" + e
          + "); run the command again to resume from " + part, e);
    }
    if (total >= 0 && bytes != total) {
      throw new DownloadException("download of " + url + " ended after " + bytes + " of " + total
          + " bytes; run the command again to resume from " + part);
    }
  }

  private String fetchMd5(URI url) {
    URI md5Url = URI.create(url + ".md5");
    HttpResponse<InputStream> resp = send(md5Url, HttpRequest.newBuilder(md5Url).GET().build());
    try (InputStream in = resp.body()) {
      String text = new String(in.readNBytes(4096), StandardCharsets.US_ASCII).trim();
      if (resp.statusCode() != 200) {
        throw new DownloadException("no checksum at " + md5Url + " (HTTP " + resp.statusCode() + "); use --no-checksum "
            + "to download without checking");
      }
      String hex = text.split("\\s+")[0].toLowerCase(Locale.ROOT);
      if (!hex.matches("[0-9a-f]{32}")) {
        throw new DownloadException(md5Url + " does not start with an MD5 sum (got '" + text
            + "'); use --no-checksum to download without checking");
      }
      return hex;
    } catch (IOException e) {
      throw new DownloadException("cannot read " + md5Url + ": " + e, e);
    }
  }

  private HttpResponse<InputStream> send(URI url, HttpRequest req) {
    try {
      return client.send(req, HttpResponse.BodyHandlers.ofInputStream());
    } catch (ConnectException | UnknownHostException | HttpConnectTimeoutException e) {
      throw offline(url, e);
    } catch (IOException e) {
      if (e.getCause() instanceof UnknownHostException || e.getCause() instanceof ConnectException) {
        throw offline(url, e);
      }
      throw new DownloadException("request to " + url + " failed: " + e + "; run the command again", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DownloadException("download of " + url + " interrupted", e);
    }
  }

  private static DownloadException offline(URI url, Exception e) {
    return new DownloadException("cannot reach host " + url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "")
        + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); are you offline? Manual route: download "
        + url + " on a machine with internet access, then run `twin prepare network --osm <file> --out network.xml.gz"
        + " --bochum-boundary`", e);
  }

  static String md5Of(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("MD5");
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new DownloadException("cannot read " + file + " to check its checksum: " + e, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has MD5", e);
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new DownloadException("cannot read " + p + ": " + e, e);
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // nothing to do
    }
  }
}
