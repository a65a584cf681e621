package dev.partnerkit.adapter.tencent;

import dev.partnerkit.adapter.support.WireJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.adapter.support.PageWalker;
import dev.partnerkit.adapter.tencent.api.IntlPartnersAction;
import dev.partnerkit.ports.Paged;
import io.vavr.control.Either;
import java.util.Collection;
import java.util.function.Function;

/** The one walk behind every {@code ...Pages} method of the generated {@link IntlPartnersClient}. */
final class PageListings {

  private PageListings() {}

  /**
   * {@code filter}'s fields plus {@code Page} and {@code PageSize}, each page fetched by {@code fetch} (a call of the
   * client through its pipeline), its failure translated, the items and total read from each answer by {@link
   * PageWalker}.
   */
  static <R, T> Paged<T> walk(IntlPartnersAction action, Object filter, int pageSize,
      Function<ObjectNode, Either<TencentCallFailure, R>> fetch, Function<R, ? extends Collection<? extends T>> items,
      Function<R, Long> total) {
    if (!action.paged()) {
      throw new IllegalStateException(action.wireName() + " does not page");
    }
    if (pageSize < 1 || pageSize > action.maxPageSize()) {
      throw new IllegalArgumentException(
          action.wireName() + " pageSize must be 1 to " + action.maxPageSize() + ", was " + pageSize);
    }
    ObjectNode fields = filter == null ? WireJson.MAPPER.createObjectNode() : WireJson.MAPPER.valueToTree(filter);
    return PageWalker.walk(page -> {
      ObjectNode request = fields.deepCopy();
      request.put("Page", (long) page);
      request.put("PageSize", (long) pageSize);
      return fetch.apply(request).mapLeft(TencentFailures::toGateway);
    }, pageSize, items, total);
  }

  /** DescribeCustomerUin reports its total as a string; anything but a number counts as no total. */
  static Long totalOf(String total) {
    if (total == null) {
      return null;
    }
    try {
      return Long.parseLong(total.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
