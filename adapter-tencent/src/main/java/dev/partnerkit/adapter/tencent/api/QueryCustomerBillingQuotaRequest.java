package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Request of the {@code QueryCustomerBillingQuota} action: Query sub-customer credit.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()}.
 *
 * @param eventId {@code EventId} (optional): Event id, used to tag the request event, usually a random number.
 * @param componentName {@code ComponentName} (optional): Source of the request.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueryCustomerBillingQuotaRequest(
    @JsonProperty("EventId") Long eventId,
    @JsonProperty("ComponentName") String componentName) {

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QueryCustomerBillingQuotaRequest}; every setter returns this builder. */
  public static final class Builder {
    private Long eventId;
    private String componentName;

    private Builder() {}

    /** Sets {@code EventId} (optional). */
    public Builder eventId(Long eventId) {
      this.eventId = eventId;
      return this;
    }

    /** Sets {@code ComponentName} (optional). */
    public Builder componentName(String componentName) {
      this.componentName = componentName;
      return this;
    }

    /** The request. */
    public QueryCustomerBillingQuotaRequest build() {
      return new QueryCustomerBillingQuotaRequest(eventId, componentName);
    }
  }
}
