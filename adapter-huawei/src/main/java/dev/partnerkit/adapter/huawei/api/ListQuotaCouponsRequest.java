package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Body of ListQuotaCoupons (China): the partner's coupon quotas.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param quotaIds {@code quota_ids}: quota ids
 * @param quotaStatusList {@code quota_status_list}: {@code 0} normal, {@code 3} invalid, {@code 4} adjusting, {@code 5}
 *     frozen
 * @param quotaType {@code quota_type}: {@code 0} cash coupon quota, {@code 1} flexi-purchase quota
 * @param createTimeBegin {@code create_time_begin}: UTC
 * @param createTimeEnd {@code create_time_end}: UTC
 * @param effectiveTimeBegin {@code effective_time_begin}: UTC
 * @param effectiveTimeEnd {@code effective_time_end}: UTC
 * @param expireTimeBegin {@code expire_time_begin}: UTC
 * @param expireTimeEnd {@code expire_time_end}: UTC
 * @param offset {@code offset}: 0-based record offset
 * @param limit {@code limit}: page size
 * @param indirectPartnerId {@code indirect_partner_id}: a cloud reseller's quotas
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListQuotaCouponsRequest(
    @JsonProperty("quota_ids") List<String> quotaIds,
    @JsonProperty("quota_status_list") List<Integer> quotaStatusList,
    @JsonProperty("quota_type") Integer quotaType,
    @JsonProperty("create_time_begin") String createTimeBegin,
    @JsonProperty("create_time_end") String createTimeEnd,
    @JsonProperty("effective_time_begin") String effectiveTimeBegin,
    @JsonProperty("effective_time_end") String effectiveTimeEnd,
    @JsonProperty("expire_time_begin") String expireTimeBegin,
    @JsonProperty("expire_time_end") String expireTimeEnd,
    @JsonProperty("offset") Integer offset,
    @JsonProperty("limit") Integer limit,
    @JsonProperty("indirect_partner_id") String indirectPartnerId) {

  /** Copies the lists, so that the record is immutable. */
  public ListQuotaCouponsRequest {
    quotaIds = quotaIds == null ? null : Collections.unmodifiableList(new ArrayList<>(quotaIds));
    quotaStatusList = quotaStatusList == null ? null : Collections.unmodifiableList(new ArrayList<>(quotaStatusList));
  }

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListQuotaCouponsRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private List<String> quotaIds;
    private List<Integer> quotaStatusList;
    private Integer quotaType;
    private String createTimeBegin;
    private String createTimeEnd;
    private String effectiveTimeBegin;
    private String effectiveTimeEnd;
    private String expireTimeBegin;
    private String expireTimeEnd;
    private Integer offset;
    private Integer limit;
    private String indirectPartnerId;

    private Builder() {}

    /** Sets {@code quota_ids}: quota ids. */
    public Builder quotaIds(List<String> quotaIds) {
      this.quotaIds = quotaIds;
      return this;
    }

    /** Sets {@code quota_status_list}: {@code 0} normal, {@code 3} invalid, {@code 4} adjusting, {@code 5} frozen. */
    public Builder quotaStatusList(List<Integer> quotaStatusList) {
      this.quotaStatusList = quotaStatusList;
      return this;
    }

    /** Sets {@code quota_type}: {@code 0} cash coupon quota, {@code 1} flexi-purchase quota. */
    public Builder quotaType(Integer quotaType) {
      this.quotaType = quotaType;
      return this;
    }

    /** Sets {@code create_time_begin}: UTC. */
    public Builder createTimeBegin(String createTimeBegin) {
      this.createTimeBegin = createTimeBegin;
      return this;
    }

    /** Sets {@code create_time_end}: UTC. */
    public Builder createTimeEnd(String createTimeEnd) {
      this.createTimeEnd = createTimeEnd;
      return this;
    }

    /** Sets {@code effective_time_begin}: UTC. */
    public Builder effectiveTimeBegin(String effectiveTimeBegin) {
      this.effectiveTimeBegin = effectiveTimeBegin;
      return this;
    }

    /** Sets {@code effective_time_end}: UTC. */
    public Builder effectiveTimeEnd(String effectiveTimeEnd) {
      this.effectiveTimeEnd = effectiveTimeEnd;
      return this;
    }

    /** Sets {@code expire_time_begin}: UTC. */
    public Builder expireTimeBegin(String expireTimeBegin) {
      this.expireTimeBegin = expireTimeBegin;
      return this;
    }

    /** Sets {@code expire_time_end}: UTC. */
    public Builder expireTimeEnd(String expireTimeEnd) {
      this.expireTimeEnd = expireTimeEnd;
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

    /** Sets {@code indirect_partner_id}: a cloud reseller's quotas. */
    public Builder indirectPartnerId(String indirectPartnerId) {
      this.indirectPartnerId = indirectPartnerId;
      return this;
    }

    /** The request. */
    public ListQuotaCouponsRequest build() {
      return new ListQuotaCouponsRequest(quotaIds, quotaStatusList, quotaType, createTimeBegin, createTimeEnd, effectiveTimeBegin, effectiveTimeEnd, expireTimeBegin, expireTimeEnd, offset, limit, indirectPartnerId);
    }
  }
}
