package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Answer of ListSubCustomerNewTag.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param newCustomerTags {@code new_customer_tags}: the tags
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListSubCustomerNewTagResponse(
    @JsonProperty("new_customer_tags") List<NewCustomerTag> newCustomerTags) {

  /** Copies the lists, so that the record is immutable. */
  public ListSubCustomerNewTagResponse {
    newCustomerTags = newCustomerTags == null ? null : Collections.unmodifiableList(new ArrayList<>(newCustomerTags));
  }
}
