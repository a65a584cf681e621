package dev.partnerkit.acceptance.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Leaves out third-party code that a module carries relocated under its own package (the sandbox's Jetty, under
 * {@code dev.partnerkit.sandbox.internal}): not partnerkit's code, so not subject to partnerkit's rules.
 */
public final class LeaveOutRelocatedLibraries implements ImportOption {

  @Override
  public boolean includes(Location location) {
    return !location.contains("/dev/partnerkit/sandbox/internal/");
  }
}
