package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Answer of ListSubCustomerCoupons.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param count {@code count}: total number of coupons
 * @param userCoupons {@code user_coupons}: this page
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListSubCustomerCouponsResponse(
    @JsonProperty("count") Integer count,
    @JsonProperty("user_coupons") List<UserCoupon> userCoupons) {

  /** Copies the lists, so that the record is immutable. */
  public ListSubCustomerCouponsResponse {
    userCoupons = userCoupons == null ? null : Collections.unmodifiableList(new ArrayList<>(userCoupons));
  }
}
