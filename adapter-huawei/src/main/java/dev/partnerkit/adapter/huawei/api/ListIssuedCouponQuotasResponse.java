package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Answer of ListIssuedCouponQuotas.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param totalCount {@code total_count}: total number of quotas
 * @param quotas {@code quotas}: this page
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListIssuedCouponQuotasResponse(
    @JsonProperty("total_count") Integer totalCount,
    @JsonProperty("quotas") List<IssuedCouponQuota> quotas) {

  /** Copies the lists, so that the record is immutable. */
  public ListIssuedCouponQuotasResponse {
    quotas = quotas == null ? null : Collections.unmodifiableList(new ArrayList<>(quotas));
  }
}
