package dev.partnerkit.bench;

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
import dev.partnerkit.adapter.huawei.api.CreateSubCustomerRequest;
import dev.partnerkit.adapter.huawei.api.ListSubCustomersRequest;
import dev.partnerkit.adapter.support.RetryPolicy;
import dev.partnerkit.adapter.tencent.IntlPartnersClient;
import dev.partnerkit.adapter.tencent.TencentConfig;
import dev.partnerkit.adapter.tencent.TencentCredentials;
import dev.partnerkit.adapter.tencent.api.CreateAccountRequest;
import dev.partnerkit.bench.LoadRunner.Outcome;
import dev.partnerkit.sandbox.huawei.HuaweiSite;
import dev.partnerkit.domain.Secret;
import dev.partnerkit.sandbox.Sandbox;
import dev.partnerkit.sandbox.huawei.HuaweiFrontDoor;

/**
 * The four clients measured on loopback against the sandbox, each with a read and a create: partnerkit's typed
 * clients ({@link IntlPartnersClient}, {@link BssClient}: one attempt per call, no rate limiter, no journal, like the
 * SDKs) and the official SDKs (Tencent's {@code CommonClient}, Huawei's {@code com.huaweicloud.sdk.bss.v2.BssClient}).
 * Tencent: QueryPartnerCredit and CreateAccount; Huawei China: ListSubCustomers and CreateSubCustomer.
 */
final class Clients {

  private static final Secret BENCH_PASSWORD = Secret.of("Bench!2026pw");

  /** A client under test: its read and its create, as calls for the {@link LoadRunner}. */
  interface Client extends AutoCloseable {
    LoadRunner.Call read();

    LoadRunner.Call create();

    @Override
    default void close() {}
  }

  private Clients() {}

  static String customerName(long i) {
    return "Bench Customer " + i;
  }

  static IntlPartnersClient ourTencentClient(String endpoint) {
    return IntlPartnersClient.create(TencentConfig.builder().endpoint(endpoint).allowInsecureHttp(true)
        .credentials(TencentCredentials.of(Sandbox.DEFAULT_SECRET_ID, Secret.of(Sandbox.DEFAULT_SECRET_KEY)))
        .maxConnections(64) // as many connections as callers (default 20); OkHttp under the SDK has no such cap
        .withoutRateLimits().retryPolicy(RetryPolicy.none()) // one raw attempt per call, as the SDK makes
        .build());
  }

  /** partnerkit's {@link IntlPartnersClient}. */
  static Client tencentOurs(Sandbox sandbox, TencentPhones phones) {
    IntlPartnersClient client = ourTencentClient(sandbox.tencentEndpoint());
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

  /** Tencent's official {@code CommonClient} (tencentcloud-sdk-java-common), pointed at the sandbox directly. */
  static Client tencentOfficial(Sandbox sandbox, TencentPhones phones) {
    HttpProfile http = new HttpProfile();
    http.setEndpoint("127.0.0.1:" + sandbox.tencentPort());
    http.setProtocol("http://");
    ClientProfile profile = new ClientProfile();
    profile.setHttpProfile(http);
    CommonClient client = new CommonClient("intlpartnersmgt", "2022-09-28",
        new Credential(Sandbox.DEFAULT_SECRET_ID, Sandbox.DEFAULT_SECRET_KEY), "", profile);
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
          client.call("CreateAccount", "{\"AccountType\":\"company\",\"Mail\":\"c" + i + "@bench.example\","
              + "\"Password\":\"Bench!2026pw\",\"ConfirmPassword\":\"Bench!2026pw\",\"PhoneNum\":\"" + phones.phone(p)
              + "\",\"CountryCode\":\"852\",\"Area\":\"HK\",\"VerifyCode\":\"" + phones.code(p)
              + "\",\"TradeOne\":\"kghy_01\",\"TradeTwo\":\"kghy_0101\",\"CustomerName\":\"" + customerName(i) + "\"}");
          return Outcome.OK;
        };
      }
    };
  }

  /** partnerkit's Huawei {@link BssClient}, China site, AK/SK. */
  static Client huaweiOurs(Sandbox sandbox) {
    BssClient client = BssClient.create(HuaweiConfig.builder(dev.partnerkit.domain.HuaweiSite.CHINA)
        .endpoint(sandbox.huaweiEndpoint(HuaweiSite.CHINA)).allowInsecureHttp(true)
        .credentials(HuaweiCredentials.akSk(HuaweiFrontDoor.DEFAULT_ACCESS_KEY, Secret.of(HuaweiFrontDoor.DEFAULT_SECRET_KEY))
            .withDomainId(HuaweiFrontDoor.DEFAULT_PARTNER_DOMAIN_ID))
        .withoutRateLimits().retryPolicy(RetryPolicy.none()) // one raw attempt per call, as the SDK makes
        .build());
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

  /** Huawei's official {@code com.huaweicloud.sdk.bss.v2.BssClient} (huaweicloud-sdk-bss), China site, AK/SK. */
  static Client huaweiOfficial(Sandbox sandbox) {
    com.huaweicloud.sdk.bss.v2.BssClient client = com.huaweicloud.sdk.bss.v2.BssClient.newBuilder()
        .withCredential(new GlobalCredentials().withAk(HuaweiFrontDoor.DEFAULT_ACCESS_KEY)
            .withSk(HuaweiFrontDoor.DEFAULT_SECRET_KEY).withDomainId(HuaweiFrontDoor.DEFAULT_PARTNER_DOMAIN_ID))
        .withEndpoint(sandbox.huaweiEndpoint(HuaweiSite.CHINA).toString())
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
}
