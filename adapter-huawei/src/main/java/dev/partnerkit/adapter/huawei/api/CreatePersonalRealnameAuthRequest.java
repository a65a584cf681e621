package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Body of CreatePersonalRealnameAuth: submit an individual real-name verification for a customer.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent. {@link #toString()} masks {@code
 * verified_number}.
 *
 * @param customerId {@code customer_id}: customer id (required)
 * @param identifyType {@code identify_type}: identification type
 * @param verifiedType {@code verified_type}: document type
 * @param verifiedFileUrl {@code verified_file_url}: document file URLs
 * @param name {@code name}: the person's name
 * @param verifiedNumber {@code verified_number}: document number
 * @param changeType {@code change_type}: change type
 * @param xaccountType {@code xaccount_type}: the partner platform id
 * @param bankCardInfo {@code bank_card_info}: China only: bank-card verification
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreatePersonalRealnameAuthRequest(
    @JsonProperty("customer_id") String customerId,
    @JsonProperty("identify_type") Integer identifyType,
    @JsonProperty("verified_type") Integer verifiedType,
    @JsonProperty("verified_file_url") List<String> verifiedFileUrl,
    @JsonProperty("name") String name,
    @JsonProperty("verified_number") String verifiedNumber,
    @JsonProperty("change_type") Integer changeType,
    @JsonProperty("xaccount_type") String xaccountType,
    @JsonProperty("bank_card_info") BankCardInfo bankCardInfo) {

  /** Copies the lists, so that the record is immutable. */
  public CreatePersonalRealnameAuthRequest {
    verifiedFileUrl = verifiedFileUrl == null ? null : Collections.unmodifiableList(new ArrayList<>(verifiedFileUrl));
  }

  @Override
  public String toString() {
    return "CreatePersonalRealnameAuthRequest["
        + "customerId=" + customerId
        + ", identifyType=" + identifyType
        + ", verifiedType=" + verifiedType
        + ", verifiedFileUrl=" + verifiedFileUrl
        + ", name=" + name
        + ", verifiedNumber=" + (verifiedNumber == null ? "null" : "******")
        + ", changeType=" + changeType
        + ", xaccountType=" + xaccountType
        + ", bankCardInfo=" + bankCardInfo
        + "]";
  }

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreatePersonalRealnameAuthRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private String customerId;
    private Integer identifyType;
    private Integer verifiedType;
    private List<String> verifiedFileUrl;
    private String name;
    private String verifiedNumber;
    private Integer changeType;
    private String xaccountType;
    private BankCardInfo bankCardInfo;

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

    /** Sets {@code verified_type}: document type. */
    public Builder verifiedType(Integer verifiedType) {
      this.verifiedType = verifiedType;
      return this;
    }

    /** Sets {@code verified_file_url}: document file URLs. */
    public Builder verifiedFileUrl(List<String> verifiedFileUrl) {
      this.verifiedFileUrl = verifiedFileUrl;
      return this;
    }

    /** Sets {@code name}: the person's name. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Sets {@code verified_number}: document number. */
    public Builder verifiedNumber(String verifiedNumber) {
      this.verifiedNumber = verifiedNumber;
      return this;
    }

    /** Sets {@code change_type}: change type. */
    public Builder changeType(Integer changeType) {
      this.changeType = changeType;
      return this;
    }

    /** Sets {@code xaccount_type}: the partner platform id. */
    public Builder xaccountType(String xaccountType) {
      this.xaccountType = xaccountType;
      return this;
    }

    /** Sets {@code bank_card_info}: China only: bank-card verification. */
    public Builder bankCardInfo(BankCardInfo bankCardInfo) {
      this.bankCardInfo = bankCardInfo;
      return this;
    }

    /** The request. */
    public CreatePersonalRealnameAuthRequest build() {
      return new CreatePersonalRealnameAuthRequest(customerId, identifyType, verifiedType, verifiedFileUrl, name, verifiedNumber, changeType, xaccountType, bankCardInfo);
    }
  }
}
