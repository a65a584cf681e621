package dev.partnerkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.domain.TradeCatalog;
import io.vavr.collection.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Column names are the forms' field names; rows become registrations by the domain's rules. */
class RegistrationFormsTest {

  @Test
  void the_documented_field_lists_are_the_forms_record_components() {
    assertThat(String.join(", ", RegistrationForms.tencent(TradeCatalog.of(List.empty())).fieldNames()))
        .isEqualTo(RegistrationForms.TENCENT_FIELDS);
    assertThat(String.join(", ", RegistrationForms.huawei(HuaweiSite.CHINA).fieldNames()))
        .isEqualTo(RegistrationForms.HUAWEI_FIELDS);
  }

  @Test
  void a_huawei_row_becomes_a_registration_and_a_bad_boolean_or_unknown_field_is_a_violation() {
    RegistrationForms forms = RegistrationForms.huawei(HuaweiSite.CHINA);
    assertThat(forms.validate(SandboxCli.huaweiChinaRow(1)).isValid()).isTrue();

    Map<String, String> bad = new java.util.HashMap<>(SandboxCli.huaweiChinaRow(1));
    bad.put("closeMarketingMessages", "maybe");
    bad.put("colour", "red");
    assertThat(forms.validate(bad).getError().map(v -> v.field()))
        .containsExactlyInAnyOrder("colour", "closeMarketingMessages");
  }

  @Test
  void the_idempotency_key_depends_on_the_identity_only() {
    RegistrationForms forms = RegistrationForms.huawei(HuaweiSite.CHINA);
    Map<String, String> row = new java.util.HashMap<>(SandboxCli.huaweiChinaRow(1));
    var first = IdempotencyKeys.of(forms.validate(row).get());
    row.put("password", "Other-Pass99");
    assertThat(IdempotencyKeys.of(forms.validate(row).get())).isEqualTo(first);
    row.put("xaccountId", "crm-2");
    assertThat(IdempotencyKeys.of(forms.validate(row).get())).isNotEqualTo(first);
  }
}
