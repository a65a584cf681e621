package dev.partnerkit.cli;

import dev.partnerkit.adapter.support.FileWriteJournal;
import dev.partnerkit.adapter.support.JournalDamagedException;
import dev.partnerkit.adapter.support.JournalInUseException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Opens a {@link FileWriteJournal}; one that another process holds, or a damaged one, is bad usage, said plainly in
 * one line (never a stack trace).
 */
final class Journals {

  private Journals() {}

  static FileWriteJournal open(Path file, String whoElse) {
    try {
      return FileWriteJournal.open(file);
    } catch (JournalInUseException e) {
      throw CliException.badInput(whoElse + " is running (" + file + " is locked); wait for it to finish");
    } catch (JournalDamagedException e) {
      throw CliException.badInput(e.getMessage());
    } catch (UncheckedIOException e) {
      throw CliException.badInput("cannot open the journal " + file + ": " + e.getCause().getMessage());
    }
  }
}
