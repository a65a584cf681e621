package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * Request of the {@code DescribeBillSummary} action: External API for the L1 billing of the customer billing center.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters.
 *
 * @param month {@code Month} (required): The month to which the bill belongs, formatted as YYYY-MM.
 * @param groupType {@code GroupType} (required): Billing dimension. Optional parameters: product, project, tag
 * @param tagKey {@code TagKey} (optional): Tag value list
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeBillSummaryRequest(
    @JsonProperty("Month") String month,
    @JsonProperty("GroupType") String groupType,
    @JsonProperty("TagKey") List<String> tagKey) {

  /** Copies the lists, so that the record is immutable; a null list stays null. */
  public DescribeBillSummaryRequest {
    tagKey = WireValues.copy(tagKey);
  }

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DescribeBillSummaryRequest}; every setter returns this builder. */
  public static final class Builder {
    private String month;
    private String groupType;
    private List<String> tagKey;

    private Builder() {}

    /** Sets {@code Month} (required). */
    public Builder month(String month) {
      this.month = month;
      return this;
    }

    /** Sets {@code GroupType} (required). */
    public Builder groupType(String groupType) {
      this.groupType = groupType;
      return this;
    }

    /** Sets {@code TagKey} (optional). */
    public Builder tagKey(List<String> tagKey) {
      this.tagKey = tagKey;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalStateException naming every required parameter left unset
     */
    public DescribeBillSummaryRequest build() {
      List<String> missing = new ArrayList<>();
      if (month == null) missing.add("Month");
      if (groupType == null) missing.add("GroupType");
      if (!missing.isEmpty()) {
        throw new IllegalStateException("DescribeBillSummaryRequest: missing required parameter(s) " + missing);
      }
      return new DescribeBillSummaryRequest(month, groupType, tagKey);
    }
  }
}
