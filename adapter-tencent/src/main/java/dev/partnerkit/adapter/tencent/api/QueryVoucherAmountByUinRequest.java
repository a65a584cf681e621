package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Request of the {@code QueryVoucherAmountByUin} action: Queries the voucher quota based on the customer UIN.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters, or with {@code of(...)}.
 *
 * @param clientUins {@code ClientUins} (required): Customer UIN list. Array length value: 1-20.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueryVoucherAmountByUinRequest(
    @JsonProperty("ClientUins") List<Long> clientUins) {

  /** Copies the lists, so that the record is immutable; a null list stays null. */
  public QueryVoucherAmountByUinRequest {
    clientUins = WireValues.copy(clientUins);
  }

  /**
   * A request with every (required) parameter; none may be null.
   *
   * @param clientUins {@code ClientUins} (required): Customer UIN list. Array length value: 1-20.
   */
  public static QueryVoucherAmountByUinRequest of(List<Long> clientUins) {
    return new QueryVoucherAmountByUinRequest(Objects.requireNonNull(clientUins, "ClientUins"));
  }

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QueryVoucherAmountByUinRequest}; every setter returns this builder. */
  public static final class Builder {
    private List<Long> clientUins;

    private Builder() {}

    /** Sets {@code ClientUins} (required). */
    public Builder clientUins(List<Long> clientUins) {
      this.clientUins = clientUins;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalStateException naming every required parameter left unset
     */
    public QueryVoucherAmountByUinRequest build() {
      List<String> missing = new ArrayList<>();
      if (clientUins == null) missing.add("ClientUins");
      if (!missing.isEmpty()) {
        throw new IllegalStateException("QueryVoucherAmountByUinRequest: missing required parameter(s) " + missing);
      }
      return new QueryVoucherAmountByUinRequest(clientUins);
    }
  }
}
