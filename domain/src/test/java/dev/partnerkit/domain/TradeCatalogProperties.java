package dev.partnerkit.domain;

import static dev.partnerkit.domain.DomainGen.assertWellFormed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.partnerkit.domain.DomainGen.CodeAndField;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** {@link TradeCategory#parse} (shape) and {@link TradeCatalog#check} (existence): the two-level industry rule. */
class TradeCatalogProperties {

  private static final int EXAMPLES = 400;

  @Test
  void any_pair_of_well_formed_ids_parses_and_round_trips() {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.tradeId(), DomainGen.tradeId(), Generate.booleans())
        .checkAssert(
            (first, second, padded) -> {
              String pad = padded ? " " : "";
              TradeCategory c = TradeCategory.parse(pad + first + pad, second).get();
              assertThat(c).isEqualTo(new TradeCategory(first, second));
              assertThat(TradeCategory.parse(c.firstLevel(), c.secondLevel()).get()).isEqualTo(c);
            });
  }

  @Test
  void both_ids_broken_give_two_violations_one_per_field() {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.malformedTradeId().mix(DomainGen.blank()), DomainGen.malformedTradeId().mix(DomainGen.blank()))
        .checkAssert(
            (first, second) -> {
              var result = TradeCategory.parse(first, second);
              assertThat(DomainGen.codesAndFields(result).stream().map(CodeAndField::field))
                  .containsExactlyInAnyOrder(TradeCategory.FIRST_FIELD, TradeCategory.SECOND_FIELD);
              assertThatThrownBy(() -> new TradeCategory(first, second)).isInstanceOf(IllegalArgumentException.class);
            });
  }

  @Test
  void every_pair_of_the_catalog_is_accepted() {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.catalogCase())
        .checkAssert(
            c -> {
              TradeCategory category = new TradeCategory(c.first(), c.second());
              assertThat(c.catalog().check(category).get()).isEqualTo(category);
              assertThat(TradeCategory.parse(c.first(), c.second(), c.catalog()).get()).isEqualTo(category);
            });
  }

  @Test
  void a_second_level_of_another_first_level_is_a_mismatch() {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.catalogCase())
        .assuming(a -> a.catalog().industries().size() > 1)
        .checkAssert(
            a -> {
              var industries = a.catalog().industries();
              var other = industries.find(i -> !i.id().equals(a.first())).get();
              String foreignChild = other.children().head().id();
              assertThat(DomainGen.codesAndFields(a.catalog().check(new TradeCategory(a.first(), foreignChild))))
                  .containsExactly(new CodeAndField(ViolationCode.TRADE_CATEGORY_MISMATCH, TradeCategory.SECOND_FIELD));
            });
  }

  @Test
  void a_first_level_outside_the_catalog_is_not_one_of_its_industries() {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.catalogCase(), DomainGen.tradeId())
        .assuming((c, id) -> c.catalog().industry(id).isEmpty())
        .checkAssert(
            (c, id) ->
                assertThat(DomainGen.codesAndFields(c.catalog().check(new TradeCategory(id, c.second()))))
                    .containsExactly(new CodeAndField(ViolationCode.NOT_ONE_OF, TradeCategory.FIRST_FIELD)));
  }

  @Test
  void any_strings_never_throw() {
    qt().withExamples(EXAMPLES)
        .forAll(DomainGen.anyString(), DomainGen.anyString(), DomainGen.catalog())
        .checkAssert(
            (first, second, catalog) ->
                assertThatCode(
                        () -> {
                          assertWellFormed(TradeCategory.parse(first, second));
                          assertWellFormed(TradeCategory.parse(first, second, catalog));
                        })
                    .doesNotThrowAnyException());
  }
}
