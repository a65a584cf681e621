package dev.partnerkit.cli;

import dev.partnerkit.domain.CallingCode;
import dev.partnerkit.domain.Email;
import dev.partnerkit.domain.PhoneNumber;
import dev.partnerkit.ports.VerificationTarget;
import java.io.PrintWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code partnerkit verification-code send}. */
@Command(name = "verification-code", mixinStandardHelpOptions = true,
    description = "Registration verification codes.", subcommands = VerificationCodeCommand.Send.class)
final class VerificationCodeCommand {

  @Command(name = "send", mixinStandardHelpOptions = true,
      description = "Asks the vendor to send a registration code to a phone (Tencent, Huawei China) or an email "
          + "address (Huawei International). The code goes to the customer; it is never printed.")
  static final class Send extends GatewayCommand {

    @ArgGroup(exclusive = true, multiplicity = "1") Target target;

    static final class Target {
      @ArgGroup(exclusive = false) Phone phone;
      @Option(names = "--mail", paramLabel = "EMAIL", required = true) String mail;
    }

    static final class Phone {
      @Option(names = "--phone", paramLabel = "NUMBER", required = true, description = "Digits, without the calling code.")
      String number;
      @Option(names = "--calling-code", paramLabel = "CODE", required = true, description = "E.g. 852.")
      String callingCode;
    }

    @Override
    int run(Gateways.OpenGateway open, PrintWriter out) {
      VerificationTarget to = target.mail != null
          ? VerificationTarget.mail(Inputs.valid(Email.parse(target.mail), "--mail"))
          : VerificationTarget.phone(Inputs.valid(CallingCode.parse(target.phone.callingCode), "--calling-code"),
              Inputs.valid(PhoneNumber.parse(target.phone.number), "--phone"));
      Failures.orFail(open.gateway().sendVerificationCode(to), "sending the verification code");
      out.println("verification code sent to " + (target.mail != null ? target.mail
          : "+" + target.phone.callingCode.replace("+", "") + " " + target.phone.number));
      out.flush();
      return ExitCodes.OK;
    }
  }
}
