package dev.partnerkit.sandbox.shared;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.thread.Invocable.InvocationType;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP server of every front door (Tencent, Huawei China, Huawei International): Jetty's core server, with its
 * settings per instance and nothing set JVM-wide. TCP_NODELAY on every accepted connection; a bounded pool of daemon
 * threads; an idle timeout that closes a connection which stops sending (a request whose headers came but whose body
 * never does holds no thread while it waits: bodies are read asynchronously, after the door has checked the headers);
 * a size limit checked on the declared length before any byte of the body is read, and again while reading. Paths
 * under {@link #ADMIN_PREFIX} go to the admin door when there is one.
 */
public final class FrontDoorServer implements AutoCloseable {

  /** The reserved path prefix of the sandbox's admin API, on every front door's port. */
  public static final String ADMIN_PREFIX = "/_sandbox/";

  private static final Logger LOG = LoggerFactory.getLogger(FrontDoorServer.class);

  /**
   * How a server runs.
   *
   * @param address the address to listen on
   * @param port the port, 0 for a free one
   * @param name a short name for the threads
   * @param idleTimeout how long a connection may stay silent (mid-request or between requests) before it is closed
   * @param maxThreads the most threads the server uses (acceptor and selector included)
   * @param maxBodyBytes the largest request body read
   */
  public record Settings(
      InetAddress address, int port, String name, Duration idleTimeout, int maxThreads, long maxBodyBytes) {

    /** The defaults: 10 s idle timeout, 64 threads. */
    public static Settings of(InetAddress address, int port, String name, long maxBodyBytes) {
      return new Settings(address, port, name, Duration.ofSeconds(10), 64, maxBodyBytes);
    }

    /** The same with another idle timeout. */
    public Settings withIdleTimeout(Duration timeout) {
      return new Settings(address, port, name, timeout, maxThreads, maxBodyBytes);
    }

    public Settings {
      Objects.requireNonNull(address, "address");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535");
      }
      if (idleTimeout.isNegative() || idleTimeout.isZero()) {
        throw new IllegalArgumentException("the idle timeout must be positive");
      }
      if (maxThreads < 8) {
        throw new IllegalArgumentException("at least 8 threads");
      }
    }
  }

  private final Server server;
  private final ServerConnector connector;
  private final AtomicBoolean closed = new AtomicBoolean();

  /** Starts a server answering with {@code door}, and with {@code admin} under {@link #ADMIN_PREFIX} if not null. */
  public FrontDoorServer(Settings settings, WireDoor door, WireDoor admin) {
    this(settings, door, admin, null);
  }

  /** As above, noting every request but the admin API's in {@code log} (if not null). */
  public FrontDoorServer(Settings settings, WireDoor door, WireDoor admin, RequestLog log) {
    QueuedThreadPool threads = new QueuedThreadPool(settings.maxThreads(), Math.min(8, settings.maxThreads()));
    threads.setName("sandbox-" + settings.name());
    threads.setDaemon(true);
    this.server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setSendDateHeader(true);
    this.connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(settings.address().getHostAddress());
    connector.setPort(settings.port());
    connector.setIdleTimeout(settings.idleTimeout().toMillis());
    connector.setAcceptedTcpNoDelay(true);
    connector.setAcceptQueueSize(256);
    server.addConnector(connector);
    ErrorHandler errors = new ErrorHandler();
    errors.setShowStacks(false);
    errors.setShowCauses(false);
    errors.setShowMessageInTitle(false);
    server.setErrorHandler(errors);
    server.setHandler(new Doors(settings.name(), door, admin, settings.maxBodyBytes(), log));
    try {
      server.start();
    } catch (Exception e) {
      close();
      throw new UncheckedIOException(
          "cannot listen on " + settings.address().getHostAddress() + ":" + settings.port(),
          e instanceof java.io.IOException io ? io : new java.io.IOException(e.getMessage(), e));
    }
  }

  /** The port listened on. */
  public int port() {
    return connector.getLocalPort();
  }

  /** The address listened on, as text. */
  public String host() {
    return connector.getHost();
  }

  /** Stops accepting and cuts off calls in flight; calling it again does nothing. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        server.stop();
      } catch (Exception e) {
        LOG.warn("stopping the sandbox server: {}", e.toString());
      }
    }
  }

  /** Routes, reads the body when a door asks for it, and writes the answer. */
  private static final class Doors extends Handler.Abstract {
    private final WireDoor door;
    private final WireDoor admin;
    private final long maxBody;
    private final String name;
    private final RequestLog log;

    Doors(String name, WireDoor door, WireDoor admin, long maxBody, RequestLog log) {
      this.name = name;
      this.log = log;
      this.door = door;
      this.admin = admin;
      this.maxBody = maxBody;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      WireCall call = call(request);
      boolean toAdmin = admin != null && call.rawPath().startsWith(ADMIN_PREFIX);
      WireDoor target = toAdmin ? admin : door;

      WireStep step;
      try {
        step = target.open(call);
      } catch (RuntimeException e) {
        LOG.error("front door failed on the headers of {} {}: {}", call.method(), call.rawPath(), e.toString());
        callback.failed(e);
        return true;
      }
      if (step instanceof WireStep.Answered answered) {
        send(request, response, callback, answered.answer());
        return true;
      }
      var rest = ((WireStep.NeedsBody) step).rest();
      if (call.declaredLength() > maxBody) {
        send(request, response, callback, target.bodyTooLarge(maxBody));
        return true;
      }
      // Completes at once when the body came with the headers (on this thread); otherwise when the rest arrives, on a
      // pool thread (the promise says it blocks). Meanwhile the connection holds no thread.
      Content.Source.asByteArrayAsync(request, (int) Math.min(Integer.MAX_VALUE - 8, maxBody),
          Promise.Invocable.from(InvocationType.BLOCKING, (byte[] body, Throwable failure) -> {
            if (failure == null) {
              WireAnswer answer;
              try {
                answer = rest.apply(body);
              } catch (RuntimeException e) {
                LOG.error("front door failed on {} {}: {}", call.method(), call.rawPath(), e.toString());
                callback.failed(e);
                return;
              }
              send(request, response, callback, answer);
            } else if (unwrap(failure) instanceof IllegalStateException) {
              send(request, response, callback, target.bodyTooLarge(maxBody));   // Jetty's "Max size exceeded"
            } else {
              LOG.debug("body of {} {} not received: {}", call.method(), call.rawPath(), unwrap(failure).toString());
              callback.failed(unwrap(failure));
            }
          }));
      return true;
    }

    private static Throwable unwrap(Throwable t) {
      return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    private static WireCall call(Request request) {
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (HttpField field : request.getHeaders()) {
        headers.computeIfAbsent(field.getLowerCaseName(), k -> new ArrayList<>(1)).add(field.getValue());
      }
      SocketAddress remote = request.getConnectionMetaData().getRemoteSocketAddress();
      boolean loopback = remote instanceof InetSocketAddress inet && inet.getAddress() != null && inet.getAddress().isLoopbackAddress();
      return new WireCall(
          request.getMethod().toUpperCase(Locale.ROOT),
          request.getHttpURI().getPath(),
          request.getHttpURI().getQuery(),
          headers,
          request.getLength(),
          loopback);
    }

    private void send(Request request, Response response, Callback callback, WireAnswer answer) {
      String path = request.getHttpURI().getPath();
      if (log != null && !(admin != null && path.startsWith(ADMIN_PREFIX))) {
        log.add(name, request.getMethod(), path, request.getHeaders().get("X-TC-Action"),
            answer.dropConnection() ? 0 : answer.status());
      }
      if (answer.dropConnection()) {
        request.getConnectionMetaData().getConnection().getEndPoint().close();
        callback.succeeded();
        return;
      }
      response.setStatus(answer.status());
      answer.headers().forEach((name, value) -> response.getHeaders().put(name, value));
      if (answer.body() == null) {
        if (answer.status() != 204) {
          response.getHeaders().put("Content-Length", "0");
        }
        response.write(true, null, callback);
      } else {
        response.getHeaders().put("Content-Length", Integer.toString(answer.body().length));
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
      }
    }
  }
}
