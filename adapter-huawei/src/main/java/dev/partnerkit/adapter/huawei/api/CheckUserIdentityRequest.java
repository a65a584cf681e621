package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of CheckUserIdentity: is a login name, mobile number or email still free for registration?
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); null fields are not sent.
 *
 * @param searchType {@code search_type}: {@code email}, {@code mobile} or {@code name}
 * @param searchValue {@code search_value}: the value; a mobile is {@code 0086-13XXXXXXXXX}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckUserIdentityRequest(
    @JsonProperty("search_type") String searchType,
    @JsonProperty("search_value") String searchValue) {

  /** A builder with every field unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CheckUserIdentityRequest} field by field; unset fields stay null and are not sent. */
  public static final class Builder {
    private String searchType;
    private String searchValue;

    private Builder() {}

    /** Sets {@code search_type}: {@code email}, {@code mobile} or {@code name}. */
    public Builder searchType(String searchType) {
      this.searchType = searchType;
      return this;
    }

    /** Sets {@code search_value}: the value; a mobile is {@code 0086-13XXXXXXXXX}. */
    public Builder searchValue(String searchValue) {
      this.searchValue = searchValue;
      return this;
    }

    /** The request. */
    public CheckUserIdentityRequest build() {
      return new CheckUserIdentityRequest(searchType, searchValue);
    }
  }
}
