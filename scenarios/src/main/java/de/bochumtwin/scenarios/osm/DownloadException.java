package de.bochumtwin.scenarios.osm;

/**
 * A download that could not be completed: offline, server error, or checksum mismatch. The message
 * says what happened and what to do (retry, resume, or take the manual route). The CLI maps it to
 * exit code 2.
 */
public final class DownloadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DownloadException(String message) {
    super(message);
  }

  public DownloadException(String message, Throwable cause) {
    super(message, cause);
  }
}
