package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Query of ShowRealnameAuthenticationReviewResult.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param customerId {@code customer_id}: customer id (required)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShowRealnameAuthenticationReviewResultRequest(
    @JsonProperty("customer_id") String customerId) {

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ShowRealnameAuthenticationReviewResultRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private String customerId;

    private Builder() {}

    /** Sets {@code customer_id}: customer id (required). */
    public Builder customerId(String customerId) {
      this.customerId = customerId;
      return this;
    }

    /** The request. */
    public ShowRealnameAuthenticationReviewResultRequest build() {
      return new ShowRealnameAuthenticationReviewResultRequest(customerId);
    }
  }
}
