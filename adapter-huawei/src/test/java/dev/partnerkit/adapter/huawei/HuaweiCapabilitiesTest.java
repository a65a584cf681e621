package dev.partnerkit.adapter.huawei;

import dev.partnerkit.adapter.support.WriteJournal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.huawei.FakeHuawei.Canned;
import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.adapter.support.RetryPolicy;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.domain.Money;
import dev.partnerkit.ports.BillingPort;
import dev.partnerkit.ports.BudgetPort;
import dev.partnerkit.ports.CreditPort;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.ResellerHierarchyPort;
import dev.partnerkit.ports.SpendingControlPort;
import dev.partnerkit.ports.VoucherPort;
import dev.partnerkit.domain.Secret;
import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The capability ports of each Huawei site against a scripted loopback Huawei. */
class HuaweiCapabilitiesTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T22:54:17Z"));
  private FakeHuawei huawei;
  private volatile Function<FakeHuawei.Received, Canned> answers = r -> new Canned(204, "", 0);

  @BeforeEach
  void start() throws Exception {
    huawei = FakeHuawei.start(clock);
    huawei.responder = r -> answers.apply(r);
  }

  @AfterEach
  void stop() {
    huawei.close();
  }

  private HuaweiPartnerGateway gateway(HuaweiSite site) {
    return HuaweiPartnerGateway.builder(HuaweiConfig.builder(site).endpoint(huawei.uri()).allowInsecureHttp(true)
            .clock(clock).environment(Map.of())
            .credentials(HuaweiCredentials.akSk(FakeHuawei.AK, Secret.of(FakeHuawei.SK))).build()).journal(WriteJournal.inMemory())
        .retryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(5)))
        .scaleRateLimits(100).pageSize(2).build();
  }

  private long sent(String path) {
    return huawei.bssRequests().stream().filter(r -> r.rawPath().equals(path)).count();
  }

  @Test
  void each_site_offers_what_it_has_and_nothing_else() {
    try (HuaweiPartnerGateway china = gateway(HuaweiSite.CHINA); HuaweiPartnerGateway intl = gateway(HuaweiSite.INTERNATIONAL)) {
      assertThat(china.capabilities().toJavaSet()).containsExactlyInAnyOrder(
          CreditPort.class, BillingPort.class, VoucherPort.class, ResellerHierarchyPort.class);
      assertThat(intl.capabilities().toJavaSet()).containsExactlyInAnyOrder(SpendingControlPort.class, BudgetPort.class);
      assertThat(intl.capability(CreditPort.class)).isEmpty();
      assertThat(china.capability(BudgetPort.class)).isEmpty();
    }
  }

  @Test
  void china_moves_funds_to_a_customer_once_per_key() {
    answers = r -> switch (r.rawPath()) {
      case "/v2/accounts/partner-accounts/adjust-amount" -> Canned.json(200, "{\"transfer_id\":\"T-1\"}");
      case "/v2/accounts/customer-accounts/balances/batch-query" -> Canned.json(200,
          "{\"customer_balances\":[{\"customer_id\":\"c1\",\"amount\":300.50,\"debt_amount\":0,\"currency\":\"CNY\"}]}");
      default -> new Canned(404, "{}", 0);
    };
    try (HuaweiPartnerGateway china = gateway(HuaweiSite.CHINA)) {
      CreditPort credit = china.capability(CreditPort.class).get();
      IdempotencyKey key = IdempotencyKey.of("fund-1");

      var first = credit.allocateCredit(CustomerId.of("c1"), Money.of("100.00", "CNY"), key).get();
      credit.allocateCredit(CustomerId.of("c1"), Money.of("100.00", "CNY"), key).get();

      assertThat(first.customerCreditAfter()).isEqualTo(Money.of("300.50", "CNY"));
      assertThat(sent("/v2/accounts/partner-accounts/adjust-amount")).isEqualTo(1);
      assertThat(huawei.bssRequests().get(0).bodyText()).contains("\"customer_id\":\"c1\"", "\"amount\":100.00");
    }
  }

  @Test
  void china_sums_a_months_bill_over_every_page() {
    answers = r -> r.rawQuery() != null && r.rawQuery().contains("offset=0")
        ? Canned.json(200, "{\"count\":3,\"currency\":\"CNY\",\"bill_sums\":[{\"amount\":10.25},{\"amount\":20}]}")
        : Canned.json(200, "{\"count\":3,\"currency\":\"CNY\",\"bill_sums\":[{\"amount\":1.5}]}");
    try (HuaweiPartnerGateway china = gateway(HuaweiSite.CHINA)) {
      var summary = china.capability(BillingPort.class).get().billSummary(CustomerId.of("c1"), YearMonth.of(2026, 10)).get();

      assertThat(summary.total()).isEqualTo(Money.of("31.75", "CNY"));
      assertThat(sent("/v2/bills/partner-bills/subcustomer-bills/monthly-sum")).isEqualTo(2);
    }
  }

  @Test
  void international_freezes_in_batches_of_ten_and_reports_who_was_not_frozen() {
    answers = r -> r.bodyText().contains("\"c11\"")
        ? Canned.json(200, "{\"error_details\":[{\"error_code\":\"CBC.99000035\",\"error_msg\":\"not your customer\",\"id\":\"c11\"}]}")
        : Canned.json(200, "{}");
    try (HuaweiPartnerGateway intl = gateway(HuaweiSite.INTERNATIONAL)) {
      var customers = List.range(0, 12).map(i -> CustomerId.of("c" + i));

      var outcome = intl.capability(SpendingControlPort.class).get().suspend(customers, "unpaid invoice").get();

      assertThat(sent("/v2/partners/sub-customers/freeze")).isEqualTo(2);
      assertThat(outcome.done()).hasSize(11);
      assertThat(outcome.notDone().map(n -> n.customer().value())).containsExactly("c11");
      assertThat(outcome.notDone().head().trace().code()).isEqualTo("CBC.99000035");
      assertThat(intl.capability(SpendingControlPort.class).get().suspend(customers, " ").isLeft()).isTrue();
    }
  }

  @Test
  void international_reads_and_sets_monthly_budgets() {
    answers = r -> r.method().equals("GET")
        ? Canned.json(200, "{\"budget_amount\":500,\"used_amount\":120.40,\"currency\":\"USD\",\"budget_type\":\"MONTHLY\"}")
        : new Canned(204, "", 0);
    try (HuaweiPartnerGateway intl = gateway(HuaweiSite.INTERNATIONAL)) {
      BudgetPort budgets = intl.capability(BudgetPort.class).get();

      assertThat(budgets.setMonthlyBudget(CustomerId.of("c1"), Money.of("500", "USD")).isRight()).isTrue();
      var budget = budgets.budget(CustomerId.of("c1")).get();

      assertThat(budget.used()).isEqualTo(Money.of("120.40", "USD"));
      assertThat(huawei.bssRequests().get(0).bodyText()).contains("\"budget_amount\":500", "\"budget_type\":\"MONTHLY\"");
      assertThat(budgets.setMonthlyBudget(CustomerId.of("c1"), Money.of("0", "USD")).isLeft()).isTrue();
    }
  }
}
