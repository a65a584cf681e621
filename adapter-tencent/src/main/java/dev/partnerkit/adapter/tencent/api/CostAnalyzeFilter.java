package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Wire type {@code CostAnalyzeFilter}: Cost analysis filter input. Unknown fields are ignored when read; null fields
 * are not written.
 *
 * @param businessIn {@code BusinessIn} (may be null): Contains product code
 * @param productIn {@code ProductIn} (may be null): Contains sub-product code
 * @param regionIn {@code RegionIn} (may be null): Contains region id
 * @param actionTypeIn {@code ActionTypeIn} (may be null): Contains transaction type
 * @param payModeIn {@code PayModeIn} (may be null): Includes payment mode
 * @param projectIn {@code ProjectIn} (may be null): Include project name
 * @param payerUinIn {@code PayerUinIn} (may be null): Contains payer uin
 * @param tagKey {@code TagKey} (may be null): Tag key.
 * @param tagIn {@code TagIn} (may be null): Tag value list
 * @param zoneIn {@code ZoneIn} (may be null): Contains availability zones
 * @param ownerUinIn {@code OwnerUinIn} (always set): Owner uin
 * @param componentIn {@code ComponentIn} (always set): Component type info
 * @param itemIn {@code ItemIn} (always set): Component name
 * @param resourceIn {@code ResourceIn} (always set): Resource id information
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CostAnalyzeFilter(
    @JsonProperty("BusinessIn") List<String> businessIn,
    @JsonProperty("ProductIn") List<String> productIn,
    @JsonProperty("RegionIn") List<String> regionIn,
    @JsonProperty("ActionTypeIn") List<String> actionTypeIn,
    @JsonProperty("PayModeIn") List<String> payModeIn,
    @JsonProperty("ProjectIn") List<String> projectIn,
    @JsonProperty("PayerUinIn") List<String> payerUinIn,
    @JsonProperty("TagKey") String tagKey,
    @JsonProperty("TagIn") List<String> tagIn,
    @JsonProperty("ZoneIn") List<String> zoneIn,
    @JsonProperty("OwnerUinIn") List<String> ownerUinIn,
    @JsonProperty("ComponentIn") List<String> componentIn,
    @JsonProperty("ItemIn") List<String> itemIn,
    @JsonProperty("ResourceIn") List<String> resourceIn) {

  /** Copies the lists, so that the record is immutable; a null list stays null. */
  public CostAnalyzeFilter {
    businessIn = WireValues.copy(businessIn);
    productIn = WireValues.copy(productIn);
    regionIn = WireValues.copy(regionIn);
    actionTypeIn = WireValues.copy(actionTypeIn);
    payModeIn = WireValues.copy(payModeIn);
    projectIn = WireValues.copy(projectIn);
    payerUinIn = WireValues.copy(payerUinIn);
    tagIn = WireValues.copy(tagIn);
    zoneIn = WireValues.copy(zoneIn);
    ownerUinIn = WireValues.copy(ownerUinIn);
    componentIn = WireValues.copy(componentIn);
    itemIn = WireValues.copy(itemIn);
    resourceIn = WireValues.copy(resourceIn);
  }

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CostAnalyzeFilter}; every setter returns this builder. */
  public static final class Builder {
    private List<String> businessIn;
    private List<String> productIn;
    private List<String> regionIn;
    private List<String> actionTypeIn;
    private List<String> payModeIn;
    private List<String> projectIn;
    private List<String> payerUinIn;
    private String tagKey;
    private List<String> tagIn;
    private List<String> zoneIn;
    private List<String> ownerUinIn;
    private List<String> componentIn;
    private List<String> itemIn;
    private List<String> resourceIn;

    private Builder() {}

    /** Sets {@code BusinessIn} (nullable). */
    public Builder businessIn(List<String> businessIn) {
      this.businessIn = businessIn;
      return this;
    }

    /** Sets {@code ProductIn} (nullable). */
    public Builder productIn(List<String> productIn) {
      this.productIn = productIn;
      return this;
    }

    /** Sets {@code RegionIn} (nullable). */
    public Builder regionIn(List<String> regionIn) {
      this.regionIn = regionIn;
      return this;
    }

    /** Sets {@code ActionTypeIn} (nullable). */
    public Builder actionTypeIn(List<String> actionTypeIn) {
      this.actionTypeIn = actionTypeIn;
      return this;
    }

    /** Sets {@code PayModeIn} (nullable). */
    public Builder payModeIn(List<String> payModeIn) {
      this.payModeIn = payModeIn;
      return this;
    }

    /** Sets {@code ProjectIn} (nullable). */
    public Builder projectIn(List<String> projectIn) {
      this.projectIn = projectIn;
      return this;
    }

    /** Sets {@code PayerUinIn} (nullable). */
    public Builder payerUinIn(List<String> payerUinIn) {
      this.payerUinIn = payerUinIn;
      return this;
    }

    /** Sets {@code TagKey} (nullable). */
    public Builder tagKey(String tagKey) {
      this.tagKey = tagKey;
      return this;
    }

    /** Sets {@code TagIn} (nullable). */
    public Builder tagIn(List<String> tagIn) {
      this.tagIn = tagIn;
      return this;
    }

    /** Sets {@code ZoneIn} (nullable). */
    public Builder zoneIn(List<String> zoneIn) {
      this.zoneIn = zoneIn;
      return this;
    }

    /** Sets {@code OwnerUinIn} (non-null). */
    public Builder ownerUinIn(List<String> ownerUinIn) {
      this.ownerUinIn = ownerUinIn;
      return this;
    }

    /** Sets {@code ComponentIn} (non-null). */
    public Builder componentIn(List<String> componentIn) {
      this.componentIn = componentIn;
      return this;
    }

    /** Sets {@code ItemIn} (non-null). */
    public Builder itemIn(List<String> itemIn) {
      this.itemIn = itemIn;
      return this;
    }

    /** Sets {@code ResourceIn} (non-null). */
    public Builder resourceIn(List<String> resourceIn) {
      this.resourceIn = resourceIn;
      return this;
    }

    /** The value. */
    public CostAnalyzeFilter build() {
      return new CostAnalyzeFilter(
          businessIn, productIn, regionIn, actionTypeIn, payModeIn, projectIn, payerUinIn, tagKey, tagIn, zoneIn,
          ownerUinIn, componentIn, itemIn, resourceIn);
    }
  }
}
