package dev.partnerkit.adapter.support;

import dev.partnerkit.domain.Customer;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.domain.Money;
import dev.partnerkit.domain.ResellerId;
import dev.partnerkit.ports.CreditPort.CreditAllocation;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.Done;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/** The codecs of the journaled operations whose results are port types (shared by both adapters). */
public final class JournalCodecs {

  private JournalCodecs() {}

  /** A created customer: id, account name (empty: none), association, provenance. */
  public static final JournalCodec<CustomerCreated> CUSTOMER_CREATED = new JournalCodec<>() {
    @Override
    public String encode(CustomerCreated r) {
      // without a binding result, the four fields journals had before it was kept: either version reads it
      return r.bindingResult().isEmpty()
          ? JournalCodec.join(r.id().value(), r.accountName().getOrElse(""), r.association().name(),
              r.provenance().name())
          : JournalCodec.join(r.id().value(), r.accountName().getOrElse(""), r.association().name(),
              r.provenance().name(), r.bindingResult().get());
    }

    @Override
    public CustomerCreated decode(String text) {
      // four fields in journals written before the binding result was kept
      Seq<String> f = JournalCodec.split(text, text.split("&", -1).length == 4 ? 4 : 5);
      return new CustomerCreated(CustomerId.of(f.get(0)), Option.of(f.get(1)).filter(s -> !s.isEmpty()),
          Customer.Association.valueOf(f.get(2)), CustomerCreated.Provenance.valueOf(f.get(3)),
          f.size() > 4 ? Option.of(f.get(4)).filter(s -> !s.isEmpty()) : Option.none());
    }
  };

  /** A credit allocation: customer, amount and currency, the customer's credit after it and its currency. */
  public static final JournalCodec<CreditAllocation> CREDIT_ALLOCATION = new JournalCodec<>() {
    @Override
    public String encode(CreditAllocation r) {
      return JournalCodec.join(r.customer().value(), r.amount().amount().toPlainString(), r.amount().currency(),
          r.customerCreditAfter().amount().toPlainString(), r.customerCreditAfter().currency());
    }

    @Override
    public CreditAllocation decode(String text) {
      Seq<String> f = JournalCodec.split(text, 5);
      return new CreditAllocation(CustomerId.of(f.get(0)), Money.of(f.get(1), f.get(2)), Money.of(f.get(3), f.get(4)));
    }
  };

  /** A write with nothing to return (a verification code sent). */
  public static final JournalCodec<Done> DONE = new JournalCodec<>() {
    @Override
    public String encode(Done r) {
      return JournalCodec.join(r.name());
    }

    @Override
    public Done decode(String text) {
      return Done.valueOf(JournalCodec.split(text, 1).get(0));
    }
  };

  /** A reseller (whose pool was topped up, or whose application was decided): its id. */
  public static final JournalCodec<ResellerId> RESELLER_ID = new JournalCodec<>() {
    @Override
    public String encode(ResellerId r) {
      return JournalCodec.join(r.value());
    }

    @Override
    public ResellerId decode(String text) {
      return ResellerId.of(JournalCodec.split(text, 1).get(0));
    }
  };

  /** A write whose result is one text (e.g. a vendor's transfer id). */
  public static final JournalCodec<String> TEXT = new JournalCodec<>() {
    @Override
    public String encode(String r) {
      return JournalCodec.join(r);
    }

    @Override
    public String decode(String text) {
      return JournalCodec.split(text, 1).get(0);
    }
  };
}
