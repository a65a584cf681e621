package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Query of ListPartnerCouponsRecord (China): coupon issue and reclaim log.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param operationTypes {@code operation_types}: {@code 1} issue, {@code 2} manual reclaim, ...
 * @param quotaId {@code quota_id}: quota id
 * @param quotaType {@code quota_type}: quota type
 * @param couponIds {@code coupon_ids}: coupon ids
 * @param customerId {@code customer_id}: customer id
 * @param operationTimeBegin {@code operation_time_begin}: UTC
 * @param operationTimeEnd {@code operation_time_end}: UTC
 * @param result {@code result}: {@code 0} success or {@code -1} failure
 * @param offset {@code offset}: 0-based record offset
 * @param limit {@code limit}: page size
 * @param indirectPartnerId {@code indirect_partner_id}: a cloud reseller's log
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListPartnerCouponsRecordRequest(
    @JsonProperty("operation_types") List<String> operationTypes,
    @JsonProperty("quota_id") String quotaId,
    @JsonProperty("quota_type") Integer quotaType,
    @JsonProperty("coupon_ids") List<String> couponIds,
    @JsonProperty("customer_id") String customerId,
    @JsonProperty("operation_time_begin") String operationTimeBegin,
    @JsonProperty("operation_time_end") String operationTimeEnd,
    @JsonProperty("result") String result,
    @JsonProperty("offset") Integer offset,
    @JsonProperty("limit") Integer limit,
    @JsonProperty("indirect_partner_id") String indirectPartnerId) {

  /** Copies the lists, so that the record is immutable. */
  public ListPartnerCouponsRecordRequest {
    operationTypes = operationTypes == null ? null : Collections.unmodifiableList(new ArrayList<>(operationTypes));
    couponIds = couponIds == null ? null : Collections.unmodifiableList(new ArrayList<>(couponIds));
  }

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListPartnerCouponsRecordRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private List<String> operationTypes;
    private String quotaId;
    private Integer quotaType;
    private List<String> couponIds;
    private String customerId;
    private String operationTimeBegin;
    private String operationTimeEnd;
    private String result;
    private Integer offset;
    private Integer limit;
    private String indirectPartnerId;

    private Builder() {}

    /** Sets {@code operation_types}: {@code 1} issue, {@code 2} manual reclaim, .... */
    public Builder operationTypes(List<String> operationTypes) {
      this.operationTypes = operationTypes;
      return this;
    }

    /** Sets {@code quota_id}: quota id. */
    public Builder quotaId(String quotaId) {
      this.quotaId = quotaId;
      return this;
    }

    /** Sets {@code quota_type}: quota type. */
    public Builder quotaType(Integer quotaType) {
      this.quotaType = quotaType;
      return this;
    }

    /** Sets {@code coupon_ids}: coupon ids. */
    public Builder couponIds(List<String> couponIds) {
      this.couponIds = couponIds;
      return this;
    }

    /** Sets {@code customer_id}: customer id. */
    public Builder customerId(String customerId) {
      this.customerId = customerId;
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

    /** Sets {@code result}: {@code 0} success or {@code -1} failure. */
    public Builder result(String result) {
      this.result = result;
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

    /** Sets {@code indirect_partner_id}: a cloud reseller's log. */
    public Builder indirectPartnerId(String indirectPartnerId) {
      this.indirectPartnerId = indirectPartnerId;
      return this;
    }

    /** The request. */
    public ListPartnerCouponsRecordRequest build() {
      return new ListPartnerCouponsRecordRequest(operationTypes, quotaId, quotaType, couponIds, customerId, operationTimeBegin, operationTimeEnd, result, offset, limit, indirectPartnerId);
    }
  }
}
