package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Response of the {@code QueryDirectCustomersCredit} action (the content of the {@code Response} envelope on success).
 * Unknown fields are ignored; enum-like values are kept as strings, so a new vendor value never breaks parsing.
 *
 * @param data {@code Data} (always set): Direct customer information list
 * @param requestId {@code RequestId} (always set): always present
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QueryDirectCustomersCreditResponse(
    @JsonProperty("Data") List<QueryDirectCustomersCreditData> data,
    @JsonProperty("RequestId") String requestId) {

  /** Copies the lists, so that the record is immutable; a null list stays null. */
  public QueryDirectCustomersCreditResponse {
    data = WireValues.copy(data);
  }
}
