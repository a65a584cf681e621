package dev.partnerkit.codegen;

import dev.partnerkit.codegen.WireModel.Operation;
import java.util.List;

/** The Java source of a vendor's operation catalog: one enum constant per operation, with its facts. */
final class CatalogWriter {

  private CatalogWriter() {}

  static String tencent(String pkg, String name, List<Operation> operations, String source) {
    StringBuilder out = new StringBuilder(RecordWriter.header(source));
    out.append("package ").append(pkg).append(";\n\n");
    out.append("""
        import dev.partnerkit.adapter.support.OperationClass;
        import dev.partnerkit.adapter.support.VendorOperation;
        import io.vavr.collection.Stream;
        import io.vavr.control.Option;

        /**
         * The %d intlpartnersmgt 2022-09-28 actions, as the spec's actions table describes them: wire name, category,
         * published rate limit (requests per second), whether and how far it pages with {@code Page}/{@code PageSize},
         * and its idempotency class. Rate-limit overrides and the typed client name actions by these constants.
         */
        """.formatted(operations.size()));
    out.append(RecordWriter.generatedAnnotation(source));
    out.append("public enum ").append(name).append(" implements VendorOperation {\n");
    for (int i = 0; i < operations.size(); i++) {
      Operation o = operations.get(i);
      out.append("  /** {@code ").append(o.wireName()).append("} (").append(o.category()).append("). */\n");
      out.append("  ").append(o.constant()).append("(\"").append(o.wireName()).append("\", \"").append(o.category())
          .append("\", ").append(o.ratePerSecond()).append(", ").append(o.paged()).append(", ")
          .append(o.maxPageSize()).append(", OperationClass.").append(o.operationClass()).append(")")
          .append(i == operations.size() - 1 ? ";\n" : ",\n");
    }
    out.append("""

          private final String wireName;
          private final String category;
          private final int ratePerSecond;
          private final boolean paged;
          private final int maxPageSize;
          private final OperationClass operationClass;

          %s(String wireName, String category, int ratePerSecond, boolean paged, int maxPageSize,
              OperationClass operationClass) {
            this.wireName = wireName;
            this.category = category;
            this.ratePerSecond = ratePerSecond;
            this.paged = paged;
            this.maxPageSize = maxPageSize;
            this.operationClass = operationClass;
          }

          /**
           * The action's name on the wire ({@code X-TC-Action}).
           *
           * @return e.g. {@code CreateAccount}
           */
          @Override
          public String wireName() {
            return wireName;
          }

          /**
           * The spec's category (Customer management, Credit management...).
           *
           * @return the category
           */
          public String category() {
            return category;
          }

          /**
           * The published rate limit.
           *
           * @return requests per second
           */
          @Override
          public int ratePerSecond() {
            return ratePerSecond;
          }

          /**
           * Whether the action pages with {@code Page}/{@code PageSize}.
           *
           * @return true for a paged listing
           */
          public boolean paged() {
            return paged;
          }

          /**
           * The largest {@code PageSize} the action documents.
           *
           * @return the largest page size, 0 when it does not page
           */
          public int maxPageSize() {
            return maxPageSize;
          }

          /**
           * Read, idempotent write or non-idempotent write.
           *
           * @return the idempotency class
           */
          @Override
          public OperationClass operationClass() {
            return operationClass;
          }

          /**
           * Whether the action changes anything at the vendor.
           *
           * @return true for every write
           */
          public boolean mutating() {
            return operationClass != OperationClass.READ;
          }

          /**
           * The action called {@code wireName} on the wire.
           *
           * @param wireName e.g. {@code CreateAccount}
           * @return the action, or none for a name the spec does not have
           */
          public static Option<%s> ofWireName(String wireName) {
            return Stream.of(values()).find(a -> a.wireName.equals(wireName));
          }
        }
        """.formatted(name, name));
    return out.toString();
  }

  static String huawei(String pkg, String name, List<Operation> operations, String source) {
    StringBuilder out = new StringBuilder(RecordWriter.header(source));
    out.append("package ").append(pkg).append(";\n\n");
    out.append("""
        import dev.partnerkit.adapter.support.OperationClass;
        import dev.partnerkit.adapter.support.VendorOperation;
        import dev.partnerkit.domain.HuaweiSite;
        import io.vavr.collection.Stream;
        import io.vavr.control.Option;
        import java.util.EnumSet;
        import java.util.Set;

        /**
         * The catalog of the %d Huawei BSS / BSS-Intl partner operations, as data: the wire name, HTTP method and path,
         * the sites that offer it, the published rate limit (when the vendor publishes one), whether it pages with
         * {@code offset}/{@code limit}, and its idempotency class.
         *
         * <p>Paths never carry the query string: the query parameters of a {@code GET} come from the request record.
         */
        """.formatted(operations.size()));
    out.append(RecordWriter.generatedAnnotation(source));
    out.append("public enum ").append(name).append(" implements VendorOperation {\n");
    for (int i = 0; i < operations.size(); i++) {
      Operation o = operations.get(i);
      out.append("  /** {@code ").append(o.wireName()).append("}: ").append(o.doc().replace("*/", "*&#47;"))
          .append(" */\n");
      out.append("  ").append(o.constant()).append("(\"").append(o.wireName()).append("\", \"").append(o.method())
          .append("\", \"").append(o.path()).append("\", Sites.").append(o.sites()).append(", ")
          .append(o.publishedRate() ? String.valueOf(o.ratePerSecond()) : "null").append(", ").append(o.paged())
          .append(", OperationClass.").append(o.operationClass()).append(", ").append(o.acceptsLanguage()).append(")")
          .append(i == operations.size() - 1 ? ";\n" : ",\n");
    }
    out.append("""

          /** The rate (requests per second) used when Huawei publishes none: its documented common limit. */
          public static final int DEFAULT_RATE_LIMIT_PER_SECOND = 10;

          private final String wireName;
          private final String httpMethod;
          private final String path;
          private final Set<HuaweiSite> sites;
          private final Integer publishedRateLimitPerSecond;
          private final boolean pages;
          private final OperationClass operationClass;
          private final boolean acceptsLanguage;

          %s(String wireName, String httpMethod, String path, Sites sites, Integer publishedRateLimitPerSecond,
              boolean pages, OperationClass operationClass, boolean acceptsLanguage) {
            this.wireName = wireName;
            this.httpMethod = httpMethod;
            this.path = path;
            this.sites = sites.set;
            this.publishedRateLimitPerSecond = publishedRateLimitPerSecond;
            this.pages = pages;
            this.operationClass = operationClass;
            this.acceptsLanguage = acceptsLanguage;
          }

          /**
           * The operation's name in Huawei's SDKs and documentation.
           *
           * @return e.g. {@code CreateSubCustomer}
           */
          @Override
          public String wireName() {
            return wireName;
          }

          /**
           * The HTTP method.
           *
           * @return {@code GET}, {@code POST} or {@code PUT}
           */
          public String httpMethod() {
            return httpMethod;
          }

          /**
           * The path, without query string.
           *
           * @return e.g. {@code /v2/partners/sub-customers}
           */
          public String path() {
            return path;
          }

          /**
           * The sites that offer the operation.
           *
           * @return a copy of the set
           */
          public Set<HuaweiSite> sites() {
            return EnumSet.copyOf(sites);
          }

          /**
           * Whether {@code site} offers the operation.
           *
           * @param site a site
           * @return true if it does
           */
          public boolean isOfferedOn(HuaweiSite site) {
            return sites.contains(site);
          }

          /**
           * The rate limit Huawei publishes for the operation.
           *
           * @return requests per second, or none when none is published
           */
          public Option<Integer> publishedRateLimitPerSecond() {
            return Option.of(publishedRateLimitPerSecond);
          }

          /**
           * The rate to pace the operation at: the published one, or {@link #DEFAULT_RATE_LIMIT_PER_SECOND}.
           *
           * @return requests per second
           */
          public int effectiveRateLimitPerSecond() {
            return publishedRateLimitPerSecond == null ? DEFAULT_RATE_LIMIT_PER_SECOND : publishedRateLimitPerSecond;
          }

          /**
           * The rate the typed client paces the operation at unless told otherwise: {@link
           * #effectiveRateLimitPerSecond()}.
           *
           * @return requests per second
           */
          @Override
          public int ratePerSecond() {
            return effectiveRateLimitPerSecond();
          }

          /**
           * Whether the operation pages with {@code offset}/{@code limit}.
           *
           * @return true for a paged listing
           */
          public boolean pages() {
            return pages;
          }

          /**
           * Read, idempotent write or non-idempotent write.
           *
           * @return the idempotency class
           */
          @Override
          public OperationClass operationClass() {
            return operationClass;
          }

          /**
           * Whether the operation changes anything on the vendor side.
           *
           * @return true for every write
           */
          public boolean mutates() {
            return operationClass != OperationClass.READ;
          }

          /**
           * Whether the operation takes the {@code X-Language} header.
           *
           * @return true if it does
           */
          public boolean acceptsLanguage() {
            return acceptsLanguage;
          }

          /**
           * Whether the parameters travel in the query string (a {@code GET}) rather than a JSON body.
           *
           * @return true for a {@code GET}
           */
          public boolean usesQueryString() {
            return "GET".equals(httpMethod);
          }

          /**
           * The operation called {@code wireName}.
           *
           * @param wireName e.g. {@code CreateSubCustomer}
           * @return the operation, or none for a name the catalog does not have
           */
          public static Option<%s> byWireName(String wireName) {
            return Stream.of(values()).find(o -> o.wireName.equals(wireName));
          }

          private enum Sites {
            CN(EnumSet.of(HuaweiSite.CHINA)),
            INTL(EnumSet.of(HuaweiSite.INTERNATIONAL)),
            BOTH(EnumSet.allOf(HuaweiSite.class));

            private final Set<HuaweiSite> set;

            Sites(Set<HuaweiSite> set) {
              this.set = set;
            }
          }
        }
        """.formatted(name, name));
    return out.toString();
  }
}
