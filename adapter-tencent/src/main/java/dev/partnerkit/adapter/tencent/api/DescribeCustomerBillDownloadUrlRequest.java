package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * Request of the {@code DescribeCustomerBillDownloadUrl} action: Get the URL for downloading the customer bill file by
 * reseller.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters.
 *
 * @param month {@code Month} (required): The month to which the bill belongs, formatted as yyyy-mm; the earliest month
 *     available for query is june, 2022. current month's billing data may be inaccurate; please download the current
 *     month's bill after it is generated at 1:00 on the 5th of the next month.
 * @param fileType {@code FileType} (required): Bill type. valid values: [billResource, billDetail, billResourcePack,
 *     billDetailPack]. billResource: resource bill; billDetail: detailed bill; billResourcePack: resource bill package;
 *     billDetailPack: detailed bill package.
 * @param customerUinType {@code CustomerUinType} (required): Customer type. valid values: [Customer, Reseller,
 *     ResellerCustomer]. Customer: direct customer; Reseller: secondary reseller; ResellerCustomer: reseller's
 *     customers
 * @param fileLanguage {@code FileLanguage} (optional): Language. valid values: [zh_cn, en]. default is en (english).
 * @param customerUin {@code CustomerUin} (optional): Customer uin. when downloading the bill package (FileType is
 *     billResourcePack or billDetailPack), CustomerUin is not passed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeCustomerBillDownloadUrlRequest(
    @JsonProperty("Month") String month,
    @JsonProperty("FileType") String fileType,
    @JsonProperty("CustomerUinType") String customerUinType,
    @JsonProperty("FileLanguage") String fileLanguage,
    @JsonProperty("CustomerUin") Long customerUin) {

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DescribeCustomerBillDownloadUrlRequest}; every setter returns this builder. */
  public static final class Builder {
    private String month;
    private String fileType;
    private String customerUinType;
    private String fileLanguage;
    private Long customerUin;

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

    /** Sets {@code CustomerUinType} (required). */
    public Builder customerUinType(String customerUinType) {
      this.customerUinType = customerUinType;
      return this;
    }

    /** Sets {@code FileLanguage} (optional). */
    public Builder fileLanguage(String fileLanguage) {
      this.fileLanguage = fileLanguage;
      return this;
    }

    /** Sets {@code CustomerUin} (optional). */
    public Builder customerUin(Long customerUin) {
      this.customerUin = customerUin;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalStateException naming every required parameter left unset
     */
    public DescribeCustomerBillDownloadUrlRequest build() {
      List<String> missing = new ArrayList<>();
      if (month == null) missing.add("Month");
      if (fileType == null) missing.add("FileType");
      if (customerUinType == null) missing.add("CustomerUinType");
      if (!missing.isEmpty()) {
        throw new IllegalStateException(
            "DescribeCustomerBillDownloadUrlRequest: missing required parameter(s) " + missing);
      }
      return new DescribeCustomerBillDownloadUrlRequest(month, fileType, customerUinType, fileLanguage, customerUin);
    }
  }
}
