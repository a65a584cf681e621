package dev.partnerkit.cli;

import dev.partnerkit.domain.CustomerRegistration;
import dev.partnerkit.domain.HuaweiRegistration;
import dev.partnerkit.domain.HuaweiRegistrationForm;
import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.domain.TencentRegistration;
import dev.partnerkit.domain.TencentRegistrationForm;
import dev.partnerkit.domain.TradeCatalog;
import dev.partnerkit.domain.Violation;
import dev.partnerkit.domain.ViolationCode;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The registration form of the selected vendor: its field names (the record components of {@link
 * TencentRegistrationForm} or {@link HuaweiRegistrationForm}, which are also the column names of an import file), and
 * validation of a row of named text values into a {@link CustomerRegistration} by the domain's rules.
 */
final class RegistrationForms {

  /** For help texts; a test checks they are the forms' record components. */
  static final String TENCENT_FIELDS = "accountType, mail, password, confirmPassword, phoneNumber, callingCode, "
      + "area, verificationCode, tradeCategoryFirstLevel, tradeCategorySecondLevel, customerName, extended";
  static final String HUAWEI_FIELDS = "xaccountId, xaccountType, accountName, password, mobile, mail, "
      + "verificationCode, area, indirectResellerId, closeMarketingMessages, consultingSale";
  static final Set<String> PASSWORD_FIELDS = Set.of("password", "confirmPassword");

  private final Class<? extends Record> formType;
  private final Function<Object, Validation<Seq<Violation>, ? extends CustomerRegistration>> validator;
  private final String identityField;

  private RegistrationForms(Class<? extends Record> formType,
      Function<Object, Validation<Seq<Violation>, ? extends CustomerRegistration>> validator, String identityField) {
    this.formType = formType;
    this.validator = validator;
    this.identityField = identityField;
  }

  /** Tencent's form, its trade categories checked against the vendor's catalog. */
  static RegistrationForms tencent(TradeCatalog catalog) {
    return new RegistrationForms(TencentRegistrationForm.class,
        form -> TencentRegistration.validate((TencentRegistrationForm) form, catalog), "mail");
  }

  /** Huawei's form for {@code site}. */
  static RegistrationForms huawei(HuaweiSite site) {
    return new RegistrationForms(HuaweiRegistrationForm.class,
        form -> HuaweiRegistration.validate((HuaweiRegistrationForm) form, site), "xaccountId");
  }

  /** The form of the profile's vendor (for Tencent, reads the industry catalog once). */
  static RegistrationForms of(Gateways.OpenGateway open) {
    if (open.profile().vendor() == Profile.VendorKind.TENCENT) {
      return tencent(Failures.orFail(open.gateway().tradeCategories(), "reading Tencent's industry catalog"));
    }
    return huawei(open.profile().site().orElseThrow());
  }

  /** The field names, in the form's order. */
  java.util.List<String> fieldNames() {
    return Arrays.stream(formType.getRecordComponents()).map(RecordComponent::getName).toList();
  }

  /** Names that are not fields of this form. */
  java.util.List<String> unknownFields(Collection<String> names) {
    java.util.List<String> known = fieldNames();
    return names.stream().filter(n -> !known.contains(n)).toList();
  }

  /** The field whose value is the customer's identity at the vendor (for duplicate reports). */
  String identityField() {
    return identityField;
  }

  /**
   * Validates {@code values} (field name to text; absent or empty is unset) by the vendor's rules, reporting every
   * violation at once, unknown fields included.
   */
  Validation<Seq<Violation>, CustomerRegistration> validate(Map<String, String> values) {
    Seq<Violation> problems = List.ofAll(unknownFields(values.keySet()))
        .map(f -> Violation.of(ViolationCode.NOT_ALLOWED, Shown.mayShow(f) ? f : "(a field whose name is not shown)",
            "is not a field of the registration form" + (Shown.mayShow(f) ? "" : " (its name may be a secret)")));
    RecordComponent[] components = formType.getRecordComponents();
    Object[] arguments = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      String text = values.get(components[i].getName());
      String value = text == null || text.isEmpty() ? null : text;
      if (components[i].getType() == boolean.class) {
        if (value != null && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
          problems = problems.append(Violation.of(ViolationCode.FORMAT, components[i].getName(),
              "must be true or false"));
        }
        arguments[i] = Boolean.parseBoolean(value);
      } else {
        arguments[i] = value;
      }
    }
    Validation<Seq<Violation>, ? extends CustomerRegistration> validated = validator.apply(construct(arguments))
        .mapError(violations -> violations.map(v -> Violation.of(v.code(), column(v.field()), v.message())));
    if (problems.isEmpty()) {
      return validated.map(r -> (CustomerRegistration) r);
    }
    Seq<Violation> all = validated.isInvalid() ? problems.appendAll(validated.getError()) : problems;
    return Validation.invalid(all);
  }

  /**
   * The form's name for a field the domain reports under its own name: {@code email} is the column {@code mail},
   * {@code tradeCategory.secondLevel} is {@code tradeCategorySecondLevel}, a Huawei {@code phoneNumber} is {@code
   * mobile}; names the form has, and names of no column (such as {@code form}), are kept.
   */
  String column(String field) {
    java.util.List<String> columns = fieldNames();
    if (columns.contains(field)) {
      return field;
    }
    StringBuilder joined = new StringBuilder();
    for (String part : field.split("\\.")) {
      joined.append(joined.length() == 0 || part.isEmpty() ? part
          : Character.toUpperCase(part.charAt(0)) + part.substring(1));
    }
    if (columns.contains(joined.toString())) {
      return joined.toString();
    }
    String alias = Map.of("email", "mail", "phoneNumber", "mobile", "mobile", "phoneNumber").get(field);
    return alias != null && columns.contains(alias) ? alias : field;
  }

  private Object construct(Object[] arguments) {
    try {
      Class<?>[] types = Arrays.stream(formType.getRecordComponents()).map(RecordComponent::getType)
          .toArray(Class<?>[]::new);
      Constructor<? extends Record> constructor = formType.getDeclaredConstructor(types);
      return constructor.newInstance(arguments);
    } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot build a " + formType.getSimpleName(), e);
    }
  }
}
