package dev.partnerkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The config file: profiles, their selection, and no secret in it. */
class ProfilesTest {

  @TempDir Path dir;

  private Profiles load(String text) {
    return Profiles.load(SandboxCli.write(dir.resolve("config.properties"), text));
  }

  @Test
  void a_tencent_and_a_huawei_profile_are_read_with_their_variables_and_defaults() {
    Profiles profiles = load("default-profile = hw\n"
        + "profile.tc.vendor = tencent\nprofile.tc.secret-id-env = MY_ID\nprofile.tc.secret-key-env = MY_KEY\n"
        + "profile.hw.vendor = huawei\nprofile.hw.site = international\nprofile.hw.endpoint = https://bss.example\n");

    Profile tc = profiles.select(Optional.of("tc"));
    assertThat(tc.vendor()).isEqualTo(Profile.VendorKind.TENCENT);
    assertThat(tc.idVariable()).isEqualTo("MY_ID");
    assertThat(tc.keyVariable()).isEqualTo("MY_KEY");
    assertThat(tc.endpoint()).isEmpty();
    assertThat(tc.allowInsecureHttp()).isFalse();

    Profile hw = profiles.select(Optional.empty());
    assertThat(hw.name()).isEqualTo("hw");
    assertThat(hw.site()).contains(dev.partnerkit.domain.HuaweiSite.INTERNATIONAL);
    assertThat(hw.idVariable()).isEqualTo("HUAWEICLOUD_SDK_AK");
    assertThat(hw.keyVariable()).isEqualTo("HUAWEICLOUD_SDK_SK");
    assertThat(hw.endpoint()).contains("https://bss.example");
  }

  @Test
  void the_only_profile_is_the_default_and_a_missing_one_is_named_with_those_there_are() {
    Profiles profiles = load("profile.only.vendor = tencent\n");
    assertThat(profiles.select(Optional.empty()).name()).isEqualTo("only");
    assertThatThrownBy(() -> profiles.select(Optional.of("prod")))
        .isInstanceOf(CliException.class).hasMessageContaining("no profile 'prod'").hasMessageContaining("[only]");
    assertThatThrownBy(() -> load("profile.a.vendor = tencent\nprofile.b.vendor = tencent\n").select(Optional.empty()))
        .hasMessageContaining("choose one with --profile");
  }

  @Test
  void a_literal_secret_is_refused_and_never_repeated() {
    assertThatThrownBy(() -> load("profile.p.vendor = tencent\nprofile.p.secret-key = hunter2hunter2\n"))
        .isInstanceOf(CliException.class)
        .hasMessageContaining("profile.p.secret-key").hasMessageContaining("secret-key-env")
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> load("profile.p.vendor = huawei\nprofile.p.site = CHINA\nprofile.p.password = x\n"))
        .hasMessageContaining("must not");
  }

  @Test
  void a_variable_setting_that_holds_what_looks_like_a_secret_is_refused_without_showing_it() {
    assertThatThrownBy(() -> load("profile.p.vendor = tencent\nprofile.p.secret-key-env = aB3/+x9Kq==\n")
        .select(Optional.empty()))
        .isInstanceOf(CliException.class).hasMessageContaining("not an environment variable name")
        .hasMessageNotContaining("aB3/+x9Kq==");
  }

  @Test
  void unknown_settings_a_huawei_profile_without_site_and_an_unknown_vendor_are_refused() {
    assertThatThrownBy(() -> load("profile.p.vendor = tencent\nprofile.p.colour = red\n"))
        .hasMessageContaining("unknown setting 'colour' in profile 'p'");
    assertThatThrownBy(() -> load("profile.p.vendor = huawei\n").select(Optional.empty()))
        .hasMessageContaining("without a site");
    assertThatThrownBy(() -> load("profile.p.vendor = aws\n").select(Optional.empty()))
        .hasMessageContaining("neither tencent nor huawei");
  }

  @Test
  void a_missing_config_file_says_how_to_make_one() {
    assertThatThrownBy(() -> Profiles.load(dir.resolve("nope.properties")))
        .isInstanceOf(CliException.class).hasMessageContaining("no config file at").hasMessageContaining("--config");
  }

  @Test
  void the_config_location_is_the_flag_then_the_environment_then_the_home_directory() {
    assertThat(Profiles.location(Optional.of(Path.of("/a.properties")), Map.of("PARTNERKIT_CONFIG", "/b.properties")))
        .isEqualTo(Path.of("/a.properties"));
    assertThat(Profiles.location(Optional.empty(), Map.of("PARTNERKIT_CONFIG", "/b.properties")))
        .isEqualTo(Path.of("/b.properties"));
    assertThat(Profiles.location(Optional.empty(), Map.of()))
        .isEqualTo(Path.of(System.getProperty("user.home"), ".partnerkit", "config.properties"));
  }

  @Test
  void the_readme_example_is_a_valid_config() throws java.io.IOException {
    String readme = java.nio.file.Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("```properties\n", readme.indexOf("## Command line"));
    String example = readme.substring(start + "```properties\n".length(), readme.indexOf("```", start + 3));
    Profiles profiles = load(example);
    assertThat(profiles.select(Optional.empty()).allowInsecureHttp()).isTrue();
    assertThat(profiles.select(Optional.of("huawei-intl")).site()).contains(dev.partnerkit.domain.HuaweiSite.INTERNATIONAL);
  }
}
