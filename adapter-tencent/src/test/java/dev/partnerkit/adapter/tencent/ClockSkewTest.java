package dev.partnerkit.adapter.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.tencent.api.QueryPartnerCreditResponse;
import dev.partnerkit.domain.Secret;
import dev.partnerkit.ports.FailureKind;
import io.vavr.control.Either;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Spec 5.5: a client whose clock is 10 minutes off learns the server's time from the {@code Date} header of an
 * {@code AuthFailure.SignatureExpire} answer, signs once more, and keeps the offset. The loopback server's time is the
 * machine's (the JDK's HTTP server writes {@code Date} from it); the client's clock is that minus 10 minutes.
 */
class ClockSkewTest {

  static final Duration TEN_MINUTES = Duration.ofMinutes(10);
  static final String CREDIT =
      "{\"Response\":{\"TotalCredit\":1,\"AllocatedCredit\":0,\"RemainingCredit\":1,\"RequestId\":\"rid-ok\"}}";
  static final String EXPIRED = "{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.SignatureExpire\","
      + "\"Message\":\"Timestamp and server time cannot differ by more than five minutes\"},\"RequestId\":\"rid-exp\"}}";

  LoopbackTencent server;
  IntlPartnersClient client;

  @BeforeEach
  void start() throws Exception {
    server = new LoopbackTencent(Map.of(IntlPartnersClientTest.ID, IntlPartnersClientTest.KEY));
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    server.close();
  }

  static IntlPartnersClient clientAt(String endpoint, Clock clock) {
    return IntlPartnersClient.create(IntlPartnersClientTest.config(endpoint).clock(clock).build());
  }

  static Clock tenMinutesSlow() {
    return Clock.offset(Clock.systemUTC(), TEN_MINUTES.negated());
  }

  /** Like Tencent: refuses a timestamp more than 300 s from the server's (the machine's) time. */
  static LoopbackTencent.Responder tencentWindow() {
    return (exchange, r) -> {
      long timestamp = Long.parseLong(r.header("X-TC-Timestamp"));
      boolean inWindow = Math.abs(timestamp - Instant.now().getEpochSecond()) <= 300;
      LoopbackTencent.json(inWindow ? CREDIT : EXPIRED).respond(exchange, r);
    };
  }

  static long timestampOf(LoopbackTencent.Received r) {
    return Long.parseLong(r.header("X-TC-Timestamp"));
  }

  @Test
  void a_slow_clock_is_corrected_once_from_the_date_header_and_the_offset_is_kept_for_later_calls() {
    server.answer(tencentWindow());
    client = clientAt(server.endpoint(), tenMinutesSlow());

    Either<TencentCallFailure, QueryPartnerCreditResponse> first = client.queryPartnerCredit();

    assertThat(first.isRight()).as("%s", first).isTrue();
    assertThat(server.received()).as("refused, then re-signed once").hasSize(2);
    long refused = timestampOf(server.received().get(0));
    long resigned = timestampOf(server.received().get(1));
    assertThat(resigned - refused).as("the second signature uses the server's time").isBetween(540L, 660L);
    assertThat(server.received()).allSatisfy(r -> assertThat(r.signatureProblem()).isNull());

    Either<TencentCallFailure, QueryPartnerCreditResponse> second = client.queryPartnerCredit();

    assertThat(second.isRight()).as("%s", second).isTrue();
    assertThat(server.received()).as("the learned offset is kept: no second refusal").hasSize(3);
  }

  @Test
  void a_server_that_keeps_refusing_is_tried_exactly_twice() {
    server.answer(LoopbackTencent.json(EXPIRED));
    client = clientAt(server.endpoint(), tenMinutesSlow());

    Either<TencentCallFailure, QueryPartnerCreditResponse> result = client.queryPartnerCredit();

    assertThat(result.getLeft().trace().code()).isEqualTo("AuthFailure.SignatureExpire");
    assertThat(result.getLeft().trace().requestId().getOrNull()).isEqualTo("rid-exp");
    assertThat(server.received()).hasSize(2);
  }

  @Test
  void other_refusals_are_not_retried() {
    server.answer(LoopbackTencent.json(
        "{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.SecretIdNotFound\",\"Message\":\"no\"},\"RequestId\":\"r\"}}"));
    client = clientAt(server.endpoint(), tenMinutesSlow());

    assertThat(client.queryPartnerCredit().getLeft().kind()).isEqualTo(FailureKind.UNAUTHORIZED);
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void without_a_date_header_the_signature_expire_failure_stands() throws Exception {
    try (HeaderlessServer bare = new HeaderlessServer(null, EXPIRED)) {
      client = clientAt(bare.endpoint(), tenMinutesSlow());

      Either<TencentCallFailure, QueryPartnerCreditResponse> result = client.queryPartnerCredit();

      assertThat(result.getLeft().trace().code()).isEqualTo("AuthFailure.SignatureExpire");
      assertThat(result.getLeft().kind()).isEqualTo(FailureKind.UNAUTHORIZED);
      assertThat(bare.requests()).hasSize(1);
    }
  }

  @Test
  void an_unreadable_date_header_is_no_date() throws Exception {
    try (HeaderlessServer bare = new HeaderlessServer("yesterday, around noon", EXPIRED)) {
      client = clientAt(bare.endpoint(), tenMinutesSlow());

      assertThat(client.queryPartnerCredit().getLeft().trace().code()).isEqualTo("AuthFailure.SignatureExpire");
      assertThat(bare.requests()).hasSize(1);
    }
  }

  @Test
  void the_offset_is_learned_from_the_date_even_when_the_server_is_behind() throws Exception {
    String serverDate = "Sun, 01 Mar 2026 12:00:00 GMT";
    try (HeaderlessServer bare = new HeaderlessServer(serverDate, EXPIRED)) {
      client = clientAt(bare.endpoint(), Clock.fixed(Instant.parse("2026-03-01T12:30:00Z"), java.time.ZoneOffset.UTC));

      client.queryPartnerCredit();

      assertThat(bare.requests()).hasSize(2);
      assertThat(bare.requests().get(0)).contains("x-tc-timestamp: " + Instant.parse("2026-03-01T12:30:00Z").getEpochSecond());
      assertThat(bare.requests().get(1)).contains("x-tc-timestamp: " + Instant.parse("2026-03-01T12:00:00Z").getEpochSecond());
    }
  }

  @Test
  void http_dates_are_read_as_rfc_1123() {
    assertThat(ServerTime.parseHttpDate("Sun, 29 Nov 2026 01:02:03 GMT"))
        .contains(Instant.parse("2026-11-29T01:02:03Z"));
    assertThat(ServerTime.parseHttpDate("2026-11-29T01:02:03Z")).isEmpty();
    assertThat(ServerTime.parseHttpDate("")).isEmpty();
    assertThat(ServerTime.parseHttpDate(null)).isEmpty();
  }

  /**
   * A minimal HTTP/1.1 server (the JDK's always writes a {@code Date}): answers every request with {@code body} and,
   * when {@code date} is not null, that {@code Date} header; records each request's head, lower-cased.
   */
  static final class HeaderlessServer implements AutoCloseable {
    private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final List<String> requests = new CopyOnWriteArrayList<>();

    HeaderlessServer(String date, String body) throws IOException {
      Thread t = new Thread(() -> serve(date, body), "headerless-server");
      t.setDaemon(true);
      t.start();
    }

    String endpoint() {
      return "http://127.0.0.1:" + socket.getLocalPort();
    }

    List<String> requests() {
      return requests;
    }

    private void serve(String date, String body) {
      while (!socket.isClosed()) {
        try (Socket s = socket.accept()) {
          InputStream in = s.getInputStream();
          String head = readHead(in);
          int length = 0;
          for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
              length = Integer.parseInt(line.substring(15).trim());
            }
          }
          in.readNBytes(length);
          requests.add(head.toLowerCase(Locale.ROOT));
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          String answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
              + "\r\nConnection: close\r\n" + (date == null ? "" : "Date: " + date + "\r\n") + "\r\n";
          OutputStream out = s.getOutputStream();
          out.write(answer.getBytes(StandardCharsets.US_ASCII));
          out.write(bytes);
          out.flush();
        } catch (IOException | RuntimeException e) {
          // closed, or a client that went away: the test asserts on what was recorded
        }
      }
    }

    private static String readHead(InputStream in) throws IOException {
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      int matched = 0;
      byte[] end = {'\r', '\n', '\r', '\n'};
      for (int b = in.read(); b >= 0; b = in.read()) {
        head.write(b);
        matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        if (matched == 4) {
          break;
        }
      }
      return head.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
