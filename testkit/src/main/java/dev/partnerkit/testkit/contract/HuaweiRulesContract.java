package dev.partnerkit.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.domain.Customer;
import dev.partnerkit.domain.HuaweiRegistration;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.FailureKind;
import dev.partnerkit.ports.IdempotencyKey;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Huawei's onboarding rules end to end: association lag, unique xaccount_id, unique account names. */
public interface HuaweiRulesContract {

  ContractTarget target();

  @Test
  default void a_lagging_association_is_a_created_account_pending_and_is_never_created_twice() {
    HuaweiRegistration registration = (HuaweiRegistration) new Registrations(target()).valid(200);
    IdempotencyKey key = IdempotencyKey.of("contract-" + UUID.randomUUID());
    target().delayNextAssociation();

    CustomerCreated created = target().gateway().createCustomer(registration, key).get();

    assertThat(created.association()).isEqualTo(Customer.Association.PENDING);
    assertThat(created.id().value()).isNotBlank();
    assertThat(listedIds()).doesNotContain(created.id().value());
    CustomerCreated again = target().gateway().createCustomer(registration, key).get();
    assertThat(again.id()).isEqualTo(created.id());
    assertThat(again.provenance()).isNotEqualTo(CustomerCreated.Provenance.CREATED);

    target().completeAssociations();
    assertThat(listedIds()).contains(created.id().value());
  }

  @Test
  default void a_second_account_for_one_platform_user_is_a_conflict() {
    Registrations registrations = new Registrations(target());
    HuaweiRegistration first = (HuaweiRegistration) registrations.valid(210);
    target().gateway().createCustomer(first, IdempotencyKey.of("contract-" + UUID.randomUUID())).get();
    var otherForm = registrations.huaweiForm(211, registrations.phoneFor(211)).toBuilder().xaccountId(first.xaccountId()).build();
    HuaweiRegistration second = HuaweiRegistration.validate(otherForm, target().site().get()).get();

    var failure = target().gateway().createCustomer(second, IdempotencyKey.of("contract-" + UUID.randomUUID())).getLeft();

    assertThat(failure.kind()).isEqualTo(FailureKind.CONFLICT);
  }

  @Test
  default void a_taken_account_name_is_a_conflict() {
    Registrations registrations = new Registrations(target());
    HuaweiRegistration first = (HuaweiRegistration) registrations.valid(220);
    target().gateway().createCustomer(first, IdempotencyKey.of("contract-" + UUID.randomUUID())).get();
    var otherForm = registrations.huaweiForm(221, registrations.phoneFor(221)).toBuilder()
        .accountName(first.accountName().get().value()).build();
    HuaweiRegistration second = HuaweiRegistration.validate(otherForm, target().site().get()).get();

    var failure = target().gateway().createCustomer(second, IdempotencyKey.of("contract-" + UUID.randomUUID())).getLeft();

    assertThat(failure.kind()).isEqualTo(FailureKind.CONFLICT);
  }

  private java.util.List<String> listedIds() {
    return target().gateway().customers().stream().map(c -> c.id().value()).collect(Collectors.toList());
  }
}
