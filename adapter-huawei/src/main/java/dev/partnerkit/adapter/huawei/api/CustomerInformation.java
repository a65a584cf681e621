package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One customer in ListSubCustomers.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param customerId {@code customer_id}: customer (account) id
 * @param accountName {@code account_name}: master login name
 * @param customer {@code customer}: real-name name
 * @param associatedOn {@code associated_on}: association time, UTC
 * @param associationType {@code association_type}: as in the request filter
 * @param label {@code label}: label
 * @param telephone {@code telephone}: phone number
 * @param countryCode {@code country_code}: e.g. {@code 0086}
 * @param verifiedStatus {@code verified_status}: {@code -1} unverified, {@code 0} in review, {@code 1} rejected, {@code
 *     2} verified, {@code 3} failed
 * @param customerType {@code customer_type}: {@code -1} none, {@code 0} individual, {@code 1} enterprise
 * @param isFrozen {@code is_frozen}: {@code 0} not frozen, {@code 1} frozen, {@code 2} account and resources frozen
 * @param accountManagers {@code account_managers}: at most one manager
 * @param xaccountId {@code xaccount_id}: the partner platform's user id
 * @param xaccountType {@code xaccount_type}: the partner platform id
 * @param customerLevel {@code customer_level}: {@code V0} to {@code V5}
 * @param email {@code email}: email
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerInformation(
    @JsonProperty("customer_id") String customerId,
    @JsonProperty("account_name") String accountName,
    @JsonProperty("customer") String customer,
    @JsonProperty("associated_on") String associatedOn,
    @JsonProperty("association_type") String associationType,
    @JsonProperty("label") String label,
    @JsonProperty("telephone") String telephone,
    @JsonProperty("country_code") String countryCode,
    @JsonProperty("verified_status") String verifiedStatus,
    @JsonProperty("customer_type") Integer customerType,
    @JsonProperty("is_frozen") Integer isFrozen,
    @JsonProperty("account_managers") List<AccountManager> accountManagers,
    @JsonProperty("xaccount_id") String xaccountId,
    @JsonProperty("xaccount_type") String xaccountType,
    @JsonProperty("customer_level") String customerLevel,
    @JsonProperty("email") String email) {

  /** Copies the lists, so that the record is immutable. */
  public CustomerInformation {
    accountManagers = accountManagers == null ? null : Collections.unmodifiableList(new ArrayList<>(accountManagers));
  }
}
