package dev.partnerkit.cli;

import dev.partnerkit.adapter.support.FileWriteJournal;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --config}, {@code --profile}, {@code --endpoint}: which vendor a command talks to, and how. */
final class ProfileOptions {

  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  @Option(names = "--config", paramLabel = "FILE",
      description = "The config file (default: $PARTNERKIT_CONFIG, else ~/.partnerkit/config.properties).")
  Path config;

  @Option(names = {"-p", "--profile"}, paramLabel = "NAME",
      description = "The profile to use (default: $PARTNERKIT_PROFILE, else the file's default-profile, else its only one).")
  String profile;

  @Option(names = "--endpoint", paramLabel = "URL",
      description = "Overrides the profile's endpoint (default: $PARTNERKIT_ENDPOINT, else the profile's).")
  String endpoint;

  /** The environment credentials and defaults are read from (the process's, or a test's). */
  Map<String, String> environment() {
    Object root = mixee.root().userObject();
    return root instanceof PartnerkitCommand command ? command.environment() : System.getenv();
  }

  /** Where the config file is. */
  Path configFile() {
    return Profiles.location(Optional.ofNullable(config), environment());
  }

  /** The selected profile, with the overrides applied. */
  Profile selected() {
    Map<String, String> env = environment();
    Profile selected = Profiles.load(configFile())
        .select(Optional.ofNullable(profile).or(() -> nonBlank(env.get("PARTNERKIT_PROFILE"))));
    Optional<String> override = Optional.ofNullable(endpoint).or(() -> nonBlank(env.get("PARTNERKIT_ENDPOINT")))
        .map(e -> Profiles.checkedEndpoint(e, selected.allowInsecureHttp(), problem -> CliException.badInput(
            (endpoint != null ? "--endpoint" : "PARTNERKIT_ENDPOINT") + " is an endpoint " + problem)));
    return override.map(selected::withEndpoint).orElse(selected);
  }

  /** A gateway for the selected profile. */
  Gateways.OpenGateway open() {
    return Gateways.open(selected(), environment(), Optional.empty(), stateDirectory());
  }

  /**
   * A gateway for the selected profile whose writes (creates, credit allocations, decisions) are journaled in {@code
   * journals/PROFILE.journal} next to the config file, so that a write repeated in a later run is replayed, never
   * made twice.
   */
  Gateways.OpenGateway openJournaled() {
    Profile selected = selected();
    return open(selected, openJournal(selected));
  }

  /** The selected profile's journal, {@code journals/PROFILE.journal} next to the config file. */
  FileWriteJournal openJournal(Profile selected) {
    Path file = configFile().toAbsolutePath().resolveSibling("journals").resolve(selected.name() + ".journal");
    try {
      java.nio.file.Files.createDirectories(file.getParent());
    } catch (java.io.IOException e) {
      throw CliException.badInput("cannot create the journal directory " + file.getParent() + ": " + e.getMessage());
    }
    return Journals.open(file, "another partnerkit command of profile '" + selected.name() + "'");
  }

  /** A gateway for {@code profile} whose creates are journaled in {@code journal}. */
  Gateways.OpenGateway open(Profile selected, FileWriteJournal journal) {
    return Gateways.open(selected, environment(), Optional.of(journal), stateDirectory());
  }

  /** The directory of the config file, where the CLI keeps its journals and shared rate-limit state. */
  Path stateDirectory() {
    Path parent = configFile().toAbsolutePath().getParent();
    return parent != null ? parent : Path.of("").toAbsolutePath();
  }

  private static Optional<String> nonBlank(String s) {
    return Optional.ofNullable(s).filter(v -> !v.isBlank());
  }
}
