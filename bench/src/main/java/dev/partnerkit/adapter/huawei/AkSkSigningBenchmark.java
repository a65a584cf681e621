package dev.partnerkit.adapter.huawei;

import com.huaweicloud.sdk.core.auth.AKSKSigner;
import com.huaweicloud.sdk.core.auth.GlobalCredentials;
import com.huaweicloud.sdk.core.http.HttpMethod;
import com.huaweicloud.sdk.core.http.HttpRequest;
import dev.partnerkit.domain.Secret;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * SDK-HMAC-SHA256 signatures per second: partnerkit's {@link AkSkSigner} (package-private, hence this package)
 * against the official SDK's public {@link AKSKSigner} ({@code huaweicloud-sdk-core} 3.1.170), each signing the same
 * prepared request (a CreateSubCustomer POST to {@code /v2/partners/sub-customers} with a JSON body and a
 * {@code Content-Type} header) with the same AK/SK at the wall clock's time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AkSkSigningBenchmark {

  static final String AK = "HPUABENCHMARKAK000001";
  static final String SK = "benchmark-huawei-secret-key-000001";
  static final String HOST = "bss.myhuaweicloud.com";
  static final String PATH = "/v2/partners/sub-customers";
  static final String BODY = "{\"xaccount_id\":\"bench-000001\",\"xaccount_type\":\"plat\",\"domain_name\":\"bench01\","
      + "\"mobile_phone\":\"13800138000\",\"verification_code\":\"123456\",\"password\":\"Secret#2026x\"}";

  private final AkSkSigner ours = new AkSkSigner(Clock.systemUTC());
  private final Secret secret = Secret.of(SK);
  private final SigningRequest ourRequest = new SigningRequest("POST", HOST, PATH, List.of(),
      Map.of("Content-Type", "application/json"), BODY.getBytes(StandardCharsets.UTF_8));

  private final AKSKSigner theirs = AKSKSigner.getInstance();
  private final GlobalCredentials credentials = new GlobalCredentials().withAk(AK).withSk(SK);
  private final HttpRequest theirRequest = HttpRequest.newBuilder().withMethod(HttpMethod.POST)
      .withEndpoint("https://" + HOST).withPath(PATH).withContentType("application/json")
      .addHeader("Content-Type", "application/json").withBodyAsString(BODY).build();

  /** partnerkit: the headers to add (Authorization, X-Sdk-Date). */
  @Benchmark
  public Map<String, String> ours() {
    return ours.sign(ourRequest, AK, secret);
  }

  /** The official SDK's signer: the headers to add (Authorization, X-Sdk-Date). */
  @Benchmark
  public Map<String, String> official() {
    return theirs.sign(theirRequest, credentials);
  }
}
