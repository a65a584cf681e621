package dev.partnerkit.adapter.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson mapper of both adapters' wire: nulls are not written, unknown fields are ignored, decimals are read
 * as exact {@link java.math.BigDecimal}s (never through a double, trailing zeros kept), and trailing garbage after
 * the JSON document is an error. Thread-safe; shared, so never reconfigured.
 */
public final class WireJson {

  /** The mapper. */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  /**
   * One reader per response record, made once (a reader bound to its type finds its deserializer once). It binds the
   * {@code Response} object inside the envelope, so what follows that object is not its business: the envelope's
   * reader checks the whole document.
   */
  private static final ClassValue<ObjectReader> READERS = new ClassValue<>() {
    @Override
    protected ObjectReader computeValue(Class<?> type) {
      return MAPPER.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
  };

  private WireJson() {}

  /** The reader of {@code type} for a value inside a document, shared. */
  public static ObjectReader readerFor(Class<?> type) {
    return READERS.get(type);
  }
}
