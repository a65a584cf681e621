package dev.partnerkit.acceptance.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.partnerkit.adapter.huawei.BssClient;
import dev.partnerkit.adapter.huawei.HuaweiCallFailure;
import dev.partnerkit.adapter.huawei.HuaweiConfig;
import dev.partnerkit.adapter.huawei.HuaweiCredentials;
import dev.partnerkit.adapter.huawei.api.CreateSubCustomerRequest;
import dev.partnerkit.adapter.huawei.api.SendVerificationMessageCodeRequest;
import dev.partnerkit.domain.HuaweiRegistration;
import dev.partnerkit.domain.HuaweiRegistrationForm;
import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.domain.Secret;
import dev.partnerkit.domain.Violation;
import dev.partnerkit.sandbox.Sandbox;
import dev.partnerkit.sandbox.huawei.HuaweiFrontDoor;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Differential test of Huawei's CreateSubCustomer rules, China and International: partnerkit's verdict on a
 * registration form ({@link HuaweiRegistration#validate}) against the sandbox's verdict over the wire (the typed
 * client, which checks nothing). They agree when both accept, or when the field the sandbox's error names ({@code
 * CBC.99000031} the name, {@code CBC.5017} the mobile, {@code CBC.99000036} the password, {@code CBC.0100} the
 * parameter its message names) is among the fields partnerkit puts at fault. The sandbox implements seed 003 and
 * spec section 3 in its own code.
 *
 * <p>What is sent is what partnerkit's gateway would send for the form's fields: a blank optional field is not sent
 * (partnerkit drops blanks), other values as they are. State the form cannot know is kept out: every form has its own
 * {@code xaccount_id}, account name, mobile and email, and a well-formed code is the one the sandbox sent.
 *
 * <p>Disagreement, settled against the seed and fixed on the wrong side. Run against partnerkit's rules before the
 * fix (commit 816863d), 229 of 991 China forms and 227 of 998 International forms disagreed; the 40 printed were all
 * one case: a verification code without a mobile (China) or email (International), which partnerkit refused and
 * the sandbox ignored. Seed 003 line 15 says "如果手机号不存在,则不需要输入验证码" (without a mobile, no code is needed)
 * and "此参数不携带或携带值为null时,不做处理" (absent or null, it is not processed): partnerkit fixed ({@code
 * HuaweiRegistration} ignores such a code and does not send it).
 */
class HuaweiRegistrationDifferentialTest {

  private static final Logger LOG = LoggerFactory.getLogger(HuaweiRegistrationDifferentialTest.class);

  /** Forms per site and build. */
  static final int FORMS = 1000;

  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  private static final String DIGITS = "0123456789";
  private static final String SPECIALS = "!@#$%^&*()-_=+[]{}.,?~";

  private static Sandbox sandbox;
  private static final Map<HuaweiSite, BssClient> clients = new EnumMap<>(HuaweiSite.class);
  private static final AtomicInteger serial = new AtomicInteger();

  /** The fields of a form, in the order of seed 003's request table (email and area: International's). */
  enum Field { NAME, MOBILE, EMAIL, AREA, CODE, XACCOUNT_ID, XACCOUNT_TYPE, PASSWORD, RESELLER, CONSULTING }

  record Form(HuaweiSite site, String[] values, Set<Field> broken) {
    String get(Field f) {
      return values[f.ordinal()];
    }

    @Override
    public String toString() {
      StringBuilder out = new StringBuilder(site + " broken=" + broken);
      for (Field f : Field.values()) {
        String v = get(f);
        out.append(", ").append(f).append('=')
            .append(v == null ? "null" : f == Field.PASSWORD ? "<" + v.length() + " chars>" : "\"" + v + "\"");
      }
      return out.toString();
    }
  }

  @BeforeAll
  static void start() {
    sandbox = Sandbox.builder().withoutRateLimits().build();
    for (HuaweiSite site : HuaweiSite.values()) {
      clients.put(site, BssClient.create(HuaweiConfig.builder(site)
          .endpoint(sandbox.huaweiEndpoint(dev.partnerkit.sandbox.huawei.HuaweiSite.valueOf(site.name())))
          .allowInsecureHttp(true)
          .environment(Map.of())
          .credentials(HuaweiCredentials.akSk(HuaweiFrontDoor.DEFAULT_ACCESS_KEY, Secret.of(HuaweiFrontDoor.DEFAULT_SECRET_KEY))
              .withDomainId(HuaweiFrontDoor.DEFAULT_PARTNER_DOMAIN_ID))
          .responseTimeout(Duration.ofSeconds(5))
          .withoutRateLimits()   // the sandbox here has none either: every generated form is sent at once
          .build()));
    }
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @ParameterizedTest
  @EnumSource(HuaweiSite.class)
  void partnerkit_and_the_sandbox_give_the_same_verdict_on_registration_forms(HuaweiSite site) {
    AtomicInteger checked = new AtomicInteger();
    AtomicInteger accepted = new AtomicInteger();
    java.util.List<String> disagreements = new ArrayList<>();
    // 10% more asked than needed: QuickTheories checked 992 forms of 1,000 asked in one run
    qt().withExamples(FORMS + FORMS / 10).withShrinkCycles(0)
        .forAll(forms(site))
        .checkAssert(form -> {
          checked.incrementAndGet();
          String verdict = compare(form);
          if (verdict == null) {
            accepted.incrementAndGet();
          } else if (!verdict.isEmpty()) {
            disagreements.add(verdict);
          }
        });
    System.out.println("differential Huawei " + site + " CreateSubCustomer: " + checked.get() + " forms checked ("
        + accepted.get() + " valid), " + disagreements.size() + " disagreements");
    LOG.info("Huawei {} differential: {} forms, {} disagreements", site, checked.get(), disagreements.size());
    assertThat(checked.get()).isGreaterThanOrEqualTo(FORMS);
    assertThat(accepted.get()).as("valid forms among them").isGreaterThan(FORMS / 10);
    assertThat(disagreements).as("disagreements").isEmpty();
  }

  private static String compare(Form form) {
    HuaweiSite site = form.site();
    BssClient client = clients.get(site);
    String target = site == HuaweiSite.CHINA ? form.get(Field.MOBILE) : form.get(Field.EMAIL);
    String code = form.get(Field.CODE);
    if ("sent".equals(code)) { // a well-formed code: the one the sandbox sent, when it sends one
      code = "123456";
      if (target != null) {
        client.sendVerificationMessageCode(site == HuaweiSite.CHINA
            ? SendVerificationMessageCodeRequest.builder().receiverType(1).mobilePhone(target).build()
            : SendVerificationMessageCodeRequest.builder().receiverType(2).email(target).build());
        code = sandbox.huawei(dev.partnerkit.sandbox.huawei.HuaweiSite.valueOf(site.name()))
            .lastVerificationCode(target).orElse("123456");
      }
    }
    HuaweiRegistrationForm domainForm = HuaweiRegistrationForm.builder()
        .xaccountId(form.get(Field.XACCOUNT_ID)).xaccountType(form.get(Field.XACCOUNT_TYPE))
        .accountName(form.get(Field.NAME)).password(form.get(Field.PASSWORD)).mobile(form.get(Field.MOBILE))
        .mail(form.get(Field.EMAIL)).verificationCode(code).area(form.get(Field.AREA))
        .indirectResellerId(form.get(Field.RESELLER)).consultingSale(form.get(Field.CONSULTING) != null)
        .build();
    var ours = HuaweiRegistration.validate(domainForm, site);
    // the typed client refuses to build a request without its required fields: an absent one goes on the wire
    // as "", which the vendor (and the sandbox) treats as missing
    Either<HuaweiCallFailure, ?> theirs = client.createSubCustomer(CreateSubCustomerRequest.builder()
        .xaccountId(orEmpty(form.get(Field.XACCOUNT_ID))).xaccountType(orEmpty(form.get(Field.XACCOUNT_TYPE)))
        .domainName(form.get(Field.NAME)).password(secret(form.get(Field.PASSWORD))).mobilePhone(form.get(Field.MOBILE))
        .email(form.get(Field.EMAIL)).domainArea(form.get(Field.AREA)).verificationCode(secret(code))
        .indirectPartnerId(form.get(Field.RESELLER)).cooperationType(form.get(Field.CONSULTING))
        .build());
    Set<String> ourFields = ours.isValid() ? Set.of() : ours.getError().map(Violation::field).toJavaSet();
    if (ours.isValid() && theirs.isRight()) {
      return null;
    }
    if (ours.isInvalid() && theirs.isLeft()) {
      Set<String> named = namedFields(theirs.getLeft().trace().code(), theirs.getLeft().trace().message());
      if (named.stream().anyMatch(ourFields::contains)) {
        return "";
      }
    }
    return form + "\n  partnerkit: " + (ours.isValid() ? "valid" : ourFields)
        + "\n  sandbox: " + theirs.fold(f -> f.trace().code() + " " + f.trace().message(), ok -> "accepted");
  }

  /** The partnerkit fields a CreateSubCustomer error names (seed 003 line 28, spec section 3.4). */
  /** The wire model holds passwords and codes as {@link dev.partnerkit.domain.Secret}; an absent field stays absent. */
  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private static dev.partnerkit.domain.Secret secret(String value) {
    return value == null ? null : dev.partnerkit.domain.Secret.of(value);
  }

  static Set<String> namedFields(String code, String message) {
    switch (code) {
      case "CBC.99000031": return Set.of("accountName");
      case "CBC.5017": return Set.of("mobile");
      case "CBC.99000036": return Set.of("password");
      case "CBC.99004008", "CBC.99004009", "CBC.99004010": return Set.of("verificationCode");
      case "CBC.0100", "CBC.0101": break;
      default: return Set.of();
    }
    Map<String, String> byParameter = Map.of(
        "domain_name", "accountName", "mobile_phone", "mobile", "email", "email", "domain_area", "area",
        "verification_code", "verificationCode", "xaccount_id", "xaccountId", "xaccount_type", "xaccountType",
        "password", "password", "indirect_partner_id", "indirectResellerId", "cooperation_type", "cooperationType");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("parameter ([a-z_]+)").matcher(message);
    return m.find() && byParameter.containsKey(m.group(1)) ? Set.of(byParameter.get(m.group(1))) : Set.of();
  }

  // -----------------------------------------------------------------------------------------------------------------
  // generators

  static Gen<Form> forms(HuaweiSite site) {
    java.util.List<Field> fields = Arrays.stream(Field.values())
        .filter(f -> site == HuaweiSite.CHINA ? f != Field.EMAIL && f != Field.AREA : f != Field.MOBILE && f != Field.CONSULTING)
        .toList();
    Gen<Set<Field>> broken = Generate.oneOf(
        Generate.constant(Set.<Field>of()),
        Generate.constant(Set.<Field>of()),
        Generate.pick(fields).map(f -> Set.of(f)),
        Generate.pick(fields).map(f -> Set.of(f)),
        Generate.pick(fields).zip(Generate.pick(fields), Generate.pick(fields),
            (a, b, c) -> java.util.stream.Stream.of(a, b, c).collect(Collectors.toSet())));
    return broken.flatMap(b -> formBreaking(site, b));
  }

  private static Gen<Form> formBreaking(HuaweiSite site, Set<Field> broken) {
    Gen<String[]> values = Generate.constant(new String[0]);
    for (Field f : Field.values()) {
      boolean offered = site == HuaweiSite.CHINA ? f != Field.EMAIL && f != Field.AREA : f != Field.MOBILE && f != Field.CONSULTING;
      Gen<String> g = !offered ? Generate.constant((String) null) : broken.contains(f) ? brokenValue(site, f) : validValue(site, f);
      values = values.zip(g, (arr, v) -> {
        String[] out = Arrays.copyOf(arr, arr.length + 1);
        out[arr.length] = v;
        return out;
      });
    }
    return values.map(v -> fixUp(site, v, broken));
  }

  /** Unique ids, names and contacts; a password that does not collide with them unless broken on purpose. */
  private static Form fixUp(HuaweiSite site, String[] v, Set<Field> broken) {
    int n = serial.incrementAndGet();
    if (!broken.contains(Field.XACCOUNT_ID)) {
      v[Field.XACCOUNT_ID.ordinal()] = "crm-" + n;
    }
    if (!broken.contains(Field.NAME) && v[Field.NAME.ordinal()] != null) {
      v[Field.NAME.ordinal()] = v[Field.NAME.ordinal()] + n;
    }
    if (!broken.contains(Field.MOBILE) && v[Field.MOBILE.ordinal()] != null) {
      v[Field.MOBILE.ordinal()] = v[Field.MOBILE.ordinal()] + String.format("%08d", n);
    }
    if (!broken.contains(Field.EMAIL) && v[Field.EMAIL.ordinal()] != null) {
      v[Field.EMAIL.ordinal()] = "c" + n + "." + v[Field.EMAIL.ordinal()];
    }
    String target = site == HuaweiSite.CHINA ? v[Field.MOBILE.ordinal()] : v[Field.EMAIL.ordinal()];
    if (target != null && !broken.contains(Field.CODE)) {
      v[Field.CODE.ordinal()] = "sent"; // with a mobile or email, a good code is the one sent (a stale one is state)
    }
    String password = v[Field.PASSWORD.ordinal()];
    if (broken.contains(Field.PASSWORD) && password != null && password.startsWith("=")) { // collide on purpose
      String name = v[Field.NAME.ordinal()];
      v[Field.PASSWORD.ordinal()] = switch (password) {
        case "=name" -> name != null ? name : "onlylower";
        case "=reversed" -> name != null ? new StringBuilder(name).reverse().toString() : "onlylower";
        default -> target != null ? "Pw!" + target : "onlylower";
      };
    }
    return new Form(site, v, broken);
  }

  private static Gen<String> validValue(HuaweiSite site, Field f) {
    return switch (f) {
      case NAME -> Generate.oneOf(Generate.constant((String) null),
          Generate.pick(java.util.List.of("acme_cloud", "Ana-Lopez", "_ops", "x1234")));
      case MOBILE -> Generate.oneOf(Generate.constant((String) null), Generate.pick(java.util.List.of("130", "139", "180", "188")));
      case EMAIL -> Generate.oneOf(Generate.constant((String) null),
          Generate.pick(java.util.List.of("ana@example.mx", "it@acme.co", "ops+billing@mail.example.org")));
      case AREA -> Generate.pick(java.util.List.of("MX", "DE", "US", "HK", "BR", "ZA"));
      case CODE -> Generate.pick(java.util.List.of("sent", "sent", "sent", "123456", "12"));
      case XACCOUNT_ID -> Generate.constant("");
      case XACCOUNT_TYPE -> Generate.pick(java.util.List.of("acme_IDP", "x_IDP", "t".repeat(64)));
      case PASSWORD -> Generate.oneOf(Generate.constant((String) null), password(8, 32, 2), password(8, 32, 3), password(8, 32, 4));
      case RESELLER -> Generate.constant((String) null);
      case CONSULTING -> Generate.pick(java.util.Arrays.asList(null, "1"));
    };
  }

  private static Gen<String> brokenValue(HuaweiSite site, Field f) {
    return switch (f) {
      case NAME -> Generate.pick(java.util.List.of("abc", "op_admin1", "shadow_x1", "1234567", "acme.cloud", "n".repeat(33),
          "9lives", "acme cloud"));
      case MOBILE -> Generate.pick(java.util.List.of("85291234567", "8613800138000", "1380013800", "1380013800x",
          "12345678901", "013800138000", "+8613800138000"));
      case EMAIL -> Generate.pick(java.util.List.of("not-a-mail", "a@b", "@example.com", "ana@", "a b@example.com"));
      case AREA -> Generate.pick(java.util.Arrays.asList(null, "XX", "MEX", "M1", "M"));
      case CODE -> Generate.pick(java.util.Arrays.asList(null, "12345", "abcdef", "1234567"));
      case XACCOUNT_ID -> Generate.pick(java.util.Arrays.asList(null, "x".repeat(129)));
      case XACCOUNT_TYPE -> Generate.pick(java.util.Arrays.asList(null, "t".repeat(65)));
      case PASSWORD -> Generate.oneOf(
          Generate.constant(""),
          password(3, 7, 2),
          password(33, 40, 2),
          Generate.pick(java.util.List.of("abcdefghij", "ABCDEFGHIJ", "1234567890", "!!!!!!!!!!")),
          Generate.pick(java.util.List.of("=name", "=reversed", "=contact")));
      case RESELLER -> Generate.constant("r".repeat(65));
      case CONSULTING -> Generate.constant("1");
    };
  }

  /** A password of {@code min}-{@code max} characters using exactly {@code classes} of the four classes. */
  private static Gen<String> password(int min, int max, int classes) {
    java.util.List<String> all = java.util.List.of(UPPER, LOWER, DIGITS, SPECIALS);
    return Generate.range(0, 3).zip(Generate.range(min, max), Generate.longRange(0, Long.MAX_VALUE), (start, len, seed) -> {
      java.util.Random random = new java.util.Random(seed);
      java.util.List<String> used = new ArrayList<>();
      for (int i = 0; i < classes; i++) {
        used.add(all.get((start + i) % 4));
      }
      StringBuilder out = new StringBuilder();
      for (String c : used) {
        out.append(c.charAt(random.nextInt(c.length())));
      }
      String pool = String.join("", used);
      while (out.length() < len) {
        out.append(pool.charAt(random.nextInt(pool.length())));
      }
      return out.toString();
    });
  }
}
