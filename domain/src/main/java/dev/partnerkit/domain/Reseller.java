package dev.partnerkit.domain;

import java.util.Objects;

/** A partner account of a cloud vendor: who it is and its role in the hierarchy. */
public record Reseller(ResellerId id, String name, ResellerRole role) {
  public Reseller {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
  }
}
