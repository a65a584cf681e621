package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One customer's spend on one service.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param customerId {@code customer_id}: customer id
 * @param cloudServiceType {@code cloud_service_type}: service type code
 * @param cloudServiceTypeName {@code cloud_service_type_name}: service type name
 * @param billType {@code bill_type}: bill type
 * @param chargeMode {@code charge_mode}: charge mode
 * @param amount {@code amount}: amount
 * @param debtAmount {@code debt_amount}: debt
 * @param adjustmentAmount {@code adjustment_amount}: adjustment
 * @param discountAmount {@code discount_amount}: discount
 * @param measureId {@code measure_id}: {@code 1}: currency unit
 * @param accountDetails {@code account_details}: how it was paid
 * @param resourceTypeCode {@code resource_type_code}: resource type code
 * @param resourceTypeName {@code resource_type_name}: resource type name
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BillSum(
    @JsonProperty("customer_id") String customerId,
    @JsonProperty("cloud_service_type") String cloudServiceType,
    @JsonProperty("cloud_service_type_name") String cloudServiceTypeName,
    @JsonProperty("bill_type") String billType,
    @JsonProperty("charge_mode") String chargeMode,
    @JsonProperty("amount") BigDecimal amount,
    @JsonProperty("debt_amount") BigDecimal debtAmount,
    @JsonProperty("adjustment_amount") BigDecimal adjustmentAmount,
    @JsonProperty("discount_amount") BigDecimal discountAmount,
    @JsonProperty("measure_id") Integer measureId,
    @JsonProperty("account_details") List<BalanceTypeDeduction> accountDetails,
    @JsonProperty("resource_type_code") String resourceTypeCode,
    @JsonProperty("resource_type_name") String resourceTypeName) {

  /** Copies the lists, so that the record is immutable. */
  public BillSum {
    accountDetails = accountDetails == null ? null : Collections.unmodifiableList(new ArrayList<>(accountDetails));
  }
}
