package dev.partnerkit.adapter.support;

import java.nio.file.Path;

/** A journal file that another process (or another open journal in this one) holds: one holder at a time. */
public final class JournalInUseException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final Path file;

  JournalInUseException(Path file) {
    super("the journal " + file + " is in use by another process (its lock file " + file.getFileName()
        + ".lock is held)");
    this.file = file;
  }

  /** The journal file. */
  public Path file() {
    return file;
  }
}
