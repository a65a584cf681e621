package dev.partnerkit.sandbox;

import dev.partnerkit.sandbox.shared.LoopbackHttp;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One front door's HTTP server: the JDK's {@link HttpServer} on a loopback address, with a bounded pool of daemon
 * threads (when the queue is full, the accepting thread handles the request itself, which slows accepting down).
 */
final class LoopbackServer implements AutoCloseable {

  static final int THREADS = 16;
  static final int QUEUE = 256;

  private final HttpServer server;
  private final ThreadPoolExecutor pool;
  private final AtomicBoolean closed = new AtomicBoolean();

  LoopbackServer(InetAddress address, int port, HttpHandler handler, String name) {
    AtomicInteger n = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            THREADS, THREADS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
            r -> {
              Thread t = new Thread(r, "sandbox-" + name + "-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            },
            new ThreadPoolExecutor.CallerRunsPolicy());
    pool.allowCoreThreadTimeOut(true);
    try {
      this.server = LoopbackHttp.newServer(new InetSocketAddress(address, port));
    } catch (IOException e) {
      pool.shutdownNow();
      throw new UncheckedIOException("cannot listen on " + address.getHostAddress() + ":" + port, e);
    }
    server.createContext("/", handler);
    server.setExecutor(pool);
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  String host() {
    return server.getAddress().getAddress().getHostAddress();
  }

  /** Stops accepting and cuts off calls in flight; calling it again does nothing. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      server.stop(0);
      pool.shutdownNow();
    }
  }
}
