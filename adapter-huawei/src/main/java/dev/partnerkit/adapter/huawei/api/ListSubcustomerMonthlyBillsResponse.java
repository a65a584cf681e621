package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Answer of ListSubcustomerMonthlyBills.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param count {@code count}: total number of records
 * @param currency {@code currency}: currency
 * @param billSums {@code bill_sums}: this page
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListSubcustomerMonthlyBillsResponse(
    @JsonProperty("count") Integer count,
    @JsonProperty("currency") String currency,
    @JsonProperty("bill_sums") List<BillSum> billSums) {

  /** Copies the lists, so that the record is immutable. */
  public ListSubcustomerMonthlyBillsResponse {
    billSums = billSums == null ? null : Collections.unmodifiableList(new ArrayList<>(billSums));
  }
}
