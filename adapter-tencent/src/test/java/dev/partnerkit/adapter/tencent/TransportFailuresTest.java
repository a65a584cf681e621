package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.support.TransportFailure;
import dev.partnerkit.adapter.tencent.api.IntlPartnersAction;
import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.ports.FailureKind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.api.Test;

class TransportFailuresTest {

  static final IntlPartnersAction WRITE = IntlPartnersAction.CREATE_ACCOUNT;
  static final IntlPartnersAction READ = IntlPartnersAction.QUERY_PARTNER_CREDIT;

  /** adapter-support's classification, as this adapter reports it for {@code action}. */
  static TencentCallFailure classify(
      IntlPartnersAction action, Exception e, boolean writeStarted, boolean deadlinePassed) {
    return TencentCallFailure.ofTransport(action, TransportFailure.classify(e, writeStarted, deadlinePassed));
  }

  @Test
  void a_refused_connection_was_not_sent() {
    TencentCallFailure f =
        classify(WRITE, new ConnectException("Connection refused"), false, false);
    assertThat(f.trace().code()).isEqualTo("transport.connect");
    assertThat(f.kind()).isEqualTo(FailureKind.UNAVAILABLE);
    assertThat(f.maybeApplied()).isFalse();
  }

  @Test
  void an_unknown_host_or_a_tls_refusal_was_not_sent() {
    TencentCallFailure host = classify(WRITE, new UnknownHostException("nowhere"), false, false);
    assertThat(host.trace().code()).isEqualTo("transport.unknown-host");
    assertThat(host.maybeApplied()).isFalse();
    TencentCallFailure tls = classify(WRITE, new SSLHandshakeException("untrusted"), false, false);
    assertThat(tls.trace().code()).isEqualTo("transport.tls");
    assertThat(tls.kind()).isEqualTo(FailureKind.UNAVAILABLE);
    assertThat(tls.maybeApplied()).isFalse();
  }

  @Test
  void a_read_timeout_after_sending_leaves_a_write_unknown_and_a_read_unavailable() {
    TencentCallFailure write =
        classify(WRITE, new SocketTimeoutException("Read timed out"), true, false);
    assertThat(write.trace().code()).isEqualTo("transport.timeout");
    assertThat(write.kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    assertThat(write.maybeApplied()).isTrue();
    TencentCallFailure read =
        classify(READ, new SocketTimeoutException("Read timed out"), true, false);
    assertThat(read.kind()).isEqualTo(FailureKind.UNAVAILABLE);
    assertThat(read.maybeApplied()).isTrue();
  }

  @Test
  void a_connection_lost_after_sending_may_have_been_applied() {
    TencentCallFailure f =
        classify(WRITE, new NoHttpResponseException("failed to respond"), true, false);
    assertThat(f.trace().code()).isEqualTo("transport.connection-closed");
    assertThat(f.kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    assertThat(f.maybeApplied()).isTrue();
    assertThat(f.trace().message()).contains("may have been sent");
    TencentCallFailure io =
        classify(WRITE, new IOException("Broken pipe"), true, false);
    assertThat(io.trace().code()).isEqualTo("transport.io");
    assertThat(io.kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    assertThat(io.maybeApplied()).isTrue();
  }

  @Test
  void the_deadline_is_named_and_what_was_not_written_was_not_sent() {
    TencentCallFailure before = classify(WRITE, new IOException("aborted"), false, true);
    assertThat(before.trace().code()).isEqualTo("transport.call-timeout");
    assertThat(before.maybeApplied()).isFalse();
    TencentCallFailure after = classify(WRITE, new IOException("aborted"), true, true);
    assertThat(after.trace().code()).isEqualTo("transport.call-timeout");
    assertThat(after.maybeApplied()).isTrue();
    assertThat(after.kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
  }

  @Test
  void a_transport_trace_has_no_status_or_request_id() {
    TencentCallFailure f = classify(READ, new ConnectException("refused"), false, false);
    assertThat(f.trace().source()).isEqualTo("tencent");
    assertThat(f.trace().httpStatus().isEmpty()).isTrue();
    assertThat(f.trace().requestId().isEmpty()).isTrue();
  }
}
