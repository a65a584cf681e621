package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Answer of CreatePartnerCoupons: issued coupons and per-customer failures.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param errorDetails {@code error_details}: failed customers
 * @param couponInfos {@code coupon_infos}: issued coupons
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreatePartnerCouponsResponse(
    @JsonProperty("error_details") List<ErrorDetail> errorDetails,
    @JsonProperty("coupon_infos") List<IssuedCoupon> couponInfos) {

  /** Copies the lists, so that the record is immutable. */
  public CreatePartnerCouponsResponse {
    errorDetails = errorDetails == null ? null : Collections.unmodifiableList(new ArrayList<>(errorDetails));
    couponInfos = couponInfos == null ? null : Collections.unmodifiableList(new ArrayList<>(couponInfos));
  }
}
