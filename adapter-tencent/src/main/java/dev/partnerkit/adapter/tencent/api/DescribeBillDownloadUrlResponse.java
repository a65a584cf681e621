package dev.partnerkit.adapter.tencent.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Response of the {@code DescribeBillDownloadUrl} action (the content of the {@code Response} envelope on success).
 * Unknown fields are ignored; enum-like values are kept as strings, so a new vendor value never breaks parsing.
 *
 * @param downloadUrl {@code DownloadUrl} (always set): File download link, with a file validity period of 1 hour
 * @param ready {@code Ready} (always set): File generation status. 0: generating; 1: generated.
 * @param requestId {@code RequestId} (always set): always present
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DescribeBillDownloadUrlResponse(
    @JsonProperty("DownloadUrl") String downloadUrl,
    @JsonProperty("Ready") Long ready,
    @JsonProperty("RequestId") String requestId) {
}
