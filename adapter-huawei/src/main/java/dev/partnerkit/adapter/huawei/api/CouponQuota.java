package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One coupon quota.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param quotaId {@code quota_id}: quota id
 * @param quotaType {@code quota_type}: quota type
 * @param createTime {@code create_time}: created
 * @param lastUpdateTime {@code last_update_time}: last updated
 * @param quotaValue {@code quota_value}: value
 * @param quotaStatus {@code quota_status}: status
 * @param balance {@code balance}: remaining
 * @param measureId {@code measure_id}: {@code 1}: currency unit
 * @param currency {@code currency}: currency
 * @param effectiveTime {@code effective_time}: from
 * @param expireTime {@code expire_time}: until
 * @param limitInfos {@code limit_infos}: usage limits
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CouponQuota(
    @JsonProperty("quota_id") String quotaId,
    @JsonProperty("quota_type") Integer quotaType,
    @JsonProperty("create_time") String createTime,
    @JsonProperty("last_update_time") String lastUpdateTime,
    @JsonProperty("quota_value") BigDecimal quotaValue,
    @JsonProperty("quota_status") Integer quotaStatus,
    @JsonProperty("balance") BigDecimal balance,
    @JsonProperty("measure_id") Integer measureId,
    @JsonProperty("currency") String currency,
    @JsonProperty("effective_time") String effectiveTime,
    @JsonProperty("expire_time") String expireTime,
    @JsonProperty("limit_infos") List<QuotaLimitInfo> limitInfos) {

  /** Copies the lists, so that the record is immutable. */
  public CouponQuota {
    limitInfos = limitInfos == null ? null : Collections.unmodifiableList(new ArrayList<>(limitInfos));
  }
}
