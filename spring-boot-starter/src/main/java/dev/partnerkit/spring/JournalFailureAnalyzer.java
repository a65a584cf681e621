package dev.partnerkit.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link JournalNotConfiguredException} at start-up into Spring Boot's "APPLICATION FAILED TO START" report:
 * what is wrong, and the property to set. Registered in {@code META-INF/spring.factories}.
 */
public final class JournalFailureAnalyzer extends AbstractFailureAnalyzer<JournalNotConfiguredException> {

  /** Called by Spring Boot. */
  public JournalFailureAnalyzer() {}

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, JournalNotConfiguredException cause) {
    return new FailureAnalysis("partnerkit: " + cause.getMessage() + ".",
        "Choose where partnerkit journals the writes that must happen at most once, e.g. in application.properties:\n"
            + "    partnerkit.journal.type=file\n"
            + "    partnerkit.journal.file.path=/var/lib/my-service/partnerkit\n"
            + "or partnerkit.journal.type=postgres (partnerkit-adapter-postgres and a DataSource), or, in tests only,"
            + " partnerkit.journal.type=in-memory.",
        cause);
  }
}
