package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Answer of ListSubCustomerBudgetRecords.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param totalCount {@code total_count}: total number of records
 * @param measureId {@code measure_id}: {@code 1}: currency unit
 * @param currency {@code currency}: {@code USD}
 * @param recordList {@code record_list}: this page
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListSubCustomerBudgetRecordsResponse(
    @JsonProperty("total_count") Integer totalCount,
    @JsonProperty("measure_id") Integer measureId,
    @JsonProperty("currency") String currency,
    @JsonProperty("record_list") List<BudgetRecord> recordList) {

  /** Copies the lists, so that the record is immutable. */
  public ListSubCustomerBudgetRecordsResponse {
    recordList = recordList == null ? null : Collections.unmodifiableList(new ArrayList<>(recordList));
  }
}
