package dev.partnerkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code partnerkit sandbox code}: the last verification code a running sandbox sent to a phone or a mail address, read
 * from its admin API ({@code GET /_sandbox/tencent/verification-code} or {@code /_sandbox/huawei/<site>/verification-code}).
 * Prints the code alone, so that a script can take it: {@code code=$(partnerkit sandbox code --phone ... --calling-code ...)}.
 */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = "Prints the last verification code a running sandbox sent to a phone (Tencent; Huawei China with "
        + "--huawei china) or a mail address (Huawei International), read from its admin API.")
final class SandboxCodeCommand implements Callable<Integer> {

  /** The environment variable holding the sandbox's admin token, when it was started with one. */
  static final String ADMIN_TOKEN_ENV = "PARTNERKIT_SANDBOX_ADMIN_TOKEN";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(names = "--endpoint", paramLabel = "URL",
      description = "The running sandbox: any of its front doors (default: ${DEFAULT-VALUE}).")
  String endpoint = "http://127.0.0.1:8080";

  @Option(names = "--huawei", paramLabel = "SITE",
      description = "Read a Huawei site's code instead of Tencent's: china or international.")
  String huaweiSite;

  @ArgGroup(exclusive = true, multiplicity = "1") Target target;

  static final class Target {
    @ArgGroup(exclusive = false) Phone phone;
    @Option(names = "--mail", paramLabel = "EMAIL", required = true, description = "The address (Huawei International).")
    String mail;
  }

  static final class Phone {
    @Option(names = "--phone", paramLabel = "NUMBER", required = true, description = "Digits, without the calling code.")
    String number;
    @Option(names = "--calling-code", paramLabel = "CODE", description = "E.g. 852 (Tencent; required there).")
    String callingCode;
  }

  private final Map<String, String> environment;

  SandboxCodeCommand(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  @Override
  public Integer call() {
    URI uri = adminUri();
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET();
    String token = environment.get(ADMIN_TOKEN_ENV);
    if (token != null && !token.isBlank()) {
      request.header("Authorization", "Bearer " + token.strip());
    }
    HttpResponse<String> response;
    try {
      response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
          .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new CliException(ExitCodes.VENDOR_FAILURE,
          "no sandbox answers at " + endpoint + " (start one with `partnerkit sandbox`): " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException(ExitCodes.VENDOR_FAILURE, "interrupted while asking the sandbox");
    }
    JsonNode body = parse(response.body());
    if (response.statusCode() == 200 && body.hasNonNull("code")) {
      PrintWriter out = spec.commandLine().getOut();
      out.println(body.get("code").asText());
      out.flush();
      return ExitCodes.OK;
    }
    String said = body.path("error").asText("HTTP " + response.statusCode());
    if (response.statusCode() == 404) {
      throw new CliException(ExitCodes.SOME_FAILED, "the sandbox sent no code to " + who() + " (" + said + ")");
    }
    if (response.statusCode() == 401 || response.statusCode() == 403) {
      throw new CliException(ExitCodes.BAD_USAGE, "the sandbox's admin API refused the call (" + said + "); if it "
          + "was started with --admin-token, put the token in " + ADMIN_TOKEN_ENV);
    }
    throw new CliException(ExitCodes.VENDOR_FAILURE, "the sandbox's admin API answered " + said);
  }

  private URI adminUri() {
    String base = endpoint.strip().replaceAll("/+$", "");
    if (!base.startsWith("http://") && !base.startsWith("https://")) {
      throw new CliException(ExitCodes.BAD_USAGE, "--endpoint must be an http:// or https:// URL, such as http://127.0.0.1:8080");
    }
    String path;
    if (huaweiSite == null) {
      if (target.mail != null) {
        throw new CliException(ExitCodes.BAD_USAGE, "Tencent sends codes to phones only: use --phone and --calling-code, "
            + "or --huawei international for a mail address");
      }
      if (target.phone.callingCode == null || target.phone.callingCode.isBlank()) {
        throw new CliException(ExitCodes.BAD_USAGE, "--calling-code is required with --phone for Tencent");
      }
      path = "tencent/verification-code?countryCode=" + encode(target.phone.callingCode.strip().replace("+", ""))
          + "&phone=" + encode(target.phone.number.strip());
    } else {
      String site = huaweiSite.strip().toLowerCase(Locale.ROOT);
      if (!site.equals("china") && !site.equals("international")) {
        throw new CliException(ExitCodes.BAD_USAGE, "--huawei is china or international");
      }
      String to = target.mail != null ? target.mail.strip() : target.phone.number.strip();
      path = "huawei/" + site + "/verification-code?target=" + encode(to);
    }
    try {
      return URI.create(base + "/_sandbox/" + path);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.BAD_USAGE, "--endpoint is not a URL: " + endpoint);
    }
  }

  private String who() {
    return target.mail != null ? target.mail
        : (target.phone.callingCode == null ? "" : "+" + target.phone.callingCode.replace("+", "") + " ")
            + target.phone.number;
  }

  private static JsonNode parse(String body) {
    try {
      JsonNode node = body == null || body.isBlank() ? null : JSON.readTree(body);
      return node == null ? JSON.createObjectNode() : node;
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
