package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Answer of ListIndirectPartners.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param count {@code count}: total number of resellers
 * @param indirectPartners {@code indirect_partners}: this page
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListIndirectPartnersResponse(
    @JsonProperty("count") Integer count,
    @JsonProperty("indirect_partners") List<IndirectPartnerInfo> indirectPartners) {

  /** Copies the lists, so that the record is immutable. */
  public ListIndirectPartnersResponse {
    indirectPartners = indirectPartners == null ? null : Collections.unmodifiableList(new ArrayList<>(indirectPartners));
  }
}
