package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Request of the {@code DescribeRebateDownloadUrl} action: Queries the download link to the commission bill file by
 * agents.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters, or with {@code of(...)}.
 *
 * @param month {@code Month} (required): Month of the commission bill. Format: YYYY-MM.
 * @param fileType {@code FileType} (required): Bill file type. Valid value: CommissionDetail.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeRebateDownloadUrlRequest(
    @JsonProperty("Month") String month,
    @JsonProperty("FileType") String fileType) {

  /**
   * A request with every (required) parameter; none may be null.
   *
   * @param month {@code Month} (required): Month of the commission bill. Format: YYYY-MM.
   * @param fileType {@code FileType} (required): Bill file type. Valid value: CommissionDetail.
   */
  public static DescribeRebateDownloadUrlRequest of(String month, String fileType) {
    return new DescribeRebateDownloadUrlRequest(
        Objects.requireNonNull(month, "Month"), Objects.requireNonNull(fileType, "FileType"));
  }

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DescribeRebateDownloadUrlRequest}; every setter returns this builder. */
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
    public DescribeRebateDownloadUrlRequest build() {
      List<String> missing = new ArrayList<>();
      if (month == null) missing.add("Month");
      if (fileType == null) missing.add("FileType");
      if (!missing.isEmpty()) {
        throw new IllegalStateException("DescribeRebateDownloadUrlRequest: missing required parameter(s) " + missing);
      }
      return new DescribeRebateDownloadUrlRequest(month, fileType);
    }
  }
}
