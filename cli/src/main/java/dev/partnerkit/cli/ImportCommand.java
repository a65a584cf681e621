package dev.partnerkit.cli;

import dev.partnerkit.adapter.support.FileWriteJournal;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code partnerkit import FILE}: onboards every customer of a file, resumably. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {
        "Creates the accounts of every customer in FILE: CSV with a header row of registration form field names, or "
            + "JSON lines (.jsonl) of the same fields.",
        "First every row is validated; if any is invalid, every violation of every row is reported (row, field, "
            + "message) and nothing is created, unless --skip-invalid. A customer twice in the file is invalid.",
        "Then the accounts are created at the vendor's published rate, with progress on stderr. FILE.journal records "
            + "every create before it is sent: after a crash, a kill or Ctrl-C, run the same command again; it "
            + "resumes, never creates an account twice and never loses an id.",
        "FILE.results.csv gets one line per row: row, outcome (CREATED, REPLAYED, RECONCILED, PENDING, INVALID, "
            + "FAILED), customer id, account name, error code, message. Exit code 1 if any row has no account.",
        "Tencent fields: " + RegistrationForms.TENCENT_FIELDS, "Huawei fields: " + RegistrationForms.HUAWEI_FIELDS})
final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ProfileOptions profileOptions;

  @Parameters(paramLabel = "FILE", description = "The registrations to import.") Path file;

  @Option(names = "--skip-invalid", description = "Creates the valid rows even when others are invalid.")
  boolean skipInvalid;

  @Option(names = "--dry-run", description = "Validates every row and creates nothing.")
  boolean dryRun;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "csv or jsonl (default: by the file name: .jsonl, .ndjson, .json are JSON lines, else CSV).")
  RegistrationFile.Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Profile profile = profileOptions.selected();
    RegistrationForms forms;
    try (Gateways.OpenGateway open = Gateways.open(profile, profileOptions.environment(), java.util.Optional.empty(),
        profileOptions.stateDirectory())) {
      forms = RegistrationForms.of(open);
    }
    RegistrationFile registrations =
        new RegistrationFile(file, format != null ? format : RegistrationFile.Format.of(file), forms);
    RowValidation.Result checked = RowValidation.of(registrations, forms, problem -> out.println(problem));
    out.flush();
    if (checked.rows() == 0) {
      throw CliException.badInput(file + " has a header but no rows");
    }
    if (!checked.invalidRows().isEmpty()) {
      int invalid = checked.invalidRows().size();
      String summary = invalid + " of " + count(checked.rows(), "row") + (invalid == 1 ? " is" : " are") + " invalid"
          + (checked.duplicates() > 0 ? " (" + count(checked.duplicates(), "duplicate customer") + ")" : "");
      if (!skipInvalid || dryRun) {
        throw CliException.badInput(summary + "; nothing was created. Fix " + (invalid == 1 ? "it" : "them")
            + ", or give --skip-invalid to create the valid rows only.");
      }
      err.println("partnerkit: " + summary + "; creating the " + count(checked.validRows(), "valid row")
          + " (--skip-invalid)");
    }
    if (dryRun) {
      out.println((checked.rows() == 1 ? "the 1 row is valid" : "all " + checked.rows() + " rows are valid")
          + "; nothing was created (--dry-run)");
      out.flush();
      return ExitCodes.OK;
    }
    return create(profile, registrations, forms, checked, out, err);
  }

  /** The outcomes in words, in the result file's order: {@code 3 created, 1 invalid, 2 failed}. */
  static String summary(Map<ResultFile.Outcome, Long> counts) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    for (ResultFile.Outcome outcome : ResultFile.Outcome.values()) {
      long n = counts.getOrDefault(outcome, 0L);
      if (n > 0) {
        parts.add(n + " " + outcome.name().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return parts.isEmpty() ? "no rows" : String.join(", ", parts);
  }

  /** {@code 1 row}, {@code 2 rows}. */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private int create(Profile profile, RegistrationFile registrations, RegistrationForms forms,
      RowValidation.Result checked, PrintWriter out, PrintWriter err) {
    Path journalFile = file.resolveSibling(file.getFileName() + ".journal");
    FileWriteJournal journal = Journals.open(journalFile, "another import of " + file);
    Progress progress = new Progress(err, Progress.onTerminal(), checked.validRows(), System::nanoTime);
    ImportRun run = new ImportRun(registrations, forms, checked.invalidRows(), progress);
    Map<ResultFile.Outcome, Long> counts;
    ResultFile results;
    Thread interrupted = new Thread(() -> {
      err.println();
      err.println("partnerkit: import interrupted; run the same command again to resume: rows done are replayed "
          + "from " + journalFile + ", none is created twice");
      err.flush();
    }, "import-interrupted");
    Runtime.getRuntime().addShutdownHook(interrupted);
    try (Gateways.OpenGateway open = profileOptions.open(profile, journal)) {
      results = ResultFile.next(file);
      try (results) {
        counts = run.run(open, results);
      }
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(interrupted);
      } catch (IllegalStateException alreadyShuttingDown) {
        // the hook runs and says how to resume
      }
    }
    out.println("import of " + file + " into " + profile.vendorLabel() + " (profile '" + profile.name() + "'): "
        + summary(counts) + "; results in " + results.path());
    long notCreated = run.notCreated();
    if (notCreated > 0) {
      out.println(count(notCreated, "row") + (notCreated == 1 ? " has" : " have") + " no account; see the result "
          + "file. Rows of unknown outcome are settled by running the same command again.");
    }
    out.flush();
    return notCreated > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }
}
