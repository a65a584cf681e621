package dev.partnerkit.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.domain.CallingCode;
import dev.partnerkit.domain.PhoneNumber;
import dev.partnerkit.domain.TencentRegistration;
import dev.partnerkit.domain.TencentRegistrationForm;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.PartnerAccountGateway;
import dev.partnerkit.ports.VerificationTarget;
import io.vavr.control.Either;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's "test your service with the in-memory adapter" example, compiled and run. The code between the
 * {@code README-EXAMPLE} markers must appear verbatim in the README, so the README can never drift from code that
 * compiles.
 */
class EmbeddingExampleTest {

  /** A service of yours that onboards customers through partnerkit. */
  static final class Onboarding {
    private final PartnerAccountGateway gateway;

    Onboarding(PartnerAccountGateway gateway) {
      this.gateway = gateway;
    }

    Either<GatewayFailure, CustomerCreated> onboard(TencentRegistrationForm form, String crmCustomerId) {
      return TencentRegistration.validate(form)
          .toEither()
          .<GatewayFailure>mapLeft(violations -> new GatewayFailure.InvalidRequest(violations,
              dev.partnerkit.ports.VendorTrace.local("onboarding", "invalid", "refused before sending")))
          .flatMap(registration -> gateway.createCustomer(registration, IdempotencyKey.of("crm-" + crmCustomerId)));
    }
  }

  // README-EXAMPLE-START
  @Test
  void onboarding_creates_the_customer_once_even_when_retried() {
    InMemoryPartnerGateway vendor = InMemoryPartnerGateway.tencent().build();
    Onboarding onboarding = new Onboarding(vendor);
    VerificationTarget phone =
        VerificationTarget.phone(CallingCode.parse("852").get(), PhoneNumber.parse("91234567").get());
    vendor.sendVerificationCode(phone);
    TencentRegistrationForm form = TencentRegistrationForm.builder()
        .accountType("company").mail("it@acme.example").password("S3cure!pass").confirmPassword("S3cure!pass")
        .phoneNumber("91234567").callingCode("852").area("HK")
        .verificationCode(vendor.lastVerificationCode(phone).get())   // what the customer received
        .tradeCategory("kghy_01", "kghy_0101").customerName("Acme Ltd")
        .build();

    vendor.faults().nextCalls(Operation.CREATE_CUSTOMER, 1, Fault.OUTCOME_UNKNOWN);  // the answer gets lost
    assertThat(onboarding.onboard(form, "4711").getLeft()).isInstanceOf(GatewayFailure.OutcomeUnknown.class);
    CustomerCreated created = onboarding.onboard(form, "4711").get();                // your retry

    assertThat(created.provenance()).isEqualTo(CustomerCreated.Provenance.REPLAYED);
    assertThat(vendor.customers().stream().count()).isEqualTo(1);
  }
  // README-EXAMPLE-END

  @Test
  void the_readme_shows_this_example_verbatim() throws Exception {
    String source = Files.readString(Path.of("src/test/java/dev/partnerkit/adapter/inmemory/EmbeddingExampleTest.java"));
    String example = source.substring(
            source.indexOf("// README-EXAMPLE-START") + "// README-EXAMPLE-START".length(),
            source.indexOf("  // README-EXAMPLE-END"))
        .stripTrailing()
        .stripIndent()
        .strip();
    String readme = Files.readString(Path.of("../README.md"));

    assertThat(readme).contains(example);
  }
}
