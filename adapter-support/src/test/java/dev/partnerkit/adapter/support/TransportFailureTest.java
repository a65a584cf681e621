package dev.partnerkit.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.api.Test;

class TransportFailureTest {

  @Test
  void what_fails_before_the_body_is_written_was_not_sent() {
    TransportFailure f = TransportFailure.classify(new IOException("reset"), false, false);
    assertThat(f.code()).isEqualTo("transport.io");
    assertThat(f.mayHaveBeenSent()).isFalse();
    assertThat(f.message()).isEqualTo("IOException: reset (request not sent)");
  }

  @Test
  void a_failed_connection_was_not_sent_even_for_a_request_without_a_body() {
    // a request without a body passes writeMayHaveStarted = true: only the exception can say it never left
    assertThat(TransportFailure.classify(new ConnectException("refused"), true, false))
        .isEqualTo(new TransportFailure("transport.connect", "ConnectException: refused (request not sent)", false));
    TransportFailure host = TransportFailure.classify(new UnknownHostException("nowhere"), true, false);
    assertThat(host.code()).isEqualTo("transport.unknown-host");
    assertThat(host.mayHaveBeenSent()).isFalse();
    TransportFailure tls = TransportFailure.classify(new SSLHandshakeException("untrusted"), true, false);
    assertThat(tls.code()).isEqualTo("transport.tls");
    assertThat(tls.mayHaveBeenSent()).isFalse();
    TransportFailure pool = TransportFailure.classify(new ConnectionRequestTimeoutException("no lease"), true, false);
    assertThat(pool.code()).isEqualTo("transport.timeout");
    assertThat(pool.mayHaveBeenSent()).isFalse();
    TransportFailure closed = TransportFailure.classify(new IllegalStateException("Connection pool shut down"),
        true, false);
    assertThat(closed.code()).isEqualTo("transport.closed");
    assertThat(closed.mayHaveBeenSent()).isFalse();
  }

  @Test
  void a_timeout_or_a_lost_connection_after_sending_may_have_been_sent() {
    TransportFailure timeout = TransportFailure.classify(new SocketTimeoutException("Read timed out"), true, false);
    assertThat(timeout.code()).isEqualTo("transport.timeout");
    assertThat(timeout.mayHaveBeenSent()).isTrue();
    assertThat(timeout.message()).endsWith("(request may have been sent)");
    assertThat(TransportFailure.classify(new NoHttpResponseException("gone"), true, false).code())
        .isEqualTo("transport.connection-closed");
    assertThat(TransportFailure.classify(new ConnectionClosedException("closed"), true, false).mayHaveBeenSent())
        .isTrue();
    assertThat(TransportFailure.classify(new IOException("Broken pipe"), true, false).code())
        .isEqualTo("transport.io");
  }

  @Test
  void the_deadline_is_named_whatever_it_cut() {
    TransportFailure before = TransportFailure.classify(new IOException("aborted"), false, true);
    assertThat(before.code()).isEqualTo("transport.call-timeout");
    assertThat(before.mayHaveBeenSent()).isFalse();
    TransportFailure after = TransportFailure.classify(new SocketTimeoutException("aborted"), true, true);
    assertThat(after.code()).isEqualTo("transport.call-timeout");
    assertThat(after.mayHaveBeenSent()).isTrue();
    assertThat(after.message()).startsWith("the call timeout passed; SocketTimeoutException: aborted");
  }
}
