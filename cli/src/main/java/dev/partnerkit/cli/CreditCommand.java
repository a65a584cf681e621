package dev.partnerkit.cli;

import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.domain.Money;
import dev.partnerkit.ports.CreditPort;
import dev.partnerkit.ports.IdempotencyKey;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code partnerkit credit show | allocate}, where the vendor moves credit. */
@Command(name = "credit", mixinStandardHelpOptions = true,
    description = "Credit: the partner's, a customer's, and moving it to a customer (where the vendor has it).",
    subcommands = {CreditCommand.Show.class, CreditCommand.Allocate.class})
final class CreditCommand {

  static final String WHAT = "credit transfers";

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "The partner's credit, or with --customer that customer's.")
  static final class Show extends ListingCommand {
    @Option(names = "--customer", paramLabel = "ID") String customer;

    @Override
    int run(Gateways.OpenGateway open, PrintWriter out) {
      CreditPort credit = Capabilities.require(open, CreditPort.class, WHAT);
      if (customer == null) {
        CreditPort.PartnerCredit p = Failures.orFail(credit.partnerCredit(), "reading the partner's credit");
        try (Rows rows = output.rows(out, "total", "allocated", "remaining")) {
          rows.row(p.total(), p.allocated(), p.remaining());
        }
      } else {
        CreditPort.CustomerCredit c = Failures.orFail(credit.customerCredit(CustomerId.of(customer)),
            "reading the credit of customer " + customer);
        try (Rows rows = output.rows(out, "customer", "credit", "remaining")) {
          rows.row(c.customer().value(), c.credit(), c.remaining());
        }
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "allocate", mixinStandardHelpOptions = true,
      description = "Moves partner credit to a customer, at most once per --key.")
  static final class Allocate extends ListingCommand {
    @Option(names = "--customer", paramLabel = "ID", required = true) String customer;
    @Option(names = "--amount", paramLabel = "AMOUNT", required = true, description = "E.g. 100.00.") String amount;
    @Option(names = "--currency", paramLabel = "CODE",
        description = "Default: the currency of the partner's credit.") String currency;
    @Option(names = "--key", paramLabel = "KEY",
        description = "An idempotency key: the same key again, in this run or a later one, returns the first "
            + "allocation and moves nothing (allocations are journaled in journals/PROFILE.journal next to the "
            + "config file). Default: a new key, so each run allocates.") String key;

    @Override
    boolean journaled() {
      return true;
    }

    @Override
    int run(Gateways.OpenGateway open, PrintWriter out) {
      CreditPort credit = Capabilities.require(open, CreditPort.class, WHAT);
      String inCurrency = currency != null ? currency
          : Failures.orFail(credit.partnerCredit(), "reading the partner's credit").remaining().currency();
      Money money = Inputs.valid(Money.parsePositive(amount, inCurrency), "--amount");
      IdempotencyKey idempotencyKey;
      try {
        idempotencyKey = IdempotencyKey.of(key != null ? key : "cli-" + java.util.UUID.randomUUID());
      } catch (IllegalArgumentException e) {
        throw CliException.badInput("--key: " + e.getMessage());
      }
      CreditPort.CreditAllocation a = Failures.orFail(
          credit.allocateCredit(CustomerId.of(customer), money, idempotencyKey), "allocating credit to " + customer);
      try (Rows rows = output.rows(out, "customer", "amount", "customer credit after")) {
        rows.row(a.customer().value(), a.amount(), a.customerCreditAfter());
      }
      return ExitCodes.OK;
    }
  }
}
