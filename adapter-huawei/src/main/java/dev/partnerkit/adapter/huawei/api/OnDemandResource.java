package dev.partnerkit.adapter.huawei.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One pay-per-use resource.
 *
 * <p>Wire names are snake_case ({@code @JsonProperty}); unknown fields in an answer are ignored, absent ones are null.
 *
 * @param customerId {@code customer_id}: customer id
 * @param regionCode {@code region_code}: region
 * @param availabilityZoneCode {@code availability_zone_code}: availability zone
 * @param serviceTypeCode {@code service_type_code}: service type code
 * @param resourceTypeCode {@code resource_type_code}: resource type code
 * @param serviceTypeName {@code service_type_name}: service type name
 * @param resourceTypeName {@code resource_type_name}: resource type name
 * @param resourceId {@code resource_id}: resource id
 * @param resourceName {@code resource_name}: resource name
 * @param effectiveTime {@code effective_time}: from
 * @param expireTime {@code expire_time}: until
 * @param status {@code status}: status
 * @param resourceSpecCode {@code resource_spec_code}: specification code
 * @param resourceInfo {@code resource_info}: details
 * @param productSpecDesc {@code product_spec_desc}: specification description
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OnDemandResource(
    @JsonProperty("customer_id") String customerId,
    @JsonProperty("region_code") String regionCode,
    @JsonProperty("availability_zone_code") String availabilityZoneCode,
    @JsonProperty("service_type_code") String serviceTypeCode,
    @JsonProperty("resource_type_code") String resourceTypeCode,
    @JsonProperty("service_type_name") String serviceTypeName,
    @JsonProperty("resource_type_name") String resourceTypeName,
    @JsonProperty("resource_id") String resourceId,
    @JsonProperty("resource_name") String resourceName,
    @JsonProperty("effective_time") String effectiveTime,
    @JsonProperty("expire_time") String expireTime,
    @JsonProperty("status") Integer status,
    @JsonProperty("resource_spec_code") String resourceSpecCode,
    @JsonProperty("resource_info") String resourceInfo,
    @JsonProperty("product_spec_desc") String productSpecDesc) {
}
