package dev.partnerkit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.junit.jupiter.api.Test;

/**
 * The registration rules that follow the seed pages word for word (../shared/seeds/): each test quotes the line it
 * pins. Found by reading the seeds against the code and by the differential tests against the sandbox.
 */
class SeedExactnessTest {

  private static final TradeCatalog CATALOG =
      TradeCatalog.of(List.of(new TradeCatalog.Industry("kghy_01", "IT", List.of(new TradeCatalog.SubIndustry("kghy_0101", "Software")))));

  private static final TencentRegistrationForm TENCENT =
      TencentRegistrationForm.builder()
          .accountType("company").mail("it@acme.example").password("S3cure!pass").confirmPassword("S3cure!pass")
          .phoneNumber("91234567").callingCode("852").area("HK").verificationCode("123456")
          .tradeCategory("kghy_01", "kghy_0101").customerName("Acme Ltd")
          .build();

  private static final CountryCodeList COUNTRIES =
      CountryCodeList.of(List.of(new CountryCodeList.Country("HK", 852), new CountryCodeList.Country("MO", 853),
          new CountryCodeList.Country("SG", 65)));

  private static Seq<Object> faults(Validation<Seq<Violation>, ?> v) {
    return v.isValid() ? List.empty() : v.getError().map(x -> tuple(x.code(), x.field()));
  }

  /** Seed 000 line 99: "A password must contain numbers, letters, and symbols (!@#$%^&*()). Space is not allowed." */
  @Test
  void tencent_passwords_use_only_letters_digits_and_the_ten_symbols() {
    for (String other : new String[] {"S3cure-pass!", "S3cure_pass!", "S3cure!pass~", "S3cure!pass\u00e9"}) {
      assertThat(faults(TencentRegistration.validate(TENCENT.toBuilder().password(other).confirmPassword(other).build())))
          .as(other)
          .containsExactly(tuple(ViolationCode.PASSWORD_FORBIDDEN_CHARACTER, "password"));
    }
    String all = "Ab1!@#$%^&*()";
    assertThat(TencentRegistration.validate(TENCENT.toBuilder().password(all).confirmPassword(all).build()).isValid()).isTrue();
  }

  /**
   * Seed 000 lines 114-116: "CustomerName ... Length: 2~200 characters ... cannot be pure numbers"; it says nothing of
   * control characters: a NUL byte or a line break is no part of a name, so partnerkit refuses them (the stricter
   * reading).
   */
  @Test
  void customer_names_refuse_control_characters() {
    for (String name : new String[] {"Acme\u0000Ltd", "Acme\nLtd", "Acme\u001bLtd", "Acme\u007fLtd"}) {
      assertThat(faults(TencentRegistration.validate(TENCENT.toBuilder().customerName(name).build())))
          .as(name)
          .containsExactly(tuple(ViolationCode.FORMAT, "customerName"));
    }
  }

  /**
   * Seed 000 line 104: CountryCode "can be obtained via the GetCountryCodes API"; line 106: Area "can be obtained via
   * the GetCountryCodes API. It should correspond to the CountryCode field". With the vendor's list, both are checked
   * against it, and a mismatch is the area's fault.
   */
  @Test
  void tencent_country_code_and_area_come_from_the_vendors_list() {
    assertThat(TencentRegistration.validate(TENCENT, CATALOG, COUNTRIES).isValid()).isTrue();
    assertThat(faults(TencentRegistration.validate(TENCENT.toBuilder().area("SG").build(), CATALOG, COUNTRIES)))
        .containsExactly(tuple(ViolationCode.AREA_CALLING_CODE_MISMATCH, "area"));
    assertThat(faults(TencentRegistration.validate(TENCENT.toBuilder().area("US").build(), CATALOG, COUNTRIES)))
        .containsExactly(tuple(ViolationCode.AREA_UNKNOWN, "area"));
    assertThat(faults(TencentRegistration.validate(TENCENT.toBuilder().callingCode("1").area("US").build(), CATALOG, COUNTRIES)))
        .containsExactly(tuple(ViolationCode.CALLING_CODE_UNKNOWN, "callingCode"), tuple(ViolationCode.AREA_UNKNOWN, "area"));
    assertThat(faults(TencentRegistration.validate(TENCENT.toBuilder().callingCode("86").area("CN").build(), CATALOG, COUNTRIES)))
        .containsExactly(tuple(ViolationCode.CALLING_CODE_BANNED, "callingCode"), tuple(ViolationCode.AREA_UNKNOWN, "area"));
    // without the list, the numbering plan decides, and a mismatch is still the area's fault
    assertThat(faults(TencentRegistration.validate(TENCENT.toBuilder().area("SG").build(), CATALOG)))
        .containsExactly(tuple(ViolationCode.AREA_CALLING_CODE_MISMATCH, "area"));
  }

  /** Seed 003 line 15: "如果手机号不存在,则不需要输入验证码" (no mobile: no code needed); one given is not processed. */
  @Test
  void huawei_a_code_without_a_mobile_is_ignored_and_not_sent() {
    HuaweiRegistrationForm form =
        HuaweiRegistrationForm.builder().xaccountId("crm-1").xaccountType("acme_IDP").verificationCode("123456").build();
    HuaweiRegistration r = HuaweiRegistration.validate(form, HuaweiSite.CHINA).get();
    assertThat(r.verificationCode().isEmpty()).isTrue();
    assertThat(HuaweiRegistration.validate(form.toBuilder().verificationCode("x").build(), HuaweiSite.CHINA).isValid()).isTrue();
  }

  /** Seed 003 line 20: "cooperation_type ... 1:顾问销售" (1: consulting sale); otherwise resale. China only (spec 3.2). */
  @Test
  void huawei_china_registrations_can_be_consulting_sales() {
    HuaweiRegistrationForm form = HuaweiRegistrationForm.builder().xaccountId("crm-1").xaccountType("acme_IDP").build();
    assertThat(HuaweiRegistration.validate(form, HuaweiSite.CHINA).get().consultingSale()).isFalse();
    assertThat(HuaweiRegistration.validate(form.toBuilder().consultingSale(true).build(), HuaweiSite.CHINA).get().consultingSale())
        .isTrue();
    HuaweiRegistrationForm international = form.toBuilder().area("MX").consultingSale(true).build();
    assertThat(faults(HuaweiRegistration.validate(international, HuaweiSite.INTERNATIONAL)))
        .containsExactly(tuple(ViolationCode.NOT_ALLOWED, "cooperationType"));
  }
}
