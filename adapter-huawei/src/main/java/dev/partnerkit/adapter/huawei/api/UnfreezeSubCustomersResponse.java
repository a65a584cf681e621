package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Answer of UnfreezeSubCustomers: HTTP 200, with per-customer failures when some failed.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param errorDetails {@code error_details}: failed customers; absent when all succeeded
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnfreezeSubCustomersResponse(
    @JsonProperty("error_details") List<ErrorDetail> errorDetails) {

  /** Copies the lists, so that the record is immutable. */
  public UnfreezeSubCustomersResponse {
    errorDetails = errorDetails == null ? null : Collections.unmodifiableList(new ArrayList<>(errorDetails));
  }
}
