package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Body of CreatePartnerCoupons (China): issue coupons from a quota to customers.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param quotaId {@code quota_id}: quota id (required)
 * @param customerIds {@code customer_ids}: customers (required)
 * @param faceValue {@code face_value}: face value, greater than 0
 * @param validTime {@code valid_time}: UTC; default from the quota
 * @param expireTime {@code expire_time}: UTC; default from the quota
 * @param cloudServiceTypes {@code cloud_service_types}: at most 10
 * @param productIds {@code product_ids}: at most 10
 * @param memo {@code memo}: memo
 * @param indirectPartnerId {@code indirect_partner_id}: a cloud reseller's quota
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreatePartnerCouponsRequest(
    @JsonProperty("quota_id") String quotaId,
    @JsonProperty("customer_ids") List<String> customerIds,
    @JsonProperty("face_value") BigDecimal faceValue,
    @JsonProperty("valid_time") String validTime,
    @JsonProperty("expire_time") String expireTime,
    @JsonProperty("cloud_service_types") List<String> cloudServiceTypes,
    @JsonProperty("product_ids") List<String> productIds,
    @JsonProperty("memo") String memo,
    @JsonProperty("indirect_partner_id") String indirectPartnerId) {

  /** Copies the lists, so that the record is immutable. */
  public CreatePartnerCouponsRequest {
    customerIds = customerIds == null ? null : Collections.unmodifiableList(new ArrayList<>(customerIds));
    cloudServiceTypes = cloudServiceTypes == null ? null : Collections.unmodifiableList(new ArrayList<>(cloudServiceTypes));
    productIds = productIds == null ? null : Collections.unmodifiableList(new ArrayList<>(productIds));
  }

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreatePartnerCouponsRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private String quotaId;
    private List<String> customerIds;
    private BigDecimal faceValue;
    private String validTime;
    private String expireTime;
    private List<String> cloudServiceTypes;
    private List<String> productIds;
    private String memo;
    private String indirectPartnerId;

    private Builder() {}

    /** Sets {@code quota_id}: quota id (required). */
    public Builder quotaId(String quotaId) {
      this.quotaId = quotaId;
      return this;
    }

    /** Sets {@code customer_ids}: customers (required). */
    public Builder customerIds(List<String> customerIds) {
      this.customerIds = customerIds;
      return this;
    }

    /** Sets {@code face_value}: face value, greater than 0. */
    public Builder faceValue(BigDecimal faceValue) {
      this.faceValue = faceValue;
      return this;
    }

    /** Sets {@code valid_time}: UTC; default from the quota. */
    public Builder validTime(String validTime) {
      this.validTime = validTime;
      return this;
    }

    /** Sets {@code expire_time}: UTC; default from the quota. */
    public Builder expireTime(String expireTime) {
      this.expireTime = expireTime;
      return this;
    }

    /** Sets {@code cloud_service_types}: at most 10. */
    public Builder cloudServiceTypes(List<String> cloudServiceTypes) {
      this.cloudServiceTypes = cloudServiceTypes;
      return this;
    }

    /** Sets {@code product_ids}: at most 10. */
    public Builder productIds(List<String> productIds) {
      this.productIds = productIds;
      return this;
    }

    /** Sets {@code memo}: memo. */
    public Builder memo(String memo) {
      this.memo = memo;
      return this;
    }

    /** Sets {@code indirect_partner_id}: a cloud reseller's quota. */
    public Builder indirectPartnerId(String indirectPartnerId) {
      this.indirectPartnerId = indirectPartnerId;
      return this;
    }

    /** The request. */
    public CreatePartnerCouponsRequest build() {
      return new CreatePartnerCouponsRequest(quotaId, customerIds, faceValue, validTime, expireTime, cloudServiceTypes, productIds, memo, indirectPartnerId);
    }
  }
}
