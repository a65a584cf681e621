package dev.partnerkit.adapter.support;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SHA-256 and HMAC-SHA256 for the request signers of both adapters, without looking the algorithms up for every
 * signature: each thread keeps one {@link MessageDigest} and one {@link Mac}, and the {@code Mac} stays initialized
 * with the last key it was given, so that signing again with the same key array (a signer that keeps its derived key)
 * costs no key set-up. The key bytes stay referenced by that thread's {@code Mac} until it is given another key, as a
 * signer's cached key does; nothing here logs or shows a key.
 */
public final class Sha256 {

  private static final String HMAC = "HmacSHA256";
  private static final HexFormat HEX = HexFormat.of();
  private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(Sha256::newDigest);
  private static final ThreadLocal<KeyedMac> MAC = ThreadLocal.withInitial(KeyedMac::new);

  private Sha256() {}

  /**
   * The SHA-256 of {@code bytes}.
   *
   * @param bytes any bytes
   * @return the 32-byte digest
   */
  public static byte[] digest(byte[] bytes) {
    return DIGEST.get().digest(Objects.requireNonNull(bytes, "bytes"));
  }

  /**
   * The lower-case hex SHA-256 of {@code bytes}.
   *
   * @param bytes any bytes
   * @return 64 hex digits
   */
  public static String hex(byte[] bytes) {
    return HEX.formatHex(digest(bytes));
  }

  /**
   * The HMAC-SHA256 of {@code message} under {@code key}. Giving the same array again (same identity, same content)
   * reuses this thread's initialized {@code Mac}; a caller must not change a key array it has used.
   *
   * @param key the key bytes, not changed afterwards
   * @param message the message bytes
   * @return the 32-byte MAC
   */
  public static byte[] hmac(byte[] key, byte[] message) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(message, "message");
    return MAC.get().with(key).doFinal(message);
  }

  /**
   * The lower-case hex HMAC-SHA256 of {@code message} under {@code key}, as {@link #hmac}.
   *
   * @param key the key bytes, not changed afterwards
   * @param message the message bytes
   * @return 64 hex digits
   */
  public static String hmacHex(byte[] key, byte[] message) {
    return HEX.formatHex(hmac(key, message));
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }

  /** One thread's {@code Mac} and the key array it is initialized with. */
  private static final class KeyedMac {
    private final Mac mac;
    private byte[] key;

    KeyedMac() {
      try {
        mac = Mac.getInstance(HMAC);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
      }
    }

    Mac with(byte[] newKey) {
      if (newKey != key) {
        key = null;
        try {
          mac.init(new SecretKeySpec(newKey, HMAC));
        } catch (GeneralSecurityException e) {
          // the message never carries the key: the exception's own text and cause are dropped
          throw new IllegalStateException("HmacSHA256 refused the key", null);
        }
        key = newKey;
      }
      return mac;
    }
  }
}
