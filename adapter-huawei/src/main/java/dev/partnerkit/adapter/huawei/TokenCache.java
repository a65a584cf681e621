package dev.partnerkit.adapter.huawei;

import dev.partnerkit.domain.Secret;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates with {@code X-Auth-Token}: keeps the current IAM token and renews it {@code renewalMargin} before it
 * expires, and forgets it when Huawei refuses it. Thread-safe: readers of a valid token never block; when a renewal
 * is due, one thread renews while the others wait for its result. Never logs the token.
 */
final class TokenCache implements RequestAuthenticator {

  static final String X_AUTH_TOKEN = "X-Auth-Token";

  private static final Logger LOG = LoggerFactory.getLogger(TokenCache.class);

  private final Supplier<Either<HuaweiCallFailure, IamToken>> source;
  private final Clock clock;
  private final Duration renewalMargin;
  private final ReentrantLock renewal = new ReentrantLock();
  private volatile Cached current;

  /** A token and the instant from which it is due for renewal. */
  private record Cached(IamToken token, Instant renewAt) {}

  /** A cache over {@code source}, which issues a fresh token. */
  TokenCache(Supplier<Either<HuaweiCallFailure, IamToken>> source, Clock clock, Duration renewalMargin) {
    this.source = source;
    this.clock = clock;
    this.renewalMargin = renewalMargin;
  }

  /** A token that is not due for renewal, renewing it first if needed. */
  Either<HuaweiCallFailure, Secret> token() {
    Cached cached = current;
    if (isFresh(cached)) {
      return Either.right(cached.token().value());
    }
    renewal.lock();
    try {
      cached = current;
      if (isFresh(cached)) {
        return Either.right(cached.token().value());
      }
      Either<HuaweiCallFailure, IamToken> issued = source.get();
      if (issued.isRight()) {
        current = new Cached(issued.get(), renewAt(issued.get()));
        LOG.debug("IAM token renewed; it expires at {}", issued.get().expiresAt());
      }
      return issued.map(IamToken::value);
    } finally {
      renewal.unlock();
    }
  }

  @Override
  public Either<HuaweiCallFailure, Map<String, String>> authenticate(SigningRequest request) {
    return token().map(token -> Map.of(X_AUTH_TOKEN, token.reveal()));
  }

  /** Forgets the current token (Huawei refused it), so the next call fetches a new one. */
  @Override
  public void onRefused() {
    current = null;
  }

  @Override
  public String toString() {
    return "TokenCache";
  }

  private boolean isFresh(Cached cached) {
    return cached != null && clock.instant().isBefore(cached.renewAt());
  }

  /**
   * {@code renewalMargin} before expiry; for a token that lives less than twice the margin, half-way through its
   * remaining life, so that a short-lived token is still reused.
   */
  private Instant renewAt(IamToken token) {
    Duration remaining = Duration.between(clock.instant(), token.expiresAt());
    Duration margin = remaining.compareTo(renewalMargin.multipliedBy(2)) < 0 ? remaining.dividedBy(2) : renewalMargin;
    return token.expiresAt().minus(margin);
  }
}
