package dev.partnerkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code partnerkit --version} says the version of the build, as Maven knows it (not a literal in the code). */
class VersionTest {

  @Test
  void the_version_is_the_builds() {
    String built = System.getProperty("partnerkit.build.version");
    assertThat(built).as("surefire passes the project's version").isNotBlank().doesNotContain("${");

    StringWriter out = new StringWriter();
    int exit = PartnerkitCommand.commandLine(Map.of()).setOut(new PrintWriter(out)).execute("--version");

    assertThat(exit).isZero();
    assertThat(out.toString().strip()).isEqualTo("partnerkit " + built);
    assertThat(BuildVersion.version()).isEqualTo(built);
  }
}
