package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * One quota operation.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param id {@code id}: record id
 * @param operator {@code operator}: operator
 * @param operationType {@code operation_type}: operation
 * @param quotaId {@code quota_id}: quota id
 * @param parentQuotaId {@code parent_quota_id}: the distributor's quota
 * @param amount {@code amount}: amount
 * @param operationTime {@code operation_time}: time
 * @param result {@code result}: result
 * @param indirectPartnerAccountName {@code indirect_partner_account_name}: reseller login name
 * @param indirectPartnerId {@code indirect_partner_id}: reseller id
 * @param indirectPartnerName {@code indirect_partner_name}: reseller name
 * @param remark {@code remark}: remark
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record QuotaRecord(
    @JsonProperty("id") String id,
    @JsonProperty("operator") String operator,
    @JsonProperty("operation_type") String operationType,
    @JsonProperty("quota_id") String quotaId,
    @JsonProperty("parent_quota_id") String parentQuotaId,
    @JsonProperty("amount") BigDecimal amount,
    @JsonProperty("operation_time") String operationTime,
    @JsonProperty("result") String result,
    @JsonProperty("indirect_partner_account_name") String indirectPartnerAccountName,
    @JsonProperty("indirect_partner_id") String indirectPartnerId,
    @JsonProperty("indirect_partner_name") String indirectPartnerName,
    @JsonProperty("remark") String remark) {
}
