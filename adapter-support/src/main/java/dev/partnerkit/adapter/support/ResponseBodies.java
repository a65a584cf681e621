package dev.partnerkit.adapter.support;

import java.io.IOException;
import java.io.InputStream;
import org.apache.hc.core5.http.HttpEntity;

/**
 * Reads an answer's body whole, for both vendors' transports, allocating no more than the body: with a declared
 * length, one array of exactly that size and nothing else ({@code EntityUtils.toByteArray} took a 4 KiB buffer, a
 * growing buffer and a final copy; {@code readNBytes(max)} an 8 KiB chunk and a copy: together a fifth to a quarter
 * of a read call's allocation); without one (chunked), in chunks up to the limit.
 */
public final class ResponseBodies {

  private ResponseBodies() {}

  /**
   * The body of {@code entity} (empty if there is none); an {@link IOException} if it is (or declares itself) longer
   * than {@code maxBytes}, or ends before its declared length.
   */
  public static byte[] read(HttpEntity entity, int maxBytes) throws IOException {
    if (entity == null) {
      return new byte[0];
    }
    long declared = entity.getContentLength();
    if (declared > maxBytes) {
      throw new IOException("answer body of " + declared + " bytes, larger than " + maxBytes + " bytes");
    }
    try (InputStream in = entity.getContent()) {
      if (in == null) {
        return new byte[0];
      }
      if (declared >= 0) {
        byte[] body = in.readNBytes((int) declared);
        if (body.length < declared) {
          throw new IOException("answer body ended after " + body.length + " of its " + declared + " bytes");
        }
        return body;
      }
      byte[] body = in.readNBytes(maxBytes + 1);
      if (body.length > maxBytes) {
        throw new IOException("answer body larger than " + maxBytes + " bytes");
      }
      return body;
    }
  }
}
