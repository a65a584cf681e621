package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Body of ListCustomerOnDemandResources: a customer's pay-per-use resources.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param customerId {@code customer_id}: customer id (required)
 * @param regionCode {@code region_code}: region
 * @param serviceTypeCode {@code service_type_code}: service type
 * @param resourceIds {@code resource_ids}: at most 50 resource ids
 * @param effectiveTimeBegin {@code effective_time_begin}: UTC
 * @param effectiveTimeEnd {@code effective_time_end}: UTC
 * @param offset {@code offset}: 0-based record offset
 * @param limit {@code limit}: page size
 * @param status {@code status}: {@code 1} normal, {@code 2} grace period, {@code 3} frozen, {@code 4} changing, {@code
 *     5} closing, {@code 6} closed
 * @param indirectPartnerId {@code indirect_partner_id}: a cloud reseller's customer
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListCustomerOnDemandResourcesRequest(
    @JsonProperty("customer_id") String customerId,
    @JsonProperty("region_code") String regionCode,
    @JsonProperty("service_type_code") String serviceTypeCode,
    @JsonProperty("resource_ids") List<String> resourceIds,
    @JsonProperty("effective_time_begin") String effectiveTimeBegin,
    @JsonProperty("effective_time_end") String effectiveTimeEnd,
    @JsonProperty("offset") Integer offset,
    @JsonProperty("limit") Integer limit,
    @JsonProperty("status") Integer status,
    @JsonProperty("indirect_partner_id") String indirectPartnerId) {

  /** Copies the lists, so that the record is immutable. */
  public ListCustomerOnDemandResourcesRequest {
    resourceIds = resourceIds == null ? null : Collections.unmodifiableList(new ArrayList<>(resourceIds));
  }

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListCustomerOnDemandResourcesRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private String customerId;
    private String regionCode;
    private String serviceTypeCode;
    private List<String> resourceIds;
    private String effectiveTimeBegin;
    private String effectiveTimeEnd;
    private Integer offset;
    private Integer limit;
    private Integer status;
    private String indirectPartnerId;

    private Builder() {}

    /** Sets {@code customer_id}: customer id (required). */
    public Builder customerId(String customerId) {
      this.customerId = customerId;
      return this;
    }

    /** Sets {@code region_code}: region. */
    public Builder regionCode(String regionCode) {
      this.regionCode = regionCode;
      return this;
    }

    /** Sets {@code service_type_code}: service type. */
    public Builder serviceTypeCode(String serviceTypeCode) {
      this.serviceTypeCode = serviceTypeCode;
      return this;
    }

    /** Sets {@code resource_ids}: at most 50 resource ids. */
    public Builder resourceIds(List<String> resourceIds) {
      this.resourceIds = resourceIds;
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

    /** Sets {@code status}: {@code 1} normal, {@code 2} grace period, {@code 3} frozen, {@code 4} changing, {@code 5} closing, {@code 6} closed. */
    public Builder status(Integer status) {
      this.status = status;
      return this;
    }

    /** Sets {@code indirect_partner_id}: a cloud reseller's customer. */
    public Builder indirectPartnerId(String indirectPartnerId) {
      this.indirectPartnerId = indirectPartnerId;
      return this;
    }

    /** The request. */
    public ListCustomerOnDemandResourcesRequest build() {
      return new ListCustomerOnDemandResourcesRequest(customerId, regionCode, serviceTypeCode, resourceIds, effectiveTimeBegin, effectiveTimeEnd, offset, limit, status, indirectPartnerId);
    }
  }
}
