package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Wire type {@code CostAnalyzeFilterDetail}: Advanced filtering for cost analysis. Unknown fields are ignored when
 * read; null fields are not written.
 *
 * @param business {@code Business} (may be null): Product key-value pair.
 * @param region {@code Region} (may be null): Region key-value pair
 * @param zone {@code Zone} (may be null): Availability zone key-value pair
 * @param actionType {@code ActionType} (may be null): Transaction type key-value pair
 * @param payMode {@code PayMode} (may be null): Key-value pair of payment mode
 * @param project {@code Project} (may be null): Project key-value pair
 * @param payerUin {@code PayerUin} (may be null): Payer uin information
 * @param ownerUin {@code OwnerUin} (always set): Sub-account uin information
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CostAnalyzeFilterDetail(
    @JsonProperty("Business") List<BillQueryFilterMsg> business,
    @JsonProperty("Region") List<BillQueryFilterMsg> region,
    @JsonProperty("Zone") List<BillQueryFilterMsg> zone,
    @JsonProperty("ActionType") List<BillQueryFilterMsg> actionType,
    @JsonProperty("PayMode") List<BillQueryFilterMsg> payMode,
    @JsonProperty("Project") List<BillQueryFilterMsg> project,
    @JsonProperty("PayerUin") List<BillQueryFilterMsg> payerUin,
    @JsonProperty("OwnerUin") List<BillQueryFilterMsg> ownerUin) {

  /** Copies the lists, so that the record is immutable; a null list stays null. */
  public CostAnalyzeFilterDetail {
    business = WireValues.copy(business);
    region = WireValues.copy(region);
    zone = WireValues.copy(zone);
    actionType = WireValues.copy(actionType);
    payMode = WireValues.copy(payMode);
    project = WireValues.copy(project);
    payerUin = WireValues.copy(payerUin);
    ownerUin = WireValues.copy(ownerUin);
  }
}
