package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Answer of ListPartnerBalances.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param accountBalances {@code account_balances}: one per account type
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListPartnerBalancesResponse(
    @JsonProperty("account_balances") List<AccountBalance> accountBalances) {

  /** Copies the lists, so that the record is immutable. */
  public ListPartnerBalancesResponse {
    accountBalances = accountBalances == null ? null : Collections.unmodifiableList(new ArrayList<>(accountBalances));
  }
}
