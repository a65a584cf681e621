package dev.partnerkit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huaweicloud.sdk.bss.v2.model.CreateCustomerV2Req;
import com.huaweicloud.sdk.bss.v2.model.QuerySubCustomerListReq;
import com.huaweicloud.sdk.core.auth.GlobalCredentials;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import dev.partnerkit.adapter.huawei.BssClient;
import dev.partnerkit.adapter.huawei.HuaweiConfig;
import dev.partnerkit.adapter.huawei.HuaweiCredentials;
import dev.partnerkit.adapter.huawei.HuaweiPartnerGateway;
import dev.partnerkit.adapter.huawei.api.CreateSubCustomerRequest;
import dev.partnerkit.adapter.huawei.api.ListSubCustomersRequest;
import dev.partnerkit.adapter.support.RetryPolicy;
import dev.partnerkit.adapter.support.WriteJournal;
import dev.partnerkit.adapter.tencent.IntlPartnersClient;
import dev.partnerkit.adapter.tencent.TencentConfig;
import dev.partnerkit.adapter.tencent.TencentCredentials;
import dev.partnerkit.adapter.tencent.TencentPartnerGateway;
import dev.partnerkit.adapter.tencent.api.CreateAccountRequest;
import dev.partnerkit.bench.LoadRunner.Outcome;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.domain.HuaweiRegistration;
import dev.partnerkit.domain.HuaweiRegistrationForm;
import dev.partnerkit.domain.Secret;
import dev.partnerkit.domain.TencentRegistration;
import dev.partnerkit.domain.TencentRegistrationForm;
import dev.partnerkit.ports.CreditPort;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.sandbox.Sandbox;
import dev.partnerkit.sandbox.huawei.HuaweiFrontDoor;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicHeader;

/**
 * Every client the call rows measure, built in this one place, each with a read and a create: partnerkit's typed
 * clients ({@link IntlPartnersClient}, {@link BssClient}: one attempt per call, no rate limiter, no journal, like the
 * SDKs), partnerkit's gateways ({@link TencentPartnerGateway}, {@link HuaweiPartnerGateway}: in-memory journal,
 * limits off), the official SDKs (Tencent's {@code CommonClient}, Huawei's {@code
 * com.huaweicloud.sdk.bss.v2.BssClient}) and a bare HttpClient 5 classic POST of prepared bytes (the floor). Tencent:
 * QueryPartnerCredit and CreateAccount; Huawei China: ListSubCustomers and CreateSubCustomer.
 *
 * <p>Both the typed clients and the gateways are built from configurations with the rate limits switched off and one
 * attempt per call ({@code withoutRateLimits()}, {@code RetryPolicy.none()}), as the SDKs make.
 */
final class Clients {

  private static final Secret BENCH_PASSWORD = Secret.of("Bench!2026pw");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A client under test: its read and its create, as calls for the {@link LoadRunner}. */
  interface Client extends AutoCloseable {
    LoadRunner.Call read();

    LoadRunner.Call create();

    @Override
    default void close() {}
  }

  /** Where the clients call: each vendor's endpoint, and phones with a code for Tencent's creates. */
  record Target(String tencentEndpoint, String huaweiEndpoint, TencentPhones phones) {
    Target {
      tencentEndpoint = tencentEndpoint.replaceAll("/+$", "");
      huaweiEndpoint = huaweiEndpoint.replaceAll("/+$", "");
    }

    static Target sandbox(Sandbox sandbox, TencentPhones phones) {
      return new Target(sandbox.tencentEndpoint(),
          sandbox.huaweiEndpoint(dev.partnerkit.sandbox.huawei.HuaweiSite.CHINA).toString(), phones);
    }

    static Target canned(CannedServer server) {
      return new Target(server.endpoint(), server.endpoint(), TencentPhones.unchecked());
    }
  }

  private Clients() {}

  static String customerName(long i) {
    return "Bench Customer " + i;
  }

  /** The JSON of create number {@code i} as Tencent's SDK sends it. */
  static String tencentCreateJson(long i, String phone, String code) {
    return "{\"AccountType\":\"company\",\"Mail\":\"c" + i + "@bench.example\","
        + "\"Password\":\"Bench!2026pw\",\"ConfirmPassword\":\"Bench!2026pw\",\"PhoneNum\":\"" + phone
        + "\",\"CountryCode\":\"852\",\"Area\":\"HK\",\"VerifyCode\":\"" + code
        + "\",\"TradeOne\":\"kghy_01\",\"TradeTwo\":\"kghy_0101\",\"CustomerName\":\"" + customerName(i) + "\"}";
  }

  static TencentConfig ourTencentConfig(String endpoint) {
    return TencentConfig.builder().endpoint(endpoint).allowInsecureHttp(true)
        .credentials(TencentCredentials.of(Sandbox.DEFAULT_SECRET_ID, Secret.of(Sandbox.DEFAULT_SECRET_KEY)))
        .maxConnections(64) // as many connections as callers (default 20); OkHttp under the SDK has no such cap
        .withoutRateLimits().retryPolicy(RetryPolicy.none()) // one attempt per call, as the SDK makes; no pacing
        .build();
  }

  static IntlPartnersClient ourTencentClient(String endpoint) {
    return IntlPartnersClient.create(ourTencentConfig(endpoint));
  }

  static HuaweiConfig ourHuaweiConfig(String endpoint) {
    return HuaweiConfig.builder(dev.partnerkit.domain.HuaweiSite.CHINA)
        .endpoint(URI.create(endpoint)).allowInsecureHttp(true)
        .credentials(HuaweiCredentials.akSk(HuaweiFrontDoor.DEFAULT_ACCESS_KEY, Secret.of(HuaweiFrontDoor.DEFAULT_SECRET_KEY))
            .withDomainId(HuaweiFrontDoor.DEFAULT_PARTNER_DOMAIN_ID))
        .maxConnections(64)
        .withoutRateLimits().retryPolicy(RetryPolicy.none()) // one attempt per call, as the SDK makes; no pacing
        .build();
  }

  static BssClient ourHuaweiClient(String endpoint) {
    return BssClient.create(ourHuaweiConfig(endpoint));
  }

  /** partnerkit's {@link IntlPartnersClient}. */
  static Client tencentOurs(Target target) {
    IntlPartnersClient client = ourTencentClient(target.tencentEndpoint());
    TencentPhones phones = target.phones();
    return new Client() {
      @Override
      public LoadRunner.Call read() {
        return i -> client.queryPartnerCredit().isRight() ? Outcome.OK : Outcome.FAILED;
      }

      @Override
      public LoadRunner.Call create() {
        return i -> {
          int p = (int) (i / TencentPhones.ACCOUNTS_PER_PHONE);
          if (p >= phones.size()) {
            return Outcome.EXHAUSTED;
          }
          CreateAccountRequest request = CreateAccountRequest.builder().accountType("company")
              .mail("c" + i + "@bench.example").password(BENCH_PASSWORD).confirmPassword(BENCH_PASSWORD)
              .phoneNum(phones.phone(p)).countryCode("852").area("HK").verifyCode(Secret.of(phones.code(p)))
              .tradeOne("kghy_01").tradeTwo("kghy_0101").customerName(customerName(i)).build();
          return client.createAccount(request).isRight() ? Outcome.OK : Outcome.FAILED;
        };
      }

      @Override
      public void close() {
        client.close();
      }
    };
  }

  /** partnerkit's {@link TencentPartnerGateway}: partner credit and customer creation, in-memory journal. */
  static Client tencentGateway(Target target) {
    TencentPartnerGateway gateway = TencentPartnerGateway.builder(ourTencentConfig(target.tencentEndpoint()))
        .journal(WriteJournal.inMemory()).build();
    TencentPhones phones = target.phones();
    CreditPort credit = gateway.capability(CreditPort.class).get();
    return new Client() {
      @Override
      public LoadRunner.Call read() {
        return i -> credit.partnerCredit().isRight() ? Outcome.OK : Outcome.FAILED;
      }

      @Override
      public LoadRunner.Call create() {
        return i -> {
          int p = (int) (i / TencentPhones.ACCOUNTS_PER_PHONE);
          if (p >= phones.size()) {
            return Outcome.EXHAUSTED;
          }
          TencentRegistration registration = TencentRegistration.validate(TencentRegistrationForm.builder()
              .accountType("company").mail("c" + i + "@bench.example").password("Bench!2026pw")
              .confirmPassword("Bench!2026pw").phoneNumber(phones.phone(p)).callingCode("852").area("HK")
              .verificationCode(phones.code(p)).tradeCategory("kghy_01", "kghy_0101").customerName(customerName(i))
              .build()).get();
          return gateway.createCustomer(registration, IdempotencyKey.of("bench-" + i)).isRight()
              ? Outcome.OK : Outcome.FAILED;
        };
      }

      @Override
      public void close() {
        gateway.close();
      }
    };
  }

  /** Tencent's official {@code CommonClient} (tencentcloud-sdk-java-common). */
  static Client tencentOfficial(Target target) {
    HttpProfile http = new HttpProfile();
    http.setEndpoint(target.tencentEndpoint().replaceFirst("^http://", ""));
    http.setProtocol("http://");
    ClientProfile profile = new ClientProfile();
    profile.setHttpProfile(http);
    CommonClient client = new CommonClient("intlpartnersmgt", "2022-09-28",
        new Credential(Sandbox.DEFAULT_SECRET_ID, Sandbox.DEFAULT_SECRET_KEY), "", profile);
    TencentPhones phones = target.phones();
    return new Client() {
      @Override
      public LoadRunner.Call read() {
        return i -> {
          client.call("QueryPartnerCredit", "{}");
          return Outcome.OK;
        };
      }

      @Override
      public LoadRunner.Call create() {
        return i -> {
          int p = (int) (i / TencentPhones.ACCOUNTS_PER_PHONE);
          if (p >= phones.size()) {
            return Outcome.EXHAUSTED;
          }
          client.call("CreateAccount", tencentCreateJson(i, phones.phone(p), phones.code(p)));
          return Outcome.OK;
        };
      }
    };
  }

  /** partnerkit's Huawei {@link BssClient}, China site, AK/SK. */
  static Client huaweiOurs(Target target) {
    BssClient client = ourHuaweiClient(target.huaweiEndpoint());
    ListSubCustomersRequest list = ListSubCustomersRequest.builder().build();
    return new Client() {
      @Override
      public LoadRunner.Call read() {
        return i -> client.listSubCustomers(list).isRight() ? Outcome.OK : Outcome.FAILED;
      }

      @Override
      public LoadRunner.Call create() {
        return i -> client.createSubCustomer(
                CreateSubCustomerRequest.builder().xaccountId("x-" + i).xaccountType("plat").build())
            .isRight() ? Outcome.OK : Outcome.FAILED;
      }

      @Override
      public void close() {
        client.close();
      }
    };
  }

  /** partnerkit's {@link HuaweiPartnerGateway}, China site: one customer looked up, customer creation. */
  static Client huaweiGateway(Target target) {
    HuaweiPartnerGateway gateway = HuaweiPartnerGateway.builder(ourHuaweiConfig(target.huaweiEndpoint()))
        .journal(WriteJournal.inMemory()).build();
    CustomerId known = CustomerId.of(CannedServer.HUAWEI_CUSTOMER_ID);
    return new Client() {
      @Override
      public LoadRunner.Call read() {
        return i -> gateway.findCustomer(known).isRight() ? Outcome.OK : Outcome.FAILED;
      }

      @Override
      public LoadRunner.Call create() {
        return i -> {
          HuaweiRegistration registration = HuaweiRegistration.validate(HuaweiRegistrationForm.builder()
              .xaccountId("x-" + i).xaccountType("plat").build(), dev.partnerkit.domain.HuaweiSite.CHINA).get();
          return gateway.createCustomer(registration, IdempotencyKey.of("bench-" + i)).isRight()
              ? Outcome.OK : Outcome.FAILED;
        };
      }

      @Override
      public void close() {
        gateway.close();
      }
    };
  }

  /** Huawei's official {@code com.huaweicloud.sdk.bss.v2.BssClient} (huaweicloud-sdk-bss), China site, AK/SK. */
  static Client huaweiOfficial(Target target) {
    com.huaweicloud.sdk.bss.v2.BssClient client = com.huaweicloud.sdk.bss.v2.BssClient.newBuilder()
        .withCredential(new GlobalCredentials().withAk(HuaweiFrontDoor.DEFAULT_ACCESS_KEY)
            .withSk(HuaweiFrontDoor.DEFAULT_SECRET_KEY).withDomainId(HuaweiFrontDoor.DEFAULT_PARTNER_DOMAIN_ID))
        .withEndpoint(target.huaweiEndpoint())
        .build();
    return new Client() {
      @Override
      public LoadRunner.Call read() {
        return i -> {
          client.listSubCustomers(new com.huaweicloud.sdk.bss.v2.model.ListSubCustomersRequest()
              .withBody(new QuerySubCustomerListReq()));
          return Outcome.OK;
        };
      }

      @Override
      public LoadRunner.Call create() {
        return i -> {
          client.createSubCustomer(new com.huaweicloud.sdk.bss.v2.model.CreateSubCustomerRequest()
              .withBody(new CreateCustomerV2Req().withXaccountId("x-" + i).withXaccountType("plat")));
          return Outcome.OK;
        };
      }
    };
  }

  /**
   * The floor: an HttpClient 5 classic POST of request bytes prepared once (headers of the vendor's shape, with a
   * signature computed once: the canned server checks none), the answer read fully and parsed into a Jackson tree. No
   * signing per call, no mapping to types: what any Java client on HttpClient 5 must at least spend.
   */
  static Client bareTencent(Target target) {
    byte[] read = "{}".getBytes(StandardCharsets.UTF_8);
    byte[] create = tencentCreateJson(0, TencentPhones.phoneNumber(0), "123456").getBytes(StandardCharsets.UTF_8);
    String authorization = "TC3-HMAC-SHA256 Credential=" + Sandbox.DEFAULT_SECRET_ID + "/2026-12-06/intlpartnersmgt/"
        + "tc3_request, SignedHeaders=content-type;host, Signature=" + "5d".repeat(32);
    BasicHeader[] common = {
        new BasicHeader("X-TC-Version", "2022-09-28"), new BasicHeader("X-TC-Timestamp", "1796601600"),
        new BasicHeader("X-TC-Language", "en-US"), new BasicHeader("Authorization", authorization)};
    return bare(target.tencentEndpoint() + "/", target.tencentEndpoint() + "/", read, create,
        withAction(common, "QueryPartnerCredit"), withAction(common, "CreateAccount"),
        ContentType.APPLICATION_JSON);
  }

  /** The floor for Huawei, as {@link #bareTencent}: AK/SK-shaped headers, the two BSS paths. */
  static Client bareHuawei(Target target) {
    byte[] read = "{}".getBytes(StandardCharsets.UTF_8);
    byte[] create = "{\"xaccount_id\":\"x-0\",\"xaccount_type\":\"plat\"}".getBytes(StandardCharsets.UTF_8);
    BasicHeader[] headers = {
        new BasicHeader("X-Sdk-Date", "20261206T000000Z"),
        new BasicHeader("X-Domain-Id", HuaweiFrontDoor.DEFAULT_PARTNER_DOMAIN_ID),
        new BasicHeader("Authorization", "SDK-HMAC-SHA256 Access=" + HuaweiFrontDoor.DEFAULT_ACCESS_KEY
            + ", SignedHeaders=content-type;host;x-domain-id;x-sdk-date, Signature=" + "5d".repeat(32))};
    return bare(target.huaweiEndpoint() + "/v2/partners/sub-customers/query",
        target.huaweiEndpoint() + "/v2/partners/sub-customers", read, create, headers, headers,
        ContentType.create("application/json", StandardCharsets.UTF_8));
  }

  private static BasicHeader[] withAction(BasicHeader[] common, String action) {
    BasicHeader[] all = java.util.Arrays.copyOf(common, common.length + 1);
    all[common.length] = new BasicHeader("X-TC-Action", action);
    return all;
  }

  private static Client bare(String readUri, String createUri, byte[] readBody, byte[] createBody,
      BasicHeader[] readHeaders, BasicHeader[] createHeaders, ContentType type) {
    CloseableHttpClient http = HttpClients.custom()
        .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
            .setMaxConnTotal(64).setMaxConnPerRoute(64).build())
        .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement().disableAuthCaching()
        .disableContentCompression()
        .build();
    ByteArrayEntity readEntity = new ByteArrayEntity(readBody, type);
    ByteArrayEntity createEntity = new ByteArrayEntity(createBody, type);
    return new Client() {
      @Override
      public LoadRunner.Call read() {
        return i -> post(http, readUri, readHeaders, readEntity);
      }

      @Override
      public LoadRunner.Call create() {
        return i -> post(http, createUri, createHeaders, createEntity);
      }

      @Override
      public void close() {
        try {
          http.close();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    };
  }

  private static Outcome post(CloseableHttpClient http, String uri, BasicHeader[] headers, ByteArrayEntity entity)
      throws IOException {
    HttpPost post = new HttpPost(uri);
    post.setHeaders(headers);
    post.setEntity(entity);
    JsonNode answer = http.execute(post, response -> {
      JsonNode tree = JSON.readTree(EntityUtils.toByteArray(response.getEntity()));
      return response.getCode() == 200 ? tree : null;
    });
    return answer == null || answer.isMissingNode() ? Outcome.FAILED : Outcome.OK;
  }
}
