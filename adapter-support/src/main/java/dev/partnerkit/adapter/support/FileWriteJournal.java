package dev.partnerkit.adapter.support;

import dev.partnerkit.ports.IdempotencyKey;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link WriteJournal} kept in an append-only file: every change is appended and forced to disk <em>before</em> it
 * is trusted (a change that cannot be written throws {@link UncheckedIOException} and the journal stays as it was), so
 * a process killed mid-write leaves a record behind: when the journal is opened again, every attempt that was in flight
 * is of unknown outcome and is reconciled before anything is written again.
 *
 * <ul>
 *   <li><b>One holder at a time</b>: the journal locks {@code FILE.lock} while open; a second open, in this process or
 *       another, fails with {@link JournalInUseException}. Threads of the holder share it (claims are atomic).
 *   <li><b>Repair</b>: a torn last line (a crash mid-append) is cut off on open; any other line that is not a record is
 *       refused with {@link JournalDamagedException}, naming the file and the line, and the file is left untouched.
 *   <li><b>Compaction</b>: when the file holds more than {@code compactAbove} records and over twice as many as there
 *       are live keys, it is rewritten with one record per live key, into {@code FILE.tmp} forced to disk and then
 *       renamed over the file (atomically where the file system can).
 *   <li><b>Formats</b>: files written by partnerkit's earlier create journal ({@code claim}/{@code done}/{@code
 *       unknown}/{@code release} records of customer creates) are read as they are; new records are full entries.
 * </ul>
 *
 * Fingerprints only (SHA-256 of the request's identity) are stored: the file holds no personal data beyond the ids in
 * results.
 */
public final class FileWriteJournal implements WriteJournal, AutoCloseable {

  /** Records above which (and above twice the live keys) the file is compacted, unless told otherwise. */
  public static final int DEFAULT_COMPACT_ABOVE = 100_000;

  /** The operation of the records written by the earlier create journal. */
  static final String LEGACY_CREATE = IdempotentCreate.OPERATION;

  private static final String HEADER = "partnerkit-journal\t2";
  private static final java.util.regex.Pattern FINGERPRINT = java.util.regex.Pattern.compile("[0-9a-f]{64}");

  /** Where appended bytes go; a test may make it fail (a full disk). */
  interface Sink {
    void write(FileChannel channel, ByteBuffer bytes) throws IOException;
  }

  private static final Sink DISK = (channel, bytes) -> {
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
    channel.force(false);
  };

  private final Path file;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final JournalEntries entries;
  private final int compactAbove;
  private final Sink sink;
  private final Map<String, String> operations = new HashMap<>();
  private FileChannel channel;
  private long records;
  private boolean closed;

  private FileWriteJournal(Path file, FileChannel lockChannel, FileLock lock, JournalEntries entries, long records,
      int compactAbove, Sink sink) throws IOException {
    this.file = file;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.entries = entries;
    this.records = records;
    this.compactAbove = compactAbove;
    this.sink = sink;
    this.channel = appendTo(file);
  }

  /** Opens (or creates) the journal at {@code file}; attempts go stale after two minutes. */
  public static FileWriteJournal open(Path file) {
    return open(file, DEFAULT_STALE_AFTER);
  }

  /**
   * Opens (or creates) the journal at {@code file} and replays it; an attempt in flight for {@code staleAfter} is
   * taken as dead. Fails with {@link JournalInUseException} if it is held, {@link JournalDamagedException} if a line
   * (other than a torn last one) is not a record, {@link UncheckedIOException} if it cannot be read.
   */
  public static FileWriteJournal open(Path file, Duration staleAfter) {
    return open(file, staleAfter, DEFAULT_COMPACT_ABOVE, DISK);
  }

  /** As {@link #open(Path, Duration)}, compacting above {@code compactAbove} records. */
  public static FileWriteJournal open(Path file, Duration staleAfter, int compactAbove) {
    return open(file, staleAfter, compactAbove, DISK);
  }

  static FileWriteJournal open(Path file, Duration staleAfter, int compactAbove, Sink sink) {
    Objects.requireNonNull(file, "file");
    if (compactAbove < 1) {
      throw new IllegalArgumentException("compactAbove must be positive");
    }
    JournalEntries entries = new JournalEntries(Objects.requireNonNull(staleAfter, "staleAfter"));
    Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
    FileChannel lockChannel = null;
    try {
      lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = lockChannel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw new JournalInUseException(file);
      }
      try {
        long records = Files.exists(file) ? replay(file, entries) : 0;
        entries.inFlightBecomeUnknown();
        return new FileWriteJournal(file, lockChannel, lock, entries, records, compactAbove, sink);
      } catch (RuntimeException | IOException e) {
        lock.release();
        throw e;
      }
    } catch (IOException e) {
      closeQuietly(lockChannel);
      throw new UncheckedIOException("cannot open the journal " + file + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(lockChannel);
      throw e;
    }
  }

  /** Where the journal lives. */
  public Path file() {
    return file;
  }

  /** How many records the file holds now (compaction brings it down to the live keys). */
  public synchronized long records() {
    return records;
  }

  /** How many keys the journal holds (done, in flight or unknown). */
  public synchronized int size() {
    return entries.size();
  }

  @Override
  public synchronized Claim claim(IdempotencyKey key, String operation, String fingerprint, Instant now) {
    return entries.claim(key, intern(operation), fingerprint, now, this::append);
  }

  @Override
  public synchronized void done(IdempotencyKey key, String result, Instant now) {
    entries.done(key, Option.some(result), now, this::append);
    compactIfDue();
  }

  @Override
  public synchronized void unknown(IdempotencyKey key, Instant now) {
    entries.unknown(key, now, this::append);
  }

  @Override
  public synchronized void release(IdempotencyKey key) {
    entries.release(key, this::append);
    compactIfDue();
  }

  @Override
  public synchronized Option<JournalEntry> entry(IdempotencyKey key) {
    return entries.current(key);
  }

  @Override
  public synchronized Seq<IdempotencyKey> open(String operation) {
    return entries.open(operation);
  }

  @Override
  public synchronized Option<JournalEntry> resolve(IdempotencyKey key, boolean applied, Instant now) {
    return entries.resolve(key, applied, now, this::append);
  }

  /** Every key whose outcome is open (in flight or unknown), of any operation, by key: what an operator looks at. */
  public synchronized Seq<io.vavr.Tuple2<IdempotencyKey, JournalEntry>> unresolved() {
    return entries.openAll();
  }

  /** Rewrites the file with one record per live key now (also done by itself past the bound). */
  public synchronized void compact() {
    ensureOpen();
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      long[] written = {0};
      try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        out.write(HEADER);
        out.write('\n');
        IOException[] failed = {null};
        entries.forEach((k, e) -> {
          if (failed[0] == null) {
            try {
              writeRecord(out, k, e);
              written[0]++;
            } catch (IOException x) {
              failed[0] = x;
            }
          }
        });
        if (failed[0] != null) {
          throw failed[0];
        }
      }
      try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        c.force(true);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      closeQuietly(channel);
      channel = appendTo(file);
      records = written[0];
    } catch (IOException e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // the old file is intact; a stale tmp is overwritten by the next compaction
      }
      throw new UncheckedIOException("cannot compact the journal " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      channel.close();
      lock.release();
      lockChannel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the journal " + file, e);
    }
  }

  private void compactIfDue() {
    if (records > compactAbove && records > 2L * entries.size()) {
      compact();
    }
  }

  private String intern(String operation) {
    return operations.computeIfAbsent(operation, o -> o);
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the journal " + file + " is closed");
    }
  }

  /** Appends the record of a change and forces it to disk; on failure the file is cut back and nothing changes. */
  private void append(IdempotencyKey key, JournalEntry next, String event) {
    ensureOpen();
    StringBuilder line = new StringBuilder(160);
    if (next == null) {
      line.append("release\t").append(key.value()).append('\n');
    } else {
      line.append(record(key, next)).append('\n');
    }
    long before;
    try {
      before = channel.size();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the journal " + file + ": " + e.getMessage(), e);
    }
    try {
      sink.write(channel, ByteBuffer.wrap(line.toString().getBytes(StandardCharsets.UTF_8)));
      records++;
    } catch (IOException e) {
      try {
        channel.truncate(before);
        channel.force(false);
      } catch (IOException ignored) {
        // a torn last line is cut off when the journal is opened again
      }
      throw new UncheckedIOException("cannot write the journal " + file + " (" + event + " " + key + "): "
          + e.getMessage(), e);
    }
  }

  private static void writeRecord(Writer out, IdempotencyKey key, JournalEntry e) throws IOException {
    out.write(record(key, e));
    out.write('\n');
  }

  private static String record(IdempotencyKey key, JournalEntry e) {
    return "entry\t" + key.value() + '\t' + encode(e.operation()) + '\t' + e.fingerprint() + '\t' + e.state().name()
        + '\t' + e.result().map(r -> "v" + encode(r)).getOrElse("") + '\t' + e.claimedAt().toEpochMilli() + '\t'
        + e.since().toEpochMilli();
  }

  private static FileChannel appendTo(Path file) throws IOException {
    boolean fresh = !Files.exists(file) || Files.size(file) == 0;
    FileChannel c = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND);
    if (fresh) {
      DISK.write(c, ByteBuffer.wrap((HEADER + "\n").getBytes(StandardCharsets.UTF_8)));
    }
    return c;
  }

  /** Cuts a torn last line off, then reads every record; returns how many there are. */
  private static long replay(Path file, JournalEntries entries) throws IOException {
    cutTornLastLine(file);
    long records = 0;
    long n = 0;
    Map<String, String> operations = new HashMap<>();   // one String per operation, not one per record
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        n++;
        if (n == 1 && line.startsWith("partnerkit-journal\t")) {
          if (!line.equals(HEADER)) {
            throw new JournalDamagedException(file, n, "written by a newer partnerkit: " + line);
          }
          continue;
        }
        try {
          read(line, entries, operations);
        } catch (RuntimeException e) {
          throw new JournalDamagedException(file, n, "not a journal record: " + describe(e));
        }
        records++;
      }
    } catch (java.nio.charset.MalformedInputException e) {
      throw new JournalDamagedException(file, n + 1, "not UTF-8 text");
    }
    return records;
  }

  private static String describe(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void cutTornLastLine(Path file) throws IOException {
    try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long size = c.size();
      if (size == 0) {
        return;
      }
      ByteBuffer one = ByteBuffer.allocate(1);
      long end = size;
      while (end > 0) {
        one.clear();
        c.read(one, end - 1);
        if (one.get(0) == '\n') {
          break;
        }
        end--;
      }
      if (end < size) { // never acknowledged: its write did not complete
        c.truncate(end);
        c.force(true);
      }
    }
  }

  /** Applies one record (this format's {@code entry}/{@code release}, or the earlier create journal's). */
  private static void read(String line, JournalEntries entries, Map<String, String> operations) {
    String[] f = line.split("\t", -1);
    if (f.length < 2) {
      throw new IllegalArgumentException("no record type and key");
    }
    IdempotencyKey key = IdempotencyKey.of(f[1]);
    switch (f[0]) {
      case "entry" -> {
        fields(f, 8);
        JournalEntry.State state = JournalEntry.State.valueOf(f[4]);
        Option<String> result = f[5].isEmpty() ? Option.none() : Option.some(decode(f[5].substring(1)));
        if (!f[5].isEmpty() && f[5].charAt(0) != 'v') {
          throw new IllegalArgumentException("a result field must start with v");
        }
        Instant claimed = millis(f[6]);
        Instant since = f[7].equals(f[6]) ? claimed : millis(f[7]);
        entries.restore(key, new JournalEntry(operations.computeIfAbsent(f[2], FileWriteJournal::decode), hex(f[3]),
            state, result, claimed, since));
      }
      case "release" -> {
        fields(f, 2);
        entries.restore(key, null);
      }
      // the earlier create journal's records: customer creates, identities already fingerprinted
      case "claim" -> {
        fields(f, 4);
        Instant at = millis(f[3]);
        entries.restore(key, new JournalEntry(LEGACY_CREATE, hex(f[2]), JournalEntry.State.IN_FLIGHT, Option.none(),
            at, at));
      }
      case "done" -> {
        fields(f, 7);
        String result = JournalCodec.join(decode(f[2]), decode(f[3]), f[4], f[5]);
        JournalCodecs.CUSTOMER_CREATED.decode(result); // refuses what is not a result
        String fingerprint = entries.current(key).map(JournalEntry::fingerprint).getOrElse("");
        Instant at = millis(f[6]);
        Instant claimed = entries.current(key).map(JournalEntry::claimedAt).getOrElse(at);
        entries.restore(key, new JournalEntry(LEGACY_CREATE, fingerprint, JournalEntry.State.DONE,
            Option.some(result), claimed, at));
      }
      case "unknown" -> {
        fields(f, 3);
        JournalEntry e = entries.current(key).getOrNull();
        if (e != null && e.state() != JournalEntry.State.DONE) {
          Instant since = e.state() == JournalEntry.State.UNKNOWN ? e.since() : millis(f[2]);
          entries.restore(key, new JournalEntry(e.operation(), e.fingerprint(), JournalEntry.State.UNKNOWN,
              Option.none(), e.claimedAt(), since));
        }
      }
      default -> throw new IllegalArgumentException("unknown record type '" + f[0] + "'");
    }
  }

  private static void fields(String[] f, int n) {
    if (f.length != n) {
      throw new IllegalArgumentException("a '" + f[0] + "' record has " + n + " fields, this one " + f.length);
    }
  }

  private static String hex(String s) {
    if (!s.isEmpty() && !FINGERPRINT.matcher(s).matches()) {
      throw new IllegalArgumentException("a fingerprint is 64 hex digits");
    }
    return s;
  }

  private static Instant millis(String s) {
    return Instant.ofEpochMilli(Long.parseLong(s));
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static void closeQuietly(FileChannel c) {
    if (c != null) {
      try {
        c.close();
      } catch (IOException ignored) {
        // closing after a failure
      }
    }
  }
}
