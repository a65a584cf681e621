package dev.partnerkit.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.domain.Customer;
import dev.partnerkit.domain.CustomerRegistration;
import dev.partnerkit.domain.HuaweiRegistration;
import dev.partnerkit.domain.HuaweiRegistrationForm;
import dev.partnerkit.domain.HuaweiSite;
import dev.partnerkit.domain.RejectionCode;
import dev.partnerkit.domain.TencentRegistration;
import dev.partnerkit.domain.Vendor;
import dev.partnerkit.domain.ViolationCode;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.PartnerAccountGateway;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The mutating contract for onboarding customers: runs against disposable targets (in-memory, sandboxes), never
 * against a live partner account unless explicitly opted in.
 */
public interface PartnerAccountCommandsContract {

  ContractTarget target();

  private PartnerAccountGateway gateway() {
    return target().gateway();
  }

  private static IdempotencyKey newKey() {
    return IdempotencyKey.of("contract-" + UUID.randomUUID());
  }

  private long listedCustomers() {
    return gateway().customers().forEach(c -> {}).get();
  }

  @Test
  default void a_created_customer_can_be_found_and_is_listed() {
    CustomerRegistration registration = new Registrations(target()).valid(1);
    CustomerCreated created = gateway().createCustomer(registration, newKey()).get();

    assertThat(created.provenance()).isEqualTo(CustomerCreated.Provenance.CREATED);
    assertThat(created.association()).isEqualTo(Customer.Association.BOUND);
    Customer found = gateway().findCustomer(created.id()).get().get();
    assertThat(found.id()).isEqualTo(created.id());
    assertThat(found.vendor()).isEqualTo(target().vendor());
    assertThat(gateway().customers().stream().map(Customer::id).collect(Collectors.toList())).contains(created.id());
  }

  @Test
  default void an_idempotent_replay_returns_the_first_result_and_creates_nothing() {
    CustomerRegistration registration = new Registrations(target()).valid(2);
    IdempotencyKey key = newKey();
    CustomerCreated first = gateway().createCustomer(registration, key).get();
    long before = listedCustomers();

    CustomerCreated again = gateway().createCustomer(registration, key).get();

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.provenance()).isEqualTo(CustomerCreated.Provenance.REPLAYED);
    assertThat(listedCustomers()).isEqualTo(before);
  }

  @Test
  default void one_key_for_two_registrations_is_a_conflict() {
    Registrations registrations = new Registrations(target());
    IdempotencyKey key = newKey();
    gateway().createCustomer(registrations.valid(3), key).get();

    GatewayFailure failure = gateway().createCustomer(registrations.valid(4), key).getLeft();

    assertThat(failure.kind()).isEqualTo(FailureKind.CONFLICT);
  }

  @Test
  default void a_lost_answer_is_reconciled_by_the_same_key_and_ends_with_exactly_one_account() {
    CustomerRegistration registration = new Registrations(target()).valid(5);
    IdempotencyKey key = newKey();
    long before = listedCustomers();
    target().loseNextCreateCustomerResponse();

    var firstAttempt = gateway().createCustomer(registration, key);
    CustomerCreated settled =
        firstAttempt.isRight() ? firstAttempt.get() : gateway().createCustomer(registration, key).get();

    if (firstAttempt.isLeft()) {
      assertThat(firstAttempt.getLeft().kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
    }
    assertThat(settled.provenance()).isNotEqualTo(CustomerCreated.Provenance.CREATED);
    assertThat(listedCustomers()).isEqualTo(before + 1);
    assertThat(gateway().findCustomer(settled.id()).get()).isNotEmpty();
  }

  @Test
  default void a_wrong_verification_code_is_rejected_and_creates_nothing() {
    Registrations registrations = new Registrations(target());
    long before = listedCustomers();
    CustomerRegistration registration;
    if (target().vendor() == Vendor.TENCENT) {
      var form = registrations.tencentForm(6, registrations.phoneFor(6));
      registration = TencentRegistration.validate(form.toBuilder().verificationCode(otherCode(form.verificationCode())).build()).get();
    } else {
      HuaweiRegistrationForm form = registrations.huaweiForm(6, registrations.phoneFor(6));
      registration = HuaweiRegistration.validate(form.toBuilder().verificationCode(otherCode(form.verificationCode())).build(), target().site().get()).get();
    }

    GatewayFailure failure = gateway().createCustomer(registration, newKey()).getLeft();

    assertThat(failure).isInstanceOf(GatewayFailure.Rejected.class);
    assertThat(((GatewayFailure.Rejected) failure).rejection().code()).isEqualTo(RejectionCode.VERIFICATION_CODE_INVALID);
    assertThat(listedCustomers()).isEqualTo(before);
  }

  @Test
  default void another_vendors_registration_is_refused_before_any_call() {
    CustomerRegistration foreign = target().vendor() == Vendor.TENCENT
        ? ForeignRegistrations.huawei()
        : ForeignRegistrations.tencent();
    long calls = target().vendorCalls();

    GatewayFailure failure = gateway().createCustomer(foreign, newKey()).getLeft();

    assertThat(failure).isInstanceOf(GatewayFailure.InvalidRequest.class);
    assertThat(((GatewayFailure.InvalidRequest) failure).violations().map(v -> v.code()))
        .containsExactly(ViolationCode.VENDOR_MISMATCH);
    assertThat(target().vendorCalls()).isEqualTo(calls);
  }

  /** Registrations valid for the other vendor, built without any gateway. */
  final class ForeignRegistrations {
    private ForeignRegistrations() {}

    static CustomerRegistration huawei() {
      return HuaweiRegistration.validate(
              HuaweiRegistrationForm.builder().xaccountId("foreign-1").xaccountType("x_IDP").build(), HuaweiSite.CHINA)
          .get();
    }

    static CustomerRegistration tencent() {
      return TencentRegistration.validate(
              dev.partnerkit.domain.TencentRegistrationForm.builder()
                  .accountType("personal").mail("foreign@example.com").password("Abc123!x").confirmPassword("Abc123!x")
                  .phoneNumber("91234567").callingCode("852").area("HK").verificationCode("123456")
                  .tradeCategory("kghy_01", "kghy_0101").build())
          .get();
    }
  }

  private static String otherCode(String code) {
    char last = code.charAt(5);
    return code.substring(0, 5) + (last == '9' ? '0' : (char) (last + 1));
  }
}
