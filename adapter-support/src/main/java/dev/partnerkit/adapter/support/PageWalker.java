package dev.partnerkit.adapter.support;

import dev.partnerkit.ports.GatewayException;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.Page;
import dev.partnerkit.ports.Paged;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Walks a vendor listing page by page, for both HTTP adapters: Tencent's {@code Page}/{@code PageSize} and Huawei's
 * {@code offset}/{@code limit} are the same walk once the adapter turns a page number into its request. Lazy: page
 * {@code n} is fetched only when {@link Paged} asks for it, and only one answer is held at a time.
 *
 * <p>A page says more may follow when it is not empty and, if the vendor reported a total, the pages so far could not
 * hold all of it ({@code n * pageSize < total}). Without a total, the walk ends at the first empty page.
 */
public final class PageWalker {

  private PageWalker() {}

  /**
   * A lazy listing over {@code fetchPage}.
   *
   * @param fetchPage fetches page {@code n} (1-based) with {@code pageSize} items asked for; how it is called (directly
   *     or through a rate limit and retries) and how a vendor failure becomes a {@link GatewayFailure} is up to it
   * @param pageSize the number of items asked for per page, at least 1
   * @param items the page's items in a response ({@code null} means none)
   * @param total the vendor's total number of items in a response; {@code null} when the vendor did not say (or the
   *     action has none)
   * @param <R> the vendor's response type
   * @param <T> the item type
   * @return the listing; each {@code stream()} or {@code forEach} walks it from the first page again
   * @throws IllegalArgumentException if {@code pageSize} is below 1
   */
  public static <R, T> Paged<T> walk(
      IntFunction<Either<GatewayFailure, R>> fetchPage,
      int pageSize,
      Function<? super R, ? extends Collection<? extends T>> items,
      Function<? super R, Long> total) {
    Objects.requireNonNull(fetchPage, "fetchPage");
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(total, "total");
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
    }
    return pageNumber -> fetchPage.apply(pageNumber).map(response -> {
      Collection<? extends T> found = items.apply(response);
      List<T> pageItems = found == null ? List.empty() : List.ofAll(found);
      Long count = total.apply(response);
      boolean more = !pageItems.isEmpty() && (count == null || (long) pageNumber * pageSize < count);
      return new Page<>(pageItems, more);
    });
  }

  /**
   * The first item of {@code listing} that matches, reading pages only until it is found (every page if none
   * matches), or the failure of the page that could not be read.
   *
   * @param listing the listing to search
   * @param match what is looked for
   * @param <T> the item type
   * @return the first match, if any
   */
  public static <T> Either<GatewayFailure, Option<T>> find(Paged<T> listing, Predicate<? super T> match) {
    try {
      return Either.right(Option.ofOptional(listing.stream().filter(match).findFirst()));
    } catch (GatewayException e) {
      return Either.left(e.failure());
    }
  }

  /**
   * Every item of {@code listing} that matches, all pages read, or the failure of the page that could not be read.
   *
   * @param listing the listing to read
   * @param keep what is kept
   * @param <T> the item type
   * @return the matches, in the listing's order
   */
  public static <T> Either<GatewayFailure, List<T>> filter(Paged<T> listing, Predicate<? super T> keep) {
    java.util.List<T> kept = new ArrayList<>();
    return listing.forEach(item -> {
      if (keep.test(item)) {
        kept.add(item);
      }
    }).map(read -> List.ofAll(kept));
  }

  /**
   * The listing of nothing, for what the vendor cannot know (e.g. an id that is not one of its ids): nothing is sent.
   *
   * @param <T> the item type
   * @return a listing with one empty page
   */
  public static <T> Paged<T> none() {
    return pageNumber -> Either.right(new Page<>(List.empty(), false));
  }
}
