package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * Request of the {@code DescribeCustomerOwnCostExplorerSummary} action: Query the cost analysis API of a sub-account.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters.
 *
 * @param dimension {@code Dimension} (required): Classification dimension Enumeration value: Default: Default dimension
 *     Business: Product Product: Subproduct Region: Region Zone: Availability zone ActionType: Transaction type
 *     PayMode: Payment mode Project: Project PayerUin: Payer uin OwnerUin: Owner uin Tag: Tag
 * @param feeType {@code FeeType} (required): Fee type Enumeration value: originalCost: Original Cost totalCost: Total
 *     Cost
 * @param billType {@code BillType} (required): Billing mode Enumeration value: 1: Billing statement
 * @param startTime {@code StartTime} (required): Start time Parameter format: YYYY-MM-DD hh:mm:ss, for example
 *     2006-01-02 00:00:00 Input limit: When PeriodType is month, the time range is 6 calendar months; when PeriodType
 *     is day, the time range is 2 calendar months;
 * @param endTime {@code EndTime} (required): End time Parameter format: YYYY-MM-DD hh:mm:ss, for example 2006-01-02
 *     00:00:00 Input limit: When PeriodType is month, the time range is 6 calendar months. When PeriodType is day, the
 *     time range is 2 calendar months.
 * @param periodType {@code PeriodType} (required): Time type Enumeration value: day: By day month: By month
 * @param page {@code Page} (required): Page number Value range: [1, 10000]
 * @param pageSize {@code PageSize} (required): Page size Value range: [1, 200]
 * @param tagKey {@code TagKey} (optional): Tag key of the statistical dimension. When Dimension is Tag, TagKey is
 *     required.
 * @param filter {@code Filter} (optional): Filter You can pass the data returned by
 *     DescribeCustomerOwnCostExplorerFilter as a parameter to filter the data.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeCustomerOwnCostExplorerSummaryRequest(
    @JsonProperty("Dimension") String dimension,
    @JsonProperty("FeeType") String feeType,
    @JsonProperty("BillType") Long billType,
    @JsonProperty("StartTime") String startTime,
    @JsonProperty("EndTime") String endTime,
    @JsonProperty("PeriodType") String periodType,
    @JsonProperty("Page") Long page,
    @JsonProperty("PageSize") Long pageSize,
    @JsonProperty("TagKey") String tagKey,
    @JsonProperty("Filter") CostAnalyzeFilter filter) {

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DescribeCustomerOwnCostExplorerSummaryRequest}; every setter returns this builder. */
  public static final class Builder {
    private String dimension;
    private String feeType;
    private Long billType;
    private String startTime;
    private String endTime;
    private String periodType;
    private Long page;
    private Long pageSize;
    private String tagKey;
    private CostAnalyzeFilter filter;

    private Builder() {}

    /** Sets {@code Dimension} (required). */
    public Builder dimension(String dimension) {
      this.dimension = dimension;
      return this;
    }

    /** Sets {@code FeeType} (required). */
    public Builder feeType(String feeType) {
      this.feeType = feeType;
      return this;
    }

    /** Sets {@code BillType} (required). */
    public Builder billType(Long billType) {
      this.billType = billType;
      return this;
    }

    /** Sets {@code StartTime} (required). */
    public Builder startTime(String startTime) {
      this.startTime = startTime;
      return this;
    }

    /** Sets {@code EndTime} (required). */
    public Builder endTime(String endTime) {
      this.endTime = endTime;
      return this;
    }

    /** Sets {@code PeriodType} (required). */
    public Builder periodType(String periodType) {
      this.periodType = periodType;
      return this;
    }

    /** Sets {@code Page} (required). */
    public Builder page(Long page) {
      this.page = page;
      return this;
    }

    /** Sets {@code PageSize} (required). */
    public Builder pageSize(Long pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /** Sets {@code TagKey} (optional). */
    public Builder tagKey(String tagKey) {
      this.tagKey = tagKey;
      return this;
    }

    /** Sets {@code Filter} (optional). */
    public Builder filter(CostAnalyzeFilter filter) {
      this.filter = filter;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalStateException naming every required parameter left unset
     */
    public DescribeCustomerOwnCostExplorerSummaryRequest build() {
      List<String> missing = new ArrayList<>();
      if (dimension == null) missing.add("Dimension");
      if (feeType == null) missing.add("FeeType");
      if (billType == null) missing.add("BillType");
      if (startTime == null) missing.add("StartTime");
      if (endTime == null) missing.add("EndTime");
      if (periodType == null) missing.add("PeriodType");
      if (page == null) missing.add("Page");
      if (pageSize == null) missing.add("PageSize");
      if (!missing.isEmpty()) {
        throw new IllegalStateException(
            "DescribeCustomerOwnCostExplorerSummaryRequest: missing required parameter(s) " + missing);
      }
      return new DescribeCustomerOwnCostExplorerSummaryRequest(
          dimension, feeType, billType, startTime, endTime, periodType, page, pageSize, tagKey, filter);
    }
  }
}
