package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Request of the {@code SendVerifyCode} action: Sends a verification code for account registration.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters, or with {@code of(...)}.
 *
 * @param countryCode {@code CountryCode} (required): Country code. Parameter value is not allowed to be 7,380,86.
 * @param phoneNum {@code PhoneNum} (required): Mobile number. The caller needs to ensure the validity and correctness
 *     of the mobile number. A global mobile number within a range of 1-32 digits is allowed.No need to add CountryCode
 *     before mobile number.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendVerifyCodeRequest(
    @JsonProperty("CountryCode") String countryCode,
    @JsonProperty("PhoneNum") String phoneNum) {

  /**
   * A request with every (required) parameter; none may be null.
   *
   * @param countryCode {@code CountryCode} (required): Country code. Parameter value is not allowed to be 7,380,86.
   * @param phoneNum {@code PhoneNum} (required): Mobile number. The caller needs to ensure the validity and correctness
   *     of the mobile number. A global mobile number within a range of 1-32 digits is allowed.No need to add
   *     CountryCode before mobile number.
   */
  public static SendVerifyCodeRequest of(String countryCode, String phoneNum) {
    return new SendVerifyCodeRequest(
        Objects.requireNonNull(countryCode, "CountryCode"), Objects.requireNonNull(phoneNum, "PhoneNum"));
  }

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SendVerifyCodeRequest}; every setter returns this builder. */
  public static final class Builder {
    private String countryCode;
    private String phoneNum;

    private Builder() {}

    /** Sets {@code CountryCode} (required). */
    public Builder countryCode(String countryCode) {
      this.countryCode = countryCode;
      return this;
    }

    /** Sets {@code PhoneNum} (required). */
    public Builder phoneNum(String phoneNum) {
      this.phoneNum = phoneNum;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalStateException naming every required parameter left unset
     */
    public SendVerifyCodeRequest build() {
      List<String> missing = new ArrayList<>();
      if (countryCode == null) missing.add("CountryCode");
      if (phoneNum == null) missing.add("PhoneNum");
      if (!missing.isEmpty()) {
        throw new IllegalStateException("SendVerifyCodeRequest: missing required parameter(s) " + missing);
      }
      return new SendVerifyCodeRequest(countryCode, phoneNum);
    }
  }
}
