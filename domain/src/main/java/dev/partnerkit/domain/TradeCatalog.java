package dev.partnerkit.domain;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * The vendor's industry hierarchy (Tencent GetTradeConfigList): first-level industries, each with its second-level
 * children. The one place that decides whether a {@link TradeCategory} pair exists.
 */
public final class TradeCatalog {

  /** A first-level industry and its children. */
  public record Industry(String id, String name, Seq<SubIndustry> children) {
    public Industry {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(children, "children");
    }
  }

  /** A second-level industry. */
  public record SubIndustry(String id, String name) {
    public SubIndustry {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
    }
  }

  private final Map<String, Industry> industries;

  private TradeCatalog(Seq<Industry> industries) {
    this.industries = LinkedHashMap.ofEntries(industries.map(i -> io.vavr.Tuple.of(i.id(), i)));
  }

  /** A catalog of these industries. */
  public static TradeCatalog of(Seq<Industry> industries) {
    return new TradeCatalog(industries);
  }

  /** The first-level industries, in the vendor's order. */
  public Seq<Industry> industries() {
    return industries.values().toList();
  }

  /** The first-level industry with this id. */
  public Option<Industry> industry(String id) {
    return industries.get(id);
  }

  /** Valid when the pair exists: the first level is known and the second level is one of its children. */
  public Validation<Seq<Violation>, TradeCategory> check(TradeCategory category) {
    Option<Industry> first = industries.get(category.firstLevel());
    if (first.isEmpty()) {
      return Validation.invalid(
          List.of(
              Violation.of(
                  ViolationCode.NOT_ONE_OF,
                  TradeCategory.FIRST_FIELD,
                  "is not a first-level industry of the vendor's catalog")));
    }
    if (first.get().children().forAll(c -> !c.id().equals(category.secondLevel()))) {
      return Validation.invalid(
          List.of(
              Violation.of(
                  ViolationCode.TRADE_CATEGORY_MISMATCH,
                  TradeCategory.SECOND_FIELD,
                  "is not a second-level industry of " + category.firstLevel())));
    }
    return Validation.valid(category);
  }

  @Override
  public String toString() {
    return "TradeCatalog" + industries.keySet().mkString("[", ", ", "]");
  }
}
