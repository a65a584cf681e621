package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * Request of the {@code QueryPolicyProductListByCode} action: Queries the policy product range.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters.
 *
 * @param policyCode {@code PolicyCode} (required): Policy code.
 * @param productCode {@code ProductCode} (optional): The code of the ProductName field in the bill data.
 * @param productName {@code ProductName} (optional): The ProductName field value in the billing data.
 * @param subProductCode {@code SubProductCode} (optional): The code of the SubProductName field in the bill data.
 * @param subProductName {@code SubProductName} (optional): The SubProductName field value in the billing data.
 * @param page {@code Page} (optional): Page parameter: current page number. The minimum value is 1.
 * @param pageSize {@code PageSize} (optional): Page parameter: Indicates the number of entries per page. Value range:
 *     [1, 200], default is 200.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueryPolicyProductListByCodeRequest(
    @JsonProperty("PolicyCode") String policyCode,
    @JsonProperty("ProductCode") String productCode,
    @JsonProperty("ProductName") String productName,
    @JsonProperty("SubProductCode") String subProductCode,
    @JsonProperty("SubProductName") String subProductName,
    @JsonProperty("Page") Long page,
    @JsonProperty("PageSize") Long pageSize) {

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QueryPolicyProductListByCodeRequest}; every setter returns this builder. */
  public static final class Builder {
    private String policyCode;
    private String productCode;
    private String productName;
    private String subProductCode;
    private String subProductName;
    private Long page;
    private Long pageSize;

    private Builder() {}

    /** Sets {@code PolicyCode} (required). */
    public Builder policyCode(String policyCode) {
      this.policyCode = policyCode;
      return this;
    }

    /** Sets {@code ProductCode} (optional). */
    public Builder productCode(String productCode) {
      this.productCode = productCode;
      return this;
    }

    /** Sets {@code ProductName} (optional). */
    public Builder productName(String productName) {
      this.productName = productName;
      return this;
    }

    /** Sets {@code SubProductCode} (optional). */
    public Builder subProductCode(String subProductCode) {
      this.subProductCode = subProductCode;
      return this;
    }

    /** Sets {@code SubProductName} (optional). */
    public Builder subProductName(String subProductName) {
      this.subProductName = subProductName;
      return this;
    }

    /** Sets {@code Page} (optional). */
    public Builder page(Long page) {
      this.page = page;
      return this;
    }

    /** Sets {@code PageSize} (optional). */
    public Builder pageSize(Long pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalStateException naming every required parameter left unset
     */
    public QueryPolicyProductListByCodeRequest build() {
      List<String> missing = new ArrayList<>();
      if (policyCode == null) missing.add("PolicyCode");
      if (!missing.isEmpty()) {
        throw new IllegalStateException(
            "QueryPolicyProductListByCodeRequest: missing required parameter(s) " + missing);
      }
      return new QueryPolicyProductListByCodeRequest(
          policyCode, productCode, productName, subProductCode, subProductName, page, pageSize);
    }
  }
}
