package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Request of the {@code AllocateCustomerCredit} action: Allocates credit to customers by a partner.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters.
 *
 * @param addedCredit {@code AddedCredit} (required): Specific value of the credit allocated to the customer
 * @param clientUin {@code ClientUin} (required): Customer UIN
 * @param remark {@code Remark} (optional): Remark
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AllocateCustomerCreditRequest(
    @JsonProperty("AddedCredit") BigDecimal addedCredit,
    @JsonProperty("ClientUin") Long clientUin,
    @JsonProperty("Remark") String remark) {

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AllocateCustomerCreditRequest}; every setter returns this builder. */
  public static final class Builder {
    private BigDecimal addedCredit;
    private Long clientUin;
    private String remark;

    private Builder() {}

    /** Sets {@code AddedCredit} (required). */
    public Builder addedCredit(BigDecimal addedCredit) {
      this.addedCredit = addedCredit;
      return this;
    }

    /** Sets {@code ClientUin} (required). */
    public Builder clientUin(Long clientUin) {
      this.clientUin = clientUin;
      return this;
    }

    /** Sets {@code Remark} (optional). */
    public Builder remark(String remark) {
      this.remark = remark;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalStateException naming every required parameter left unset
     */
    public AllocateCustomerCreditRequest build() {
      List<String> missing = new ArrayList<>();
      if (addedCredit == null) missing.add("AddedCredit");
      if (clientUin == null) missing.add("ClientUin");
      if (!missing.isEmpty()) {
        throw new IllegalStateException("AllocateCustomerCreditRequest: missing required parameter(s) " + missing);
      }
      return new AllocateCustomerCreditRequest(addedCredit, clientUin, remark);
    }
  }
}
