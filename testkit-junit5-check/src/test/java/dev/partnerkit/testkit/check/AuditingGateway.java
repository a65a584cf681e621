package dev.partnerkit.testkit.check;

import dev.partnerkit.domain.Customer;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.domain.CustomerRegistration;
import dev.partnerkit.domain.RejectionReason;
import dev.partnerkit.domain.Reseller;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.domain.SubAgentApplication;
import dev.partnerkit.domain.TradeCatalog;
import dev.partnerkit.ports.Capability;
import dev.partnerkit.ports.CountryCallingCode;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.Done;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.IdempotencyKey;
import dev.partnerkit.ports.Paged;
import dev.partnerkit.ports.PartnerAccountGateway;
import dev.partnerkit.ports.VerificationTarget;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A user's own gateway, as the README's testkit example has it: it delegates to partnerkit's gateway and keeps an
 * audit trail of the customers it created and the applications it decided. The contract must hold through it.
 */
final class AuditingGateway implements PartnerAccountGateway {

  private final PartnerAccountGateway delegate;
  private final List<String> audit = new CopyOnWriteArrayList<>();

  AuditingGateway(PartnerAccountGateway delegate) {
    this.delegate = delegate;
  }

  /** What was done, oldest first. */
  List<String> audit() {
    return List.copyOf(audit);
  }

  @Override
  public Either<GatewayFailure, CustomerCreated> createCustomer(CustomerRegistration registration, IdempotencyKey key) {
    return delegate.createCustomer(registration, key).peek(created -> audit.add("created " + created.id().value()));
  }

  @Override
  public Either<GatewayFailure, SubAgentApplication.Approved> approve(ResellerId applicant) {
    return delegate.approve(applicant).peek(a -> audit.add("approved " + applicant.value()));
  }

  @Override
  public Either<GatewayFailure, SubAgentApplication.Rejected> reject(ResellerId applicant, Option<RejectionReason> reason) {
    return delegate.reject(applicant, reason).peek(r -> audit.add("rejected " + applicant.value()));
  }

  @Override
  public Either<GatewayFailure, Reseller> partner() {
    return delegate.partner();
  }

  @Override
  public Either<GatewayFailure, Done> sendVerificationCode(VerificationTarget target) {
    return delegate.sendVerificationCode(target);
  }

  @Override
  public Either<GatewayFailure, Done> sendVerificationCode(VerificationTarget target, IdempotencyKey key) {
    return delegate.sendVerificationCode(target, key);
  }

  @Override
  public Either<GatewayFailure, Option<Customer>> findCustomer(CustomerId id) {
    return delegate.findCustomer(id);
  }

  @Override
  public Paged<Customer> customers() {
    return delegate.customers();
  }

  @Override
  public Either<GatewayFailure, TradeCatalog> tradeCategories() {
    return delegate.tradeCategories();
  }

  @Override
  public Either<GatewayFailure, Seq<CountryCallingCode>> countryCodes() {
    return delegate.countryCodes();
  }

  @Override
  public Paged<SubAgentApplication.Pending> pendingApplications() {
    return delegate.pendingApplications();
  }

  @Override
  public Set<Class<? extends Capability>> capabilities() {
    return delegate.capabilities();
  }

  @Override
  public <P extends Capability> Option<P> capability(Class<P> port) {
    return delegate.capability(port);
  }

  @Override
  public void close() {
    delegate.close();
  }
}
