package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.support.WireJson;
import dev.partnerkit.adapter.support.SecretJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.partnerkit.adapter.tencent.api.CreateAccountRequest;
import dev.partnerkit.domain.Secret;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Properties over generated inputs (QuickTheories). */
class SigningAndRedactionPropertiesTest {

  @Test
  void every_signature_verifies_with_the_independent_verifier() {
    qt().withExamples(300)
        .forAll(
            strings().basicLatinAlphabet().ofLengthBetween(1, 48),
            strings().allPossible().ofLengthBetween(0, 300),
            longs().between(0L, 4_102_444_799L), // up to the end of 2099
            strings().numeric())
        .checkAssert(
            (secretKey, body, timestamp, port) -> {
              if (secretKey.isBlank()) {
                return; // a blank key is refused by TencentCredentials
              }
              TencentCredentials creds = TencentCredentials.of("AKIDprop", Secret.of(secretKey));
              String host = "127.0.0.1:" + port;
              Map<String, String> signed = new TreeMap<>();
              signed.put("content-type", HttpTransport.CONTENT_TYPE);
              signed.put("host", host);
              byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
              Tc3Signature sig =
                  new Tc3Signer(Clock.fixed(Instant.ofEpochSecond(timestamp), ZoneOffset.UTC))
                      .sign(creds, "intlpartnersmgt", signed, bytes);
              Map<String, String> received = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
              received.put("Content-Type", HttpTransport.CONTENT_TYPE);
              received.put("Host", host);
              received.put("X-TC-Timestamp", Long.toString(sig.timestamp()));
              received.put("Authorization", sig.authorization());
              try {
                assertThat(IndependentTc3Verifier.problem(Map.of("AKIDprop", secretKey), received::get, bytes))
                    .isNull();
                // and one changed byte breaks it
                byte[] tampered = (body + " ").getBytes(StandardCharsets.UTF_8);
                assertThat(IndependentTc3Verifier.problem(Map.of("AKIDprop", secretKey), received::get, tampered))
                    .isEqualTo("signature mismatch");
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void redacted_bodies_and_to_string_never_show_password_or_code() {
    qt().withExamples(300)
        .forAll(
            strings().allPossible().ofLengthBetween(1, 30),
            strings().allPossible().ofLengthBetween(1, 12))
        .checkAssert(
            (rawPassword, rawCode) -> {
              // a marker makes the secret distinguishable from the other field values
              String password = "\u00a7PW\u00a7" + rawPassword;
              String code = "\u00a7VC\u00a7" + rawCode;
              CreateAccountRequest request =
                  CreateAccountRequest.builder()
                      .accountType("personal")
                      .mail("p@example.com")
                      .password(Secret.of(password))
                      .confirmPassword(Secret.of(password))
                      .phoneNum("1")
                      .countryCode("852")
                      .area("HK")
                      .verifyCode(Secret.of(code))
                      .tradeOne("kghy_01")
                      .tradeTwo("kghy_0101")
                      .build();
              try {
                byte[] json = SecretJson.write(WireJson.MAPPER, request).bytes();
                String redacted = SecretJson.masked(WireJson.MAPPER, request);
                for (String shown : new String[] {redacted, request.toString()}) {
                  assertThat(shown).doesNotContain("\u00a7PW\u00a7").doesNotContain("\u00a7VC\u00a7");
                }
                assertThat(WireJson.MAPPER.readTree(redacted).get("Mail").asText()).isEqualTo("p@example.com");
                assertThat(WireJson.MAPPER.readTree(json).get("Password").asText()).isEqualTo(password);
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
  }
}
