package dev.partnerkit.adapter.support;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How one operation's result is kept in a {@link WriteJournal}: as one line of text, so that every backend (a file, a
 * database column) stores it the same way and reads it back as the same typed value.
 *
 * @param <T> the operation's result
 */
public interface JournalCodec<T> {

  /** The result as text (any characters; stores escape what they must). */
  String encode(T result);

  /** The result back from {@link #encode}'s text. */
  T decode(String text);

  /** Fields joined into one text, each escaped, for {@link #encode}. */
  static String join(String... fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        b.append('&');
      }
      b.append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8));
    }
    return b.toString();
  }

  /** The fields of a text made by {@link #join}; throws {@link IllegalArgumentException} if there are not {@code n}. */
  static Seq<String> split(String text, int n) {
    Seq<String> fields = List.of(text.split("&", -1)).map(f -> URLDecoder.decode(f, StandardCharsets.UTF_8));
    if (fields.size() != n) {
      throw new IllegalArgumentException("expected " + n + " fields in a journaled result, found " + fields.size());
    }
    return fields;
  }
}
