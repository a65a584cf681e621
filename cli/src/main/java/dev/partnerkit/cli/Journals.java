package dev.partnerkit.cli;

import dev.partnerkit.adapter.support.FileCreateJournal;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Opens a {@link FileCreateJournal}; one that another process holds is bad usage, said plainly. */
final class Journals {

  private Journals() {}

  static FileCreateJournal open(Path file, String whoElse) {
    try {
      return FileCreateJournal.open(file);
    } catch (IllegalStateException e) {
      throw CliException.badInput(whoElse + " is running (" + file + " is locked); wait for it to finish");
    } catch (UncheckedIOException e) {
      throw CliException.badInput("cannot open the journal " + file + ": " + e.getCause().getMessage());
    }
  }
}
