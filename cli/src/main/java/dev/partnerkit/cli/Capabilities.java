package dev.partnerkit.cli;

import dev.partnerkit.ports.Capability;

/** A capability port of the selected vendor, or a clear "this vendor has no such thing" (exit code 2). */
final class Capabilities {

  private Capabilities() {}

  static <P extends Capability> P require(Gateways.OpenGateway open, Class<P> port, String what) {
    return open.gateway().capability(port).getOrElseThrow(() -> CliException.badInput(
        open.profile().vendorLabel() + " (profile '" + open.profile().name() + "') has no " + what + " ("
            + port.getSimpleName() + " is not offered by this vendor)"));
  }
}
