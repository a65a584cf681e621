package dev.partnerkit.domain;

import static dev.partnerkit.domain.DomainGen.anyString;
import static dev.partnerkit.domain.DomainGen.assertExactlyTheViolationsOf;
import static dev.partnerkit.domain.DomainGen.assertWellFormed;
import static dev.partnerkit.domain.DomainGen.validOrAny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** {@link HuaweiRegistration#validate}: Huawei CreateSubCustomer's rules on both sites. */
class HuaweiRegistrationProperties {

  private static final int EXAMPLES = 300;

  @ParameterizedTest
  @EnumSource(HuaweiSite.class)
  void a_form_valid_by_construction_is_accepted(HuaweiSite site) {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.huaweiForm(site).mix(DomainGen.fullHuaweiForm(site)))
        .checkAssert(
            form -> {
              var result = HuaweiRegistration.validate(form, site);
              assertThat(Checks.errors(result)).as("violations of %s", form).isEmpty();
              assertThat(result.isValid()).isTrue();
            });
  }

  @ParameterizedTest
  @EnumSource(HuaweiSite.class)
  void an_accepted_registration_holds_the_normalised_input(HuaweiSite site) {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.huaweiForm(site))
        .checkAssert(
            form -> {
              HuaweiRegistration r = HuaweiRegistration.validate(form, site).get();
              assertThat(r.site()).isEqualTo(site);
              assertThat(r.vendor()).isEqualTo(Vendor.HUAWEI);
              assertThat(r.xaccountId()).isEqualTo(form.xaccountId());
              assertThat(r.xaccountType()).isEqualTo(form.xaccountType());
              assertThat(r.accountName().map(HuaweiAccountName::value).getOrNull())
                  .isEqualTo(Checks.isBlank(form.accountName()) ? null : form.accountName());
              assertThat(r.password().map(Secret::reveal).getOrNull()).isEqualTo(form.password());
              assertThat(r.phone().map(PhoneNumber::digits).getOrNull()).isEqualTo(form.mobile());
              assertThat(r.email().map(Email::value).getOrNull()).isEqualTo(form.mail());
              assertThat(r.verificationCode().map(c -> c.secret().reveal()).getOrNull())
                  .isEqualTo(form.verificationCode());
              assertThat(r.area().map(Area::code).getOrNull())
                  .isEqualTo(form.area() == null ? null : form.area().strip().toUpperCase(java.util.Locale.ROOT));
              assertThat(r.closeMarketingMessages()).isEqualTo(form.closeMarketingMessages());
            });
  }

  @ParameterizedTest
  @EnumSource(HuaweiSite.class)
  void what_validate_accepts_the_canonical_constructor_accepts_too(HuaweiSite site) {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.huaweiForm(site))
        .checkAssert(
            form -> {
              HuaweiRegistration r = HuaweiRegistration.validate(form, site).get();
              HuaweiRegistration rebuilt =
                  new HuaweiRegistration(r.site(), r.xaccountId(), r.xaccountType(), r.accountName(), r.password(),
                      r.mobile(), r.mail(), r.verificationCode(), r.area(), r.indirectResellerId(),
                      r.closeMarketingMessages(), r.consultingSale());
              assertThat(rebuilt).isEqualTo(r);
            });
  }

  @ParameterizedTest
  @EnumSource(HuaweiSite.class)
  void one_broken_rule_gives_exactly_that_violation(HuaweiSite site) {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.fullHuaweiForm(site), DomainGen.oneOf(DomainGen.huaweiBreakers(site)))
        .checkAssert(
            (form, breaker) ->
                assertExactlyTheViolationsOf(
                    HuaweiRegistration.validate(breaker.apply().apply(form), site), List.of(breaker)));
  }

  @ParameterizedTest
  @EnumSource(HuaweiSite.class)
  void k_broken_rules_give_k_violations(HuaweiSite site) {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.fullHuaweiForm(site), DomainGen.independent(DomainGen.huaweiBreakers(site)))
        .checkAssert(
            (form, breakers) ->
                assertExactlyTheViolationsOf(
                    HuaweiRegistration.validate(DomainGen.applyAll(form, breakers), site), breakers));
  }

  @ParameterizedTest
  @EnumSource(HuaweiSite.class)
  void any_input_in_any_field_never_throws(HuaweiSite site) {
    Gen<HuaweiRegistrationForm> forms =
        rs ->
            HuaweiRegistrationForm.builder()
                .xaccountId(validOrAny(DomainGen.identifier(128)).generate(rs))
                .xaccountType(validOrAny(DomainGen.identifier(64)).generate(rs))
                .accountName(validOrAny(DomainGen.huaweiAccountName()).generate(rs))
                .password(validOrAny(DomainGen.huaweiPassword()).generate(rs))
                .mobile(validOrAny(DomainGen.chinaMobile()).generate(rs))
                .mail(validOrAny(DomainGen.email()).generate(rs))
                .verificationCode(validOrAny(DomainGen.verificationCode()).generate(rs))
                .area(validOrAny(DomainGen.anyArea().map(DomainGen.AreaCode::area)).generate(rs))
                .indirectResellerId(anyString().generate(rs))
                .closeMarketingMessages(Generate.booleans().generate(rs))
                .build();
    qt().withExamples(EXAMPLES)
        .forAll(forms)
        .checkAssert(
            form ->
                assertThatCode(
                        () -> {
                          assertWellFormed(HuaweiRegistration.validate(form, site));
                          assertThat(form.toString()).isNotNull();
                        })
                    .doesNotThrowAnyException());
  }

  @ParameterizedTest
  @EnumSource(HuaweiSite.class)
  void text_never_depends_on_the_password_or_the_code(HuaweiSite site) {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.fullHuaweiForm(site), DomainGen.huaweiPassword(), DomainGen.verificationCode())
        .checkAssert(
            (form, otherPassword, otherCode) -> {
              HuaweiRegistrationForm other = form.toBuilder().password(otherPassword).verificationCode(otherCode).build();
              assertThat(other.toString()).isEqualTo(form.toString()).contains("******");
              var a = HuaweiRegistration.validate(form, site);
              var b = HuaweiRegistration.validate(other, site);
              if (a.isValid() && b.isValid()) {
                assertThat(b.get().toString()).isEqualTo(a.get().toString()).contains("******");
              }
            });
  }

  @ParameterizedTest
  @EnumSource(HuaweiSite.class)
  void violation_messages_never_quote_the_password(HuaweiSite site) {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.fullHuaweiForm(site), DomainGen.independent(DomainGen.huaweiBreakers(site)))
        .checkAssert(
            (form, breakers) -> {
              HuaweiRegistrationForm broken = DomainGen.applyAll(form, breakers);
              String messages = Checks.errors(HuaweiRegistration.validate(broken, site)).mkString(" | ");
              if (broken.password() != null && broken.password().length() >= 8) {
                assertThat(messages).doesNotContain(broken.password());
              }
            });
  }
}
