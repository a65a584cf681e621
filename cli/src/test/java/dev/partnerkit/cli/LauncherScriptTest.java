package dev.partnerkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code partnerkit} shell script, run on a copy whose {@code mvnw} and {@code java} are stand-ins: on its first
 * run it says that it is building and shows each module Maven starts, and a failed build says where Maven's output is.
 */
class LauncherScriptTest {

  @TempDir Path dir;

  private Path copy(String mvnw) throws IOException {
    Path script = dir.resolve("partnerkit");
    Files.copy(Path.of("..", "partnerkit"), script);
    executable(dir.resolve("mvnw"), mvnw);
    Files.createDirectories(dir.resolve("cli/target"));
    Files.createDirectories(dir.resolve("bin"));
    executable(dir.resolve("bin/java"), "#!/bin/sh\necho \"java $*\"\n");
    return script;
  }

  private static void executable(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private record Result(int exit, String out, String err) {}

  private Result run(Path script) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("sh", script.toString(), "--version")
        .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
    builder.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
    builder.environment().put("TMPDIR", dir.toString());
    int exit = builder.start().waitFor();
    return new Result(exit, Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
  }

  @Test
  void the_first_run_says_it_is_building_and_shows_each_module_as_progress() throws Exception {
    Path script = copy("#!/bin/sh\n"
        + "echo '[INFO] Scanning for projects...'\n"
        + "echo '[INFO] Building partnerkit 0.1.0-SNAPSHOT                                 [1/3]'\n"
        + "echo '[INFO] Building partnerkit :: domain 0.1.0-SNAPSHOT                       [2/3]'\n"
        + "echo '[INFO] Compiling 40 source files'\n"
        + "echo '[INFO] Building partnerkit :: cli 0.1.0-SNAPSHOT                          [3/3]'\n"
        + "touch \"$(dirname \"$0\")/cli/target/partnerkit.jar\"\n");

    Result first = run(script);

    assertThat(first.exit()).isZero();
    assertThat(first.err()).contains("partnerkit: building the command line first", "[1/3] partnerkit",
        "[2/3] domain", "[3/3] cli", "partnerkit: built").doesNotContain("Compiling", "Scanning");
    assertThat(first.out()).contains("java -jar", "partnerkit.jar --version");

    Result second = run(script);
    assertThat(second.err()).isEmpty();
    assertThat(second.out()).contains("partnerkit.jar --version");
  }

  @Test
  void a_failed_build_says_so_and_where_mavens_output_is() throws Exception {
    Path script = copy("#!/bin/sh\necho '[INFO] Building partnerkit :: domain 0.1.0-SNAPSHOT  [2/8]'\n"
        + "echo '[ERROR] COMPILATION ERROR'\nexit 1\n");

    Result run = run(script);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("[2/8] domain", "the build failed (exit 1); Maven's output is in " + dir);
    assertThat(run.out()).isEmpty();
  }
}
