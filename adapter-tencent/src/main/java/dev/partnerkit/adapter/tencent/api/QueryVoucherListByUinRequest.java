package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * Request of the {@code QueryVoucherListByUin} action: Queries the voucher list based on the customer UIN.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters.
 *
 * @param clientUins {@code ClientUins} (required): Customer UIN list. Array length value: 1-20.
 * @param status {@code Status} (optional): Voucher status. If this parameter is not passed in, all status will be
 *     queried by default. Valid values: Unused, Used, Expired.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueryVoucherListByUinRequest(
    @JsonProperty("ClientUins") List<Long> clientUins,
    @JsonProperty("Status") String status) {

  /** Copies the lists, so that the record is immutable; a null list stays null. */
  public QueryVoucherListByUinRequest {
    clientUins = WireValues.copy(clientUins);
  }

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QueryVoucherListByUinRequest}; every setter returns this builder. */
  public static final class Builder {
    private List<Long> clientUins;
    private String status;

    private Builder() {}

    /** Sets {@code ClientUins} (required). */
    public Builder clientUins(List<Long> clientUins) {
      this.clientUins = clientUins;
      return this;
    }

    /** Sets {@code Status} (optional). */
    public Builder status(String status) {
      this.status = status;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalStateException naming every required parameter left unset
     */
    public QueryVoucherListByUinRequest build() {
      List<String> missing = new ArrayList<>();
      if (clientUins == null) missing.add("ClientUins");
      if (!missing.isEmpty()) {
        throw new IllegalStateException("QueryVoucherListByUinRequest: missing required parameter(s) " + missing);
      }
      return new QueryVoucherListByUinRequest(clientUins, status);
    }
  }
}
