package dev.partnerkit.sandbox.shared;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The verification code every front door sends instead of a random one, when set (by {@code --verification-code}, the
 * builder, or the admin API): so that a person can type it. Shared by the doors of one sandbox. Never logged.
 */
public final class FixedCode {

  private final AtomicReference<String> code = new AtomicReference<>();

  /** Sends {@code sixDigits} from now on; null goes back to random codes. */
  public void set(String sixDigits) {
    if (sixDigits != null && !sixDigits.matches("[0-9]{6}")) {
      throw new IllegalArgumentException("a verification code is 6 digits");
    }
    code.set(sixDigits);
  }

  /** The fixed code, if one is set. */
  public Optional<String> get() {
    return Optional.ofNullable(code.get());
  }

  @Override
  public String toString() {
    return code.get() == null ? "FixedCode[random]" : "FixedCode[******]";
  }
}
