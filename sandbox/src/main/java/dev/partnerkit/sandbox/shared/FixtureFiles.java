package dev.partnerkit.sandbox.shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The canned answers of a door, one JSON object per file: looked up by name first in the user's fixtures directory,
 * then among the shipped resources; read once, then handed out as fresh copies. Each door names its files (Tencent
 * {@code <Action>.json}; Huawei {@code <Operation>.<site>.json}, then {@code <Operation>.json}) and shapes what it read.
 */
public final class FixtureFiles {

  private final ObjectMapper reader;
  private final Optional<Path> directory;
  private final String shipped;
  private final UnaryOperator<ObjectNode> shape;
  private final Map<String, ObjectNode> cache = new ConcurrentHashMap<>();

  /**
   * The fixtures of one door.
   *
   * @param reader the mapper that reads the files (as the door reads JSON: numbers as it keeps them)
   * @param directory the user's fixtures directory, if any
   * @param shipped the class-path folder of the shipped files, absolute and ending with {@code /}
   * @param shape what the door makes of a file's object (e.g. unwraps an envelope); returns a new object
   */
  public FixtureFiles(ObjectMapper reader, Optional<Path> directory, String shipped, UnaryOperator<ObjectNode> shape) {
    this.reader = reader;
    this.directory = directory;
    this.shipped = shipped;
    this.shape = shape;
  }

  /**
   * A fresh copy of the first of {@code names} found (in the user's directory first, then shipped), cached under
   * {@code key}.
   *
   * @throws IllegalStateException when there is none, or it is not a JSON object
   */
  public ObjectNode get(String key, List<String> names) {
    return cache.computeIfAbsent(key, k -> user(names).or(() -> shippedFile(names))
        .orElseThrow(() -> new IllegalStateException("no fixture for " + key))).deepCopy();
  }

  /** The first of {@code names} in the user's directory, shaped, if there is one (not cached). */
  public Optional<ObjectNode> user(List<String> names) {
    if (directory.isEmpty()) {
      return Optional.empty();
    }
    for (String name : names) {
      Path file = directory.get().resolve(name);
      if (Files.isRegularFile(file)) {
        try (InputStream in = Files.newInputStream(file)) {
          return Optional.of(asObject(reader.readTree(in), file.toString()));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read fixture " + file, e);
        }
      }
    }
    return Optional.empty();
  }

  private Optional<ObjectNode> shippedFile(List<String> names) {
    for (String name : names) {
      try (InputStream in = FixtureFiles.class.getResourceAsStream(shipped + name)) {
        if (in != null) {
          return Optional.of(asObject(reader.readTree(in), name));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read shipped fixture " + name, e);
      }
    }
    return Optional.empty();
  }

  private ObjectNode asObject(JsonNode node, String where) {
    if (node == null || !node.isObject()) {
      throw new IllegalStateException("fixture " + where + " must hold a JSON object");
    }
    ObjectNode shaped = shape.apply((ObjectNode) node);
    if (shaped == null) {
      throw new IllegalStateException("fixture " + where + " must hold a JSON object");
    }
    return shaped;
  }
}
