package dev.partnerkit.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.ports.GatewayException;
import dev.partnerkit.ports.GatewayFailure;
import dev.partnerkit.ports.Paged;
import dev.partnerkit.ports.VendorTrace;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The shared walk, against a fake that generates pages on demand and counts what it was asked for. */
class PageWalkerTest {

  /** A vendor answer: some items and, maybe, a total. */
  record Answer(List<Integer> items, Long total) {}

  /** Serves {@code size} items, {@code pageSize} a page; records every page number asked for. */
  static final class FakeListing {
    final int size;
    final boolean reportsTotal;
    final List<Integer> asked = new ArrayList<>();
    int failOnPage = -1;

    FakeListing(int size, boolean reportsTotal) {
      this.size = size;
      this.reportsTotal = reportsTotal;
    }

    Either<GatewayFailure, Answer> page(int pageNumber, int pageSize) {
      asked.add(pageNumber);
      if (pageNumber == failOnPage) {
        return Either.left(new GatewayFailure.Unavailable(VendorTrace.local("fake", "down", "page " + pageNumber)));
      }
      int from = (pageNumber - 1) * pageSize;
      List<Integer> items =
          IntStream.range(Math.min(from, size), Math.min(from + pageSize, size)).boxed().toList();
      return Either.right(new Answer(items, reportsTotal ? (long) size : null));
    }

    Paged<Integer> paged(int pageSize) {
      return PageWalker.walk(n -> page(n, pageSize), pageSize, Answer::items, Answer::total);
    }
  }

  @Test
  void three_pages_are_fetched_one_at_a_time_as_the_consumer_gets_there() {
    FakeListing vendor = new FakeListing(7, true);
    Iterator<Integer> items = vendor.paged(3).stream().iterator();

    assertThat(vendor.asked).isEmpty();
    assertThat(items.next()).isEqualTo(0);
    assertThat(vendor.asked).containsExactly(1);
    items.next();
    items.next();
    assertThat(vendor.asked).as("page 2 waits until page 1 is consumed").containsExactly(1);
    assertThat(items.next()).isEqualTo(3);
    assertThat(vendor.asked).containsExactly(1, 2);
    List<Integer> rest = new ArrayList<>();
    items.forEachRemaining(rest::add);
    assertThat(rest).containsExactly(4, 5, 6);
    assertThat(vendor.asked).as("stops at the total: no empty fourth page").containsExactly(1, 2, 3);
  }

  @Test
  void an_exact_multiple_of_the_page_size_stops_at_the_total_without_asking_for_an_empty_page() {
    FakeListing vendor = new FakeListing(6, true);
    assertThat(vendor.paged(3).forEach(i -> { })).isEqualTo(Either.right(6L));
    assertThat(vendor.asked).containsExactly(1, 2);
  }

  @Test
  void without_a_total_the_walk_ends_at_the_first_empty_page() {
    FakeListing vendor = new FakeListing(6, false);
    assertThat(vendor.paged(3).stream().toList()).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(vendor.asked).containsExactly(1, 2, 3);
  }

  @Test
  void an_empty_listing_is_one_request() {
    FakeListing vendor = new FakeListing(0, true);
    assertThat(vendor.paged(10).stream().count()).isZero();
    assertThat(vendor.asked).containsExactly(1);
  }

  @Test
  void a_failing_page_ends_stream_with_the_failure_and_for_each_returns_it() {
    FakeListing vendor = new FakeListing(9, true);
    vendor.failOnPage = 2;
    List<Integer> seen = new ArrayList<>();

    assertThatThrownBy(() -> vendor.paged(3).stream().forEach(seen::add))
        .isInstanceOf(GatewayException.class)
        .satisfies(e -> assertThat(((GatewayException) e).failure()).isInstanceOf(GatewayFailure.Unavailable.class));
    assertThat(seen).containsExactly(0, 1, 2);

    Either<GatewayFailure, Long> result = vendor.paged(3).forEach(i -> { });
    assertThat(result.isLeft()).isTrue();
    assertThat(result.getLeft().trace().code()).isEqualTo("down");
    assertThat(vendor.asked).containsExactly(1, 2, 1, 2);
  }

  @Test
  void fifty_thousand_generated_items_stream_through_one_page_at_a_time() {
    FakeListing vendor = new FakeListing(50_000, true);
    AtomicLong sum = new AtomicLong();

    long count = vendor.paged(100).stream().mapToLong(i -> {
      sum.addAndGet(i);
      return 1;
    }).sum();

    assertThat(count).isEqualTo(50_000);
    assertThat(sum.get()).isEqualTo(50_000L * 49_999 / 2);
    assertThat(vendor.asked).hasSize(500);
  }

  @Test
  void map_keeps_the_walk_lazy_and_the_failures() {
    FakeListing vendor = new FakeListing(5, true);
    assertThat(vendor.paged(2).map(i -> "#" + i).stream().toList()).containsExactly("#0", "#1", "#2", "#3", "#4");
    vendor.failOnPage = 1;
    assertThat(vendor.paged(2).map(i -> "#" + i).forEach(s -> { }).isLeft()).isTrue();
  }

  @Test
  void a_page_size_below_one_is_refused() {
    FakeListing vendor = new FakeListing(5, true);
    assertThatThrownBy(() -> vendor.paged(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void find_reads_pages_only_until_the_first_match() {
    FakeListing vendor = new FakeListing(10, true);

    assertThat(PageWalker.find(vendor.paged(3), i -> i >= 4).get()).contains(4);
    assertThat(vendor.asked).containsExactly(1, 2);
    assertThat(PageWalker.find(new FakeListing(10, true).paged(3), i -> i > 99).get()).isEmpty();
  }

  @Test
  void find_and_filter_answer_the_failure_of_a_page_that_could_not_be_read() {
    FakeListing vendor = new FakeListing(10, true);
    vendor.failOnPage = 2;

    assertThat(PageWalker.find(vendor.paged(3), i -> i > 99).getLeft().trace().code()).isEqualTo("down");
    assertThat(PageWalker.filter(vendor.paged(3), i -> true).getLeft().trace().code()).isEqualTo("down");
  }

  @Test
  void filter_reads_every_page_and_keeps_the_matches_in_order() {
    FakeListing vendor = new FakeListing(10, true);

    assertThat(PageWalker.filter(vendor.paged(3), i -> i % 3 == 0).get()).containsExactly(0, 3, 6, 9);
    assertThat(vendor.asked).containsExactly(1, 2, 3, 4);
  }

  @Test
  void none_is_one_empty_page() {
    Paged<Integer> none = PageWalker.none();

    assertThat(none.stream()).isEmpty();
    assertThat(none.fetch(1).get().hasMore()).isFalse();
  }
}
