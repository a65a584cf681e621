package dev.partnerkit.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.domain.Customer;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.ports.CustomerCreated;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class JournalCodecsTest {

  @Test
  void a_created_customer_survives_the_journal_with_its_binding_result() {
    CustomerCreated created = new CustomerCreated(CustomerId.of("200000000042"), Option.none(),
        Customer.Association.BOUND, CustomerCreated.Provenance.CREATED, Option.some("bound & ok"));

    CustomerCreated read = JournalCodecs.CUSTOMER_CREATED.decode(JournalCodecs.CUSTOMER_CREATED.encode(created));

    assertThat(read).isEqualTo(created);
  }

  @Test
  void a_created_customer_journaled_before_binding_results_were_kept_still_reads() {
    CustomerCreated read = JournalCodecs.CUSTOMER_CREATED.decode("0a1b2c&acme_ops&PENDING&CREATED");

    assertThat(read).isEqualTo(new CustomerCreated(CustomerId.of("0a1b2c"), Option.some("acme_ops"),
        Customer.Association.PENDING, CustomerCreated.Provenance.CREATED));
    assertThat(read.bindingResult()).isEmpty();
  }

  @Test
  void a_text_result_survives_the_journal_as_huawei_transfer_ids_were_written() {
    for (String id : java.util.List.of("CZ2026050100001", "", "a&b=c%d")) {
      assertThat(JournalCodecs.TEXT.decode(JournalCodecs.TEXT.encode(id))).isEqualTo(id);
    }
    assertThat(JournalCodecs.TEXT.encode("CZ1")).isEqualTo(JournalCodec.join("CZ1"));
  }
}
