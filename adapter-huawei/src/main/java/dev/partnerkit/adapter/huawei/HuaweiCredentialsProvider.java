package dev.partnerkit.adapter.huawei;

import dev.partnerkit.domain.Secret;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A source of {@link HuaweiCredentials}. The default chain ({@link #defaultChain}) looks at explicit credentials
 * first, then at the environment variables {@code HUAWEICLOUD_SDK_AK}, {@code HUAWEICLOUD_SDK_SK} and (optional)
 * {@code HUAWEICLOUD_SDK_DOMAIN_ID}, the names the official SDKs use.
 */
public interface HuaweiCredentialsProvider {

  /** The environment variable holding the access key. */
  String ENV_AK = "HUAWEICLOUD_SDK_AK";
  /** The environment variable holding the secret key. */
  String ENV_SK = "HUAWEICLOUD_SDK_SK";
  /** The environment variable holding the partner account (domain) id; optional. */
  String ENV_DOMAIN_ID = "HUAWEICLOUD_SDK_DOMAIN_ID";

  /**
   * The credentials of this source, or none when it has none.
   *
   * @throws IllegalStateException when the source is half configured (e.g. an AK without an SK); the message names
   *     what is missing and never contains a secret
   */
  Option<HuaweiCredentials> find();

  /** Where this source looks, for error messages (e.g. {@code environment (HUAWEICLOUD_SDK_AK, ...)}). */
  String describe();

  /** The credentials of the first source in the chain that has some. */
  default HuaweiCredentials resolve() {
    return find().getOrElseThrow(() -> new IllegalStateException(
        "no Huawei Cloud credentials found; looked at: " + describe()
            + ". Give them explicitly, or set " + ENV_AK + " and " + ENV_SK));
  }

  /** Always {@code credentials}. */
  static HuaweiCredentialsProvider explicit(HuaweiCredentials credentials) {
    Objects.requireNonNull(credentials, "credentials");
    return of(() -> "explicit credentials", () -> Option.of(credentials));
  }

  /**
   * An AK/SK pair from {@code environment} (pass {@code System.getenv()}, or a map in tests). Empty when neither
   * {@code HUAWEICLOUD_SDK_AK} nor {@code HUAWEICLOUD_SDK_SK} is set; refuses one without the other.
   */
  static HuaweiCredentialsProvider environment(Map<String, String> environment) {
    Map<String, String> env = Map.copyOf(environment.entrySet().stream()
        .filter(e -> e.getKey() != null && e.getValue() != null)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    return of(() -> "environment (" + ENV_AK + ", " + ENV_SK + ", " + ENV_DOMAIN_ID + ")", () -> {
      String ak = nonBlank(env.get(ENV_AK));
      String sk = nonBlank(env.get(ENV_SK));
      if (ak == null && sk == null) {
        return Option.none();
      }
      if (ak == null) {
        throw new IllegalStateException(ENV_SK + " is set but " + ENV_AK + " is not (or is blank)");
      }
      if (sk == null) {
        throw new IllegalStateException(ENV_AK + " is set but " + ENV_SK + " is not (or is blank)");
      }
      return Option.of(HuaweiCredentials.akSk(ak, Secret.of(sk)).withDomainId(nonBlank(env.get(ENV_DOMAIN_ID))));
    });
  }

  /** The first source, in order, that has credentials. */
  static HuaweiCredentialsProvider chain(List<HuaweiCredentialsProvider> providers) {
    List<HuaweiCredentialsProvider> all = List.copyOf(providers);
    return of(() -> all.stream().map(HuaweiCredentialsProvider::describe).collect(Collectors.joining(", then ")),
        () -> {
          for (HuaweiCredentialsProvider p : all) {
            Option<HuaweiCredentials> found = p.find();
            if (found.isDefined()) {
              return found;
            }
          }
          return Option.none();
        });
  }

  /** Explicit credentials when given (may be null), then the environment {@code environment}. */
  static HuaweiCredentialsProvider defaultChain(HuaweiCredentials explicit, Map<String, String> environment) {
    List<HuaweiCredentialsProvider> chain = new ArrayList<>();
    if (explicit != null) {
      chain.add(explicit(explicit));
    }
    chain.add(environment(environment));
    return chain(chain);
  }

  /** A source that {@code describe}s itself and {@code find}s its credentials with the functions given. */
  private static HuaweiCredentialsProvider of(Supplier<String> describe, Supplier<Option<HuaweiCredentials>> find) {
    return new HuaweiCredentialsProvider() {
      @Override
      public Option<HuaweiCredentials> find() {
        return find.get();
      }

      @Override
      public String describe() {
        return describe.get();
      }
    };
  }

  private static String nonBlank(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
