package dev.partnerkit.acceptance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.Set;

/**
 * partnerkit's architecture rules, written against a root package so that the same rules run on the real code
 * ({@code dev.partnerkit}) and on fixtures that break them on purpose (proof that each rule can fail).
 */
final class PartnerkitArchitecture {

  /** Public types of an adapter package that are its intended surface, beyond the naming pattern below. */
  static final Set<String> ADAPTER_SURFACE_EXTRAS = Set.of("Fault", "Faults", "Operation");

  /** Names an adapter's public surface may have: its gateway, the gateway's builder/config, credentials, client. */
  static final String ADAPTER_SURFACE_NAMES =
      ".*(Gateway|GatewayBuilder|Config|Credentials|CredentialsProvider|Client|CallFailure|Action)";

  private final String root;

  PartnerkitArchitecture(String root) {
    this.root = root;
  }

  /**
   * Who may use whom: domain <- ports <- adapter-support <- HTTP adapters and the PostgreSQL adapter (shared state for
   * several instances); adapters and the sandbox only by the CLI and the testkit (the contract suite, its sandbox
   * targets and JUnit extension); nothing published uses the testkit.
   */
  ArchRule layering() {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .withOptionalLayers(true)
        .layer("Domain").definedBy(root + ".domain..")
        .layer("Ports").definedBy(root + ".ports..")
        .layer("AdapterSupport").definedBy(root + ".adapter.support..")
        .layer("TencentAdapter").definedBy(root + ".adapter.tencent..")
        .layer("HuaweiAdapter").definedBy(root + ".adapter.huawei..")
        .layer("InMemoryAdapter").definedBy(root + ".adapter.inmemory..")
        .layer("PostgresAdapter").definedBy(root + ".adapter.postgres..")
        .layer("Sandbox").definedBy(root + ".sandbox..")
        .layer("Cli").definedBy(root + ".cli..")
        .layer("Testkit").definedBy(root + ".testkit..")
        .whereLayer("Domain").mayOnlyBeAccessedByLayers(
            "Ports", "AdapterSupport", "TencentAdapter", "HuaweiAdapter", "InMemoryAdapter", "PostgresAdapter", "Cli", "Testkit")
        .whereLayer("Ports").mayOnlyBeAccessedByLayers(
            "AdapterSupport", "TencentAdapter", "HuaweiAdapter", "InMemoryAdapter", "PostgresAdapter", "Cli", "Testkit")
        .whereLayer("AdapterSupport").mayOnlyBeAccessedByLayers(
            "TencentAdapter", "HuaweiAdapter", "PostgresAdapter", "Cli", "Testkit")
        .whereLayer("TencentAdapter").mayOnlyBeAccessedByLayers("Cli", "Testkit")
        .whereLayer("HuaweiAdapter").mayOnlyBeAccessedByLayers("Cli", "Testkit")
        .whereLayer("InMemoryAdapter").mayOnlyBeAccessedByLayers("Cli")
        .whereLayer("PostgresAdapter").mayOnlyBeAccessedByLayers("Cli")
        .whereLayer("Sandbox").mayOnlyBeAccessedByLayers("Cli", "Testkit")
        .whereLayer("Sandbox").mayNotAccessAnyLayer()
        .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("Testkit").mayNotBeAccessedByAnyLayer()
        .as("layers: domain <- ports <- adapter-support <- adapters; adapters and sandbox used only by the CLI and the"
            + " testkit; nothing uses the CLI or the testkit");
  }

  /**
   * The sandbox emulates the vendors from their spec and seed pages in its own code: it uses no partnerkit type
   * (domain, ports, adapters), so that a rule partnerkit misreads is not misread identically by its test double.
   */
  ArchRule sandboxIsIndependent() {
    return noClasses().that().resideInAPackage(root + ".sandbox..")
        .should().dependOnClassesThat().resideInAnyPackage(root + ".domain..", root + ".ports..", root + ".adapter..")
        .as("the sandbox depends on no partnerkit domain, port or adapter");
  }

  /** The domain depends on the JDK, vavr and libphonenumber's data only. */
  ArchRule domainIsFreeOfThirdPartyTypes() {
    return classes().that().resideInAPackage(root + ".domain..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "java..", "io.vavr..", "com.google.i18n.phonenumbers..", "", root + ".domain..")
        .as("the domain depends only on the JDK, vavr and libphonenumber");
  }

  /** The ports add only the domain to that list. */
  ArchRule portsAreFreeOfThirdPartyTypes() {
    return classes().that().resideInAPackage(root + ".ports..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "java..", "io.vavr..", "", root + ".domain..", root + ".ports..")
        .as("the ports depend only on the JDK, vavr and the domain");
  }

  /** An adapter's public types are its gateway, builder/config, credentials, typed client and wire DTOs ({@code api}). */
  ArchRule adaptersExposeOnlyTheirSurface() {
    return classes().that().resideInAPackage(root + ".adapter..")
        .and().resideOutsideOfPackages(root + ".adapter.support..", root + ".adapter..api..")
        .and().areTopLevelClasses()
        .and().haveModifier(JavaModifier.PUBLIC)
        .should(DescribedPredicateCondition.holds(
            new DescribedPredicate<JavaClass>("named as an adapter's public surface") {
              @Override
              public boolean test(JavaClass c) {
                return c.getSimpleName().matches(ADAPTER_SURFACE_NAMES) || ADAPTER_SURFACE_EXTRAS.contains(c.getSimpleName());
              }
            }))
        .as("adapters expose only their gateway, builder/config, credentials, client and api package");
  }

  /** No cycles between packages. */
  ArchRule noPackageCycles() {
    return slices().matching(root + ".(**)").should().beFreeOfCycles().as("no package cycles");
  }

  /** The domain never reads the wall clock or makes randomness: time and ids are passed in. */
  ArchRule noWallClockInTheDomain() {
    return noClasses().that().resideInAPackage(root + ".domain..")
        .should().callMethodWhere(new DescribedPredicate<JavaMethodCall>("read the wall clock or make randomness") {
          @Override
          public boolean test(JavaMethodCall call) {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            return (name.equals("now") && owner.startsWith("java.time."))
                || (owner.equals("java.time.Clock") && name.startsWith("system"))
                || (owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime")))
                || (owner.equals("java.util.UUID") && name.equals("randomUUID"))
                || (owner.equals("java.lang.Math") && name.equals("random"));
          }
        })
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.security.SecureRandom")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
        .as("no wall clock and no randomness in the domain");
  }

  /** The library logs through SLF4J only and never writes to standard streams (the CLI may). */
  ArchRule libraryUsesNoStandardStreamsOrJul() {
    return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".cli..")
        .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
        .orShould(GeneralCodingRules.USE_JAVA_UTIL_LOGGING)
        .as("the library writes no standard streams and uses no java.util.logging");
  }
}
