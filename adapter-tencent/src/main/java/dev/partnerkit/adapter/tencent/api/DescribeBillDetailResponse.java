package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Response of the {@code DescribeBillDetail} action (the content of the {@code Response} envelope on success). Unknown
 * fields are ignored; enum-like values are kept as strings, so a new vendor value never breaks parsing.
 *
 * @param detailSet {@code DetailSet} (always set): Data details.
 * @param total {@code Total} (always set): Total number of entries.
 * @param requestId {@code RequestId} (always set): always present
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DescribeBillDetailResponse(
    @JsonProperty("DetailSet") List<CustomerBillDetailData> detailSet,
    @JsonProperty("Total") Long total,
    @JsonProperty("RequestId") String requestId) {

  /** Copies the lists, so that the record is immutable; a null list stays null. */
  public DescribeBillDetailResponse {
    detailSet = WireValues.copy(detailSet);
  }
}
