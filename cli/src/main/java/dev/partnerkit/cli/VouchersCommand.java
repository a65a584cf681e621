package dev.partnerkit.cli;

import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.ports.VoucherPort;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code partnerkit vouchers}, where the vendor has them. */
@Command(name = "vouchers", mixinStandardHelpOptions = true, description = "The vouchers issued to a customer.")
final class VouchersCommand extends ListingCommand {
  @Option(names = "--customer", paramLabel = "ID", required = true) String customer;

  @Override
  int run(Gateways.OpenGateway open, PrintWriter out) {
    VoucherPort vouchers = Capabilities.require(open, VoucherPort.class, "vouchers");
    Rows rows = output.rows(out, "id", "customer", "face value", "balance", "expires");
    stream(vouchers.vouchers(CustomerId.of(customer)), rows,
        v -> rows.row(v.id(), v.customer().value(), v.faceValue(), v.balance(), v.expiresAt()),
        "reading the vouchers of " + customer);
    return ExitCodes.OK;
  }
}
