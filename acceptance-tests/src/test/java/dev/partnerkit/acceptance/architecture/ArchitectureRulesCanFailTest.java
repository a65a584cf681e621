package dev.partnerkit.acceptance.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proof that each architecture rule can fail: every rule is run on a fixture (under {@code fixture/}) that breaks it
 * on purpose, and must report the offending class.
 */
class ArchitectureRulesCanFailTest {

  private static final String FIXTURES = "dev.partnerkit.acceptance.architecture.fixture.";

  static Stream<Arguments> brokenFixtures() {
    return Stream.of(
        broken("layering", PartnerkitArchitecture::layering, "layering.domain.Model"),
        broken("layering", PartnerkitArchitecture::layering, "layering.adapter.tencent.TencentGateway"),
        broken("testkitused", PartnerkitArchitecture::layering, "testkitused.adapter.inmemory.FakeGateway"),
        broken("thirdparty", PartnerkitArchitecture::domainIsFreeOfThirdPartyTypes, "thirdparty.domain.Chatty"),
        broken("thirdparty", PartnerkitArchitecture::portsAreFreeOfThirdPartyTypes, "thirdparty.ports.Wire"),
        broken("surface", PartnerkitArchitecture::adaptersExposeOnlyTheirSurface, "surface.adapter.tencent.SignerHelper"),
        broken("cycles", PartnerkitArchitecture::noPackageCycles, "cycles.a.A"),
        broken("wallclock", PartnerkitArchitecture::noWallClockInTheDomain, "wallclock.domain.Stamp"),
        broken("wallclock", PartnerkitArchitecture::noWallClockInTheDomain, "wallclock.domain.Ids"),
        broken("independence", PartnerkitArchitecture::sandboxIsIndependent, "independence.sandbox.Emulator"),
        broken("independence", PartnerkitArchitecture::layering, "independence.sandbox.Emulator"),
        broken("streams", PartnerkitArchitecture::libraryUsesNoStandardStreamsOrJul, "streams.adapter.support.Printer"));
  }

  private static Arguments broken(String fixture, Function<PartnerkitArchitecture, ArchRule> rule, String offender) {
    return Arguments.of(fixture, rule, offender);
  }

  @ParameterizedTest(name = "{0} breaks the rule through {2}")
  @MethodSource("brokenFixtures")
  void each_rule_reports_the_fixture_that_breaks_it(
      String fixture, Function<PartnerkitArchitecture, ArchRule> rule, String offender) {
    JavaClasses classes = new ClassFileImporter().importPackages(FIXTURES + fixture);
    EvaluationResult result = rule.apply(new PartnerkitArchitecture(FIXTURES + fixture)).evaluate(classes);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains(FIXTURES + offender);
  }

  @ParameterizedTest(name = "the allowed surface of {0} passes")
  @MethodSource("allowedSurface")
  void the_surface_rule_accepts_a_gateway(String fixture) {
    JavaClasses classes = new ClassFileImporter().importClasses(
        dev.partnerkit.acceptance.architecture.fixture.surface.adapter.tencent.TencentGateway.class);
    EvaluationResult result =
        new PartnerkitArchitecture(FIXTURES + fixture).adaptersExposeOnlyTheirSurface().evaluate(classes);
    assertThat(result.hasViolation()).isFalse();
  }

  static Stream<String> allowedSurface() {
    return Stream.of("surface");
  }
}
