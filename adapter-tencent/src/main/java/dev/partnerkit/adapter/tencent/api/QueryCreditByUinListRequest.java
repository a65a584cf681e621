package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Request of the {@code QueryCreditByUinList} action: Queries credit by UIN list.
 *
 * <p>Serialized without null fields: an optional parameter left null is not sent. Build it with {@link #builder()},
 * which refuses to build without the required parameters, or with {@code of(...)}.
 *
 * @param uinList {@code UinList} (required): List of user. Array length value: 1-50.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueryCreditByUinListRequest(
    @JsonProperty("UinList") List<Long> uinList) {

  /** Copies the lists, so that the record is immutable; a null list stays null. */
  public QueryCreditByUinListRequest {
    uinList = WireValues.copy(uinList);
  }

  /**
   * A request with every (required) parameter; none may be null.
   *
   * @param uinList {@code UinList} (required): List of user. Array length value: 1-50.
   */
  public static QueryCreditByUinListRequest of(List<Long> uinList) {
    return new QueryCreditByUinListRequest(Objects.requireNonNull(uinList, "UinList"));
  }

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QueryCreditByUinListRequest}; every setter returns this builder. */
  public static final class Builder {
    private List<Long> uinList;

    private Builder() {}

    /** Sets {@code UinList} (required). */
    public Builder uinList(List<Long> uinList) {
      this.uinList = uinList;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalStateException naming every required parameter left unset
     */
    public QueryCreditByUinListRequest build() {
      List<String> missing = new ArrayList<>();
      if (uinList == null) missing.add("UinList");
      if (!missing.isEmpty()) {
        throw new IllegalStateException("QueryCreditByUinListRequest: missing required parameter(s) " + missing);
      }
      return new QueryCreditByUinListRequest(uinList);
    }
  }
}
