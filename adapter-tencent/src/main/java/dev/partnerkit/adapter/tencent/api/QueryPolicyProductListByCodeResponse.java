package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Response of the {@code QueryPolicyProductListByCode} action (the content of the {@code Response} envelope on
 * success). Unknown fields are ignored; enum-like values are kept as strings, so a new vendor value never breaks
 * parsing.
 *
 * @param productList {@code ProductList} (always set): policy product list.
 * @param total {@code Total} (always set): Total number of data entries
 * @param requestId {@code RequestId} (always set): always present
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QueryPolicyProductListByCodeResponse(
    @JsonProperty("ProductList") List<PolicyProductList> productList,
    @JsonProperty("Total") Long total,
    @JsonProperty("RequestId") String requestId) {

  /** Copies the lists, so that the record is immutable; a null list stays null. */
  public QueryPolicyProductListByCodeResponse {
    productList = WireValues.copy(productList);
  }
}
