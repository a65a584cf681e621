package dev.partnerkit.domain;

import static dev.partnerkit.domain.DomainGen.anyString;
import static dev.partnerkit.domain.DomainGen.assertExactlyTheViolationsOf;
import static dev.partnerkit.domain.DomainGen.assertWellFormed;
import static dev.partnerkit.domain.DomainGen.validOrAny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;

import dev.partnerkit.domain.DomainGen.TencentCase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** {@link TencentRegistration#validate}: Tencent CreateAccount's rules, with and without a trade catalog. */
class TencentRegistrationProperties {

  private static final int EXAMPLES = 300;

  @Test
  void a_form_valid_by_construction_is_accepted() {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.tencentForm())
        .checkAssert(
            form -> {
              var result = TencentRegistration.validate(form);
              assertThat(Checks.errors(result)).as("violations of %s", form).isEmpty();
              assertThat(result.isValid()).isTrue();
            });
  }

  @Test
  void a_form_whose_trade_category_is_in_the_catalog_is_accepted() {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.fullTencentCase())
        .checkAssert(c -> assertThat(TencentRegistration.validate(c.form(), c.catalog()).isValid()).isTrue());
  }

  @Test
  void an_accepted_registration_holds_the_normalised_input() {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.tencentForm())
        .checkAssert(
            form -> {
              TencentRegistration r = TencentRegistration.validate(form).get();
              assertThat(r.accountType().wire()).isEqualTo(form.accountType().strip().toLowerCase(java.util.Locale.ROOT));
              assertThat(r.mail().value()).isEqualTo(form.mail().strip());
              assertThat(r.password().reveal()).isEqualTo(form.password());
              assertThat(r.phoneNumber().digits()).isEqualTo(form.phoneNumber());
              assertThat(r.callingCode().wire()).isEqualTo(form.callingCode().strip().replace("+", ""));
              assertThat(r.area().code()).isEqualToIgnoringCase(form.area().strip());
              assertThat(r.verificationCode().secret().reveal()).isEqualTo(form.verificationCode());
              assertThat(r.tradeCategory().firstLevel()).isEqualTo(form.tradeCategoryFirstLevel());
              assertThat(r.customerName().map(CustomerName::value).getOrNull())
                  .isEqualTo(Checks.isBlank(form.customerName()) ? null : form.customerName());
              assertThat(r.vendor()).isEqualTo(Vendor.TENCENT);
            });
  }

  @Test
  void what_validate_accepts_the_canonical_constructor_accepts_too() {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.tencentForm())
        .checkAssert(
            form -> {
              TencentRegistration r = TencentRegistration.validate(form).get();
              TencentRegistration rebuilt =
                  new TencentRegistration(r.accountType(), r.mail(), r.password(), r.phoneNumber(), r.callingCode(),
                      r.area(), r.verificationCode(), r.tradeCategory(), r.customerName(), r.extended());
              assertThat(rebuilt).isEqualTo(r);
            });
  }

  @Test
  void one_broken_rule_gives_exactly_that_violation() {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.fullTencentForm(), DomainGen.oneOf(DomainGen.tencentBreakers()))
        .checkAssert(
            (form, breaker) ->
                assertExactlyTheViolationsOf(
                    TencentRegistration.validate(breaker.apply().apply(form)), List.of(breaker)));
  }

  @Test
  void one_broken_rule_gives_exactly_that_violation_with_a_catalog() {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.fullTencentCase(), DomainGen.oneOf(DomainGen.tencentCatalogBreakers()))
        .checkAssert(
            (c, breaker) -> {
              TencentCase broken = breaker.apply().apply(c);
              assertExactlyTheViolationsOf(
                  TencentRegistration.validate(broken.form(), broken.catalog()), List.of(breaker));
            });
  }

  @Test
  void k_broken_rules_give_k_violations() {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.fullTencentForm(), DomainGen.independent(DomainGen.tencentBreakers()))
        .checkAssert(
            (form, breakers) ->
                assertExactlyTheViolationsOf(
                    TencentRegistration.validate(DomainGen.applyAll(form, breakers)), breakers));
  }

  @Test
  void k_broken_rules_give_k_violations_with_a_catalog() {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.fullTencentCase(), DomainGen.independent(DomainGen.tencentCatalogBreakers()))
        .checkAssert(
            (c, breakers) -> {
              TencentCase broken = DomainGen.applyAll(c, breakers);
              assertExactlyTheViolationsOf(TencentRegistration.validate(broken.form(), broken.catalog()), breakers);
            });
  }

  @Test
  void the_breakers_can_all_be_independent_at_once() {
    // k goes up to the number of independent breakers: one per group of fields, all applied together
    qt().withExamples(50)
        .forAll(DomainGen.fullTencentForm(), DomainGen.independent(DomainGen.tencentBreakers()))
        .assuming((form, breakers) -> breakers.size() >= 9)
        .checkAssert(
            (form, breakers) ->
                assertExactlyTheViolationsOf(
                    TencentRegistration.validate(DomainGen.applyAll(form, breakers)), breakers));
  }

  @Test
  void any_input_in_any_field_never_throws() {
    Gen<TencentRegistrationForm> forms =
        rs ->
            TencentRegistrationForm.builder()
                .accountType(validOrAny(org.quicktheories.generators.Generate.constant("personal")).generate(rs))
                .mail(validOrAny(DomainGen.email()).generate(rs))
                .password(validOrAny(DomainGen.tencentPassword()).generate(rs))
                .confirmPassword(anyString().generate(rs))
                .phoneNumber(validOrAny(DomainGen.phoneDigits()).generate(rs))
                .callingCode(validOrAny(org.quicktheories.generators.Generate.pick(List.of("852", "86", "1", "+7"))).generate(rs))
                .area(validOrAny(DomainGen.anyArea().map(DomainGen.AreaCode::area)).generate(rs))
                .verificationCode(validOrAny(DomainGen.verificationCode()).generate(rs))
                .tradeCategory(validOrAny(DomainGen.tradeId()).generate(rs), anyString().generate(rs))
                .customerName(anyString().generate(rs))
                .extended(anyString().generate(rs))
                .build();
    qt().withExamples(EXAMPLES)
        .forAll(forms, DomainGen.catalog())
        .checkAssert(
            (form, catalog) ->
                assertThatCode(
                        () -> {
                          assertWellFormed(TencentRegistration.validate(form));
                          assertWellFormed(TencentRegistration.validate(form, catalog));
                          assertThat(form.toString()).isNotNull();
                        })
                    .doesNotThrowAnyException());
  }

  @Test
  void text_never_depends_on_the_password_its_confirmation_or_the_code() {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.tencentForm(), DomainGen.tencentPassword(), DomainGen.verificationCode())
        .checkAssert(
            (form, otherPassword, otherCode) -> {
              TencentRegistrationForm other =
                  form.toBuilder().password(otherPassword).confirmPassword(otherPassword).verificationCode(otherCode).build();
              assertThat(other.toString()).isEqualTo(form.toString()).contains("******");
              assertThat(TencentRegistration.validate(other).get().toString())
                  .isEqualTo(TencentRegistration.validate(form).get().toString())
                  .contains("******");
            });
  }

  @Test
  void violation_messages_never_quote_the_password() {
    // passwords of 8 characters or more, so that a match cannot be a coincidence with the message's own words
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.fullTencentForm(), DomainGen.independent(DomainGen.tencentBreakers()))
        .checkAssert(
            (form, breakers) -> {
              TencentRegistrationForm broken = DomainGen.applyAll(form, breakers);
              String messages = Checks.errors(TencentRegistration.validate(broken)).mkString(" | ");
              for (String secret : new String[] {broken.password(), broken.confirmPassword()}) {
                if (secret != null && secret.length() >= 8) {
                  assertThat(messages).doesNotContain(secret);
                }
              }
            });
  }
}
