package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Bank-card details for an individual real-name verification (China).
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 * {@link #toString()} masks {@code bank_account}, {@code verification_code}.
 *
 * @param bankAccount {@code bank_account}: bank account number
 * @param areacode {@code areacode}: country calling code
 * @param mobile {@code mobile}: mobile
 * @param verificationCode {@code verification_code}: SMS code (scene 18)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BankCardInfo(
    @JsonProperty("bank_account") String bankAccount,
    @JsonProperty("areacode") String areacode,
    @JsonProperty("mobile") String mobile,
    @JsonProperty("verification_code") String verificationCode) {

  @Override
  public String toString() {
    return "BankCardInfo["
        + "bankAccount=" + (bankAccount == null ? "null" : "******")
        + ", areacode=" + areacode
        + ", mobile=" + mobile
        + ", verificationCode=" + (verificationCode == null ? "null" : "******")
        + "]";
  }
}
