package dev.partnerkit.sandbox.tencent;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as Tencent writes them: {@code yyyy-MM-dd HH:mm:ss} in Beijing time (UTC+08:00). */
final class WireTime {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.ofHours(8));

  private WireTime() {}

  static String format(Instant instant) {
    return instant == null ? "" : FORMAT.format(instant);
  }
}
