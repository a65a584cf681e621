package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Query of ListPartnerAccountChangeRecords (China): the partner's ledger.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param balanceType {@code balance_type}: {@code BALANCE_TYPE_DEBIT} or {@code BALANCE_TYPE_CREDIT} (required)
 * @param tradeType {@code trade_type}: e.g. {@code RECHARGE}, {@code ADJUST}
 * @param tradeTimeBegin {@code trade_time_begin}: {@code YYYY-MM-DD}, UTC+8
 * @param tradeTimeEnd {@code trade_time_end}: {@code YYYY-MM-DD}, UTC+8
 * @param offset {@code offset}: 0-based record offset
 * @param limit {@code limit}: page size
 * @param indirectPartnerId {@code indirect_partner_id}: a cloud reseller's ledger
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListPartnerAccountChangeRecordsRequest(
    @JsonProperty("balance_type") String balanceType,
    @JsonProperty("trade_type") String tradeType,
    @JsonProperty("trade_time_begin") String tradeTimeBegin,
    @JsonProperty("trade_time_end") String tradeTimeEnd,
    @JsonProperty("offset") Integer offset,
    @JsonProperty("limit") Integer limit,
    @JsonProperty("indirect_partner_id") String indirectPartnerId) {

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListPartnerAccountChangeRecordsRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private String balanceType;
    private String tradeType;
    private String tradeTimeBegin;
    private String tradeTimeEnd;
    private Integer offset;
    private Integer limit;
    private String indirectPartnerId;

    private Builder() {}

    /** Sets {@code balance_type}: {@code BALANCE_TYPE_DEBIT} or {@code BALANCE_TYPE_CREDIT} (required). */
    public Builder balanceType(String balanceType) {
      this.balanceType = balanceType;
      return this;
    }

    /** Sets {@code trade_type}: e.g. {@code RECHARGE}, {@code ADJUST}. */
    public Builder tradeType(String tradeType) {
      this.tradeType = tradeType;
      return this;
    }

    /** Sets {@code trade_time_begin}: {@code YYYY-MM-DD}, UTC+8. */
    public Builder tradeTimeBegin(String tradeTimeBegin) {
      this.tradeTimeBegin = tradeTimeBegin;
      return this;
    }

    /** Sets {@code trade_time_end}: {@code YYYY-MM-DD}, UTC+8. */
    public Builder tradeTimeEnd(String tradeTimeEnd) {
      this.tradeTimeEnd = tradeTimeEnd;
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

    /** Sets {@code indirect_partner_id}: a cloud reseller's ledger. */
    public Builder indirectPartnerId(String indirectPartnerId) {
      this.indirectPartnerId = indirectPartnerId;
      return this;
    }

    /** The request. */
    public ListPartnerAccountChangeRecordsRequest build() {
      return new ListPartnerAccountChangeRecordsRequest(balanceType, tradeType, tradeTimeBegin, tradeTimeEnd, offset, limit, indirectPartnerId);
    }
  }
}
