package dev.partnerkit.adapter.support;

import dev.partnerkit.domain.Customer;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.IdempotencyKey;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A {@link CreateJournal} kept in an append-only file, written and forced to disk before each vendor call goes out,
 * so that a process that is killed mid-create leaves a record behind: when the journal is opened again, every attempt
 * that was in flight is of unknown outcome and is reconciled before anything is created again. One process at a time
 * (the file is locked while open). Identities are stored as SHA-256 hashes: the file holds no personal data beyond
 * the ids of created accounts.
 */
public final class FileCreateJournal implements CreateJournal, AutoCloseable {

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private final JournalEntries entries;

  private FileCreateJournal(Path file, FileChannel channel, FileLock lock, JournalEntries entries) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
    this.entries = entries;
  }

  /**
   * Opens (or creates) the journal at {@code file} and replays it. Fails with {@link IllegalStateException} if
   * another process holds it open.
   */
  public static FileCreateJournal open(Path file) {
    try {
      JournalEntries entries = new JournalEntries(Duration.ofDays(36500));
      if (Files.exists(file)) {
        replay(Files.readAllLines(file, StandardCharsets.UTF_8), Files.readString(file).endsWith("\n"), entries);
      }
      entries.inFlightBecomeUnknown();
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new IllegalStateException("the journal " + file + " is in use by another process");
      }
      return new FileCreateJournal(file, channel, lock, entries);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the journal " + file, e);
    }
  }

  /** Where the journal lives. */
  public Path file() {
    return file;
  }

  @Override
  public synchronized Claim claim(IdempotencyKey key, String identity, Instant now) {
    String hashed = JournalEntry.fingerprint(identity);
    Claim claim = entries.claim(key, hashed, now);
    if (claim instanceof Claim.Granted || claim instanceof Claim.Reconcile) {
      append("claim", key.value(), hashed, Long.toString(now.toEpochMilli()));
    }
    return claim;
  }

  @Override
  public synchronized void done(IdempotencyKey key, CustomerCreated result, Instant now) {
    entries.done(key, result, now);
    append("done", key.value(), encode(result.id().value()), encode(result.accountName().getOrElse("")),
        result.association().name(), result.provenance().name(), Long.toString(now.toEpochMilli()));
  }

  @Override
  public synchronized void unknown(IdempotencyKey key, Instant now) {
    entries.unknown(key, now);
    append("unknown", key.value(), Long.toString(now.toEpochMilli()));
  }

  @Override
  public synchronized void release(IdempotencyKey key) {
    entries.release(key);
    append("release", key.value());
  }

  @Override
  public synchronized void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the journal " + file, e);
    }
  }

  private void append(String... fields) {
    byte[] line = (String.join("\t", fields) + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      ByteBuffer buffer = ByteBuffer.wrap(line);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the journal " + file, e);
    }
  }

  private static void replay(List<String> lines, boolean lastLineComplete, JournalEntries entries) {
    int usable = lastLineComplete ? lines.size() : lines.size() - 1; // a torn last line was never acknowledged
    for (int i = 0; i < usable; i++) {
      String[] f = lines.get(i).split("\t", -1);
      IdempotencyKey key = IdempotencyKey.of(f[1]);
      switch (f[0]) {
        case "claim" -> {
          entries.release(key);
          entries.claim(key, f[2], Instant.ofEpochMilli(Long.parseLong(f[3])));
        }
        case "done" -> entries.done(key, new CustomerCreated(CustomerId.of(decode(f[2])),
            Option.of(decode(f[3])).filter(s -> !s.isEmpty()), Customer.Association.valueOf(f[4]),
            CustomerCreated.Provenance.valueOf(f[5])), Instant.ofEpochMilli(Long.parseLong(f[6])));
        case "unknown" -> entries.unknown(key, Instant.ofEpochMilli(Long.parseLong(f[2])));
        case "release" -> entries.release(key);
        default -> throw new IllegalStateException("line " + (i + 1) + " of the journal is not a journal record");
      }
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
