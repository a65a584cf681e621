package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Answer of UpdateCouponQuotas.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param errorDetails {@code error_details}: failed resellers
 * @param simpleQuotaInfos {@code simple_quota_infos}: granted quotas
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateCouponQuotasResponse(
    @JsonProperty("error_details") List<ErrorDetail> errorDetails,
    @JsonProperty("simple_quota_infos") List<QuotaSimpleInfo> simpleQuotaInfos) {

  /** Copies the lists, so that the record is immutable. */
  public UpdateCouponQuotasResponse {
    errorDetails = errorDetails == null ? null : Collections.unmodifiableList(new ArrayList<>(errorDetails));
    simpleQuotaInfos = simpleQuotaInfos == null ? null : Collections.unmodifiableList(new ArrayList<>(simpleQuotaInfos));
  }
}
