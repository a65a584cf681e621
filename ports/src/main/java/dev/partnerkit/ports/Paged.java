package dev.partnerkit.ports;

import io.vavr.control.Either;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A listing that a vendor returns in pages, read lazily: only the current page is held in memory, and the next one
 * is fetched when the consumer reaches the end of it. Each call to {@link #stream()} or {@link #forEach} starts from
 * the first page again.
 */
@FunctionalInterface
public interface Paged<T> {

  /** Fetches one page. {@code pageNumber} starts at 1. */
  Either<GatewayFailure, Page<T>> fetch(int pageNumber);

  /**
   * All items, lazily. A page that cannot be fetched ends the stream with a {@link GatewayException} carrying the
   * {@link GatewayFailure}.
   */
  default Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(new PageIterator<>(this), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** Gives every item to {@code action}; the number of items on success, or why a page could not be fetched. */
  default Either<GatewayFailure, Long> forEach(Consumer<? super T> action) {
    long count = 0;
    for (int pageNumber = 1; ; pageNumber++) {
      Either<GatewayFailure, Page<T>> page = fetch(pageNumber);
      if (page.isLeft()) {
        return Either.left(page.getLeft());
      }
      for (T item : page.get().items()) {
        action.accept(item);
        count++;
      }
      if (!page.get().hasMore() || page.get().items().isEmpty()) {
        return Either.right(count);
      }
    }
  }

  /**
   * The same listing with every item passed through {@code mapper}, page by page: still lazy, still one page at a
   * time; a failed page stays a failure.
   *
   * @param mapper turns one item into another, not null
   * @return the mapped listing
   */
  default <U> Paged<U> map(java.util.function.Function<? super T, ? extends U> mapper) {
    java.util.Objects.requireNonNull(mapper, "mapper");
    return pageNumber -> fetch(pageNumber).map(page -> new Page<U>(page.items().map(mapper), page.hasMore()));
  }

  /** All items in one list; for listings known to be small. */
  default Either<GatewayFailure, io.vavr.collection.List<T>> toList() {
    java.util.List<T> items = new java.util.ArrayList<>();
    return forEach(items::add).map(n -> io.vavr.collection.List.ofAll(items));
  }

  /** Walks pages on demand; holds one page at a time. */
  final class PageIterator<T> implements Iterator<T> {
    private final Paged<T> source;
    private Iterator<T> current = java.util.Collections.emptyIterator();
    private int nextPage = 1;
    private boolean more = true;

    PageIterator(Paged<T> source) {
      this.source = source;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && more) {
        Either<GatewayFailure, Page<T>> page = source.fetch(nextPage++);
        if (page.isLeft()) {
          more = false;
          throw new GatewayException(page.getLeft());
        }
        more = page.get().hasMore() && !page.get().items().isEmpty();
        current = page.get().items().iterator();
      }
      return current.hasNext();
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }
  }
}
