package dev.partnerkit.sandbox.shared;

import java.util.Objects;
import java.util.function.Function;

/**
 * What a front door decides from a request's headers alone: either its answer (a refusal: unknown operation,
 * missing or unknown credentials, expired signature), sent without reading the body, or the rest of the work, which
 * needs the body. The server reads the body (bounded in size and time) only in the second case.
 */
public sealed interface WireStep {

  /** The answer, without reading the body. */
  static WireStep answer(WireAnswer answer) {
    return new Answered(Objects.requireNonNull(answer, "answer"));
  }

  /** The rest of the work, given the body. */
  static WireStep withBody(Function<byte[], WireAnswer> rest) {
    return new NeedsBody(Objects.requireNonNull(rest, "rest"));
  }

  /** Answered from the headers. */
  record Answered(WireAnswer answer) implements WireStep {}

  /** Needs the body. */
  record NeedsBody(Function<byte[], WireAnswer> rest) implements WireStep {}
}
