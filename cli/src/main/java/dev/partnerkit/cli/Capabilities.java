package dev.partnerkit.cli;

import dev.partnerkit.ports.Capability;

/**
 * A capability port of the selected vendor, or a clear "this profile's vendor offers no such thing" in the command's
 * words (exit code 2).
 */
final class Capabilities {

  private Capabilities() {}

  static <P extends Capability> P require(Gateways.OpenGateway open, Class<P> port, String what) {
    return open.gateway().capability(port).getOrElseThrow(() -> CliException.badInput(
        "this profile's vendor, " + open.profile().vendorLabel() + " (profile '" + open.profile().name()
            + "'), offers no " + what));
  }
}
