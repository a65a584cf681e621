package dev.partnerkit.testkit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** That this module really runs on JUnit 5, and that the README shows its example verbatim. */
class JUnit5CheckTest {

  @Test
  void the_tests_here_run_on_junit_jupiter_5_10() throws Exception {
    assertThat(Test.class.getPackage().getImplementationVersion()).startsWith("5.10.");
    assertThat(Class.forName("org.junit.jupiter.engine.JupiterTestEngine").getPackage().getImplementationVersion())
        .startsWith("5.10.");
  }

  @Test
  void the_readme_shows_the_example_verbatim() throws Exception {
    String source = Files.readString(Path.of("src/test/java/dev/partnerkit/testkit/check/AuditedTencentContractTest.java"));
    String example = source.substring(
            source.indexOf("// README-EXAMPLE-START") + "// README-EXAMPLE-START".length(),
            source.indexOf("// README-EXAMPLE-END"))
        .strip();
    String readme = Files.readString(Path.of("../README.md"));

    assertThat(readme).contains(example);
  }
}
