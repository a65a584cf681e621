package dev.partnerkit.acceptance.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture rules on partnerkit's production code. Test classes are left out ({@code DoNotIncludeTests});
 * jars are not, because in {@code verify} the sibling modules arrive as jars; third-party code relocated inside a
 * module's jar (the sandbox's Jetty) is.
 */
@AnalyzeClasses(
    packages = "dev.partnerkit",
    importOptions = {ImportOption.DoNotIncludeTests.class, LeaveOutRelocatedLibraries.class})
class ArchitectureRulesTest {

  private static final PartnerkitArchitecture RULES = new PartnerkitArchitecture("dev.partnerkit");

  @ArchTest static final ArchRule layering = RULES.layering();
  @ArchTest static final ArchRule domain_is_free_of_third_party_types = RULES.domainIsFreeOfThirdPartyTypes();
  @ArchTest static final ArchRule ports_are_free_of_third_party_types = RULES.portsAreFreeOfThirdPartyTypes();
  @ArchTest static final ArchRule adapters_expose_only_their_surface = RULES.adaptersExposeOnlyTheirSurface();
  @ArchTest static final ArchRule no_package_cycles = RULES.noPackageCycles();
  @ArchTest static final ArchRule sandbox_is_independent = RULES.sandboxIsIndependent();
  @ArchTest static final ArchRule no_wall_clock_in_the_domain = RULES.noWallClockInTheDomain();
  @ArchTest static final ArchRule library_uses_no_standard_streams_or_jul = RULES.libraryUsesNoStandardStreamsOrJul();
}
