package dev.partnerkit.cli;

import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.pessimistic_locking.AbstractLockBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.pessimistic_locking.LockBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Rate-limit buckets (Bucket4j, pessimistic locking) kept in one small file, so that every partnerkit process on
 * this machine that uses the same file shares one budget per action. Each use of a bucket locks the whole file
 * (an OS file lock between processes, a lock per file between the gateways of one JVM), reads it, and writes it back.
 * The file holds only bucket states (no credentials); a damaged or unreadable one is started afresh, which at worst
 * allows one burst.
 */
final class FileRateLimitBuckets extends AbstractLockBasedProxyManager<String> {

  /** One lock per file for this JVM: an OS file lock cannot be held twice by one process. */
  private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

  private final Path file;
  private final ReentrantLock inProcess;

  private FileRateLimitBuckets(Path file) {
    super(ClientSideConfig.getDefault());
    this.file = file.toAbsolutePath().normalize();
    this.inProcess = IN_PROCESS.computeIfAbsent(this.file, f -> new ReentrantLock());
  }

  /** The buckets in {@code file} (created on first use). */
  static FileRateLimitBuckets at(Path file) {
    return new FileRateLimitBuckets(file);
  }

  @Override
  protected LockBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
    return new Transaction(key);
  }

  @Override
  public void removeProxy(String key) {
    Transaction transaction = new Transaction(key);
    transaction.begin(Optional.empty());
    try {
      transaction.lockAndGet(Optional.empty());
      transaction.states.remove(key);
      transaction.commit(Optional.empty());
    } finally {
      transaction.unlock();
      transaction.release();
    }
  }

  @Override
  public boolean isAsyncModeSupported() {
    return false;
  }

  /** One locked read-modify-write of the file. */
  private final class Transaction implements LockBasedTransaction {
    private final String key;
    private FileChannel channel;
    private FileLock lock;
    private Map<String, byte[]> states = new LinkedHashMap<>();
    private boolean dirty;

    Transaction(String key) {
      this.key = key;
    }

    @Override
    public void begin(Optional<Long> timeout) {
      inProcess.lock();
      try {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      } catch (IOException e) {
        inProcess.unlock();
        throw new UncheckedIOException("cannot open the rate-limit file " + file, e);
      }
    }

    @Override
    public byte[] lockAndGet(Optional<Long> timeout) {
      try {
        lock = channel.lock();
        states = read(channel);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the rate-limit file " + file, e);
      }
      return states.get(key);
    }

    @Override
    public void create(byte[] data, RemoteBucketState newState, Optional<Long> timeout) {
      states.put(key, data);
      dirty = true;
    }

    @Override
    public void update(byte[] data, RemoteBucketState newState, Optional<Long> timeout) {
      states.put(key, data);
      dirty = true;
    }

    @Override
    public void commit(Optional<Long> timeout) {
      if (!dirty) {
        return;
      }
      try {
        byte[] bytes = write(states);
        channel.truncate(0);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long position = 0;
        while (buffer.hasRemaining()) {
          position += channel.write(buffer, position);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the rate-limit file " + file, e);
      }
    }

    @Override
    public void rollback() {
      dirty = false;
    }

    @Override
    public void unlock() {
      try {
        if (lock != null && lock.isValid()) {
          lock.release();
        }
      } catch (IOException e) {
        // closing the channel in release() drops the lock too
      }
    }

    @Override
    public void release() {
      try {
        if (channel != null) {
          channel.close();
        }
      } catch (IOException e) {
        // nothing was pending: commit() has written or failed already
      } finally {
        if (inProcess.isHeldByCurrentThread()) {
          inProcess.unlock();
        }
      }
    }
  }

  /** Entries: a count, then for each its key (UTF) and its state (length, bytes). Unreadable means empty. */
  private static Map<String, byte[]> read(FileChannel channel) throws IOException {
    long size = channel.size();
    Map<String, byte[]> states = new LinkedHashMap<>();
    if (size == 0 || size > 16 * 1024 * 1024) {
      return states;
    }
    ByteBuffer buffer = ByteBuffer.allocate((int) size);
    long position = 0;
    while (buffer.hasRemaining() && channel.read(buffer, position) > 0) {
      position = buffer.position();
    }
    try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(buffer.array(), 0, buffer.position()))) {
      int count = in.readInt();
      for (int i = 0; i < count; i++) {
        String key = in.readUTF();
        int length = in.readInt();
        if (length < 0 || length > size) {
          throw new IOException("damaged");
        }
        byte[] state = new byte[length];
        in.readFully(state);
        states.put(key, state);
      }
    } catch (IOException | RuntimeException damaged) {
      states.clear();
    }
    return states;
  }

  private static byte[] write(Map<String, byte[]> states) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(states.size());
      for (Map.Entry<String, byte[]> entry : states.entrySet()) {
        out.writeUTF(entry.getKey());
        out.writeInt(entry.getValue().length);
        out.write(entry.getValue());
      }
    }
    return bytes.toByteArray();
  }

  @Override
  public String toString() {
    return "FileRateLimitBuckets[" + file + "]";
  }
}
