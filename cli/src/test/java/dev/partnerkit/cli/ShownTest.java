package dev.partnerkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which texts a message may repeat: names yes, anything shaped like the vendors' secrets no. */
class ShownTest {

  @Test
  void the_vendors_secret_shapes_are_never_shown() {
    assertThat(Shown.mayShow("AKID" + "z8krbsJ5yKBZQpn74WFkmLPx3gnPhESA")).isFalse(); // Tencent SecretId
    assertThat(Shown.mayShow("Gu5t9xGARNpq86cd98joQYCN3Cozk1qA")).isFalse(); // Tencent SecretKey, 32
    assertThat(Shown.mayShow("HPUABXWQ7ZK2M9D4R1TS")).isFalse(); // Huawei AK, 20 upper case
    assertThat(Shown.mayShow("HPUABXWQZKMDRTSABCDE")).isFalse(); // 20 upper-case letters, no digit
    assertThat(Shown.mayShow("q8Vn2LzR5tKx9WmB3cH7yJ4pD6sF1gA0eU2iO5rT")).isFalse(); // Huawei SK, 40
    assertThat(Shown.mayShow("Hunter2Secret99")).isFalse();
    assertThat(Shown.mayShow("MY_" + "Gu5t9xGARNpq86cd98joQYCN3Cozk1qA")).isFalse();
    assertThat(Shown.mayShow("aB3/+x9Kq==")).isFalse();
    assertThat(Shown.quoted("Hunter2Secret99")).isEqualTo("(not shown: it may be a secret)");
  }

  @Test
  void names_are_shown() {
    assertThat(Shown.mayShow("TENCENTCLOUD_SECRET_KEY")).isTrue();
    assertThat(Shown.mayShow("HUAWEICLOUD_SDK_AK")).isTrue();
    assertThat(Shown.mayShow("page-size")).isTrue();
    assertThat(Shown.mayShow("colour")).isTrue();
    assertThat(Shown.mayShow("xaccountId")).isTrue();
    assertThat(Shown.mayShow("profile.p.colour")).isTrue();
    assertThat(Shown.quoted("colour")).isEqualTo("'colour'");
  }
}
