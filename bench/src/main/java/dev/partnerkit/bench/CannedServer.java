package dev.partnerkit.bench;

import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import dev.partnerkit.sandbox.Sandbox;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stateless loopback server that answers every call with a canned, valid answer, so that the call rows measure the
 * clients and not a server: no signature check, no state, no JSON, no framework on the server's side, a thread per
 * connection that reads a request (head, then the body by its length or its chunks) and writes prepared bytes. One
 * port for both vendors: a request with {@code X-TC-Action} is Tencent's (QueryPartnerCredit, CreateAccount and the
 * two catalogs the gateway reads once before its first create), any other is Huawei BSS' (a path ending in {@code
 * /query} is ListSubCustomers, any other CreateSubCustomer).
 *
 * <p>Tencent's answers are recorded once, at start-up, from the sandbox (through Tencent's own SDK, which returns the
 * raw body); Huawei's are written here with the fields and JSON types the sandbox answers with. Its threads are named
 * {@code canned-}; {@link #cpuNanos()} is the CPU time they used, so that the table can show the server's own cost.
 */
final class CannedServer implements AutoCloseable {

  static final String HUAWEI_CUSTOMER_ID = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

  private static final String HUAWEI_LIST = "{\"count\":1,\"customer_infos\":[{\"customer_id\":\"" + HUAWEI_CUSTOMER_ID
      + "\",\"account_name\":\"bench_customer\",\"customer\":\"\",\"associated_on\":\"2026-01-01T00:00:00Z\","
      + "\"association_type\":\"1\",\"label\":\"\",\"telephone\":\"13800138000\",\"country_code\":\"0086\","
      + "\"verified_status\":\"-1\",\"customer_type\":-1,\"is_frozen\":0,\"account_managers\":[],"
      + "\"xaccount_id\":\"x-1\",\"xaccount_type\":\"plat\",\"customer_level\":\"V0\",\"email\":\"\"}]}";
  private static final String HUAWEI_CREATE = "{\"domain_id\":\"" + HUAWEI_CUSTOMER_ID
      + "\",\"domain_name\":\"bench_customer\"}";
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT);

  /** An answer as written: everything before the Date header's value, and everything after it. */
  private record Answer(byte[] beforeDate, byte[] afterDate) {
    static Answer of(String contentType, String extraHeaders, String body) {
      byte[] b = body.getBytes(StandardCharsets.UTF_8);
      return new Answer(("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + b.length
          + "\r\n" + extraHeaders + "Date: ").getBytes(StandardCharsets.ISO_8859_1),
          concat("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), b));
    }
  }

  private final Map<String, Answer> tencent = new HashMap<>();
  private final Answer huaweiList;
  private final Answer huaweiCreate;
  private final Answer unknown;
  private final ServerSocket socket;
  private final Thread acceptor;
  private final AtomicLong served = new AtomicLong();
  private final AtomicLong finishedCpu = new AtomicLong();
  private final Set<Thread> live = ConcurrentHashMap.newKeySet();
  private volatile long dateSecond;
  private volatile byte[] date = new byte[0];

  CannedServer() throws Exception {
    recordTencent().forEach((action, body) -> tencent.put(action, Answer.of("application/json", "", body)));
    huaweiList = Answer.of("application/json;charset=UTF-8", "X-Request-Id: canned-request\r\n", HUAWEI_LIST);
    huaweiCreate = Answer.of("application/json;charset=UTF-8", "X-Request-Id: canned-request\r\n", HUAWEI_CREATE);
    unknown = Answer.of("application/json", "", "{\"Response\":{\"Error\":{\"Code\":\"InvalidAction\","
        + "\"Message\":\"not canned\"},\"RequestId\":\"canned\"}}");
    socket = new ServerSocket(0, 256, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::accept, "canned-acceptor");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The endpoint both vendors' clients are pointed at. */
  String endpoint() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** Calls answered so far. */
  long served() {
    return served.get();
  }

  /** CPU time used so far by the server's connection threads, finished or alive. */
  long cpuNanos() {
    var mx = ManagementFactory.getThreadMXBean();
    long sum = finishedCpu.get();
    for (Thread t : live) {
      sum += Math.max(0, mx.getThreadCpuTime(t.getId()));
    }
    return sum;
  }

  private static Map<String, String> recordTencent() throws Exception {
    try (Sandbox sandbox = Sandbox.builder().withoutRateLimits().build()) {
      TencentPhones phones = TencentPhones.prepare(sandbox, 1);
      HttpProfile http = new HttpProfile();
      http.setEndpoint("127.0.0.1:" + sandbox.tencentPort());
      http.setProtocol("http://");
      ClientProfile profile = new ClientProfile();
      profile.setHttpProfile(http);
      CommonClient client = new CommonClient("intlpartnersmgt", "2022-09-28",
          new Credential(Sandbox.DEFAULT_SECRET_ID, Sandbox.DEFAULT_SECRET_KEY), "", profile);
      Map<String, String> answers = new HashMap<>();
      for (String action : List.of("QueryPartnerCredit", "GetTradeConfigList", "GetCountryCodes")) {
        answers.put(action, client.call(action, "{}"));
      }
      answers.put("CreateAccount", client.call("CreateAccount", Clients.tencentCreateJson(0, phones.phone(0),
          phones.code(0))));
      return answers;
    }
  }

  private void accept() {
    int n = 0;
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        connection.setTcpNoDelay(true);
        Thread t = new Thread(() -> serve(connection), "canned-" + (++n));
        t.setDaemon(true);
        live.add(t);
        t.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket connection) {
    try (connection; InputStream in = new BufferedInputStream(connection.getInputStream(), 8192);
        OutputStream out = new BufferedOutputStream(connection.getOutputStream(), 8192)) {
      StringBuilder line = new StringBuilder(128);
      while (true) {
        // the head: request line, then headers up to an empty line
        if (!readLine(in, line)) {
          return;
        }
        String path = line.length() > 0 ? line.toString().split(" ")[1] : "/";
        String action = null;
        long length = 0;
        boolean chunked = false;
        while (readLine(in, line) && line.length() > 0) {
          int colon = line.indexOf(":");
          if (colon < 0) {
            continue;
          }
          String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
          String value = line.substring(colon + 1).trim();
          switch (name) {
            case "x-tc-action" -> action = value;
            case "content-length" -> length = Long.parseLong(value);
            case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
            default -> { }
          }
        }
        if (chunked) {
          skipChunks(in, line);
        } else {
          in.skipNBytes(length);
        }
        Answer answer = action != null ? tencent.getOrDefault(action, unknown)
            : path.endsWith("/query") ? huaweiList : huaweiCreate;
        out.write(answer.beforeDate());
        out.write(date());
        out.write(answer.afterDate());
        out.flush();
        served.incrementAndGet();
      }
    } catch (EOFException e) {
      // the client hung up
    } catch (IOException e) {
      // the client hung up, or the server closes
    } finally {
      finishedCpu.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
      live.remove(Thread.currentThread());
    }
  }

  /** The Date header's value, made again when the second changes. */
  private byte[] date() {
    long now = System.currentTimeMillis() / 1000;
    if (now != dateSecond) {
      date = HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC)).getBytes(StandardCharsets.ISO_8859_1);
      dateSecond = now;
    }
    return date;
  }

  /** One line without its CRLF into {@code line}; false at the end of the stream before any byte. */
  private static boolean readLine(InputStream in, StringBuilder line) throws IOException {
    line.setLength(0);
    int c = in.read();
    if (c < 0) {
      return false;
    }
    while (c >= 0 && c != '\n') {
      if (c != '\r') {
        line.append((char) c);
      }
      c = in.read();
    }
    return true;
  }

  private static void skipChunks(InputStream in, StringBuilder line) throws IOException {
    while (true) {
      if (!readLine(in, line)) {
        throw new EOFException();
      }
      String size = line.toString();
      int semicolon = size.indexOf(';');
      long n = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
      if (n == 0) {
        while (readLine(in, line) && line.length() > 0) {
          // trailers
        }
        return;
      }
      in.skipNBytes(n);
      readLine(in, line); // the CRLF after the chunk
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream all = new ByteArrayOutputStream(a.length + b.length);
    all.writeBytes(a);
    all.writeBytes(b);
    return all.toByteArray();
  }

  @Override
  public void close() {
    try {
      socket.close();
      acceptor.join(1000);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
