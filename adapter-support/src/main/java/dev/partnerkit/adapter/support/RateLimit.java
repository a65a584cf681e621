package dev.partnerkit.adapter.support;

/**
 * A vendor's published limit for one action: at most {@code permitsPerSecond} requests per second. partnerkit spaces
 * requests evenly ({@code 1/permitsPerSecond} apart, no burst), so that no one-second window ever holds more than the
 * limit and a bulk job runs at the limit without being throttled.
 */
public record RateLimit(int permitsPerSecond) {
  public RateLimit {
    if (permitsPerSecond < 1) {
      throw new IllegalArgumentException("permitsPerSecond must be at least 1");
    }
  }

  public static RateLimit perSecond(int permits) {
    return new RateLimit(permits);
  }
}
