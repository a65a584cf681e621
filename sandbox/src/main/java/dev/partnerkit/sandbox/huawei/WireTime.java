package dev.partnerkit.sandbox.huawei;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Huawei's UTC timestamps on the wire: {@code yyyy-MM-dd'T'HH:mm:ss'Z'}. */
final class WireTime {
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private WireTime() {}

  static String format(Instant instant) {
    return FORMAT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  /** Parses an optional filter value; a malformed one is {@code CBC.0100}. */
  static Optional<Instant> parse(Optional<String> value, String field) {
    try {
      return value.map(v -> Instant.from(FORMAT.parse(v)));
    } catch (DateTimeParseException e) {
      throw HuaweiError.badParameter("The parameter " + field + " must be yyyy-MM-ddTHH:mm:ssZ.");
    }
  }
}
