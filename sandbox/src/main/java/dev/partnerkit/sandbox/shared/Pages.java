package dev.partnerkit.sandbox.shared;

import java.util.List;

/**
 * One page of a list, as every door's paging answers it once the vendor's own parameters are checked (Tencent's
 * 1-based Page and PageSize, Huawei's 0-based offset and limit): never an overflow, a page past the end is empty.
 */
public final class Pages {

  private Pages() {}

  /**
   * The items from index {@code first} (0-based), at most {@code size} of them; empty when {@code first} is past the
   * end. A copy, safe to keep after the list changes.
   *
   * @throws IllegalArgumentException when {@code first} is negative or {@code size} below 1
   */
  public static <T> List<T> slice(List<T> all, long first, long size) {
    if (first < 0 || size < 1) {
      throw new IllegalArgumentException("first must be >= 0 and size >= 1");
    }
    if (first >= all.size()) {
      return List.of();
    }
    int from = (int) first;
    return List.copyOf(all.subList(from, (int) Math.min(all.size(), from + size)));
  }

  /**
   * Page {@code page} (1-based) of {@code size} items; empty past the last page. {@code (page - 1) * size} is never
   * computed when it would not fit.
   */
  public static <T> List<T> page(List<T> all, long page, long size) {
    if (page < 1 || size < 1) {
      throw new IllegalArgumentException("page and size must be >= 1");
    }
    if (page - 1 >= (all.size() + size - 1) / size) {
      return List.of();
    }
    return slice(all, (page - 1) * size, size);
  }
}
