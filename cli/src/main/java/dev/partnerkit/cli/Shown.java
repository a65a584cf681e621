package dev.partnerkit.cli;

import java.util.regex.Pattern;

/**
 * Whether a text the operator typed may be repeated back in a message: never one that could be a secret pasted in
 * the wrong place. Vendor secrets are runs of letters and digits without separators (Tencent SecretId {@code AKID}
 * and 32 more, SecretKey 32; Huawei AK 20 upper case, SK 40), so a text is shown only when it reads as a name: words
 * of letters (a short word may carry digits) joined by {@code _}, {@code -} or {@code .}, or a single word of at most
 * 24 letters and no digits (not 16 or more upper-case letters, the shape of an access key). Anything else is
 * described, not quoted.
 */
final class Shown {

  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
  private static final Pattern LETTERS = Pattern.compile("[A-Za-z]{1,24}");
  private static final Pattern UPPER_RUN = Pattern.compile("[A-Z]{16,}");
  private static final Pattern SEPARATORS = Pattern.compile("[_.-]");

  private Shown() {}

  /** Whether {@code text} reads as a name rather than something that could be a secret. */
  static boolean mayShow(String text) {
    if (text == null || text.isEmpty() || text.length() > 64) {
      return false;
    }
    if (LETTERS.matcher(text).matches()) {
      return !UPPER_RUN.matcher(text).matches();
    }
    String[] words = SEPARATORS.split(text, -1);
    if (words.length < 2) {
      return false;
    }
    for (String word : words) {
      if (!WORD.matcher(word).matches() || (word.length() >= 12 && word.chars().anyMatch(Character::isDigit))) {
        return false;
      }
    }
    return true;
  }

  /** {@code 'text'} when it may be shown, else a note that it is not. */
  static String quoted(String text) {
    return mayShow(text) ? "'" + text + "'" : "(not shown: it may be a secret)";
  }
}
