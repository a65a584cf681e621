package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Wire type {@code BillDetailData}: Customer bill details. Unknown fields are ignored when read; null fields are not
 * written.
 *
 * @param payerAccountId {@code PayerAccountId} (always set): reseller account.
 * @param ownerAccountId {@code OwnerAccountId} (always set): Subaccount.
 * @param operatorAccountId {@code OperatorAccountId} (always set): Operator account.
 * @param productName {@code ProductName} (always set): Product name.
 * @param billingMode {@code BillingMode} (always set): Billing mode . Monthly subscription (annual and monthly).
 *     Pay-As-You-Go resources. Standard ri reserved instance.
 * @param projectName {@code ProjectName} (always set): Project name.
 * @param region {@code Region} (always set): Resource region.
 * @param availabilityZone {@code AvailabilityZone} (always set): Resource available zone.
 * @param instanceId {@code InstanceId} (always set): Instance id.
 * @param instanceName {@code InstanceName} (always set): Instance name.
 * @param subProductName {@code SubProductName} (always set): Sub-Product name .
 * @param transactionType {@code TransactionType} (always set): Settlement type.
 * @param transactionId {@code TransactionId} (always set): .
 * @param transactionTime {@code TransactionTime} (always set): Settlement time.
 * @param usageStartTime {@code UsageStartTime} (always set): .
 * @param usageEndTime {@code UsageEndTime} (always set): .
 * @param componentType {@code ComponentType} (always set): Component.
 * @param componentName {@code ComponentName} (always set): Component name.
 * @param componentListPrice {@code ComponentListPrice} (always set): Component list price.
 * @param componentPriceMeasurementUnit {@code ComponentPriceMeasurementUnit} (always set): Price unit.
 * @param componentUsage {@code ComponentUsage} (always set): Component usage.
 * @param componentUsageUnit {@code ComponentUsageUnit} (always set): Component usage unit.
 * @param usageDuration {@code UsageDuration} (always set): Resource usage duration.
 * @param durationUnit {@code DurationUnit} (always set): duration unit.
 * @param originalCost {@code OriginalCost} (always set): Total original price. Original cost = component list price *
 *     component usage * usage duration.
 * @param discountRate {@code DiscountRate} (always set): Discount (default is 1) - abandoned.
 * @param currency {@code Currency} (always set): Currency.
 * @param totalAmountAfterDiscount {@code TotalAmountAfterDiscount} (always set): Total cost after discount.
 * @param voucherDeduction {@code VoucherDeduction} (always set): Voucher deduction amount.
 * @param totalCost {@code TotalCost} (always set): = Total Amount After Discount - Voucher Deduction
 * @param id {@code Id} (always set): Identifier (id).
 * @param customerDiscountRate {@code CustomerDiscountRate} (always set): customer discount rate. The discount rate
 *     applied to the reseller's customer, which set by reseller, default value equal to 1.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BillDetailData(
    @JsonProperty("PayerAccountId") Long payerAccountId,
    @JsonProperty("OwnerAccountId") Long ownerAccountId,
    @JsonProperty("OperatorAccountId") Long operatorAccountId,
    @JsonProperty("ProductName") String productName,
    @JsonProperty("BillingMode") String billingMode,
    @JsonProperty("ProjectName") String projectName,
    @JsonProperty("Region") String region,
    @JsonProperty("AvailabilityZone") String availabilityZone,
    @JsonProperty("InstanceId") String instanceId,
    @JsonProperty("InstanceName") String instanceName,
    @JsonProperty("SubProductName") String subProductName,
    @JsonProperty("TransactionType") String transactionType,
    @JsonProperty("TransactionId") String transactionId,
    @JsonProperty("TransactionTime") String transactionTime,
    @JsonProperty("UsageStartTime") String usageStartTime,
    @JsonProperty("UsageEndTime") String usageEndTime,
    @JsonProperty("ComponentType") String componentType,
    @JsonProperty("ComponentName") String componentName,
    @JsonProperty("ComponentListPrice") String componentListPrice,
    @JsonProperty("ComponentPriceMeasurementUnit") String componentPriceMeasurementUnit,
    @JsonProperty("ComponentUsage") String componentUsage,
    @JsonProperty("ComponentUsageUnit") String componentUsageUnit,
    @JsonProperty("UsageDuration") String usageDuration,
    @JsonProperty("DurationUnit") String durationUnit,
    @JsonProperty("OriginalCost") String originalCost,
    @JsonProperty("DiscountRate") String discountRate,
    @JsonProperty("Currency") String currency,
    @JsonProperty("TotalAmountAfterDiscount") String totalAmountAfterDiscount,
    @JsonProperty("VoucherDeduction") String voucherDeduction,
    @JsonProperty("TotalCost") String totalCost,
    @JsonProperty("Id") String id,
    @JsonProperty("CustomerDiscountRate") String customerDiscountRate) {
}
