package dev.partnerkit.adapter.tencent;

import com.tencentcloudapi.common.DatatypeConverter;
import com.tencentcloudapi.common.Sign;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import dev.partnerkit.domain.Secret;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * TC3-HMAC-SHA256 signatures per second: partnerkit's {@link Tc3Signer} (package-private, hence this package) against
 * the official SDK. The SDK's signer is not callable on its own (it is inlined in the private {@code
 * AbstractClient.getHeaders()}), so {@link #official()} repeats exactly the steps of that method for a JSON POST
 * (tencentcloud-sdk-java-common 3.1.1481, read from its bytecode) with the SDK's own public helpers {@code
 * Sign.sha256Hex}, {@code Sign.hmac256} and {@code DatatypeConverter.printHexBinary}. Same inputs for both: a
 * CreateAccount body, the signed headers content-type and host, the same key pair, the wall clock.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Tc3SigningBenchmark {

  static final String HOST = "intlpartnersmgt.intl.tencentcloudapi.com";
  static final String CONTENT_TYPE = "application/json; charset=utf-8";
  static final String SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
  static final String SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
  static final byte[] PAYLOAD = ("{\"AccountType\":\"company\",\"Mail\":\"bench@example.com\",\"Password\":\"Bench!2026pw\","
      + "\"ConfirmPassword\":\"Bench!2026pw\",\"PhoneNum\":\"61234567\",\"CountryCode\":\"852\",\"Area\":\"HK\","
      + "\"VerifyCode\":\"123456\",\"TradeOne\":\"kghy_01\",\"TradeTwo\":\"kghy_0101\",\"CustomerName\":\"Bench Ltd\"}")
      .getBytes(StandardCharsets.UTF_8);

  private final Tc3Signer ours = new Tc3Signer(Clock.systemUTC());
  private final TencentCredentials credentials = TencentCredentials.of(SECRET_ID, Secret.of(SECRET_KEY));
  private final Map<String, String> headers = Map.of("Content-Type", CONTENT_TYPE, "Host", HOST);

  /** partnerkit: one signature, the {@code Authorization} header value. */
  @Benchmark
  public String ours() {
    return ours.sign(credentials, "intlpartnersmgt", headers, PAYLOAD).authorization();
  }

  /** The official SDK's steps ({@code AbstractClient.getHeaders()}, JSON POST, TC3), to the same header value. */
  @Benchmark
  public String official() throws TencentCloudSDKException {
    return officialAuthorization(SECRET_ID, SECRET_KEY, HOST, CONTENT_TYPE, PAYLOAD);
  }

  static String officialAuthorization(String secretId, String secretKey, String endpoint, String contentType,
      byte[] requestPayload) throws TencentCloudSDKException {
    String canonicalUri = "/";
    String canonicalQueryString = "";
    String canonicalHeaders = "content-type:" + contentType + "\nhost:" + endpoint + "\n";
    String signedHeaders = "content-type;host";
    String hashedRequestPayload = Sign.sha256Hex(requestPayload);
    String canonicalRequest = "POST\n" + canonicalUri + "\n" + canonicalQueryString + "\n" + canonicalHeaders + "\n"
        + signedHeaders + "\n" + hashedRequestPayload;
    String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
    SimpleDateFormat sdf = new SimpleDateFormat("yyyy-MM-dd");
    sdf.setTimeZone(TimeZone.getTimeZone("UTC"));
    String date = sdf.format(new Date(Long.valueOf(timestamp + "000")));
    String service = endpoint.split("\\.")[0];
    String credentialScope = date + "/" + service + "/" + "tc3_request";
    String hashedCanonicalRequest = Sign.sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    String stringToSign = "TC3-HMAC-SHA256\n" + timestamp + "\n" + credentialScope + "\n" + hashedCanonicalRequest;
    byte[] secretDate = Sign.hmac256(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
    byte[] secretService = Sign.hmac256(secretDate, service);
    byte[] secretSigning = Sign.hmac256(secretService, "tc3_request");
    String signature = DatatypeConverter.printHexBinary(Sign.hmac256(secretSigning, stringToSign)).toLowerCase();
    return "TC3-HMAC-SHA256 Credential=" + secretId + "/" + credentialScope + ", SignedHeaders=" + signedHeaders
        + ", Signature=" + signature;
  }
}
