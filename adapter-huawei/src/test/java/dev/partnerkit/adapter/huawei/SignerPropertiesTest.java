package dev.partnerkit.adapter.huawei;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.partnerkit.domain.Secret;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Properties: whatever the query parameters and body, the request the transport would send (query encoded as the
 * client encodes it) verifies under the independent server-side implementation, and not under another key.
 */
class SignerPropertiesTest {

  private final AkSkSigner signer = new AkSkSigner(Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC));

  @Test
  void any_query_and_body_verify_independently() {
    qt().withExamples(300)
        .forAll(
            lists().of(strings().allPossible().ofLengthBetween(1, 12)).ofSizeBetween(0, 6),
            lists().of(strings().allPossible().ofLengthBetween(0, 12)).ofSizeBetween(6, 6),
            strings().allPossible().ofLengthBetween(0, 60))
        .checkAssert((keys, values, body) -> {
          List<QueryParameter> query = new ArrayList<>();
          for (int i = 0; i < keys.size(); i++) {
            query.add(new QueryParameter(keys.get(i), values.get(i)));
          }
          query.sort((a, b) -> a.key().compareTo(b.key()));
          URI uri = URI.create("http://127.0.0.1:18080/v2/partners/sub-customers" + BssCaller.queryString(query));
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          Map<String, String> headers = new LinkedHashMap<>();
          headers.put("Content-Type", "application/json;charset=UTF-8");
          headers.put("User-Agent", "partnerkit-test");
          headers.putAll(signer.sign(new SigningRequest("POST", uri.getRawAuthority(), uri.getRawPath(), query,
              headers, bytes), "AK", Secret.of("SK-property")));

          Map<String, List<String>> received = new LinkedHashMap<>();
          headers.forEach((k, v) -> received.put(k, List.of(v)));
          received.put("Host", List.of(uri.getRawAuthority()));

          org.assertj.core.api.Assertions.assertThat(IndependentVerifier.check(
              "POST", uri.getRawPath(), uri.getRawQuery(), received, bytes, "AK", "SK-property")).isNull();
          org.assertj.core.api.Assertions.assertThat(IndependentVerifier.check(
              "POST", uri.getRawPath(), uri.getRawQuery(), received, bytes, "AK", "SK-other"))
              .isEqualTo("signature mismatch");
        });
  }
}
