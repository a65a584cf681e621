package dev.partnerkit.ports;

import io.vavr.collection.Seq;
import java.util.Objects;

/** One page of a listing, as an adapter fetched it: its items and whether a next page may exist. */
public record Page<T>(Seq<T> items, boolean hasMore) {
  public Page {
    Objects.requireNonNull(items, "items");
  }
}
