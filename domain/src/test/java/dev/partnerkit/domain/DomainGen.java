package dev.partnerkit.domain;

import static org.quicktheories.generators.SourceDSL.strings;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The generators every property test shares. Valid values are built from the rules (not filtered out of random
 * noise), and independent oracles are used where one exists: libphonenumber's own data for calling codes, areas and
 * mainland China mobiles.
 *
 * <p>Also the "breakers": each one breaks exactly one rule of a valid form and names the {@link ViolationCode} and
 * field it must produce, with the "slots" (groups of fields) it touches, so that breakers with disjoint slots can be
 * combined and must add up.
 */
final class DomainGen {

  private DomainGen() {}

  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LETTERS = LOWER + UPPER;
  static final String DIGITS = "0123456789";
  static final String ALNUM = LETTERS + DIGITS;
  /** Printable ASCII without the space: 0x21 to 0x7E. */
  static final String PRINTABLE_NO_SPACE =
      IntStream.rangeClosed(0x21, 0x7E).mapToObj(Character::toString).collect(Collectors.joining());
  /** Printable ASCII that is neither a letter, a digit nor one of Tencent's required symbols. */
  /** What a Tencent password may be made of (seed 000 line 99). */
  static final String TENCENT_PASSWORD_CHARS = LETTERS + DIGITS + TencentPasswordPolicy.SYMBOLS;

  static final String OTHER_ASCII_SYMBOLS =
      PRINTABLE_NO_SPACE.chars()
          .filter(c -> ALNUM.indexOf(c) < 0 && TencentPasswordPolicy.SYMBOLS.indexOf(c) < 0)
          .mapToObj(Character::toString)
          .collect(Collectors.joining());
  /** Huawei's "special characters", without {@code @} so that a generated password never contains an email. */
  static final String HUAWEI_SPECIALS = "!#$%^&*()_+-=[]{};:,.<>?/~";

  // ---------------------------------------------------------------------------------------------------------------
  // building blocks

  /** Strings of {@code min} to {@code max} code points, each taken from {@code pool} (which may hold non-BMP ones). */
  static Gen<String> stringOf(String pool, int min, int max) {
    int[] cps = pool.codePoints().toArray();
    return Generate.intArrays(Generate.range(min, max), Generate.range(0, cps.length - 1))
        .map(
            idx -> {
              StringBuilder sb = new StringBuilder();
              for (int i : idx) sb.appendCodePoint(cps[i]);
              return sb.toString();
            });
  }

  /**
   * Strings of {@code min} to {@code max} code points that contain at least one code point of each required pool, at
   * random positions, the rest taken from {@code filler}.
   */
  static Gen<String> containing(List<String> requiredPools, String filler, int min, int max) {
    int r = requiredPools.size();
    Gen<List<String>> required =
        rs -> requiredPools.stream().map(p -> stringOf(p, 1, 1).generate(rs)).collect(Collectors.toList());
    Gen<String> rest = stringOf(filler, Math.max(0, min - r), max - r);
    Gen<int[]> positions = Generate.intArrays(Generate.constant(r), Generate.range(0, max));
    return required.zip(
        rest,
        positions,
        (req, fill, pos) -> {
          StringBuilder sb = new StringBuilder(fill);
          for (int i = 0; i < r; i++) {
            int cpCount = sb.codePointCount(0, sb.length());
            int at = sb.offsetByCodePoints(0, pos[i] % (cpCount + 1));
            sb.insert(at, req.get(i));
          }
          return sb.toString();
        });
  }

  static String reverse(String s) {
    return new StringBuilder(s).reverse().toString();
  }

  static String repeat(String s, int codePoints) {
    StringBuilder sb = new StringBuilder();
    int[] cps = s.codePoints().toArray();
    for (int i = 0; i < codePoints; i++) sb.appendCodePoint(cps[i % cps.length]);
    return sb.toString();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // calling codes and areas, from libphonenumber's data

  static final PhoneNumberUtil PHONE = PhoneNumberUtil.getInstance();

  /** An area and the calling code it uses. */
  record AreaCode(String area, int callingCode) {
    @Override
    public String toString() {
      return area + "/+" + callingCode;
    }
  }

  /** Every ISO 3166-1 alpha-2 region libphonenumber knows, with its calling code. */
  static final List<AreaCode> ALL_AREAS =
      new TreeSet<>(PHONE.getSupportedRegions())
          .stream().map(a -> new AreaCode(a, PHONE.getCountryCodeForRegion(a))).collect(Collectors.toList());

  /** The areas whose calling codes Tencent accepts (not 7, 380 or 86). */
  static final List<AreaCode> TENCENT_AREAS =
      ALL_AREAS.stream().filter(a -> !Set.of(7, 380, 86).contains(a.callingCode())).collect(Collectors.toList());

  /** The areas using a banned calling code: CN/86, RU/7, KZ/7, UA/380. */
  static final List<AreaCode> BANNED_AREAS =
      ALL_AREAS.stream().filter(a -> Set.of(7, 380, 86).contains(a.callingCode())).collect(Collectors.toList());

  static Gen<AreaCode> anyArea() {
    return Generate.pick(ALL_AREAS);
  }

  static Gen<AreaCode> tencentArea() {
    return Generate.pick(TENCENT_AREAS);
  }

  /** An area that does not use {@code callingCode}. */
  static Gen<String> areaNotUsing(int callingCode) {
    return Generate.pick(
        ALL_AREAS.stream().filter(a -> a.callingCode() != callingCode).map(AreaCode::area).collect(Collectors.toList()));
  }

  /** Two-letter codes that are not regions (libphonenumber's list is the oracle). */
  static final List<String> UNKNOWN_AREA_CODES =
      IntStream.range(0, 26 * 26)
          .mapToObj(i -> "" + (char) ('A' + i / 26) + (char) ('A' + i % 26))
          .filter(c -> !PHONE.getSupportedRegions().contains(c))
          .collect(Collectors.toList());

  static Gen<String> unknownAreaCode() {
    return Generate.pick(UNKNOWN_AREA_CODES);
  }

  /** Calling codes of 1 to 3 digits that no region uses (0, 999, 800 which is the non-geographic "001"...). */
  static final List<Integer> UNASSIGNED_CALLING_CODES =
      IntStream.rangeClosed(0, 999)
          .filter(c -> PHONE.getRegionCodesForCountryCode(c).stream().allMatch(r -> r.equals("001")))
          .boxed()
          .collect(Collectors.toList());

  static Gen<Integer> unassignedCallingCode() {
    return Generate.pick(UNASSIGNED_CALLING_CODES);
  }

  /** A calling code as people type it: {@code 852}, {@code +852}, with surrounding spaces. */
  static Gen<String> callingCodeInput(int code) {
    return Generate.pick(List.of(Integer.toString(code), "+" + code, " " + code + " "));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // contacts

  /** Valid email addresses of at most 254 characters, built from the address grammar. */
  static Gen<String> email() {
    Gen<String> atom = stringOf(ALNUM + "!#$%&'*+/=?^_`{|}~-", 1, 12);
    Gen<String> local = atom.zip(atom.toOptionals(60), (a, b) -> a + b.map(x -> "." + x).orElse(""));
    Gen<String> label =
        stringOf(ALNUM, 1, 1)
            .zip(stringOf(ALNUM + "-", 0, 10), stringOf(ALNUM, 1, 1), (a, m, z) -> a + m + z)
            .mix(stringOf(ALNUM, 1, 1));
    Gen<String> tld = stringOf(LETTERS, 2, 6);
    Gen<String> domain = label.zip(label.toOptionals(60), tld, (a, b, t) -> a + b.map(x -> "." + x).orElse("") + "." + t);
    return local.zip(domain, (l, d) -> l + "@" + d);
  }

  /** Short, plain email addresses (at most 22 characters), for forms where a password must be able to contain one. */
  static Gen<String> shortEmail() {
    return stringOf(LOWER + DIGITS, 1, 8)
        .zip(stringOf(LOWER, 1, 8), stringOf(LOWER, 2, 4), (l, d, t) -> l + "@" + d + "." + t);
  }

  /** Tencent phone numbers: 1 to 32 digits. */
  static Gen<String> phoneDigits() {
    return stringOf(DIGITS, 1, 32);
  }

  /** Mainland China mobile prefixes (13x, 15x, 18x). */
  static final List<String> CHINA_MOBILE_PREFIXES =
      List.of("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153",
          "155", "156", "157", "158", "159", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189");

  /** Whether libphonenumber itself says this is a mainland China mobile number, written as its national number. */
  static boolean libphonenumberSaysChinaMobile(String digits) {
    try {
      var n = PHONE.parse(digits, "CN");
      return n.getCountryCode() == 86
          && Long.toString(n.getNationalNumber()).equals(digits)
          && PHONE.isValidNumberForRegion(n, "CN")
          && PHONE.getNumberType(n) == PhoneNumberType.MOBILE;
    } catch (NumberParseException e) {
      return false;
    }
  }

  /** Mainland China mobiles: a 13x/15x/18x prefix and 8 digits, that libphonenumber accepts. */
  static Gen<String> chinaMobile() {
    return Generate.pick(CHINA_MOBILE_PREFIXES)
        .zip(stringOf(DIGITS, 8, 8), (p, d) -> p + d)
        .assuming(DomainGen::libphonenumberSaysChinaMobile);
  }

  /** Numbers that are not mainland China mobiles, including a China mobile written with 86, 0086 or 0 in front. */
  static Gen<String> notChinaMobile() {
    Gen<String> fixedLine = stringOf(DIGITS, 9, 9).map(d -> "2" + d); // 2x: fixed lines (Shanghai...) or nothing
    Gen<String> tooShort = stringOf(DIGITS, 1, 10);
    Gen<String> prefixed = chinaMobile().zip(Generate.pick(List.of("86", "0086", "0")), (m, p) -> p + m);
    return Generate.oneOf(fixedLine, tooShort, prefixed).assuming(d -> !libphonenumberSaysChinaMobile(d));
  }

  static Gen<String> verificationCode() {
    return stringOf(DIGITS, 6, 6);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // passwords

  /** Tencent: 8-20 letters, digits and {@code !@#$%^&*()}, with a letter, a digit and a symbol (seed 000 line 99). */
  static Gen<String> tencentPassword() {
    return containing(List.of(LETTERS, DIGITS, TencentPasswordPolicy.SYMBOLS), TENCENT_PASSWORD_CHARS, 8, 20);
  }

  /** The four character classes of Huawei's password rule. */
  static final List<String> HUAWEI_CLASSES = List.of(UPPER, LOWER, DIGITS, HUAWEI_SPECIALS);

  /**
   * Huawei: 8-32 characters with at least two of the four classes. At most two digits and no {@code @}, so it never
   * contains a phone number or an email address; {@link #huaweiPasswordFor} also keeps it away from the account name.
   */
  static Gen<String> huaweiPassword() {
    Gen<List<String>> twoClasses =
        Generate.range(0, 3)
            .zip(Generate.range(1, 3), (a, d) -> List.of(HUAWEI_CLASSES.get(a), HUAWEI_CLASSES.get((a + d) % 4)));
    return twoClasses.flatMap(classes -> containing(classes, LETTERS + HUAWEI_SPECIALS, 8, 32));
  }

  /** A Huawei password that is not {@code accountName} nor its reverse. */
  static Gen<String> huaweiPasswordFor(String accountName) {
    return huaweiPassword().assuming(p -> accountName == null || !(p.equals(accountName) || p.equals(reverse(accountName))));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // other values

  /** Huawei account names: 5-32 of letters, digits, _ and -, starting with a letter, _ or -, no reserved prefix. */
  static Gen<String> huaweiAccountName() {
    return stringOf(LETTERS + "_-", 1, 1)
        .zip(stringOf(ALNUM + "_-", 4, 31), (a, b) -> a + b)
        .assuming(n -> !n.startsWith("op_") && !n.startsWith("shadow_"));
  }

  /**
   * Account names for full forms: 8-32 letters, {@code _} and {@code -} with an upper and a lower case letter, so
   * that the name reversed is itself an acceptable password (the breaker "password = reversed account name").
   */
  static Gen<String> huaweiAccountNameUsableAsPassword() {
    return stringOf(LETTERS, 1, 1)
        .zip(containing(List.of(UPPER, LOWER), LETTERS + "_-", 7, 31), (a, b) -> a + b)
        .assuming(n -> !n.startsWith("op_") && !n.startsWith("shadow_"));
  }

  /** Identifiers as partner platforms make them: up to {@code max} code points, some non-BMP, no spaces. */
  static Gen<String> identifier(int max) {
    return stringOf(ALNUM + "-_.:|\u00e9\u5f20\ud83d\ude00", 1, max);
  }

  /** Customer names: 2-200 code points (some non-BMP), not only digits, no surrounding spaces. */
  static Gen<String> customerName() {
    String pool = LETTERS + DIGITS + " -.&'\u00e9\u00fc\u5f20\u4f1f\u516c\u53f8\ud83d\ude00";
    return containing(List.of(LETTERS + "\u5f20\u4f1f\u00e9"), pool, 2, 200)
        .map(s -> s.charAt(0) == ' ' ? "X" + s.substring(1) : s)
        .map(s -> s.endsWith(" ") ? s.substring(0, s.length() - 1) + "Y" : s);
  }

  /** Trade (industry) ids: 1-64 letters, digits and {@code _}. */
  static Gen<String> tradeId() {
    return stringOf(ALNUM + "_", 1, 64);
  }

  /** Rejection reasons: 1-500 code points, not blank, no surrounding whitespace. */
  static Gen<String> rejectionReason() {
    return containing(List.of(LETTERS), LETTERS + DIGITS + " ,.\u00e9\u5f20\ud83d\ude00", 1, 500)
        .map(String::strip)
        .assuming(s -> !s.isEmpty() && s.codePointCount(0, s.length()) <= 500);
  }

  /** Positive amounts with at most 2 decimals. */
  static Gen<BigDecimal> positiveAmount() {
    return Generate.longRange(1, Long.MAX_VALUE / 2).zip(Generate.range(0, 2), BigDecimal::valueOf);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // trade catalogs

  /** A catalog and a pair that exists in it. */
  record CatalogCase(TradeCatalog catalog, String first, String second) {
    @Override
    public String toString() {
      return catalog + " " + first + "/" + second;
    }
  }

  /** Catalogs of 1-6 industries with 1-6 children each (ids like {@code kghy_03} and {@code kghy_0305}). */
  static Gen<TradeCatalog> catalog() {
    Gen<String> prefix = stringOf(LOWER, 1, 6);
    Gen<int[]> childCounts = Generate.intArrays(Generate.range(1, 6), Generate.range(1, 6));
    return prefix.zip(
        childCounts,
        (p, counts) -> {
          io.vavr.collection.List<TradeCatalog.Industry> industries = io.vavr.collection.List.empty();
          for (int i = 0; i < counts.length; i++) {
            String id = String.format("%s_%02d", p, i + 1);
            io.vavr.collection.List<TradeCatalog.SubIndustry> children = io.vavr.collection.List.empty();
            for (int j = 0; j < counts[i]; j++) {
              children = children.append(new TradeCatalog.SubIndustry(String.format("%s%02d", id, j + 1), "sub " + j));
            }
            industries = industries.append(new TradeCatalog.Industry(id, "industry " + i, children));
          }
          return TradeCatalog.of(industries);
        });
  }

  static Gen<CatalogCase> catalogCase() {
    return catalog()
        .flatMap(
            c -> {
              var pairs =
                  c.industries().flatMap(i -> i.children().map(s -> new CatalogCase(c, i.id(), s.id()))).toJavaList();
              return Generate.pick(pairs);
            });
  }

  // ---------------------------------------------------------------------------------------------------------------
  // arbitrary input, for totality

  /**
   * Any string a caller might hand in: null, empty, blanks, control characters, lone surrogates, emoji, right-to-left
   * marks, non-ASCII digits, strings of 10,000 characters, and arbitrary Unicode.
   */
  static Gen<String> anyString() {
    Gen<String> specials =
        Generate.pick(
            Arrays.asList(
                null, "", " ", "\t", "\n\r", "\u3000", "\u00a0", "\u0000", "\u0007", "\u001b[0m", "\ud83d\ude00",
                "\ud83d", "\ude00", "\u202e", "\u00df", "\u0131t", "+", "++1", "@", "a@", "@b.c", "\u0663\u0664",
                "\uff11\uff12", "op_", "shadow_", "-", "0", "00", "+0", "-1", "1e9", "NaN", "Infinity", "null"));
    Gen<String> long10k =
        Generate.pick(List.of("a", "1", "\ud83d\ude00", " ", "A1!", "op_", "a@b.", "\u0000", "8"))
            .map(s -> repeat(s, 10_000));
    Gen<String> unicode = strings().allPossible().ofLengthBetween(0, 40);
    Gen<String> latin = strings().basicLatinAlphabet().ofLengthBetween(0, 40);
    Gen<String> bmp = strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 40);
    return Generate.oneOf(specials, long10k, unicode, latin, bmp);
  }

  /** Mostly valid, sometimes arbitrary: reaches the rules behind the first check of each field. */
  static Gen<String> validOrAny(Gen<String> valid) {
    return Generate.oneOf(valid, anyString());
  }

  // ---------------------------------------------------------------------------------------------------------------
  // breakers

  /**
   * One mutation of a valid form {@code F} that breaks exactly one rule: it must produce exactly one violation of
   * {@code code} on {@code field}. {@code slots} are the groups of fields it changes or depends on: breakers with
   * disjoint slots are independent and their violations must add up.
   */
  record Breaker<F>(String name, ViolationCode code, String field, Set<String> slots, UnaryOperator<F> apply) {
    @Override
    public String toString() {
      return name + " -> " + code + " on " + field;
    }
  }

  /** A breaker kind: its position in the list is the order in which breakers are applied. */
  static <F> Gen<Breaker<F>> breaker(
      String name, ViolationCode code, String field, Set<String> slots, Gen<UnaryOperator<F>> apply) {
    return apply.map(f -> new Breaker<>(name, code, field, slots, f));
  }

  /** One breaker, of any kind. */
  static <F> Gen<Breaker<F>> oneOf(List<Gen<Breaker<F>>> kinds) {
    return Generate.range(0, kinds.size() - 1).flatMap(kinds::get);
  }

  /**
   * {@code 1..maxIndependent} breakers with pairwise disjoint slots, in application order. Kinds are tried in a random
   * order and kept when they touch none of the slots already taken.
   */
  static <F> Gen<List<Breaker<F>>> independent(List<Gen<Breaker<F>>> kinds) {
    int n = kinds.size();
    Gen<int[]> priorities = Generate.intArrays(Generate.constant(n), Generate.range(0, 1_000_000));
    Gen<Integer> k = Generate.range(1, n);
    return rs -> {
      List<Breaker<F>> all = new ArrayList<>();
      for (Gen<Breaker<F>> g : kinds) all.add(g.generate(rs));
      int[] prio = priorities.generate(rs);
      int wanted = k.generate(rs);
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < n; i++) order.add(i);
      order.sort(Comparator.comparingInt(i -> prio[i]));
      Set<String> taken = new HashSet<>();
      List<Integer> chosen = new ArrayList<>();
      for (int i : order) {
        if (chosen.size() == wanted) break;
        Breaker<F> b = all.get(i);
        if (b.slots().stream().noneMatch(taken::contains)) {
          taken.addAll(b.slots());
          chosen.add(i);
        }
      }
      chosen.sort(Comparator.naturalOrder());
      return chosen.stream().map(all::get).collect(Collectors.toList());
    };
  }

  static <F> F applyAll(F form, List<Breaker<F>> breakers) {
    F f = form;
    for (Breaker<F> b : breakers) f = b.apply().apply(f);
    return f;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Tencent forms

  static final List<String> BLANKS = Arrays.asList(null, "", " ", "\t \n");

  static Gen<String> blank() {
    return Generate.pick(BLANKS);
  }

  /** Valid Tencent forms, with the optional customer name and extended field sometimes absent or blank. */
  static Gen<TencentRegistrationForm> tencentForm() {
    return tencentForm(false);
  }

  /** Valid Tencent forms with every field given (the starting point of the breakers). */
  static Gen<TencentRegistrationForm> fullTencentForm() {
    return tencentForm(true);
  }

  private static Gen<TencentRegistrationForm> tencentForm(boolean full) {
    Gen<String> accountType = Generate.pick(List.of("personal", "company", "PERSONAL", " Company "));
    Gen<String> areaCase = Generate.pick(List.of("upper", "lower", "padded"));
    Gen<String> name = full ? customerName() : Generate.oneOf(customerName(), blank());
    Gen<String> extended = Generate.oneOf(Generate.pick(Arrays.asList(null, "", "for personal")), identifier(40));
    return rs -> {
      String password = tencentPassword().generate(rs);
      AreaCode ac = tencentArea().generate(rs);
      String area =
          switch (areaCase.generate(rs)) {
            case "lower" -> ac.area().toLowerCase(java.util.Locale.ROOT);
            case "padded" -> " " + ac.area() + " ";
            default -> ac.area();
          };
      return TencentRegistrationForm.builder()
          .accountType(accountType.generate(rs))
          .mail(email().generate(rs))
          .password(password)
          .confirmPassword(password)
          .phoneNumber(phoneDigits().generate(rs))
          .callingCode(callingCodeInput(ac.callingCode()).generate(rs))
          .area(area)
          .verificationCode(verificationCode().generate(rs))
          .tradeCategory(tradeId().generate(rs), tradeId().generate(rs))
          .customerName(name.generate(rs))
          .extended(extended.generate(rs))
          .build();
    };
  }

  /** A Tencent form whose trade category exists in {@code catalog}. */
  record TencentCase(TencentRegistrationForm form, TradeCatalog catalog) {
    TencentCase withForm(UnaryOperator<TencentRegistrationForm.Builder> change) {
      return new TencentCase(change.apply(form.toBuilder()).build(), catalog);
    }
  }

  static Gen<TencentCase> fullTencentCase() {
    return fullTencentForm()
        .zip(
            catalogCase(),
            (f, c) -> new TencentCase(f.toBuilder().tradeCategory(c.first(), c.second()).build(), c.catalog()));
  }

  private static Gen<Breaker<TencentRegistrationForm>> tencent(
      String name, ViolationCode code, String field, Set<String> slots, Gen<UnaryOperator<TencentRegistrationForm.Builder>> change) {
    return breaker(name, code, field, slots, change.map(c -> f -> c.apply(f.toBuilder()).build()));
  }

  private static Gen<UnaryOperator<TencentRegistrationForm.Builder>> set(
      Gen<String> values, java.util.function.BiFunction<TencentRegistrationForm.Builder, String, TencentRegistrationForm.Builder> setter) {
    return values.map(v -> b -> setter.apply(b, v));
  }

  /** A password (and its confirmation, so that only the password rule breaks) set to one of {@code values}. */
  private static Gen<UnaryOperator<TencentRegistrationForm.Builder>> tencentPasswordTo(Gen<String> values) {
    return values.map(v -> b -> b.password(v).confirmPassword(v));
  }

  private static int callingCodeOf(TencentRegistrationForm f) {
    return CallingCode.parse(f.callingCode()).get().value();
  }

  /** Invalid email addresses. */
  static Gen<String> invalidEmail() {
    Gen<String> noAt = stringOf(ALNUM + ".", 1, 20).map(s -> s.replace("..", "."));
    Gen<String> noDot = stringOf(LOWER, 1, 10).zip(stringOf(LOWER, 1, 10), (a, b) -> a + "@" + b);
    Gen<String> space = email().map(e -> "a " + e);
    Gen<String> twoAts = email().map(e -> "x@" + e);
    Gen<String> longLocal = stringOf(LOWER, 65, 80).map(l -> l + "@example.com");
    Gen<String> trailingDot = email().map(e -> e + ".");
    return Generate.oneOf(noAt, noDot, space, twoAts, longLocal, trailingDot);
  }

  /** The Tencent breakers that do not depend on a catalog: everything but the trade category's existence. */
  static List<Gen<Breaker<TencentRegistrationForm>>> tencentBreakers() {
    List<Gen<Breaker<TencentRegistrationForm>>> kinds = new ArrayList<>(tencentBreakersExceptTrade());
    kinds.add(tencent("first-level trade id missing", ViolationCode.REQUIRED, TradeCategory.FIRST_FIELD, Set.of("tradeFirst"),
        blank().map(v -> b -> b.tradeCategory(v, b.build().tradeCategorySecondLevel()))));
    kinds.add(tencent("first-level trade id malformed", ViolationCode.FORMAT, TradeCategory.FIRST_FIELD, Set.of("tradeFirst"),
        malformedTradeId().map(v -> b -> b.tradeCategory(v, b.build().tradeCategorySecondLevel()))));
    kinds.add(tencent("second-level trade id missing", ViolationCode.REQUIRED, TradeCategory.SECOND_FIELD, Set.of("tradeSecond"),
        blank().map(v -> b -> b.tradeCategory(b.build().tradeCategoryFirstLevel(), v))));
    kinds.add(tencent("second-level trade id malformed", ViolationCode.FORMAT, TradeCategory.SECOND_FIELD, Set.of("tradeSecond"),
        malformedTradeId().map(v -> b -> b.tradeCategory(b.build().tradeCategoryFirstLevel(), v))));
    return kinds;
  }

  static Gen<String> malformedTradeId() {
    return Generate.oneOf(
        tradeId().map(id -> id + "-01"), tradeId().map(id -> "kghy 01"), stringOf(ALNUM + "_", 65, 80));
  }

  /** The Tencent breakers with a catalog: the trade category must exist in it. */
  static List<Gen<Breaker<TencentCase>>> tencentCatalogBreakers() {
    List<Gen<Breaker<TencentCase>>> kinds = new ArrayList<>();
    for (Gen<Breaker<TencentRegistrationForm>> g : tencentBreakers()) {
      kinds.add(g.map(b -> new Breaker<TencentCase>(b.name(), b.code(), b.field(), b.slots(), c -> new TencentCase(b.apply().apply(c.form()), c.catalog()))));
    }
    kinds.add(breaker("second level belongs to another first level (or none)", ViolationCode.TRADE_CATEGORY_MISMATCH,
        TradeCategory.SECOND_FIELD, Set.of("tradeFirst", "tradeSecond"),
        Generate.range(0, 1000).map(i -> c -> {
          String first = c.form().tradeCategoryFirstLevel();
          var others = c.catalog().industries().filter(ind -> !ind.id().equals(first)).flatMap(TradeCatalog.Industry::children);
          String second = others.isEmpty() || i % 3 == 0 ? first + "99" : others.get(i % others.size()).id();
          return c.withForm(b -> b.tradeCategory(first, second));
        })));
    kinds.add(breaker("first level not in the catalog", ViolationCode.NOT_ONE_OF, TradeCategory.FIRST_FIELD,
        Set.of("tradeFirst", "tradeSecond"),
        stringOf(DIGITS, 1, 5).map(d -> c -> c.withForm(b -> b.tradeCategory("unknown_" + d, c.form().tradeCategorySecondLevel())))));
    return kinds;
  }

  private static List<Gen<Breaker<TencentRegistrationForm>>> tencentBreakersExceptTrade() {
    String pw = TencentRegistrationForm.PASSWORD;
    String confirm = TencentRegistrationForm.CONFIRM_PASSWORD;
    List<String> symbols = List.of(TencentPasswordPolicy.SYMBOLS);
    return List.of(
        tencent("account type not personal/company", ViolationCode.NOT_ONE_OF, AccountType.FIELD, Set.of("accountType"),
            set(Generate.pick(List.of("business", "enterprise", "person", "personal company", "\u4e2a\u4eba")), TencentRegistrationForm.Builder::accountType)),
        tencent("account type missing", ViolationCode.REQUIRED, AccountType.FIELD, Set.of("accountType"),
            set(blank(), TencentRegistrationForm.Builder::accountType)),
        tencent("bad email", ViolationCode.EMAIL_INVALID, Email.FIELD, Set.of("mail"),
            set(invalidEmail(), TencentRegistrationForm.Builder::mail)),
        tencent("email missing", ViolationCode.REQUIRED, Email.FIELD, Set.of("mail"),
            set(blank(), TencentRegistrationForm.Builder::mail)),
        tencent("password too short or too long", ViolationCode.LENGTH, pw, Set.of("password"),
            tencentPasswordTo(Generate.oneOf(
                containing(List.of(LETTERS, DIGITS, TencentPasswordPolicy.SYMBOLS), TENCENT_PASSWORD_CHARS, 3, 7),
                containing(List.of(LETTERS, DIGITS, TencentPasswordPolicy.SYMBOLS), TENCENT_PASSWORD_CHARS, 21, 40)))),
        tencent("password without a symbol, digit or letter", ViolationCode.PASSWORD_TOO_WEAK, pw, Set.of("password"),
            tencentPasswordTo(Generate.oneOf(
                containing(List.of(LETTERS, DIGITS), LETTERS + DIGITS, 8, 20),
                containing(List.of(LETTERS, TencentPasswordPolicy.SYMBOLS), LETTERS + TencentPasswordPolicy.SYMBOLS, 8, 20),
                containing(List.of(DIGITS, TencentPasswordPolicy.SYMBOLS), DIGITS + TencentPasswordPolicy.SYMBOLS, 8, 20)))),
        tencent("password with a space, another symbol or a non-ASCII character", ViolationCode.PASSWORD_FORBIDDEN_CHARACTER, pw, Set.of("password"),
            tencentPasswordTo(containing(List.of(LETTERS, DIGITS, TencentPasswordPolicy.SYMBOLS, " \t\u00e9\u5f20\ud83d\ude00" + OTHER_ASCII_SYMBOLS), TENCENT_PASSWORD_CHARS, 8, 20))),
        tencent("password missing", ViolationCode.REQUIRED, pw, Set.of("password", "confirm"),
            set(blank(), TencentRegistrationForm.Builder::password)),
        tencent("confirmation differs", ViolationCode.PASSWORD_CONFIRMATION_MISMATCH, confirm, Set.of("confirm"),
            Generate.pick(List.of("x", "1", "!", " ")).map(suffix -> b -> b.confirmPassword(b.build().password() + suffix))),
        tencent("confirmation missing", ViolationCode.REQUIRED, confirm, Set.of("confirm"),
            set(blank(), TencentRegistrationForm.Builder::confirmPassword)),
        tencent("phone with a non-digit", ViolationCode.FORMAT, PhoneNumber.FIELD, Set.of("phone"),
            set(phoneDigits().zip(stringOf("abc+#.*()\u0663\uff11", 1, 1), (d, x) -> d + x), TencentRegistrationForm.Builder::phoneNumber)),
        tencent("phone of more than 32 digits", ViolationCode.LENGTH, PhoneNumber.FIELD, Set.of("phone"),
            set(stringOf(DIGITS, 33, 60), TencentRegistrationForm.Builder::phoneNumber)),
        tencent("phone missing", ViolationCode.REQUIRED, PhoneNumber.FIELD, Set.of("phone"),
            set(blank(), TencentRegistrationForm.Builder::phoneNumber)),
        tencent("banned calling code 7/380/86 with its own area", ViolationCode.CALLING_CODE_BANNED, CallingCode.FIELD, Set.of("callingCode", "area"),
            Generate.pick(BANNED_AREAS).map(ac -> b -> b.callingCode(Integer.toString(ac.callingCode())).area(ac.area()))),
        tencent("area of another calling code", ViolationCode.AREA_CALLING_CODE_MISMATCH, Area.FIELD, Set.of("callingCode", "area"),
            Generate.range(0, 10_000).map(i -> b -> {
              int code = callingCodeOf(b.build());
              var others = ALL_AREAS.stream().filter(a -> a.callingCode() != code).collect(Collectors.toList());
              return b.area(others.get(i % others.size()).area());
            })),
        tencent("unassigned calling code", ViolationCode.CALLING_CODE_UNKNOWN, CallingCode.FIELD, Set.of("callingCode"),
            set(unassignedCallingCode().map(c -> Integer.toString(c)), TencentRegistrationForm.Builder::callingCode)),
        tencent("calling code not 1-3 digits", ViolationCode.FORMAT, CallingCode.FIELD, Set.of("callingCode"),
            set(Generate.pick(List.of("85a", "1234", "+", "8 52", "\u0668\u0665\u0662", "++852", "-852")), TencentRegistrationForm.Builder::callingCode)),
        tencent("calling code missing", ViolationCode.REQUIRED, CallingCode.FIELD, Set.of("callingCode"),
            set(blank(), TencentRegistrationForm.Builder::callingCode)),
        tencent("area not a region", ViolationCode.AREA_UNKNOWN, Area.FIELD, Set.of("area"),
            set(unknownAreaCode(), TencentRegistrationForm.Builder::area)),
        tencent("area not two letters", ViolationCode.FORMAT, Area.FIELD, Set.of("area"),
            set(Generate.pick(List.of("H", "HKG", "1K", "\u00df", "\u0131t", "H K", "\u00c9S")), TencentRegistrationForm.Builder::area)),
        tencent("area missing", ViolationCode.REQUIRED, Area.FIELD, Set.of("area"),
            set(blank(), TencentRegistrationForm.Builder::area)),
        tencent("verification code not 6 digits", ViolationCode.FORMAT, VerificationCode.FIELD, Set.of("code"),
            set(Generate.oneOf(stringOf(DIGITS, 7, 7), stringOf(DIGITS, 1, 5), stringOf(DIGITS, 5, 5).map(d -> d + "a")), TencentRegistrationForm.Builder::verificationCode)),
        tencent("verification code missing", ViolationCode.REQUIRED, VerificationCode.FIELD, Set.of("code"),
            set(blank(), TencentRegistrationForm.Builder::verificationCode)),
        tencent("customer name only digits", ViolationCode.NAME_ONLY_DIGITS, CustomerName.FIELD, Set.of("name"),
            set(stringOf(DIGITS, 2, 200), TencentRegistrationForm.Builder::customerName)),
        tencent("customer name of 1 or more than 200 characters", ViolationCode.LENGTH, CustomerName.FIELD, Set.of("name"),
            set(Generate.oneOf(stringOf(LETTERS + "\u5f20\ud83d\ude00", 1, 1), stringOf(LETTERS + "\u5f20\ud83d\ude00", 201, 260)), TencentRegistrationForm.Builder::customerName)));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Huawei forms

  /** Valid Huawei forms for {@code site}, with the optional fields sometimes absent or blank. */
  static Gen<HuaweiRegistrationForm> huaweiForm(HuaweiSite site) {
    return huaweiForm(site, false);
  }

  /** Valid Huawei forms for {@code site} with every field the site accepts given (the breakers' starting point). */
  static Gen<HuaweiRegistrationForm> fullHuaweiForm(HuaweiSite site) {
    return huaweiForm(site, true);
  }

  private static Gen<HuaweiRegistrationForm> huaweiForm(HuaweiSite site, boolean full) {
    Gen<String> name = full ? huaweiAccountNameUsableAsPassword() : Generate.oneOf(huaweiAccountName(), blank());
    Gen<Boolean> present = full ? Generate.constant(true) : Generate.booleans();
    Gen<String> areaCase = Generate.pick(List.of("upper", "lower", "padded"));
    return rs -> {
      var b = HuaweiRegistrationForm.builder()
          .xaccountId(identifier(128).generate(rs))
          .xaccountType(identifier(64).generate(rs))
          .closeMarketingMessages(Generate.booleans().generate(rs));
      String n = name.generate(rs);
      b.accountName(n);
      if (present.generate(rs)) b.password(huaweiPasswordFor(Checks.isBlank(n) ? null : n.strip()).generate(rs));
      if (present.generate(rs)) b.indirectResellerId(identifier(64).generate(rs));
      if (present.generate(rs)) {
        b.verificationCode(verificationCode().generate(rs));
        if (site == HuaweiSite.CHINA) b.mobile(chinaMobile().generate(rs));
        else b.mail((full ? shortEmail() : email()).generate(rs));
      }
      if (site == HuaweiSite.INTERNATIONAL) {
        String area = anyArea().generate(rs).area();
        b.area(switch (areaCase.generate(rs)) {
          case "lower" -> area.toLowerCase(java.util.Locale.ROOT);
          case "padded" -> " " + area + " ";
          default -> area;
        });
      }
      return b.build();
    };
  }

  private static Gen<Breaker<HuaweiRegistrationForm>> huawei(
      String name, ViolationCode code, String field, Set<String> slots, Gen<UnaryOperator<HuaweiRegistrationForm.Builder>> change) {
    return breaker(name, code, field, slots, change.map(c -> f -> c.apply(f.toBuilder()).build()));
  }

  private static Gen<UnaryOperator<HuaweiRegistrationForm.Builder>> hset(
      Gen<String> values, java.util.function.BiFunction<HuaweiRegistrationForm.Builder, String, HuaweiRegistrationForm.Builder> setter) {
    return values.map(v -> b -> setter.apply(b, v));
  }

  /** The Huawei breakers of {@code site}, to apply to {@link #fullHuaweiForm}. */
  static List<Gen<Breaker<HuaweiRegistrationForm>>> huaweiBreakers(HuaweiSite site) {
    String pw = HuaweiRegistration.PASSWORD;
    String contactSlot = site == HuaweiSite.CHINA ? "mobile" : "mail";
    List<Gen<Breaker<HuaweiRegistrationForm>>> kinds = new ArrayList<>(List.of(
        huawei("xaccountId missing", ViolationCode.REQUIRED, HuaweiRegistration.XACCOUNT_ID, Set.of("xid"),
            hset(blank(), HuaweiRegistrationForm.Builder::xaccountId)),
        huawei("xaccountId over 128", ViolationCode.LENGTH, HuaweiRegistration.XACCOUNT_ID, Set.of("xid"),
            hset(stringOf(ALNUM + "\ud83d\ude00", 129, 200), HuaweiRegistrationForm.Builder::xaccountId)),
        huawei("xaccountType missing", ViolationCode.REQUIRED, HuaweiRegistration.XACCOUNT_TYPE, Set.of("xtype"),
            hset(blank(), HuaweiRegistrationForm.Builder::xaccountType)),
        huawei("xaccountType over 64", ViolationCode.LENGTH, HuaweiRegistration.XACCOUNT_TYPE, Set.of("xtype"),
            hset(stringOf(ALNUM + "_", 65, 100), HuaweiRegistrationForm.Builder::xaccountType)),
        huawei("account name shorter than 5 or longer than 32", ViolationCode.LENGTH, HuaweiAccountName.FIELD, Set.of("name"),
            hset(Generate.oneOf(stringOf(LETTERS, 1, 4), stringOf(LETTERS, 33, 50)), HuaweiRegistrationForm.Builder::accountName)),
        huawei("account name with op_ or shadow_ prefix", ViolationCode.ACCOUNT_NAME_RESERVED_PREFIX, HuaweiAccountName.FIELD, Set.of("name"),
            hset(Generate.pick(List.of("op_", "shadow_")).zip(stringOf(ALNUM + "_-", 2, 25), (p, t) -> p + t), HuaweiRegistrationForm.Builder::accountName)),
        huawei("account name only digits", ViolationCode.ACCOUNT_NAME_ONLY_DIGITS, HuaweiAccountName.FIELD, Set.of("name"),
            hset(stringOf(DIGITS, 5, 32), HuaweiRegistrationForm.Builder::accountName)),
        huawei("account name starting with a digit or with a dot", ViolationCode.FORMAT, HuaweiAccountName.FIELD, Set.of("name"),
            hset(Generate.oneOf(stringOf(DIGITS, 1, 1).zip(stringOf(LETTERS, 4, 31), (d, l) -> d + l),
                stringOf(LETTERS, 2, 15).zip(stringOf(LETTERS, 2, 15), (a, z) -> a + "." + z)), HuaweiRegistrationForm.Builder::accountName)),
        huawei("password shorter than 8 or longer than 32", ViolationCode.LENGTH, pw, Set.of("password"),
            hset(Generate.oneOf(containing(List.of(UPPER, LOWER), LETTERS, 2, 7), containing(List.of(UPPER, LOWER), LETTERS + HUAWEI_SPECIALS, 33, 45)),
                HuaweiRegistrationForm.Builder::password)),
        huawei("password of one class only", ViolationCode.PASSWORD_TOO_WEAK, pw, Set.of("password"),
            hset(Generate.oneOf(stringOf(LOWER, 8, 32), stringOf(UPPER, 8, 32), stringOf(HUAWEI_SPECIALS, 8, 32)), HuaweiRegistrationForm.Builder::password)),
        huawei("password empty", ViolationCode.REQUIRED, pw, Set.of("password"),
            hset(Generate.constant(""), HuaweiRegistrationForm.Builder::password)),
        huawei("password is the account name or its reverse", ViolationCode.PASSWORD_MATCHES_ACCOUNT_NAME, pw, Set.of("password", "name"),
            Generate.booleans().map(reversed -> b -> {
              String n = b.build().accountName();
              return b.password(reversed ? reverse(n) : n);
            })),
        huawei("password contains the " + contactSlot, ViolationCode.PASSWORD_CONTAINS_CONTACT, pw, Set.of("password", contactSlot),
            Generate.pick(List.of("Zz", "Q!", "aB#")).map(prefix -> b -> {
              var f = b.build();
              return b.password(prefix + (site == HuaweiSite.CHINA ? f.mobile() : f.mail()));
            })),
        huawei("indirect reseller id over 64", ViolationCode.LENGTH, HuaweiRegistration.INDIRECT_RESELLER_ID, Set.of("reseller"),
            hset(stringOf(ALNUM, 65, 100), HuaweiRegistrationForm.Builder::indirectResellerId)),
        huawei("verification code not 6 digits", ViolationCode.FORMAT, VerificationCode.FIELD, Set.of("code"),
            hset(Generate.oneOf(stringOf(DIGITS, 7, 7), stringOf(DIGITS, 1, 5)), HuaweiRegistrationForm.Builder::verificationCode))));
    if (site == HuaweiSite.CHINA) {
      kinds.addAll(List.of(
          huawei("mobile not a mainland China mobile", ViolationCode.PHONE_NOT_MAINLAND_CHINA_MOBILE, HuaweiRegistration.MOBILE, Set.of("mobile"),
              hset(notChinaMobile().assuming(d -> d.length() >= 5), HuaweiRegistrationForm.Builder::mobile)),
          huawei("mobile with a letter", ViolationCode.FORMAT, HuaweiRegistration.MOBILE, Set.of("mobile"),
              hset(chinaMobile().map(m -> m + "x"), HuaweiRegistrationForm.Builder::mobile)),
          huawei("mobile without code", ViolationCode.REQUIRED, VerificationCode.FIELD, Set.of("code"),
              hset(blank(), HuaweiRegistrationForm.Builder::verificationCode)),
          huawei("email on China", ViolationCode.NOT_ALLOWED, Email.FIELD, Set.of("mail"),
              hset(email(), HuaweiRegistrationForm.Builder::mail)),
          huawei("area on China", ViolationCode.NOT_ALLOWED, Area.FIELD, Set.of("area"),
              hset(anyArea().map(AreaCode::area), HuaweiRegistrationForm.Builder::area))));
    } else {
      kinds.addAll(List.of(
          huawei("bad email", ViolationCode.EMAIL_INVALID, Email.FIELD, Set.of("mail"),
              hset(invalidEmail(), HuaweiRegistrationForm.Builder::mail)),
          huawei("email without code", ViolationCode.REQUIRED, VerificationCode.FIELD, Set.of("code"),
              hset(blank(), HuaweiRegistrationForm.Builder::verificationCode)),
          huawei("mobile on International", ViolationCode.NOT_ALLOWED, HuaweiRegistration.MOBILE, Set.of("mobile"),
              hset(Generate.oneOf(chinaMobile(), stringOf(DIGITS, 5, 15)), HuaweiRegistrationForm.Builder::mobile)),
          huawei("area missing on International", ViolationCode.REQUIRED, Area.FIELD, Set.of("area"),
              hset(blank(), HuaweiRegistrationForm.Builder::area)),
          huawei("area not a region", ViolationCode.AREA_UNKNOWN, Area.FIELD, Set.of("area"),
              hset(unknownAreaCode(), HuaweiRegistrationForm.Builder::area)),
          huawei("area not two letters", ViolationCode.FORMAT, Area.FIELD, Set.of("area"),
              hset(Generate.pick(List.of("M", "MEX", "1X", "\u00df")), HuaweiRegistrationForm.Builder::area))));
    }
    return kinds;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // reading results

  /** A violation reduced to what tests compare: code and field. */
  record CodeAndField(ViolationCode code, String field) {
    @Override
    public String toString() {
      return code + "@" + field;
    }
  }

  static List<CodeAndField> codesAndFields(Validation<Seq<Violation>, ?> v) {
    return Checks.errors(v).map(x -> new CodeAndField(x.code(), x.field())).sorted(byName()).toJavaList();
  }

  static <F> List<CodeAndField> expected(List<Breaker<F>> breakers) {
    return breakers.stream().map(b -> new CodeAndField(b.code(), b.field())).sorted(byName()).collect(Collectors.toList());
  }

  /** The result is invalid with exactly the violations the breakers name: same codes, same fields, no others. */
  static <F> void assertExactlyTheViolationsOf(Validation<Seq<Violation>, ?> result, List<Breaker<F>> breakers) {
    org.assertj.core.api.Assertions.assertThat(codesAndFields(result))
        .as("violations after %s: %s", breakers, Checks.errors(result))
        .containsExactlyElementsOf(expected(breakers));
    org.assertj.core.api.Assertions.assertThat(result.isInvalid()).isTrue();
  }

  /** Every violation is complete: a code, a field and a sentence. */
  static void assertWellFormed(Validation<Seq<Violation>, ?> result) {
    org.assertj.core.api.Assertions.assertThat(result).isNotNull();
    if (result.isInvalid()) {
      org.assertj.core.api.Assertions.assertThat(result.getError().toJavaList())
          .isNotEmpty()
          .allSatisfy(
              v -> {
                org.assertj.core.api.Assertions.assertThat(v.code()).isNotNull();
                org.assertj.core.api.Assertions.assertThat(v.field()).isNotBlank();
                org.assertj.core.api.Assertions.assertThat(v.message()).isNotBlank();
              });
    }
  }

  private static Comparator<CodeAndField> byName() {
    return Comparator.comparing(CodeAndField::toString);
  }
}
