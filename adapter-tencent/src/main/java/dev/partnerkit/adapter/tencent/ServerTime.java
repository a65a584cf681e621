package dev.partnerkit.adapter.tencent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The time to sign with: the configured clock plus the offset to the server's clock, learned from the {@code Date}
 * header of an answer that refused a request with {@code AuthFailure.SignatureExpire} (spec 5.5: a timestamp more than
 * five minutes off the server's time is refused). Starts at no offset; thread-safe (one atomic offset, shared by every
 * call of a transport).
 */
final class ServerTime extends Clock {

  /** The vendor code of a timestamp too far from the server's time. */
  static final String SIGNATURE_EXPIRE = "AuthFailure.SignatureExpire";

  private final Clock local;
  private final AtomicLong offsetMillis;

  ServerTime(Clock local) {
    this(local, new AtomicLong());
  }

  private ServerTime(Clock local, AtomicLong offsetMillis) {
    this.local = Objects.requireNonNull(local, "local");
    this.offsetMillis = offsetMillis;
  }

  /** Learns the offset from {@code serverNow}, the server's time as its answer gave it; returns the new offset. */
  Duration learn(Instant serverNow) {
    long offset = Duration.between(local.instant(), serverNow).toMillis();
    offsetMillis.set(offset);
    return Duration.ofMillis(offset);
  }

  /** The instant of an HTTP {@code Date} header (RFC 1123, e.g. {@code Sun, 29 Nov 2026 01:02:03 GMT}), if usable. */
  static Optional<Instant> parseHttpDate(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(DateTimeFormatter.RFC_1123_DATE_TIME.parse(value.trim(), Instant::from));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  @Override
  public Instant instant() {
    return local.instant().plusMillis(offsetMillis.get());
  }

  @Override
  public ZoneId getZone() {
    return local.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new ServerTime(local.withZone(zone), offsetMillis);
  }
}
