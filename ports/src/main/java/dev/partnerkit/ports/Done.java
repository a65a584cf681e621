package dev.partnerkit.ports;

/** The result of a call that succeeds with nothing to return. */
public enum Done {
  DONE
}
