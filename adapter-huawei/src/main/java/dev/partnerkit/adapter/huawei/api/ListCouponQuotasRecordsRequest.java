package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Query of ListCouponQuotasRecords (China): reseller quota issue and reclaim log.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param indirectPartnerId {@code indirect_partner_id}: reseller id
 * @param quotaId {@code quota_id}: quota id
 * @param operationTimeBegin {@code operation_time_begin}: UTC
 * @param operationTimeEnd {@code operation_time_end}: UTC
 * @param parentQuotaId {@code parent_quota_id}: the distributor's quota
 * @param operationType {@code operation_type}: operation
 * @param offset {@code offset}: 0-based record offset
 * @param limit {@code limit}: page size
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListCouponQuotasRecordsRequest(
    @JsonProperty("indirect_partner_id") String indirectPartnerId,
    @JsonProperty("quota_id") String quotaId,
    @JsonProperty("operation_time_begin") String operationTimeBegin,
    @JsonProperty("operation_time_end") String operationTimeEnd,
    @JsonProperty("parent_quota_id") String parentQuotaId,
    @JsonProperty("operation_type") String operationType,
    @JsonProperty("offset") Integer offset,
    @JsonProperty("limit") Integer limit) {

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListCouponQuotasRecordsRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private String indirectPartnerId;
    private String quotaId;
    private String operationTimeBegin;
    private String operationTimeEnd;
    private String parentQuotaId;
    private String operationType;
    private Integer offset;
    private Integer limit;

    private Builder() {}

    /** Sets {@code indirect_partner_id}: reseller id. */
    public Builder indirectPartnerId(String indirectPartnerId) {
      this.indirectPartnerId = indirectPartnerId;
      return this;
    }

    /** Sets {@code quota_id}: quota id. */
    public Builder quotaId(String quotaId) {
      this.quotaId = quotaId;
      return this;
    }

    /** Sets {@code operation_time_begin}: UTC. */
    public Builder operationTimeBegin(String operationTimeBegin) {
      this.operationTimeBegin = operationTimeBegin;
      return this;
    }

    /** Sets {@code operation_time_end}: UTC. */
    public Builder operationTimeEnd(String operationTimeEnd) {
      this.operationTimeEnd = operationTimeEnd;
      return this;
    }

    /** Sets {@code parent_quota_id}: the distributor's quota. */
    public Builder parentQuotaId(String parentQuotaId) {
      this.parentQuotaId = parentQuotaId;
      return this;
    }

    /** Sets {@code operation_type}: operation. */
    public Builder operationType(String operationType) {
      this.operationType = operationType;
      return this;
    }

    /** Sets {@code offset}: 0-based record offset. */
    public Builder offset(Integer offset) {
      this.offset = offset;
      return this;
    }

    /** Sets {@code limit}: page size. */
    public Builder limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /** The request. */
    public ListCouponQuotasRecordsRequest build() {
      return new ListCouponQuotasRecordsRequest(indirectPartnerId, quotaId, operationTimeBegin, operationTimeEnd, parentQuotaId, operationType, offset, limit);
    }
  }
}
