package dev.partnerkit.cli;

import dev.partnerkit.adapter.huawei.HuaweiConfig;
import dev.partnerkit.adapter.huawei.HuaweiCredentials;
import dev.partnerkit.adapter.huawei.HuaweiGatewayBuilder;
import dev.partnerkit.adapter.huawei.HuaweiPartnerGateway;
import dev.partnerkit.adapter.postgres.PostgresClient;
import dev.partnerkit.adapter.support.FileWriteJournal;
import dev.partnerkit.adapter.support.WriteJournal;
import dev.partnerkit.adapter.tencent.TencentConfig;
import dev.partnerkit.adapter.tencent.TencentCredentials;
import dev.partnerkit.adapter.tencent.TencentGatewayBuilder;
import dev.partnerkit.adapter.tencent.TencentPartnerGateway;
import dev.partnerkit.domain.Secret;
import dev.partnerkit.ports.PartnerAccountGateway;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.postgresql.ds.PGSimpleDataSource;
import java.util.Map;
import java.util.Optional;

/** The one place that turns a {@link Profile} and the environment into a gateway. */
final class Gateways {

  private Gateways() {}

  /**
   * A gateway for {@code profile}, with credentials read from the variables it names in {@code environment}, and,
   * when given, a crash-safe journal of its writes (without one, for commands that only read, an in-memory one). Its
   * rate budget is shared with every partnerkit process of this profile on this machine, through {@code
   * rate-limits/PROFILE.buckets} in {@code stateDirectory} (the config file's directory).
   */
  static OpenGateway open(Profile profile, Map<String, String> environment, Optional<FileWriteJournal> journal,
      Path stateDirectory) {
    boolean tencent = profile.vendor() == Profile.VendorKind.TENCENT;
    String id = required(profile, tencent ? "secret-id-env" : "access-key-env", profile.idVariable(), environment);
    String key = required(profile, "secret-key-env", profile.keyVariable(), environment);
    Optional<String> extra = profile.extraVariable().map(v ->
        required(profile, tencent ? "session-token-env" : "domain-id-env", v, environment));
    Optional<PostgresClient> postgres = postgres(profile, environment);
    RateBudget budget = new RateBudget(
        postgres.map(PostgresClient::rateLimitBuckets).orElseGet(() -> localBuckets(profile, stateDirectory)),
        partnerKey(profile, id));
    WriteJournal writes = postgres.map(PostgresClient::writeJournal)
        .or(() -> journal.map(j -> (WriteJournal) j)).orElseGet(WriteJournal::inMemory);
    try {
      PartnerAccountGateway gateway = profile.vendor() == Profile.VendorKind.TENCENT
          ? tencent(profile, id, key, extra, writes, budget)
          : huawei(profile, id, key, extra, writes, budget);
      return new OpenGateway(profile, gateway, journal);
    } catch (IllegalArgumentException | IllegalStateException e) {
      journal.ifPresent(FileWriteJournal::close);
      throw CliException.badInput("profile '" + profile.name() + "': " + e.getMessage());
    }
  }

  private static PartnerAccountGateway tencent(
      Profile profile, String id, String key, Optional<String> token, WriteJournal journal,
      RateBudget budget) {
    TencentCredentials credentials = token.isPresent()
        ? TencentCredentials.of(id, Secret.of(key), Secret.of(token.get()))
        : TencentCredentials.of(id, Secret.of(key));
    TencentConfig.Builder config = TencentConfig.builder().credentials(credentials)
        .allowInsecureHttp(profile.allowInsecureHttp());
    profile.endpoint().ifPresent(config::endpoint);
    TencentGatewayBuilder builder = TencentPartnerGateway.builder(config.build());
    builder.journal(journal);
    builder.sharedRateLimits(budget.buckets(), budget.partnerKey());
    profile.pageSize().ifPresent(builder::pageSize);
    return builder.build();
  }

  private static PartnerAccountGateway huawei(
      Profile profile, String ak, String sk, Optional<String> domainId, WriteJournal journal,
      RateBudget budget) {
    HuaweiCredentials.AkSk credentials = HuaweiCredentials.akSk(ak, Secret.of(sk));
    HuaweiConfig.Builder config = HuaweiConfig.builder(
            profile.site().orElseThrow())
        .credentials(domainId.map(credentials::withDomainId).orElse(credentials))
        .allowInsecureHttp(profile.allowInsecureHttp());
    profile.endpoint().ifPresent(e -> config.endpoint(URI.create(e)));
    HuaweiGatewayBuilder builder = HuaweiPartnerGateway.builder(config.build());
    builder.journal(journal);
    builder.sharedRateLimits(budget.buckets(), budget.partnerKey());
    profile.pageSize().ifPresent(builder::pageSize);
    return builder.build();
  }

  /**
   * The PostgreSQL database the profile names ({@code postgres-url-env}: a variable holding a JDBC URL with its
   * credentials), migrated; none when the profile names none. Neither the URL nor the driver's message is shown: they
   * may hold the password.
   */
  static Optional<PostgresClient> postgres(Profile profile, Map<String, String> environment) {
    if (profile.postgresVariable().isEmpty()) {
      return Optional.empty();
    }
    String url = required(profile, "postgres-url-env", profile.postgresVariable().get(), environment);
    if (!url.startsWith("jdbc:postgresql:")) {
      throw CliException.badInput("profile '" + profile.name() + "': the variable named by postgres-url-env does not "
          + "hold a JDBC URL of PostgreSQL (jdbc:postgresql://host:port/database?user=...&password=...); its value is "
          + "not shown");
    }
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    try {
      dataSource.setURL(url);
      PostgresClient client = PostgresClient.of(dataSource);
      client.migrate();
      return Optional.of(client);
    } catch (RuntimeException e) {
      throw CliException.badInput("profile '" + profile.name() + "': cannot use the PostgreSQL database named by "
          + "postgres-url-env" + sqlState(e) + "; check that it is reachable and that the URL's user may create "
          + "tables (its value is not shown)");
    }
  }

  private static String sqlState(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
        return " (SQLSTATE " + sql.getSQLState() + ")";
      }
    }
    return "";
  }

  /** The buckets shared by this profile's processes on this machine: {@code rate-limits/PROFILE.buckets}. */
  static ProxyManager<String> localBuckets(Profile profile, Path stateDirectory) {
    Path directory = stateDirectory.resolve("rate-limits");
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw CliException.badInput("cannot create the rate-limit directory " + directory + ": " + e.getMessage());
    }
    return FileRateLimitBuckets.at(directory.resolve(profile.name() + ".buckets"));
  }

  /**
   * The partner account whose budget the buckets are: the vendor and a digest of the credential id (the SecretId or
   * AK itself is not written to shared state), so that profiles and machines using one account share one budget.
   */
  static String partnerKey(Profile profile, String credentialId) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(credentialId.getBytes(StandardCharsets.UTF_8));
      return profile.vendorLabel().replace(' ', '-').toLowerCase(java.util.Locale.ROOT) + "-"
          + HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Where a gateway's rate-limit buckets are kept, and under which partner account. */
  record RateBudget(ProxyManager<String> buckets, String partnerKey) {}

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
