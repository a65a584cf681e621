package dev.partnerkit.cli;

import dev.partnerkit.adapter.postgres.PostgresClient;
import dev.partnerkit.adapter.support.FileWriteJournal;
import dev.partnerkit.adapter.support.WriteJournal;
import dev.partnerkit.adapter.support.JournalEntry;
import dev.partnerkit.ports.IdempotencyKey;
import io.vavr.control.Option;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code partnerkit journal unresolved | resolve}: the operator's view of the profile's write journal. A key whose
 * outcome the vendor cannot tell (a credit pool top-up whose answer was lost, an ambiguous allocation) stays
 * unresolved and is never repeated; after checking at the vendor, the operator marks it applied or not applied.
 */
@Command(name = "journal", mixinStandardHelpOptions = true,
    description = "The profile's write journal: keys whose outcome is unknown, and resolving them.",
    subcommands = {JournalCommand.Unresolved.class, JournalCommand.Resolve.class})
final class JournalCommand {

  private JournalCommand() {}

  @Command(name = "unresolved", mixinStandardHelpOptions = true,
      description = "Lists the keys whose outcome is not known (in flight or unknown), with their operation and "
          + "since when.")
  static final class Unresolved implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProfileOptions profileOptions;
    @Mixin OutputOptions output;

    @Override
    public Integer call() {
      Profile selected = profileOptions.selected();
      if (selected.postgresVariable().isPresent()) {
        throw CliException.badInput("profile '" + selected.name() + "' keeps its journal in the PostgreSQL database "
            + "named by postgres-url-env; list its unresolved keys there (table partnerkit_write_journal), then "
            + "resolve each with 'partnerkit journal resolve'");
      }
      try (FileWriteJournal journal = profileOptions.openJournal(selected)) {
        PrintWriter out = spec.commandLine().getOut();
        try (Rows rows = output.rows(out, "key", "operation", "state", "claimed at", "since")) {
          journal.unresolved().forEach(t -> rows.row(t._1.value(), t._2.operation(), t._2.state(),
              t._2.claimedAt(), t._2.since()));
        }
        return ExitCodes.OK;
      }
    }
  }

  @Command(name = "resolve", mixinStandardHelpOptions = true,
      description = "Marks an unresolved key applied (a retry then moves nothing) or not applied (a retry applies the "
          + "write), after you checked at the vendor.")
  static final class Resolve implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProfileOptions profileOptions;
    @Parameters(paramLabel = "KEY", description = "The idempotency key.") String key;
    @ArgGroup(multiplicity = "1") Decision decision;

    static final class Decision {
      @picocli.CommandLine.Option(names = "--applied", required = true,
          description = "The vendor applied the write.") boolean applied;
      @picocli.CommandLine.Option(names = "--not-applied", required = true,
          description = "The vendor did not apply the write.") boolean notApplied;
    }

    @Override
    public Integer call() {
      IdempotencyKey k;
      try {
        k = IdempotencyKey.of(key);
      } catch (IllegalArgumentException e) {
        throw CliException.badInput("KEY: " + e.getMessage());
      }
      Profile selected = profileOptions.selected();
      java.util.Optional<PostgresClient> postgres = Gateways.postgres(selected, profileOptions.environment());
      try (FileWriteJournal file = postgres.isPresent() ? null : profileOptions.openJournal(selected)) {
        WriteJournal journal = postgres.<WriteJournal>map(PostgresClient::writeJournal).orElse(file);
        Option<JournalEntry> before = journal.entry(k);
        PrintWriter out = spec.commandLine().getOut();
        if (before.isEmpty()) {
          throw CliException.badInput("the journal has no key " + key);
        }
        if (before.get().state() == JournalEntry.State.DONE) {
          out.println(key + " is done already (" + before.get().operation() + "); nothing changed");
          out.flush();
          return ExitCodes.OK;
        }
        journal.resolve(k, decision.applied, Instant.now());
        out.println(key + " (" + before.get().operation() + ") marked " + (decision.applied
            ? "applied: a retry with this key moves nothing" : "not applied: a retry with this key applies it"));
        out.flush();
        return ExitCodes.OK;
      }
    }
  }
}
