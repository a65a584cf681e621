package dev.partnerkit.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.domain.Customer;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.domain.TencentRules;
import dev.partnerkit.domain.TradeCatalog;
import dev.partnerkit.domain.TradeCategory;
import dev.partnerkit.domain.Vendor;
import dev.partnerkit.ports.Capability;
import dev.partnerkit.ports.CountryCallingCode;
import dev.partnerkit.ports.PartnerAccountGateway;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The read-only contract: safe against any target, live vendors included. Asserts on {@code GatewayFailure}
 * variants and domain values, never on vendor free text.
 */
public interface PartnerAccountQueriesContract {

  ContractTarget target();

  private PartnerAccountGateway gateway() {
    return target().gateway();
  }

  @Test
  default void the_partner_knows_who_it_is() {
    assertThat(gateway().partner().get().id().value()).isNotBlank();
  }

  @Test
  default void every_second_level_industry_belongs_to_its_first_level() {
    TradeCatalog catalog = gateway().tradeCategories().get();
    if (target().vendor() == Vendor.TENCENT) {
      assertThat(catalog.industries()).isNotEmpty();
    } else {
      assertThat(catalog.industries()).as("Huawei has no industry catalog").isEmpty();
    }
    for (TradeCatalog.Industry industry : catalog.industries()) {
      assertThat(industry.children()).as("children of %s", industry.id()).isNotEmpty();
      for (TradeCatalog.SubIndustry child : industry.children()) {
        assertThat(catalog.check(new TradeCategory(industry.id(), child.id())).isValid()).isTrue();
      }
    }
  }

  @Test
  default void country_codes_are_consistent_and_tencent_lists_no_banned_code() {
    var countries = gateway().countryCodes().get();
    assertThat(countries).isNotEmpty();
    for (CountryCallingCode c : countries) {
      assertThat(c.area().uses(c.callingCode())).as("%s uses %s", c.area(), c.callingCode()).isTrue();
      if (target().vendor() == Vendor.TENCENT) {
        assertThat(TencentRules.BANNED_CALLING_CODES.contains(c.callingCode().value())).as("%s", c).isFalse();
      }
    }
  }

  @Test
  default void an_unknown_customer_is_not_found() {
    assertThat(gateway().findCustomer(CustomerId.of("999999999999999")).get()).isEmpty();
  }

  @Test
  default void the_customer_listing_ends_and_names_each_customer_once() {
    var ids = gateway().customers().stream().map(Customer::id).collect(Collectors.toList());
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(gateway().customers().forEach(c -> {}).get()).isEqualTo(ids.size());
  }

  @Test
  default void pending_applications_are_listed_without_failure() {
    assertThat(gateway().pendingApplications().forEach(a -> {}).isRight()).isTrue();
  }

  @Test
  default void every_declared_capability_can_be_obtained() {
    for (Class<? extends Capability> port : gateway().capabilities()) {
      assertThat(gateway().capability(port)).as("%s", port.getSimpleName()).isNotEmpty();
    }
  }
}
