package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A usage limit of a quota.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param limitKey {@code limit_key}: what is limited
 * @param limitValues {@code limit_values}: the values
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record QuotaLimitInfo(
    @JsonProperty("limit_key") String limitKey,
    @JsonProperty("limit_values") List<LimitValue> limitValues) {

  /** Copies the lists, so that the record is immutable. */
  public QuotaLimitInfo {
    limitValues = limitValues == null ? null : Collections.unmodifiableList(new ArrayList<>(limitValues));
  }
}
