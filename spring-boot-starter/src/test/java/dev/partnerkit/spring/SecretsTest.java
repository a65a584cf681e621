package dev.partnerkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The secret properties are never shown: not by toString, not by the actuator even when it shows values. */
class SecretsTest {

  static final String TENCENT_KEY = "tencent-secret-key-never-shown";
  static final String TOKEN = "tencent-session-token-never-shown";
  static final String HUAWEI_KEY = "huawei-secret-key-never-shown";
  static final String PASSWORD = "huawei-password-never-shown";

  final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(PartnerkitAutoConfiguration.class, EndpointAutoConfiguration.class,
          ConfigurationPropertiesReportEndpointAutoConfiguration.class))
      .withPropertyValues(
          "partnerkit.fake=tencent",   // no gateway is built: only the properties are looked at
          "partnerkit.tencent.secret-id=AKIDshown",
          "partnerkit.tencent.secret-key=" + TENCENT_KEY,
          "partnerkit.tencent.session-token=" + TOKEN,
          "partnerkit.huawei.access-key=AKshown",
          "partnerkit.huawei.secret-key=" + HUAWEI_KEY,
          "partnerkit.huawei.password=" + PASSWORD,
          "management.endpoint.configprops.show-values=always",
          "management.endpoints.web.exposure.include=configprops");

  @Test
  void the_properties_bind_the_secrets_and_never_print_them() {
    runner.run(context -> {
      PartnerkitProperties properties = context.getBean(PartnerkitProperties.class);
      assertThat(properties.getTencent().getSecretKey().reveal()).isEqualTo(TENCENT_KEY);
      assertThat(properties.getHuawei().getPassword().reveal()).isEqualTo(PASSWORD);

      assertThat(properties.toString()).contains("AKIDshown").contains("AKshown").contains("******")
          .doesNotContain(TENCENT_KEY).doesNotContain(TOKEN).doesNotContain(HUAWEI_KEY).doesNotContain(PASSWORD);
    });
  }

  @Test
  void the_configprops_endpoint_never_shows_them() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      ConfigurationPropertiesReportEndpoint endpoint = context.getBean(ConfigurationPropertiesReportEndpoint.class);
      String report = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .writeValueAsString(endpoint.configurationPropertiesWithPrefix("partnerkit"));

      assertThat(report).contains("AKIDshown").contains("AKshown")
          .doesNotContain(TENCENT_KEY).doesNotContain(TOKEN).doesNotContain(HUAWEI_KEY).doesNotContain(PASSWORD);
    });
  }
}
