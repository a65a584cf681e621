package dev.partnerkit.sandbox.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The verifier against the official known-answer tests of the spec (section 5.4), byte for byte. */
class Tc3VectorsTest {

  static final String PAYLOAD =
      "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}";
  static final long TIMESTAMP = 1551113065L;
  static final String KAT1_ID = "AKID" + "*".repeat(32);
  static final String KAT1_KEY = "*".repeat(32);
  static final String KAT2_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******";
  static final String KAT2_KEY = "Gu5t9xGARNpq86cd98joQYCN3*******";

  private static Map<String, String> headers(String authorization) {
    return Map.of(
        "content-type", "application/json; charset=utf-8",
        "host", "cvm.tencentcloudapi.com",
        "x-tc-action", "DescribeInstances",
        "x-tc-timestamp", Long.toString(TIMESTAMP),
        "authorization", authorization);
  }

  private static String canonical(List<String> signed) {
    return SignatureVerifier.canonicalRequest(
        "POST", null, signed, headers("unused"), PAYLOAD.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void payloadHashMatches() {
    assertThat(PAYLOAD).hasSize(86); // the spec says 83 characters; its hash (below) is of these 86
    assertThat(Tc3.sha256Hex(PAYLOAD)).isEqualTo("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064");
  }

  @Test
  void kat1_signsContentTypeHostAndAction() {
    String canonical = canonical(List.of("content-type", "host", "x-tc-action"));
    assertThat(Tc3.sha256Hex(canonical)).isEqualTo("7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84");
    HexFormat hex = HexFormat.of();
    byte[] secretDate = Tc3.hmac(("TC3" + KAT1_KEY).getBytes(StandardCharsets.UTF_8), "2019-02-25");
    assertThat(hex.formatHex(secretDate)).isEqualTo("da98fb70dcf6b112dc21038d1eeeb3a95c74b4dcb12c1131f864f6066bd02be0");
    byte[] secretService = Tc3.hmac(secretDate, "cvm");
    assertThat(hex.formatHex(secretService)).isEqualTo("8d70cbefb03939f929db64d32dc2ba89b1095620119fe3e050e2b18c5bd2752f");
    assertThat(hex.formatHex(Tc3.signingKey(KAT1_KEY, "2019-02-25", "cvm")))
        .isEqualTo("b596b923aad85185e2d1f6659d2a062e0a86731226e021e61bfe06f7ed05f5af");
    String toSign = Tc3.stringToSign(TIMESTAMP, "2019-02-25/cvm/tc3_request", canonical);
    assertThat(Tc3.signature(KAT1_KEY, "2019-02-25", "cvm", toSign))
        .isEqualTo("10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f");
  }

  @Test
  void kat2_earlierRevision() {
    String toSign =
        Tc3.stringToSign(TIMESTAMP, "2019-02-25/cvm/tc3_request", canonical(List.of("content-type", "host", "x-tc-action")));
    assertThat(Tc3.signature(KAT2_KEY, "2019-02-25", "cvm", toSign))
        .isEqualTo("be4f67d323c78ab9acb7395e43c0dbcf822a9cfac32fea2449a7bc7726b770a3");
  }

  @Test
  void kat3_theShapeTheSdksProduce() {
    String canonical = canonical(List.of("content-type", "host"));
    assertThat(Tc3.sha256Hex(canonical)).isEqualTo("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031");
    assertThat(HexFormat.of().formatHex(Tc3.signingKey(KAT2_KEY, "2019-02-25", "cvm")))
        .isEqualTo("8aa8ab5755582f576e94bcfe383b8e29325b0ca90c3590d569221c6a63a091ed");
    assertThat(Tc3.signature(KAT2_KEY, "2019-02-25", "cvm", Tc3.stringToSign(TIMESTAMP, "2019-02-25/cvm/tc3_request", canonical)))
        .isEqualTo("2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c");
  }

  private static SignatureVerifier verifierAt(long epochSecond, String id, String key) {
    return new SignatureVerifier(Map.of(id, key), Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
  }

  @Test
  void theVerifierAcceptsTheOfficialKat3RequestAndItsService() {
    // the service of an official request is the product's (cvm), which is also the first label of its Host
    String auth =
        "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/tc3_request, "
            + "SignedHeaders=content-type;host, Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c";
    verifierAt(TIMESTAMP + 10, KAT2_ID, KAT2_KEY)
        .verify("POST", null, headers(auth), PAYLOAD.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void theVerifierAcceptsKat1WhichSignsTheActionHeaderToo() {
    String auth =
        "TC3-HMAC-SHA256 Credential=" + KAT1_ID + "/2019-02-25/cvm/tc3_request, "
            + "SignedHeaders=content-type;host;x-tc-action, Signature=10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f";
    verifierAt(TIMESTAMP, KAT1_ID, KAT1_KEY).verify("POST", null, headers(auth), PAYLOAD.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void theVerifierRefusesTheKatWithOneSignatureDigitChanged() {
    String auth =
        "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/tc3_request, "
            + "SignedHeaders=content-type;host, Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652d";
    assertThatThrownBy(
            () -> verifierAt(TIMESTAMP, KAT2_ID, KAT2_KEY)
                .verify("POST", null, headers(auth), PAYLOAD.getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOfSatisfying(TencentError.class, e -> assertThat(e.code()).isEqualTo("AuthFailure.SignatureFailure"));
  }

  @Test
  void derivedIntlpartnersmgtVectors() {
    String key = "testSecretKey000000000000000000";
    Map<String, String> h =
        Map.of("content-type", "application/json; charset=utf-8", "host", "intlpartnersmgt.intl.tencentcloudapi.com");
    String empty = SignatureVerifier.canonicalRequest("POST", null, List.of("content-type", "host"), h, "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(Tc3.sha256Hex("{}")).isEqualTo("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
    assertThat(Tc3.sha256Hex(empty)).isEqualTo("185ce62c25fd126adccc7e16cbb5b0e2df351f1d6e7d93651ee9bc9c99365e91");
    String scope = "2023-11-14/intlpartnersmgt/tc3_request";
    assertThat(Tc3.signature(key, "2023-11-14", "intlpartnersmgt", Tc3.stringToSign(1700000000L, scope, empty)))
        .isEqualTo("cba62c417f49a4d68b11edaf6b856c0cdd70a5a55ac91ec04a23645779d1fa4e");
    String paged =
        SignatureVerifier.canonicalRequest(
            "POST", null, List.of("content-type", "host"), h, "{\"Page\":1,\"PageSize\":10}".getBytes(StandardCharsets.UTF_8));
    assertThat(Tc3.signature(key, "2023-11-14", "intlpartnersmgt", Tc3.stringToSign(1700000000L, scope, paged)))
        .isEqualTo("12b9cca87cdcf4fb477887c16771511d5cf8366d65319b7e0389d404b169d7d7");
  }

  @Test
  void theIndependentTestSignerAgreesWithKat3() {
    String auth =
        TestSigner.authorization(
            KAT2_ID, KAT2_KEY, "cvm", TIMESTAMP,
            Map.of("Content-Type", "application/json; charset=utf-8", "Host", "cvm.tencentcloudapi.com"), PAYLOAD);
    assertThat(auth)
        .isEqualTo(
            "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/tc3_request, "
                + "SignedHeaders=content-type;host, Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c");
  }
}
