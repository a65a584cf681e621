package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Wire type {@code QueryVoucherListByUinItem}: Voucher information of a single customer. Unknown fields are ignored
 * when read; null fields are not written.
 *
 * @param clientUin {@code ClientUin} (always set): Customer UIN
 * @param totalCount {@code TotalCount} (always set): The total number of vouchers
 * @param data {@code Data} (always set): Voucher details
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record QueryVoucherListByUinItem(
    @JsonProperty("ClientUin") Long clientUin,
    @JsonProperty("TotalCount") Long totalCount,
    @JsonProperty("Data") List<QueryVoucherListByUinVoucherItem> data) {

  /** Copies the lists, so that the record is immutable; a null list stays null. */
  public QueryVoucherListByUinItem {
    data = WireValues.copy(data);
  }
}
