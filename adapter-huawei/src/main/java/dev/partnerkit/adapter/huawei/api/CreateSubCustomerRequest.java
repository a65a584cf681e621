package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of CreateSubCustomer ({@code POST /v2/partners/sub-customers}). China fields: {@code mobile_phone}, {@code
 * cooperation_type}; international fields: {@code email}, {@code domain_area} (required there). Absent (null) fields
 * are not sent.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent. {@link #toString()} masks {@code
 * verification_code}, {@code password}.
 *
 * @param xaccountId {@code xaccount_id}: the partner platform's unique user id (required, at most 128 characters; a
 *     reuse is refused with CBC.99000039)
 * @param xaccountType {@code xaccount_type}: the platform id Huawei assigned to the partner (required)
 * @param domainName {@code domain_name}: the account name to create (5-32 characters); absent for a random one
 * @param mobilePhone {@code mobile_phone}: China only: mainland mobile number
 * @param email {@code email}: international only: email address
 * @param domainArea {@code domain_area}: international only, required there: ISO 3166 alpha-2 country code
 * @param verificationCode {@code verification_code}: the code from SendVerificationMessageCode; required with a phone
 *     or email
 * @param password {@code password}: the initial password; absent for a random one (SSO only)
 * @param isCloseMarketMs {@code is_close_market_ms}: {@code "true"} to suppress marketing messages
 * @param cooperationType {@code cooperation_type}: China only, being phased out: {@code "1"} consulting sale
 * @param indirectPartnerId {@code indirect_partner_id}: the cloud reseller to bind the customer to (distributors only)
 * @param includeAssociationResult {@code include_association_result}: whether to wait for the partner association
 *     result
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateSubCustomerRequest(
    @JsonProperty("xaccount_id") String xaccountId,
    @JsonProperty("xaccount_type") String xaccountType,
    @JsonProperty("domain_name") String domainName,
    @JsonProperty("mobile_phone") String mobilePhone,
    @JsonProperty("email") String email,
    @JsonProperty("domain_area") String domainArea,
    @JsonProperty("verification_code") String verificationCode,
    @JsonProperty("password") String password,
    @JsonProperty("is_close_market_ms") String isCloseMarketMs,
    @JsonProperty("cooperation_type") String cooperationType,
    @JsonProperty("indirect_partner_id") String indirectPartnerId,
    @JsonProperty("include_association_result") Boolean includeAssociationResult) {

  @Override
  public String toString() {
    return "CreateSubCustomerRequest["
        + "xaccountId=" + xaccountId
        + ", xaccountType=" + xaccountType
        + ", domainName=" + domainName
        + ", mobilePhone=" + mobilePhone
        + ", email=" + email
        + ", domainArea=" + domainArea
        + ", verificationCode=" + (verificationCode == null ? "null" : "******")
        + ", password=" + (password == null ? "null" : "******")
        + ", isCloseMarketMs=" + isCloseMarketMs
        + ", cooperationType=" + cooperationType
        + ", indirectPartnerId=" + indirectPartnerId
        + ", includeAssociationResult=" + includeAssociationResult
        + "]";
  }

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreateSubCustomerRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private String xaccountId;
    private String xaccountType;
    private String domainName;
    private String mobilePhone;
    private String email;
    private String domainArea;
    private String verificationCode;
    private String password;
    private String isCloseMarketMs;
    private String cooperationType;
    private String indirectPartnerId;
    private Boolean includeAssociationResult;

    private Builder() {}

    /** Sets {@code xaccount_id}: the partner platform's unique user id (required, at most 128 characters; a reuse is refused with CBC.99000039). */
    public Builder xaccountId(String xaccountId) {
      this.xaccountId = xaccountId;
      return this;
    }

    /** Sets {@code xaccount_type}: the platform id Huawei assigned to the partner (required). */
    public Builder xaccountType(String xaccountType) {
      this.xaccountType = xaccountType;
      return this;
    }

    /** Sets {@code domain_name}: the account name to create (5-32 characters); absent for a random one. */
    public Builder domainName(String domainName) {
      this.domainName = domainName;
      return this;
    }

    /** Sets {@code mobile_phone}: China only: mainland mobile number. */
    public Builder mobilePhone(String mobilePhone) {
      this.mobilePhone = mobilePhone;
      return this;
    }

    /** Sets {@code email}: international only: email address. */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /** Sets {@code domain_area}: international only, required there: ISO 3166 alpha-2 country code. */
    public Builder domainArea(String domainArea) {
      this.domainArea = domainArea;
      return this;
    }

    /** Sets {@code verification_code}: the code from SendVerificationMessageCode; required with a phone or email. */
    public Builder verificationCode(String verificationCode) {
      this.verificationCode = verificationCode;
      return this;
    }

    /** Sets {@code password}: the initial password; absent for a random one (SSO only). */
    public Builder password(String password) {
      this.password = password;
      return this;
    }

    /** Sets {@code is_close_market_ms}: {@code "true"} to suppress marketing messages. */
    public Builder isCloseMarketMs(String isCloseMarketMs) {
      this.isCloseMarketMs = isCloseMarketMs;
      return this;
    }

    /** Sets {@code cooperation_type}: China only, being phased out: {@code "1"} consulting sale. */
    public Builder cooperationType(String cooperationType) {
      this.cooperationType = cooperationType;
      return this;
    }

    /** Sets {@code indirect_partner_id}: the cloud reseller to bind the customer to (distributors only). */
    public Builder indirectPartnerId(String indirectPartnerId) {
      this.indirectPartnerId = indirectPartnerId;
      return this;
    }

    /** Sets {@code include_association_result}: whether to wait for the partner association result. */
    public Builder includeAssociationResult(Boolean includeAssociationResult) {
      this.includeAssociationResult = includeAssociationResult;
      return this;
    }

    /** The request. */
    public CreateSubCustomerRequest build() {
      return new CreateSubCustomerRequest(xaccountId, xaccountType, domainName, mobilePhone, email, domainArea, verificationCode, password, isCloseMarketMs, cooperationType, indirectPartnerId, includeAssociationResult);
    }
  }
}
