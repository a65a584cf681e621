package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Body of CreateEnterpriseRealnameAuthentication: submit an enterprise real-name verification.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param customerId {@code customer_id}: customer id (required)
 * @param identifyType {@code identify_type}: identification type
 * @param certificateType {@code certificate_type}: certificate type
 * @param verifiedFileUrl {@code verified_file_url}: document file URLs
 * @param corpName {@code corp_name}: company name
 * @param verifiedNumber {@code verified_number}: registration number
 * @param regCountry {@code reg_country}: registration country
 * @param regAddress {@code reg_address}: registration address
 * @param xaccountType {@code xaccount_type}: the partner platform id
 * @param enterprisePerson {@code enterprise_person}: legal representative
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateEnterpriseRealnameAuthenticationRequest(
    @JsonProperty("customer_id") String customerId,
    @JsonProperty("identify_type") Integer identifyType,
    @JsonProperty("certificate_type") Integer certificateType,
    @JsonProperty("verified_file_url") List<String> verifiedFileUrl,
    @JsonProperty("corp_name") String corpName,
    @JsonProperty("verified_number") String verifiedNumber,
    @JsonProperty("reg_country") String regCountry,
    @JsonProperty("reg_address") String regAddress,
    @JsonProperty("xaccount_type") String xaccountType,
    @JsonProperty("enterprise_person") EnterprisePerson enterprisePerson) {

  /** Copies the lists, so that the record is immutable. */
  public CreateEnterpriseRealnameAuthenticationRequest {
    verifiedFileUrl = verifiedFileUrl == null ? null : Collections.unmodifiableList(new ArrayList<>(verifiedFileUrl));
  }

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreateEnterpriseRealnameAuthenticationRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private String customerId;
    private Integer identifyType;
    private Integer certificateType;
    private List<String> verifiedFileUrl;
    private String corpName;
    private String verifiedNumber;
    private String regCountry;
    private String regAddress;
    private String xaccountType;
    private EnterprisePerson enterprisePerson;

    private Builder() {}

    /** Sets {@code customer_id}: customer id (required). */
    public Builder customerId(String customerId) {
      this.customerId = customerId;
      return this;
    }

    /** Sets {@code identify_type}: identification type. */
    public Builder identifyType(Integer identifyType) {
      this.identifyType = identifyType;
      return this;
    }

    /** Sets {@code certificate_type}: certificate type. */
    public Builder certificateType(Integer certificateType) {
      this.certificateType = certificateType;
      return this;
    }

    /** Sets {@code verified_file_url}: document file URLs. */
    public Builder verifiedFileUrl(List<String> verifiedFileUrl) {
      this.verifiedFileUrl = verifiedFileUrl;
      return this;
    }

    /** Sets {@code corp_name}: company name. */
    public Builder corpName(String corpName) {
      this.corpName = corpName;
      return this;
    }

    /** Sets {@code verified_number}: registration number. */
    public Builder verifiedNumber(String verifiedNumber) {
      this.verifiedNumber = verifiedNumber;
      return this;
    }

    /** Sets {@code reg_country}: registration country. */
    public Builder regCountry(String regCountry) {
      this.regCountry = regCountry;
      return this;
    }

    /** Sets {@code reg_address}: registration address. */
    public Builder regAddress(String regAddress) {
      this.regAddress = regAddress;
      return this;
    }

    /** Sets {@code xaccount_type}: the partner platform id. */
    public Builder xaccountType(String xaccountType) {
      this.xaccountType = xaccountType;
      return this;
    }

    /** Sets {@code enterprise_person}: legal representative. */
    public Builder enterprisePerson(EnterprisePerson enterprisePerson) {
      this.enterprisePerson = enterprisePerson;
      return this;
    }

    /** The request. */
    public CreateEnterpriseRealnameAuthenticationRequest build() {
      return new CreateEnterpriseRealnameAuthenticationRequest(customerId, identifyType, certificateType, verifiedFileUrl, corpName, verifiedNumber, regCountry, regAddress, xaccountType, enterprisePerson);
    }
  }
}
