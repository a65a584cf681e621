package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Query of ListPartnerAdjustRecords (China): transfers and reclaims.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param customerId {@code customer_id}: customer or reseller id
 * @param operationType {@code operation_type}: {@code SOURCE_OPERATION_BEADJUST}, {@code SOURCE_OPERATION_BERETRIEVE}
 *     or {@code SOURCE_OPERATION_BEUNBIND}
 * @param operationTimeBegin {@code operation_time_begin}: UTC {@code 2016-03-28T14:45:38Z}
 * @param operationTimeEnd {@code operation_time_end}: UTC
 * @param transId {@code trans_id}: transaction id
 * @param offset {@code offset}: 0-based record offset
 * @param limit {@code limit}: page size
 * @param indirectPartnerId {@code indirect_partner_id}: a cloud reseller's records
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListPartnerAdjustRecordsRequest(
    @JsonProperty("customer_id") String customerId,
    @JsonProperty("operation_type") String operationType,
    @JsonProperty("operation_time_begin") String operationTimeBegin,
    @JsonProperty("operation_time_end") String operationTimeEnd,
    @JsonProperty("trans_id") String transId,
    @JsonProperty("offset") Integer offset,
    @JsonProperty("limit") Integer limit,
    @JsonProperty("indirect_partner_id") String indirectPartnerId) {

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListPartnerAdjustRecordsRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private String customerId;
    private String operationType;
    private String operationTimeBegin;
    private String operationTimeEnd;
    private String transId;
    private Integer offset;
    private Integer limit;
    private String indirectPartnerId;

    private Builder() {}

    /** Sets {@code customer_id}: customer or reseller id. */
    public Builder customerId(String customerId) {
      this.customerId = customerId;
      return this;
    }

    /** Sets {@code operation_type}: {@code SOURCE_OPERATION_BEADJUST}, {@code SOURCE_OPERATION_BERETRIEVE} or {@code SOURCE_OPERATION_BEUNBIND}. */
    public Builder operationType(String operationType) {
      this.operationType = operationType;
      return this;
    }

    /** Sets {@code operation_time_begin}: UTC {@code 2016-03-28T14:45:38Z}. */
    public Builder operationTimeBegin(String operationTimeBegin) {
      this.operationTimeBegin = operationTimeBegin;
      return this;
    }

    /** Sets {@code operation_time_end}: UTC. */
    public Builder operationTimeEnd(String operationTimeEnd) {
      this.operationTimeEnd = operationTimeEnd;
      return this;
    }

    /** Sets {@code trans_id}: transaction id. */
    public Builder transId(String transId) {
      this.transId = transId;
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

    /** Sets {@code indirect_partner_id}: a cloud reseller's records. */
    public Builder indirectPartnerId(String indirectPartnerId) {
      this.indirectPartnerId = indirectPartnerId;
      return this;
    }

    /** The request. */
    public ListPartnerAdjustRecordsRequest build() {
      return new ListPartnerAdjustRecordsRequest(customerId, operationType, operationTimeBegin, operationTimeEnd, transId, offset, limit, indirectPartnerId);
    }
  }
}
