package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * One resource fee record.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param billCycle {@code bill_cycle}: month
 * @param customerId {@code customer_id}: customer id
 * @param associationType {@code association_type}: association type
 * @param serviceTypeCode {@code service_type_code}: service type code
 * @param resourceTypeCode {@code resource_type_code}: resource type code
 * @param serviceTypeName {@code service_type_name}: service type name
 * @param resourceTypeName {@code resource_type_name}: resource type name
 * @param chargingMode {@code charging_mode}: charging mode
 * @param tradeTime {@code trade_time}: trade time
 * @param tradeId {@code trade_id}: trade id
 * @param id {@code id}: record id
 * @param billDetailType {@code bill_detail_type}: bill detail type
 * @param resourceId {@code resource_id}: resource id
 * @param resourceName {@code resource_name}: resource name
 * @param productSpecDesc {@code product_spec_desc}: product specification
 * @param regionCode {@code region_code}: region code
 * @param productId {@code product_id}: product id
 * @param productName {@code product_name}: product name
 * @param resourceTag {@code resource_tag}: resource tag
 * @param consumeTime {@code consume_time}: consumption time
 * @param usageType {@code usage_type}: usage type
 * @param usageAmount {@code usage_amount}: usage
 * @param usageMeasureId {@code usage_measure_id}: usage unit
 * @param freeResourceUsage {@code free_resource_usage}: free resource usage
 * @param freeResourceMeasureId {@code free_resource_measure_id}: its unit
 * @param riUsage {@code ri_usage}: reserved-instance usage
 * @param riUsageMeasureId {@code ri_usage_measure_id}: its unit
 * @param officialAmount {@code official_amount}: list price
 * @param officialDiscountAmount {@code official_discount_amount}: discount
 * @param paymentAmount {@code payment_amount}: paid
 * @param cashAmount {@code cash_amount}: paid in cash
 * @param creditAmount {@code credit_amount}: paid on credit
 * @param couponAmount {@code coupon_amount}: paid with coupons
 * @param flexipurchaseCouponAmount {@code flexipurchase_coupon_amount}: paid with flexi-purchase coupons
 * @param storedValueCardAmount {@code stored_value_card_amount}: paid with stored-value cards
 * @param debtAmount {@code debt_amount}: debt
 * @param writeoffAmount {@code writeoff_amount}: written off
 * @param periodType {@code period_type}: period type
 * @param accountManagerId {@code account_manager_id}: account manager
 * @param partnerId {@code partner_id}: partner id
 * @param regionName {@code region_name}: region name
 * @param subServiceTypeCode {@code sub_service_type_code}: sub-service type code
 * @param subServiceTypeName {@code sub_service_type_name}: sub-service type name
 * @param subResourceTypeCode {@code sub_resource_type_code}: sub-resource type code
 * @param subResourceTypeName {@code sub_resource_type_name}: sub-resource type name
 * @param subResourceId {@code sub_resource_id}: sub-resource id
 * @param subResourceName {@code sub_resource_name}: sub-resource name
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeeRecord(
    @JsonProperty("bill_cycle") String billCycle,
    @JsonProperty("customer_id") String customerId,
    @JsonProperty("association_type") String associationType,
    @JsonProperty("service_type_code") String serviceTypeCode,
    @JsonProperty("resource_type_code") String resourceTypeCode,
    @JsonProperty("service_type_name") String serviceTypeName,
    @JsonProperty("resource_type_name") String resourceTypeName,
    @JsonProperty("charging_mode") Integer chargingMode,
    @JsonProperty("trade_time") String tradeTime,
    @JsonProperty("trade_id") String tradeId,
    @JsonProperty("id") String id,
    @JsonProperty("bill_detail_type") Integer billDetailType,
    @JsonProperty("resource_id") String resourceId,
    @JsonProperty("resource_name") String resourceName,
    @JsonProperty("product_spec_desc") String productSpecDesc,
    @JsonProperty("region_code") String regionCode,
    @JsonProperty("product_id") String productId,
    @JsonProperty("product_name") String productName,
    @JsonProperty("resource_tag") String resourceTag,
    @JsonProperty("consume_time") String consumeTime,
    @JsonProperty("usage_type") String usageType,
    @JsonProperty("usage_amount") BigDecimal usageAmount,
    @JsonProperty("usage_measure_id") Integer usageMeasureId,
    @JsonProperty("free_resource_usage") BigDecimal freeResourceUsage,
    @JsonProperty("free_resource_measure_id") Integer freeResourceMeasureId,
    @JsonProperty("ri_usage") BigDecimal riUsage,
    @JsonProperty("ri_usage_measure_id") Integer riUsageMeasureId,
    @JsonProperty("official_amount") BigDecimal officialAmount,
    @JsonProperty("official_discount_amount") BigDecimal officialDiscountAmount,
    @JsonProperty("payment_amount") BigDecimal paymentAmount,
    @JsonProperty("cash_amount") BigDecimal cashAmount,
    @JsonProperty("credit_amount") BigDecimal creditAmount,
    @JsonProperty("coupon_amount") BigDecimal couponAmount,
    @JsonProperty("flexipurchase_coupon_amount") BigDecimal flexipurchaseCouponAmount,
    @JsonProperty("stored_value_card_amount") BigDecimal storedValueCardAmount,
    @JsonProperty("debt_amount") BigDecimal debtAmount,
    @JsonProperty("writeoff_amount") BigDecimal writeoffAmount,
    @JsonProperty("period_type") Integer periodType,
    @JsonProperty("account_manager_id") String accountManagerId,
    @JsonProperty("partner_id") String partnerId,
    @JsonProperty("region_name") String regionName,
    @JsonProperty("sub_service_type_code") String subServiceTypeCode,
    @JsonProperty("sub_service_type_name") String subServiceTypeName,
    @JsonProperty("sub_resource_type_code") String subResourceTypeCode,
    @JsonProperty("sub_resource_type_name") String subResourceTypeName,
    @JsonProperty("sub_resource_id") String subResourceId,
    @JsonProperty("sub_resource_name") String subResourceName) {
}
