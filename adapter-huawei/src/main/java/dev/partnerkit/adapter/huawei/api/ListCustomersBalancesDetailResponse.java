package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Answer of ListCustomersBalancesDetail.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param customerBalances {@code customer_balances}: one per reseller-model customer
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListCustomersBalancesDetailResponse(
    @JsonProperty("customer_balances") List<CustomerBalance> customerBalances) {

  /** Copies the lists, so that the record is immutable. */
  public ListCustomersBalancesDetailResponse {
    customerBalances = customerBalances == null ? null : Collections.unmodifiableList(new ArrayList<>(customerBalances));
  }
}
