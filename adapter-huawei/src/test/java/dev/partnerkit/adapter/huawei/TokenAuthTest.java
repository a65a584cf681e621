package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.support.RetryPolicy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.huawei.FakeHuawei.Canned;
import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.adapter.huawei.api.ListSubCustomersRequest;
import dev.partnerkit.domain.Secret;
import dev.partnerkit.ports.FailureKind;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Token authentication: fetched from IAM once, cached, renewed before expiry, one renewal at a time. */
class TokenAuthTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
  private FakeHuawei huawei;
  private BssClient client;

  @BeforeEach
  void start() throws IOException {
    huawei = FakeHuawei.start(clock);
    client = client(FakeHuawei.PASSWORD);
    huawei.responder = r -> Canned.json(200, "{\"count\":0,\"customer_infos\":[]}");
  }

  @AfterEach
  void stop() {
    client.close();
    huawei.close();
  }

  private BssClient client(String password) {
    return BssClient.create(HuaweiConfig.builder(HuaweiSite.INTERNATIONAL)
        .endpoint(huawei.uri())
        .iamEndpoint(huawei.uri())
        .allowInsecureHttp(true)
        .clock(clock)
        .environment(Map.of())
        .tokenRenewalMargin(Duration.ofMinutes(10))
        .credentials(HuaweiCredentials.iamPassword(FakeHuawei.USER, Secret.of(password), FakeHuawei.DOMAIN))
        .withoutRateLimits().retryPolicy(RetryPolicy.none())   // one attempt per call: the tests count token requests and calls
        .build());
  }

  private boolean list() {
    return client.listSubCustomers(ListSubCustomersRequest.builder().limit(10).build()).isRight();
  }

  @Test
  void the_token_is_fetched_once_and_sent_as_x_auth_token() {
    assertThat(list()).isTrue();
    assertThat(list()).isTrue();
    assertThat(list()).isTrue();

    assertThat(huawei.issuedTokens).hasSize(1);
    FakeHuawei.Received tokenRequest = huawei.requests.get(0);
    assertThat(tokenRequest.rawPath()).isEqualTo("/v3/auth/tokens");
    assertThat(tokenRequest.rawQuery()).isEqualTo("nocatalog=true");
    assertThat(tokenRequest.bodyText()).contains("\"methods\":[\"password\"]");
    List<FakeHuawei.Received> bss = huawei.bssRequests();
    assertThat(bss).hasSize(3).allSatisfy(r -> {
      assertThat(r.header("X-Auth-Token")).isEqualTo("TOKEN-do-not-leak-1");
      assertThat(r.header("Authorization")).isNull();
    });
  }

  @Test
  void the_token_is_renewed_within_the_margin_before_it_expires() {
    assertThat(list()).isTrue();
    clock.advance(Duration.ofMinutes(49)); // expires in 11 minutes: still outside the 10-minute margin
    assertThat(list()).isTrue();
    assertThat(huawei.issuedTokens).hasSize(1);

    clock.advance(Duration.ofMinutes(2)); // expires in 9 minutes: renew
    assertThat(list()).isTrue();

    assertThat(huawei.issuedTokens).hasSize(2);
    assertThat(huawei.bssRequests().get(2).header("X-Auth-Token")).isEqualTo("TOKEN-do-not-leak-2");
  }

  @Test
  void a_token_shorter_lived_than_twice_the_margin_is_reused_for_half_its_life() {
    huawei.tokenLifetime = Duration.ofMinutes(8); // less than the 10-minute margin
    assertThat(list()).isTrue();
    clock.advance(Duration.ofMinutes(3));
    assertThat(list()).isTrue();
    assertThat(huawei.issuedTokens).hasSize(1);

    clock.advance(Duration.ofMinutes(2)); // past half of its 8 minutes
    assertThat(list()).isTrue();
    assertThat(huawei.issuedTokens).hasSize(2);
  }

  @Test
  void concurrent_callers_share_one_renewal() throws Exception {
    huawei.iamDelayMillis = 200;
    int callers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        results.add(pool.submit(() -> {
          go.await();
          return list();
        }));
      }
      go.countDown();
      for (Future<Boolean> r : results) {
        assertThat(r.get(10, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(huawei.issuedTokens).hasSize(1);
    assertThat(huawei.bssRequests()).hasSize(callers);
  }

  @Test
  void a_refused_token_is_forgotten_and_the_next_call_gets_a_new_one() {
    assertThat(list()).isTrue();
    huawei.responder = r -> Canned.json(401, "{\"error_code\":\"CBC.0154\",\"error_msg\":\"token expired\"}");
    HuaweiCallFailure refused = client.listSubCustomers(ListSubCustomersRequest.builder().build()).getLeft();
    huawei.responder = r -> Canned.json(200, "{\"count\":0}");

    assertThat(refused.kind()).isEqualTo(FailureKind.UNAUTHORIZED);
    assertThat(list()).isTrue();
    assertThat(huawei.issuedTokens).hasSize(2);
  }

  @Test
  void a_wrong_password_fails_the_call_as_unauthorized_without_calling_bss() {
    try (BssClient wrong = client("not-the-password")) {
      HuaweiCallFailure failure = wrong.listSubCustomers(ListSubCustomersRequest.builder().build()).getLeft();

      assertThat(failure.kind()).isEqualTo(FailureKind.UNAUTHORIZED);
      assertThat(failure.operation()).isEqualTo("IAM.KeystoneCreateUserTokenByPassword");
      assertThat(failure.trace().message()).isEqualTo("The username or password is wrong.");
      assertThat(failure.trace().httpStatus().get()).isEqualTo(401);
      assertThat(huawei.bssRequests()).isEmpty();
    }
  }

  /** Issue 14: IAM's own code for a wrong password, IAM.0004 at 401, is UNAUTHORIZED, not UNEXPECTED. */
  @Test
  void iam_0004_at_401_is_unauthorized() {
    huawei.iamRefusal = Canned.json(401,
        "{\"error_msg\":\"The username or password is wrong.\",\"error_code\":\"IAM.0004\"}");
    try (BssClient wrong = client("not-the-password")) {
      HuaweiCallFailure failure = wrong.listSubCustomers(ListSubCustomersRequest.builder().build()).getLeft();

      assertThat(failure.kind()).isEqualTo(FailureKind.UNAUTHORIZED);
      assertThat(failure.trace().code()).isEqualTo("IAM.0004");
      assertThat(huawei.bssRequests()).isEmpty();
    }
  }
}
