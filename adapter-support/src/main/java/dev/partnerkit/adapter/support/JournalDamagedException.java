package dev.partnerkit.adapter.support;

import java.nio.file.Path;

/**
 * A journal file that cannot be read: a line that is not a journal record (other than a torn last line, which is
 * repaired). The message names the file and the line; the file is left untouched for a person to look at.
 */
public final class JournalDamagedException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final Path file;
  private final long line;

  JournalDamagedException(Path file, long line, String why) {
    super("the journal " + file + " is damaged at line " + line + " (" + why + "); it was not changed: move it aside"
        + " or repair that line, then run again");
    this.file = file;
    this.line = line;
  }

  /** The journal file. */
  public Path file() {
    return file;
  }

  /** The damaged line, from 1. */
  public long line() {
    return line;
  }
}
