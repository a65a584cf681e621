package dev.partnerkit.cli;

import dev.partnerkit.domain.Customer;
import dev.partnerkit.domain.CustomerId;
import dev.partnerkit.domain.CustomerRegistration;
import dev.partnerkit.ports.CustomerCreated;
import dev.partnerkit.ports.IdempotencyKey;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code partnerkit customers create | show | list}. */
@Command(name = "customers", mixinStandardHelpOptions = true, description = "The partner's customers.",
    subcommands = {CustomersCommand.Create.class, CustomersCommand.Show.class, CustomersCommand.ListCustomers.class})
final class CustomersCommand {

  static final String[] COLUMNS = {"id", "account name", "name", "email", "phone", "association", "created"};

  static void print(Rows rows, Customer c) {
    rows.row(c.id().value(), c.accountName(), c.name(), c.email(), c.phone(), c.association(), c.createdAt());
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists every customer, all pages, as they come.")
  static final class ListCustomers extends ListingCommand {
    @Override
    int run(Gateways.OpenGateway open, PrintWriter out) {
      Rows rows = output.rows(out, COLUMNS);
      stream(open.gateway().customers(), rows, c -> print(rows, c), "listing customers");
      return ExitCodes.OK;
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows one customer.")
  static final class Show extends ListingCommand {
    @Parameters(paramLabel = "ID", description = "The customer's id at the vendor.") String id;

    @Override
    int run(Gateways.OpenGateway open, PrintWriter out) {
      Customer customer = Failures.orFail(open.gateway().findCustomer(CustomerId.of(id)), "looking up customer " + id)
          .getOrElseThrow(() -> new CliException(ExitCodes.SOME_FAILED, "no customer " + id + " at "
              + open.profile().vendorLabel()));
      try (Rows rows = output.rows(out, COLUMNS)) {
        print(rows, customer);
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "create", mixinStandardHelpOptions = true,
      description = {"Creates one customer's account from registration form fields (the same names as the columns "
          + "of 'import'). The password is read from an environment variable, never from the command line.",
          "Tencent fields: " + RegistrationForms.TENCENT_FIELDS, "Huawei fields: " + RegistrationForms.HUAWEI_FIELDS})
  static final class Create extends ListingCommand {
    @Option(names = {"-f", "--field"}, paramLabel = "NAME=VALUE", required = true,
        description = "A registration form field, e.g. -f mail=it@acme.example; repeat for each field.")
    Map<String, String> fields = new LinkedHashMap<>();

    @Option(names = "--password-env", paramLabel = "VARIABLE",
        description = "The environment variable holding the new account's password (also its confirmation).")
    String passwordVariable;

    @Option(names = "--key", paramLabel = "KEY",
        description = "The idempotency key (default: derived from the customer's identity, so a repeat never "
            + "creates a second account). Creates are journaled in journals/PROFILE.journal next to the config "
            + "file: the same key in a later run returns the first result.")
    String key;

    @Override
    boolean journaled() {
      return true;
    }

    @Override
    int run(Gateways.OpenGateway open, PrintWriter out) {
      Map<String, String> form = new LinkedHashMap<>(fields);
      for (String secret : RegistrationForms.PASSWORD_FIELDS) {
        if (form.containsKey(secret)) {
          throw CliException.badInput("give the password with --password-env VARIABLE, not as --field " + secret
              + " (the command line is visible to other users)");
        }
      }
      RegistrationForms forms = RegistrationForms.of(open);
      if (passwordVariable != null) {
        String password = profileOptions.environment().get(passwordVariable);
        if (password == null) {
          throw CliException.badInput("the environment variable named by --password-env "
              + (Shown.mayShow(passwordVariable) ? "(" + passwordVariable + ") "
                  : "(not shown: it looks like a password rather than a variable name; give the variable's name) ")
              + "is not set");
        }
        RegistrationForms.PASSWORD_FIELDS.stream().filter(forms.fieldNames()::contains)
            .forEach(f -> form.put(f, password));
      }
      java.util.List<String> unknown = forms.unknownFields(form.keySet());
      if (!unknown.isEmpty()) {
        throw CliException.badInput("unknown field(s) " + unknown + "; the " + open.profile().vendorLabel()
            + " registration form has " + forms.fieldNames());
      }
      var validated = forms.validate(form);
      if (validated.isInvalid()) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("the registration is invalid:");
        validated.getError().forEach(v -> err.println("  " + v));
        err.flush();
        return ExitCodes.BAD_USAGE;
      }
      CustomerRegistration registration = validated.get();
      IdempotencyKey idempotencyKey = key != null ? IdempotencyKey.of(key) : IdempotencyKeys.of(registration);
      CustomerCreated created = Failures.orFail(open.gateway().createCustomer(registration, idempotencyKey),
          "creating the customer");
      try (Rows rows = output.rows(out, "id", "account name", "association", "outcome", "idempotency key")) {
        rows.row(created.id().value(), created.accountName(), created.association(), created.provenance(),
            idempotencyKey.value());
      }
      return ExitCodes.OK;
    }
  }
}
