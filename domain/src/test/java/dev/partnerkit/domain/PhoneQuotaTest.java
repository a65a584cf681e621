package dev.partnerkit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** At most 5 accounts per phone number (Tencent CreateAccount, PhoneBindUpper). */
class PhoneQuotaTest {

  private static final PhoneNumber PHONE = new PhoneNumber("18888888888");

  @Test
  void tencent_allows_the_fifth_account_on_a_phone() {
    assertThat(PhoneQuota.TENCENT.limit()).isEqualTo(5);
    assertThat(PhoneQuota.TENCENT.allowOneMore(PHONE, 0).get()).isEqualTo(PHONE);
    assertThat(PhoneQuota.TENCENT.allowOneMore(PHONE, 4).get()).isEqualTo(PHONE);
  }

  @Test
  void tencent_refuses_the_sixth_account_on_a_phone() {
    var sixth = PhoneQuota.TENCENT.allowOneMore(PHONE, 5);

    assertThat(sixth.isLeft()).isTrue();
    assertThat(sixth.getLeft().code()).isEqualTo(RejectionCode.PHONE_QUOTA_EXCEEDED);
    assertThat(sixth.getLeft().message()).contains("already has 5 accounts").contains("at most 5");
    assertThat(PhoneQuota.TENCENT.allowOneMore(PHONE, 9).getLeft().code()).isEqualTo(RejectionCode.PHONE_QUOTA_EXCEEDED);
  }

  @Test
  void a_quota_allows_at_least_one_account() {
    assertThat(new PhoneQuota(1).allowOneMore(PHONE, 0).isRight()).isTrue();
    assertThat(new PhoneQuota(1).allowOneMore(PHONE, 1).isLeft()).isTrue();
    assertThatThrownBy(() -> new PhoneQuota(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
