package dev.partnerkit.spring;

import dev.partnerkit.adapter.support.FileWriteJournal;
import dev.partnerkit.adapter.support.WriteJournal;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The write journals of the auto-configured gateways, one per vendor, of the type {@code partnerkit.journal.type}
 * names: a file per vendor, the application's PostgreSQL, or memory. Inject it to resolve a key left of unknown
 * outcome after checking at the vendor ({@link WriteJournal#resolve}). Closed with the application context.
 */
public final class PartnerkitJournals implements AutoCloseable {

  private final PartnerkitProperties.JournalType type;
  private final Path directory;
  private final Duration staleAfter;
  private final WriteJournal shared;
  private final ProxyManager<String> sharedBuckets;
  private final String why;
  private final Map<String, WriteJournal> journals = new ConcurrentHashMap<>();
  private final List<FileWriteJournal> opened = new ArrayList<>();

  private PartnerkitJournals(PartnerkitProperties.JournalType type, Path directory, Duration staleAfter,
      WriteJournal shared, ProxyManager<String> sharedBuckets, String why) {
    this.type = type;
    this.directory = directory;
    this.staleAfter = staleAfter;
    this.shared = shared;
    this.sharedBuckets = sharedBuckets;
    this.why = why;
  }

  /** The file or in-memory journals {@code journal} describes; any other type fails when a journal is asked for. */
  static PartnerkitJournals of(PartnerkitProperties.Journal journal, String whyNotPostgres) {
    return new PartnerkitJournals(journal.getType(), journal.getFile().getPath(), journal.getStaleAfter(), null, null,
        whyNotPostgres);
  }

  /** One journal in PostgreSQL for every vendor, and the shared rate-limit buckets if wanted. */
  static PartnerkitJournals postgres(WriteJournal journal, ProxyManager<String> buckets) {
    return new PartnerkitJournals(PartnerkitProperties.JournalType.POSTGRES, null, null, journal, buckets, null);
  }

  /**
   * The journal of {@code vendor} ({@code tencent} or {@code huawei}): the one every gateway of that vendor in this
   * application uses.
   *
   * @throws JournalNotConfiguredException if {@code partnerkit.journal.type} is not set, or names a journal that
   *     cannot be made here (the message says what to set)
   */
  public WriteJournal journal(String vendor) {
    return journals.computeIfAbsent(vendor, this::create);
  }

  /** The rate-limit buckets shared through PostgreSQL, when the journal is there and sharing is on. */
  Option<ProxyManager<String>> sharedRateLimits() {
    return Option.of(sharedBuckets);
  }

  private synchronized WriteJournal create(String vendor) {
    if (type == null) {
      throw new JournalNotConfiguredException("no write journal is configured: set partnerkit.journal.type to file"
          + " (with partnerkit.journal.file.path), postgres (with partnerkit-adapter-postgres and a DataSource) or"
          + " in-memory (tests only: keys are forgotten on restart)");
    }
    switch (type) {
      case IN_MEMORY:
        return WriteJournal.inMemory(staleAfter);
      case FILE:
        if (directory == null) {
          throw new JournalNotConfiguredException("partnerkit.journal.type is file but partnerkit.journal.file.path"
              + " is not set: set it to the directory of the journal files");
        }
        try {
          Files.createDirectories(directory);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot create the journal directory " + directory, e);
        }
        FileWriteJournal file = FileWriteJournal.open(directory.resolve(vendor + ".journal"), staleAfter);
        opened.add(file);
        return file;
      case POSTGRES:
        if (shared == null) {
          throw new JournalNotConfiguredException("partnerkit.journal.type is postgres but " + why);
        }
        return shared;
      default:
        throw new IllegalStateException("unknown journal type " + type);
    }
  }

  /** Closes the journal files. */
  @Override
  public synchronized void close() {
    opened.forEach(FileWriteJournal::close);
    opened.clear();
  }

  @Override
  public String toString() {
    return "PartnerkitJournals[type=" + type + ", vendors=" + journals.keySet() + "]";
  }
}
