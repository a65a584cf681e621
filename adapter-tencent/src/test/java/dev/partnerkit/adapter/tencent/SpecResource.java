package dev.partnerkit.adapter.tencent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the spec: a table of the spec module ({@code dev/partnerkit/spec/*.tsv}, the one copy the generator also
 * reads) or a verbatim excerpt of the spec's prose under {@code src/test/resources/spec}.
 */
final class SpecResource {

  private SpecResource() {}

  static List<String> lines(String name) {
    String path = name.endsWith(".tsv") ? "/dev/partnerkit/spec/" + name : "/spec/" + name;
    try (InputStream in = SpecResource.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
