package dev.partnerkit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/** The two-level industry hierarchy by example, with the seed's kghy_01 / kghy_0101. */
class TradeCatalogTest {

  static final TradeCatalog CATALOG = TencentRegistrationTest.CATALOG;

  @Test
  void the_seed_pair_exists_and_the_catalog_keeps_the_vendor_order() {
    assertThat(CATALOG.check(new TradeCategory("kghy_01", "kghy_0101")).isValid()).isTrue();
    assertThat(CATALOG.industries().map(TradeCatalog.Industry::id)).containsExactly("kghy_01", "kghy_02");
    assertThat(CATALOG.industry("kghy_02").get().children().map(TradeCatalog.SubIndustry::id)).containsExactly("kghy_0201");
    assertThat(CATALOG.industry("kghy_03").isEmpty()).isTrue();
  }

  @Test
  void a_second_level_must_be_a_child_of_its_first_level() {
    var v = CATALOG.check(new TradeCategory("kghy_01", "kghy_0201"));
    assertThat(v.getError().map(x -> tuple(x.code(), x.field())))
        .containsExactly(tuple(ViolationCode.TRADE_CATEGORY_MISMATCH, "tradeCategory.secondLevel"));
    assertThat(v.getError().head().message()).isEqualTo("is not a second-level industry of kghy_01");
  }

  @Test
  void an_unknown_first_level_is_not_one_of_the_catalog() {
    assertThat(CATALOG.check(new TradeCategory("kghy_99", "kghy_9901")).getError().map(x -> tuple(x.code(), x.field())))
        .containsExactly(tuple(ViolationCode.NOT_ONE_OF, "tradeCategory.firstLevel"));
  }

  @Test
  void parse_checks_the_shape_before_the_catalog() {
    var bothBad = TradeCategory.parse("kghy-01", " ", CATALOG);
    assertThat(bothBad.getError().map(x -> tuple(x.code(), x.field())))
        .containsExactly(
            tuple(ViolationCode.FORMAT, "tradeCategory.firstLevel"), tuple(ViolationCode.REQUIRED, "tradeCategory.secondLevel"));
    assertThat(TradeCategory.parse(" kghy_01 ", "kghy_0102", CATALOG).get()).isEqualTo(new TradeCategory("kghy_01", "kghy_0102"));
    assertThat(new TradeCategory("kghy_01", "kghy_0101").toString()).isEqualTo("kghy_01/kghy_0101");
    assertThat(TradeCatalog.of(List.empty()).check(new TradeCategory("a", "b")).isInvalid()).isTrue();
  }
}
