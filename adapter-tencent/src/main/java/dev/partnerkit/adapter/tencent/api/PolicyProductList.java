package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Wire type {@code PolicyProductList}: Policy product list entity response parameters structure. Unknown fields are
 * ignored when read; null fields are not written.
 *
 * @param policyCode {@code PolicyCode} (always set): Policy code.
 * @param productCode {@code ProductCode} (always set): The code of the ProductName field in the bill data. If the
 *     return value is *, any item at this level is included in the policy product range.
 * @param productName {@code ProductName} (always set): The ProductName field value in the billing data. If the return
 *     value is *, any item at this level is included in the policy product range.
 * @param subProductCode {@code SubProductCode} (always set): The code of the SubProduct field in the bill data. If the
 *     return value is *, any item at this level is included in the policy product range.
 * @param subProductName {@code SubProductName} (always set): The SubProduct field value in the billing data. If the
 *     return value is *, any item at this level is included in the policy product range.
 * @param componentTypeCode {@code ComponentTypeCode} (always set): The code of the ComponentType field in the bill
 *     data. If the return value is *, any item at this level is included in the policy product range.
 * @param componentTypeName {@code ComponentTypeName} (always set): The ComponentType field value in the billing data.
 *     If the return value is *, any item at this level is included in the policy product range.
 * @param componentCode {@code ComponentCode} (always set): The code of the Component field in the bill data. If the
 *     return value is *, any item at this level is included in the policy product range.
 * @param componentName {@code ComponentName} (always set): The Component field value in the billing data. If the return
 *     value is *, any item at this level is included in the policy product range.
 * @param startDate {@code StartDate} (always set): Policy effective time.
 * @param endDate {@code EndDate} (always set): Policy expiration time.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PolicyProductList(
    @JsonProperty("PolicyCode") String policyCode,
    @JsonProperty("ProductCode") String productCode,
    @JsonProperty("ProductName") String productName,
    @JsonProperty("SubProductCode") String subProductCode,
    @JsonProperty("SubProductName") String subProductName,
    @JsonProperty("ComponentTypeCode") String componentTypeCode,
    @JsonProperty("ComponentTypeName") String componentTypeName,
    @JsonProperty("ComponentCode") String componentCode,
    @JsonProperty("ComponentName") String componentName,
    @JsonProperty("StartDate") String startDate,
    @JsonProperty("EndDate") String endDate) {
}
