package dev.partnerkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configuration metadata the build generates for IDE completion: every property there, with a description. */
class ConfigurationMetadataTest {

  @Test
  void the_generated_metadata_describes_every_property() throws Exception {
    Map<String, JsonNode> properties = new HashMap<>();
    for (URL url : Collections.list(getClass().getClassLoader()
        .getResources("META-INF/spring-configuration-metadata.json"))) {
      try (InputStream in = url.openStream()) {
        for (JsonNode property : new ObjectMapper().readTree(in).path("properties")) {
          if (property.path("name").asText().startsWith("partnerkit.")) {
            properties.put(property.path("name").asText(), property);
          }
        }
      }
    }

    assertThat(properties).containsKeys(
        "partnerkit.fake",
        "partnerkit.tencent.endpoint", "partnerkit.tencent.secret-id", "partnerkit.tencent.secret-key",
        "partnerkit.tencent.session-token", "partnerkit.tencent.region", "partnerkit.tencent.connect-timeout",
        "partnerkit.tencent.response-timeout", "partnerkit.tencent.call-timeout",
        "partnerkit.tencent.allow-insecure-http", "partnerkit.tencent.rate-limit-scale",
        "partnerkit.tencent.rate-limits",
        "partnerkit.huawei.site", "partnerkit.huawei.endpoint", "partnerkit.huawei.access-key",
        "partnerkit.huawei.secret-key", "partnerkit.huawei.user-name", "partnerkit.huawei.password",
        "partnerkit.huawei.connect-timeout", "partnerkit.huawei.response-timeout", "partnerkit.huawei.call-timeout",
        "partnerkit.huawei.allow-insecure-http", "partnerkit.huawei.rate-limit-scale",
        "partnerkit.journal.type", "partnerkit.journal.file.path", "partnerkit.journal.stale-after",
        "partnerkit.postgres.migrate", "partnerkit.postgres.shared-rate-limits", "partnerkit.health.cache-time");
    properties.forEach((name, property) ->
        assertThat(property.path("description").asText()).as(name + "'s description").hasSizeGreaterThan(15));
    assertThat(properties.get("partnerkit.tencent.connect-timeout").path("defaultValue").asText()).isEqualTo("5s");
    assertThat(properties.get("partnerkit.journal.type").has("defaultValue")).as("no default journal").isFalse();
  }
}
