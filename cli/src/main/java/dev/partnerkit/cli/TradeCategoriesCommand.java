package dev.partnerkit.cli;

import dev.partnerkit.domain.TradeCatalog;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code partnerkit trade-categories}. */
@Command(name = "trade-categories", mixinStandardHelpOptions = true,
    description = "The vendor's two-level industry catalog (Tencent; Huawei has none).")
final class TradeCategoriesCommand extends ListingCommand {
  @Override
  int run(Gateways.OpenGateway open, PrintWriter out) {
    TradeCatalog catalog = Failures.orFail(open.gateway().tradeCategories(), "reading the industry catalog");
    try (Rows rows = output.rows(out, "first level", "first level name", "second level", "second level name")) {
      for (TradeCatalog.Industry industry : catalog.industries()) {
        for (TradeCatalog.SubIndustry sub : industry.children()) {
          rows.row(industry.id(), industry.name(), sub.id(), sub.name());
        }
      }
    }
    return ExitCodes.OK;
  }
}
