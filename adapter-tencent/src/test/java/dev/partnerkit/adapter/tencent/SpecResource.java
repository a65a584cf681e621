package dev.partnerkit.adapter.tencent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the verbatim spec excerpts under {@code src/test/resources/spec}. */
final class SpecResource {

  private SpecResource() {}

  static List<String> lines(String name) {
    try (InputStream in = SpecResource.class.getResourceAsStream("/spec/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource spec/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
