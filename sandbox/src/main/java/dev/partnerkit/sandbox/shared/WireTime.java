package dev.partnerkit.sandbox.shared;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How a vendor writes times on the wire, to the second: a pattern in a fixed zone. Each door keeps its own (Tencent:
 * {@code yyyy-MM-dd HH:mm:ss} in Beijing time; Huawei: {@code yyyy-MM-dd'T'HH:mm:ss'Z'} in UTC).
 */
public final class WireTime {

  private final DateTimeFormatter format;
  private final String pattern;

  private WireTime(String pattern, ZoneOffset zone) {
    this.pattern = pattern;
    this.format = DateTimeFormatter.ofPattern(pattern).withZone(zone);
  }

  /** Times written with {@code pattern} (a {@link DateTimeFormatter} pattern) in {@code zone}. */
  public static WireTime of(String pattern, ZoneOffset zone) {
    return new WireTime(pattern, zone);
  }

  /** {@code instant} as the vendor writes it; {@code ""} for none. */
  public String format(Instant instant) {
    return instant == null ? "" : format.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * A time the vendor's way, if one is given.
   *
   * @throws IllegalArgumentException when it is not in the pattern (the door answers its own error)
   */
  public Optional<Instant> parse(Optional<String> value) {
    try {
      return value.map(v -> Instant.from(format.parse(v)));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a time of the form " + pattern, e);
    }
  }
}
