package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * A reclaimed quota.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param quotaId {@code quota_id}: quota id
 * @param quotaBalance {@code quota_balance}: amount reclaimed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record QuotaReclaim(
    @JsonProperty("quota_id") String quotaId,
    @JsonProperty("quota_balance") BigDecimal quotaBalance) {
}
