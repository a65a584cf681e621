package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of SendVerificationMessageCode ({@code POST /v2/bases/verificationcode/send}): sends a registration code by SMS
 * (China) or email (international).
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param receiverType {@code receiver_type}: {@code 1} SMS (China), {@code 2} email (international)
 * @param mobilePhone {@code mobile_phone}: China: mainland mobile number
 * @param email {@code email}: international: email address
 * @param timeout {@code timeout}: code validity in minutes (default 10; above 60 forced to 5)
 * @param lang {@code lang}: {@code zh-cn} or {@code en-us}
 * @param scene {@code scene}: China: {@code 29} registration (default), {@code 18} bank-card real-name verification
 * @param customerId {@code customer_id}: China: required with scene 18
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SendVerificationMessageCodeRequest(
    @JsonProperty("receiver_type") Integer receiverType,
    @JsonProperty("mobile_phone") String mobilePhone,
    @JsonProperty("email") String email,
    @JsonProperty("timeout") Integer timeout,
    @JsonProperty("lang") String lang,
    @JsonProperty("scene") Integer scene,
    @JsonProperty("customer_id") String customerId) {

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SendVerificationMessageCodeRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private Integer receiverType;
    private String mobilePhone;
    private String email;
    private Integer timeout;
    private String lang;
    private Integer scene;
    private String customerId;

    private Builder() {}

    /** Sets {@code receiver_type}: {@code 1} SMS (China), {@code 2} email (international). */
    public Builder receiverType(Integer receiverType) {
      this.receiverType = receiverType;
      return this;
    }

    /** Sets {@code mobile_phone}: China: mainland mobile number. */
    public Builder mobilePhone(String mobilePhone) {
      this.mobilePhone = mobilePhone;
      return this;
    }

    /** Sets {@code email}: international: email address. */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /** Sets {@code timeout}: code validity in minutes (default 10; above 60 forced to 5). */
    public Builder timeout(Integer timeout) {
      this.timeout = timeout;
      return this;
    }

    /** Sets {@code lang}: {@code zh-cn} or {@code en-us}. */
    public Builder lang(String lang) {
      this.lang = lang;
      return this;
    }

    /** Sets {@code scene}: China: {@code 29} registration (default), {@code 18} bank-card real-name verification. */
    public Builder scene(Integer scene) {
      this.scene = scene;
      return this;
    }

    /** Sets {@code customer_id}: China: required with scene 18. */
    public Builder customerId(String customerId) {
      this.customerId = customerId;
      return this;
    }

    /** The request. */
    public SendVerificationMessageCodeRequest build() {
      return new SendVerificationMessageCodeRequest(receiverType, mobilePhone, email, timeout, lang, scene, customerId);
    }
  }
}
