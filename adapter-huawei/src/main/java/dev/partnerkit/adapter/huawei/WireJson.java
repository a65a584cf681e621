package dev.partnerkit.adapter.huawei;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration for Huawei's wire: nulls are not written, unknown fields are ignored, decimals are
 * read as {@link java.math.BigDecimal} (never through a double).
 */
final class WireJson {

  static final ObjectMapper MAPPER = JsonMapper.builder()
      .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  /** One reader per response record, made once: a reader bound to its type finds its deserializer once. */
  private static final ClassValue<ObjectReader> READERS = new ClassValue<>() {
    @Override
    protected ObjectReader computeValue(Class<?> type) {
      return MAPPER.readerFor(type);
    }
  };

  private WireJson() {}

  /** The reader of {@code type}, shared. */
  static ObjectReader readerFor(Class<?> type) {
    return READERS.get(type);
  }
}
