package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Request of the {@code DescribeCustomerOwnCostExplorerFilter} action: Query cost analysis option list.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters, or with {@code of(...)}.
 *
 * @param startTime {@code StartTime} (required): Start time Parameter format: YYYY-MM-DD hh:mm:ss, for example
 *     2006-01-02 00:00:00 Input limit: When PeriodType is month, the time range is 6 calendar months. When PeriodType
 *     is day, the time range is 2 calendar months;
 * @param endTime {@code EndTime} (required): End time Parameter format: YYYY-MM-DD hh:mm:ss, for example 2006-01-02
 *     00:00:00 Input limit: When PeriodType is month, the time range is 6 calendar months. When PeriodType is day, the
 *     time range is 2 calendar months.
 * @param periodType {@code PeriodType} (required): Date type Enumeration value: day: By day month: Monthly
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeCustomerOwnCostExplorerFilterRequest(
    @JsonProperty("StartTime") String startTime,
    @JsonProperty("EndTime") String endTime,
    @JsonProperty("PeriodType") String periodType) {

  /**
   * A request with every (required) parameter; none may be null.
   *
   * @param startTime {@code StartTime} (required): Start time Parameter format: YYYY-MM-DD hh:mm:ss, for example
   *     2006-01-02 00:00:00 Input limit: When PeriodType is month, the time range is 6 calendar months. When PeriodType
   *     is day, the time range is 2 calendar months;
   * @param endTime {@code EndTime} (required): End time Parameter format: YYYY-MM-DD hh:mm:ss, for example 2006-01-02
   *     00:00:00 Input limit: When PeriodType is month, the time range is 6 calendar months. When PeriodType is day,
   *     the time range is 2 calendar months.
   * @param periodType {@code PeriodType} (required): Date type Enumeration value: day: By day month: Monthly
   */
  public static DescribeCustomerOwnCostExplorerFilterRequest of(String startTime, String endTime, String periodType) {
    return new DescribeCustomerOwnCostExplorerFilterRequest(
        Objects.requireNonNull(startTime, "StartTime"), Objects.requireNonNull(endTime, "EndTime"),
        Objects.requireNonNull(periodType, "PeriodType"));
  }

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DescribeCustomerOwnCostExplorerFilterRequest}; every setter returns this builder. */
  public static final class Builder {
    private String startTime;
    private String endTime;
    private String periodType;

    private Builder() {}

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

    /**
     * The request.
     *
     * @throws IllegalStateException naming every required parameter left unset
     */
    public DescribeCustomerOwnCostExplorerFilterRequest build() {
      List<String> missing = new ArrayList<>();
      if (startTime == null) missing.add("StartTime");
      if (endTime == null) missing.add("EndTime");
      if (periodType == null) missing.add("PeriodType");
      if (!missing.isEmpty()) {
        throw new IllegalStateException(
            "DescribeCustomerOwnCostExplorerFilterRequest: missing required parameter(s) " + missing);
      }
      return new DescribeCustomerOwnCostExplorerFilterRequest(startTime, endTime, periodType);
    }
  }
}
