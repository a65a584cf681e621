package dev.partnerkit.sandbox.tencent;

import dev.partnerkit.sandbox.shared.Pages;
import java.util.List;

/**
 * Page (1-based) and PageSize as an action documents them: whether they are required, the default and largest page
 * size, and the code for a value out of range. {@link #slice} returns one page of a list.
 */
record Paging(int defaultSize, int maxSize, long maxPage, String errorCode) {

  /** Page size 1..{@code maxSize} (default 20 when optional), out-of-range values refused with InvalidParameterValue. */
  static Paging upTo(int maxSize) {
    return new Paging(Math.min(20, maxSize), maxSize, Long.MAX_VALUE, Codes.INVALID_PARAMETER_VALUE);
  }

  Paging withDefaultSize(int size) {
    return new Paging(size, maxSize, maxPage, errorCode);
  }

  Paging withMaxPage(long page) {
    return new Paging(defaultSize, maxSize, page, errorCode);
  }

  Paging refusedWith(String code) {
    return new Paging(defaultSize, maxSize, maxPage, code);
  }

  /** The page the request asks for, validated. */
  <T> List<T> slice(Params params, List<T> all) {
    long page = params.optLong("Page").orElse(1L);
    long size = params.optLong("PageSize").orElse((long) defaultSize);
    if (page < 1 || page > maxPage) {
      throw new TencentError(errorCode, "The parameter `Page` must be between 1 and " + maxPage + ".");
    }
    if (size < 1 || size > maxSize) {
      throw new TencentError(errorCode, "The parameter `PageSize` must be between 1 and " + maxSize + ".");
    }
    return Pages.page(all, page, size);
  }
}
