package dev.partnerkit.adapter.support;

import dev.partnerkit.ports.FailureKind;
import io.vavr.control.Option;
import java.time.Duration;

/** What the retry loop needs to know about one failed attempt of a vendor call. */
public interface AttemptFailure {

  /** How the vendor's answer (or the transport error) classifies. */
  FailureKind kind();

  /** Whether the request may have reached the vendor and taken effect (a timeout or reset after sending). */
  boolean maybeApplied();

  /** How long the vendor asked us to wait, if it said. */
  Option<Duration> retryAfter();
}
