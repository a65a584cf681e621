package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Answer of ListCustomerOnDemandResources.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param totalCount {@code total_count}: total number of resources
 * @param resources {@code resources}: this page
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListCustomerOnDemandResourcesResponse(
    @JsonProperty("total_count") Integer totalCount,
    @JsonProperty("resources") List<OnDemandResource> resources) {

  /** Copies the lists, so that the record is immutable. */
  public ListCustomerOnDemandResourcesResponse {
    resources = resources == null ? null : Collections.unmodifiableList(new ArrayList<>(resources));
  }
}
