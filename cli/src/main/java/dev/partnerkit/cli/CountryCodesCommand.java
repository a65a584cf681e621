package dev.partnerkit.cli;

import dev.partnerkit.ports.CountryCallingCode;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code partnerkit country-codes}. */
@Command(name = "country-codes", mixinStandardHelpOptions = true,
    description = "The countries and regions the vendor accepts, with their calling codes.")
final class CountryCodesCommand extends ListingCommand {
  @Override
  int run(Gateways.OpenGateway open, PrintWriter out) {
    var codes = Failures.orFail(open.gateway().countryCodes(), "reading the country codes");
    try (Rows rows = output.rows(out, "area", "calling code", "name")) {
      for (CountryCallingCode c : codes) {
        rows.row(c.area().code(), c.callingCode().wire(), c.englishName());
      }
    }
    return ExitCodes.OK;
  }
}
