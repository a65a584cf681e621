package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Request of the {@code AllocateCreditPool} action: Allocates credit pools to second-level resellers.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters, or with {@code of(...)}.
 *
 * @param subAgentUin {@code SubAgentUin} (required): Second-level reseller UIN.
 * @param credit {@code Credit} (required): Allocated amount.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AllocateCreditPoolRequest(
    @JsonProperty("SubAgentUin") Long subAgentUin,
    @JsonProperty("Credit") BigDecimal credit) {

  /**
   * A request with every (required) parameter; none may be null.
   *
   * @param subAgentUin {@code SubAgentUin} (required): Second-level reseller UIN.
   * @param credit {@code Credit} (required): Allocated amount.
   */
  public static AllocateCreditPoolRequest of(Long subAgentUin, BigDecimal credit) {
    return new AllocateCreditPoolRequest(
        Objects.requireNonNull(subAgentUin, "SubAgentUin"), Objects.requireNonNull(credit, "Credit"));
  }

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AllocateCreditPoolRequest}; every setter returns this builder. */
  public static final class Builder {
    private Long subAgentUin;
    private BigDecimal credit;

    private Builder() {}

    /** Sets {@code SubAgentUin} (required). */
    public Builder subAgentUin(Long subAgentUin) {
      this.subAgentUin = subAgentUin;
      return this;
    }

    /** Sets {@code Credit} (required). */
    public Builder credit(BigDecimal credit) {
      this.credit = credit;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalStateException naming every required parameter left unset
     */
    public AllocateCreditPoolRequest build() {
      List<String> missing = new ArrayList<>();
      if (subAgentUin == null) missing.add("SubAgentUin");
      if (credit == null) missing.add("Credit");
      if (!missing.isEmpty()) {
        throw new IllegalStateException("AllocateCreditPoolRequest: missing required parameter(s) " + missing);
      }
      return new AllocateCreditPoolRequest(subAgentUin, credit);
    }
  }
}
