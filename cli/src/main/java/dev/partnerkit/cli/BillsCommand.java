package dev.partnerkit.cli;

import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.ports.BillingPort;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code partnerkit bills}, where the vendor has them. */
@Command(name = "bills", mixinStandardHelpOptions = true,
    description = "A customer's bill for a month: its lines, or with --summary its total.")
final class BillsCommand extends ListingCommand {
  @Option(names = "--customer", paramLabel = "ID", required = true) String customer;
  @Option(names = "--month", paramLabel = "YYYY-MM", required = true) String month;
  @Option(names = "--summary", description = "Prints the total only.") boolean summary;

  @Override
  int run(Gateways.OpenGateway open, PrintWriter out) {
    BillingPort bills = Capabilities.require(open, BillingPort.class, "bills");
    YearMonth yearMonth;
    try {
      yearMonth = YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw CliException.badInput("--month must be YYYY-MM, e.g. 2026-10");
    }
    CustomerId id = CustomerId.of(customer);
    if (summary) {
      BillingPort.BillSummary s = Failures.orFail(bills.billSummary(id, yearMonth), "reading the bill of " + customer);
      try (Rows rows = output.rows(out, "customer", "month", "total")) {
        rows.row(s.customer().value(), s.month(), s.total());
      }
    } else {
      Rows rows = output.rows(out, "product", "day", "amount");
      stream(bills.billLines(id, yearMonth), rows, l -> rows.row(l.product(), l.day(), l.amount()),
          "reading the bill lines of " + customer);
    }
    return ExitCodes.OK;
  }
}
