package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Request of the {@code DescribeBillDownloadUrl} action: Downloads billing file links by customers.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters, or with {@code of(...)}.
 *
 * @param month {@code Month} (required): The month to which the bill belongs, formatted as YYYY-MM; the earliest month
 *     available for query is June, 2022. Current month's billing data may be inaccurate; please download the current
 *     month's bill after it is generated at 1:00 on the 5th of the next month.
 * @param fileType {@code FileType} (required): Type of bill. Valid values: L2 or L3
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeBillDownloadUrlRequest(
    @JsonProperty("Month") String month,
    @JsonProperty("FileType") String fileType) {

  /**
   * A request with every (required) parameter; none may be null.
   *
   * @param month {@code Month} (required): The month to which the bill belongs, formatted as YYYY-MM; the earliest
   *     month available for query is June, 2022. Current month's billing data may be inaccurate; please download the
   *     current month's bill after it is generated at 1:00 on the 5th of the next month.
   * @param fileType {@code FileType} (required): Type of bill. Valid values: L2 or L3
   */
  public static DescribeBillDownloadUrlRequest of(String month, String fileType) {
    return new DescribeBillDownloadUrlRequest(
        Objects.requireNonNull(month, "Month"), Objects.requireNonNull(fileType, "FileType"));
  }

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DescribeBillDownloadUrlRequest}; every setter returns this builder. */
  public static final class Builder {
    private String month;
    private String fileType;

    private Builder() {}

    /** Sets {@code Month} (required). */
    public Builder month(String month) {
      this.month = month;
      return this;
    }

    /** Sets {@code FileType} (required). */
    public Builder fileType(String fileType) {
      this.fileType = fileType;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalStateException naming every required parameter left unset
     */
    public DescribeBillDownloadUrlRequest build() {
      List<String> missing = new ArrayList<>();
      if (month == null) missing.add("Month");
      if (fileType == null) missing.add("FileType");
      if (!missing.isEmpty()) {
        throw new IllegalStateException("DescribeBillDownloadUrlRequest: missing required parameter(s) " + missing);
      }
      return new DescribeBillDownloadUrlRequest(month, fileType);
    }
  }
}
