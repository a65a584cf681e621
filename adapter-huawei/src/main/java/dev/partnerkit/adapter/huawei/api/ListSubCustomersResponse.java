package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Answer of ListSubCustomers.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param count {@code count}: total number of matching customers
 * @param customerInfos {@code customer_infos}: this page
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListSubCustomersResponse(
    @JsonProperty("count") Integer count,
    @JsonProperty("customer_infos") List<CustomerInformation> customerInfos) {

  /** Copies the lists, so that the record is immutable. */
  public ListSubCustomersResponse {
    customerInfos = customerInfos == null ? null : Collections.unmodifiableList(new ArrayList<>(customerInfos));
  }
}
