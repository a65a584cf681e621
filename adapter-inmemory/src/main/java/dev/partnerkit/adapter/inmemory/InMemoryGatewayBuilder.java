package dev.partnerkit.adapter.inmemory;

import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.domain.Money;
import dev.partnerkit.domain.Reseller;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.domain.ResellerRole;
import dev.partnerkit.domain.TradeCatalog;
import dev.partnerkit.domain.Vendor;
import dev.partnerkit.ports.Capability;
import dev.partnerkit.ports.CountryCallingCode;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Configures an {@link InMemoryPartnerGateway}. Every setting has a default that makes tests repeatable: a fixed
 * clock, sequential ids, a sequence of verification codes, a small trade catalog, a distributor as the partner, 10,000
 * USD of partner credit.
 */
public final class InMemoryGatewayBuilder {

  final Vendor vendor;
  final Option<HuaweiSite> site;
  Reseller partner = new Reseller(ResellerId.of("100000000001"), "Example Distributor", ResellerRole.DISTRIBUTOR);
  Clock clock = Clock.fixed(java.time.Instant.parse("2026-01-01T00:00:00Z"), java.time.ZoneOffset.UTC);
  Supplier<String> customerIds;
  Supplier<String> verificationCodes;
  TradeCatalog catalog;
  Seq<CountryCallingCode> countries;
  String currency = "USD";
  Money partnerCredit = Money.of("10000", "USD");
  Duration codeValidity = Duration.ofMinutes(10);
  Set<Class<? extends Capability>> capabilities;

  InMemoryGatewayBuilder(Vendor vendor, Option<HuaweiSite> site) {
    this.vendor = vendor;
    this.site = site;
    AtomicLong ids = new AtomicLong();
    this.customerIds = vendor == Vendor.TENCENT
        ? () -> Long.toString(200000000000L + ids.incrementAndGet())
        : () -> String.format("%032x", ids.incrementAndGet());
    AtomicLong codes = new AtomicLong(123455);
    this.verificationCodes = () -> Long.toString(100000 + (codes.incrementAndGet() * 7919) % 900000);
    this.countries = InMemoryPartnerGateway.defaultCountries(vendor, site);
    this.catalog = vendor == Vendor.TENCENT ? defaultCatalog() : TradeCatalog.of(List.empty());
    this.capabilities = InMemoryPartnerGateway.defaultCapabilities(vendor, site);
  }

  /** The partner the gateway acts as (default: a distributor, so it may decide applications). */
  public InMemoryGatewayBuilder partner(Reseller partner) {
    this.partner = Objects.requireNonNull(partner, "partner");
    return this;
  }

  /** The clock for timestamps and verification-code expiry (default: fixed at 2026-01-01T00:00:00Z). */
  public InMemoryGatewayBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** The source of new customer ids (default: Tencent-like UINs or Huawei-like 32-hex ids, in sequence). */
  public InMemoryGatewayBuilder customerIds(Supplier<String> ids) {
    this.customerIds = Objects.requireNonNull(ids, "ids");
    return this;
  }

  /** The source of verification codes the fake "sends" (default: a fixed sequence of 6-digit codes). */
  public InMemoryGatewayBuilder verificationCodes(Supplier<String> codes) {
    this.verificationCodes = Objects.requireNonNull(codes, "codes");
    return this;
  }

  /** How long a verification code stays valid (default: 10 minutes). */
  public InMemoryGatewayBuilder codeValidity(Duration validity) {
    this.codeValidity = Objects.requireNonNull(validity, "validity");
    return this;
  }

  /**
   * The industry catalog (default: for Tencent a small catalog including {@code kghy_01}/{@code kghy_0101}; Huawei
   * has none, so empty).
   */
  public InMemoryGatewayBuilder tradeCatalog(TradeCatalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    return this;
  }

  /**
   * The country list (default: every ISO region with telephone numbering, for Tencent less 7, 380 and 86; for Huawei
   * China only mainland China).
   */
  public InMemoryGatewayBuilder countries(Seq<CountryCallingCode> countries) {
    this.countries = Objects.requireNonNull(countries, "countries");
    return this;
  }

  /** The partner's credit and its currency (default: 10000 USD). */
  public InMemoryGatewayBuilder partnerCredit(Money credit) {
    this.partnerCredit = Objects.requireNonNull(credit, "credit");
    this.currency = credit.currency();
    return this;
  }

  /** Which capability ports the fake offers (default: those of the real adapter for the vendor). */
  public InMemoryGatewayBuilder capabilities(Set<Class<? extends Capability>> capabilities) {
    this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
    return this;
  }

  public InMemoryPartnerGateway build() {
    return InMemoryPartnerGateway.build(this);
  }

  /** A small industry catalog shaped like Tencent's GetTradeConfigList answer. */
  public static TradeCatalog defaultCatalog() {
    return TradeCatalog.of(
        List.of(
            new TradeCatalog.Industry("kghy_01", "Internet", List.of(
                new TradeCatalog.SubIndustry("kghy_0101", "E-commerce"),
                new TradeCatalog.SubIndustry("kghy_0102", "Social media"),
                new TradeCatalog.SubIndustry("kghy_0103", "Online games"))),
            new TradeCatalog.Industry("kghy_02", "Finance", List.of(
                new TradeCatalog.SubIndustry("kghy_0201", "Banking"),
                new TradeCatalog.SubIndustry("kghy_0202", "Insurance"))),
            new TradeCatalog.Industry("kghy_03", "Education", List.of(
                new TradeCatalog.SubIndustry("kghy_0301", "Schools"),
                new TradeCatalog.SubIndustry("kghy_0302", "Online learning")))));
  }
}
