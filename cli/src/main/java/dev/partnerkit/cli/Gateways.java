package dev.partnerkit.cli;

import dev.partnerkit.adapter.huawei.HuaweiConfig;
import dev.partnerkit.adapter.huawei.HuaweiCredentials;
import dev.partnerkit.adapter.huawei.HuaweiGatewayBuilder;
import dev.partnerkit.adapter.huawei.HuaweiPartnerGateway;
import dev.partnerkit.adapter.support.FileWriteJournal;
import dev.partnerkit.adapter.support.WriteJournal;
import dev.partnerkit.adapter.tencent.TencentConfig;
import dev.partnerkit.adapter.tencent.TencentCredentials;
import dev.partnerkit.adapter.tencent.TencentGatewayBuilder;
import dev.partnerkit.adapter.tencent.TencentPartnerGateway;
import dev.partnerkit.domain.Secret;
import dev.partnerkit.ports.PartnerAccountGateway;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/** The one place that turns a {@link Profile} and the environment into a gateway. */
final class Gateways {

  private Gateways() {}

  /**
   * A gateway for {@code profile}, with credentials read from the variables it names in {@code environment}, and,
   * when given, a crash-safe journal of its writes (without one, for commands that only read, an in-memory one).
   */
  static OpenGateway open(Profile profile, Map<String, String> environment, Optional<FileWriteJournal> journal) {
    boolean tencent = profile.vendor() == Profile.VendorKind.TENCENT;
    String id = required(profile, tencent ? "secret-id-env" : "access-key-env", profile.idVariable(), environment);
    String key = required(profile, "secret-key-env", profile.keyVariable(), environment);
    Optional<String> extra = profile.extraVariable().map(v ->
        required(profile, tencent ? "session-token-env" : "domain-id-env", v, environment));
    try {
      PartnerAccountGateway gateway = profile.vendor() == Profile.VendorKind.TENCENT
          ? tencent(profile, id, key, extra, journal)
          : huawei(profile, id, key, extra, journal);
      return new OpenGateway(profile, gateway, journal);
    } catch (IllegalArgumentException | IllegalStateException e) {
      journal.ifPresent(FileWriteJournal::close);
      throw CliException.badInput("profile '" + profile.name() + "': " + e.getMessage());
    }
  }

  private static PartnerAccountGateway tencent(
      Profile profile, String id, String key, Optional<String> token, Optional<FileWriteJournal> journal) {
    TencentCredentials credentials = token.isPresent()
        ? TencentCredentials.of(id, Secret.of(key), Secret.of(token.get()))
        : TencentCredentials.of(id, Secret.of(key));
    TencentConfig.Builder config = TencentConfig.builder().credentials(credentials)
        .allowInsecureHttp(profile.allowInsecureHttp());
    profile.endpoint().ifPresent(config::endpoint);
    TencentGatewayBuilder builder = TencentPartnerGateway.builder(config.build());
    builder.journal(journal.<WriteJournal>map(j -> j).orElseGet(WriteJournal::inMemory));
    profile.pageSize().ifPresent(builder::pageSize);
    return builder.build();
  }

  private static PartnerAccountGateway huawei(
      Profile profile, String ak, String sk, Optional<String> domainId, Optional<FileWriteJournal> journal) {
    HuaweiCredentials.AkSk credentials = HuaweiCredentials.akSk(ak, Secret.of(sk));
    HuaweiConfig.Builder config = HuaweiConfig.builder(
            profile.site().orElseThrow())
        .credentials(domainId.map(credentials::withDomainId).orElse(credentials))
        .allowInsecureHttp(profile.allowInsecureHttp());
    profile.endpoint().ifPresent(e -> config.endpoint(URI.create(e)));
    HuaweiGatewayBuilder builder = HuaweiPartnerGateway.builder(config.build());
    builder.journal(journal.<WriteJournal>map(j -> j).orElseGet(WriteJournal::inMemory));
    profile.pageSize().ifPresent(builder::pageSize);
    return builder.build();
  }

  /**
   * The value of the variable that {@code setting} names. The name is shown only when it reads as a variable name:
   * a secret pasted as the setting's value must not be printed (see {@link Shown}).
   */
  private static String required(Profile profile, String setting, String variable, Map<String, String> environment) {
    String value = environment.get(variable);
    if (value == null || value.isBlank()) {
      throw CliException.badInput("profile '" + profile.name() + "' takes a credential from the environment "
          + "variable named by " + setting + (Shown.mayShow(variable) ? " (" + variable + ")"
              : " (its value is not shown: it looks like a key rather than a variable name; give the name of the "
                  + "variable that holds the key)") + ", which is not set");
    }
    return value;
  }

  /** A gateway, its profile, and the journal it writes to; closing closes both. */
  record OpenGateway(Profile profile, PartnerAccountGateway gateway, Optional<FileWriteJournal> journal)
      implements AutoCloseable {
    @Override
    public void close() {
      try {
        gateway.close();
      } finally {
        journal.ifPresent(FileWriteJournal::close);
      }
    }
  }
}
