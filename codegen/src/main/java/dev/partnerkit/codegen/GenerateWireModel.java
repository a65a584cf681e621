package dev.partnerkit.codegen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put on an adapter's {@code package-info.java}: the {@link WireModelProcessor} then writes, while that package is
 * compiled, the vendor's wire records (in the {@code api} subpackage) and its operation catalog, from the spec
 * module's tables read from the compile classpath. Nothing it writes is committed, so nothing can drift.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.PACKAGE)
public @interface GenerateWireModel {

  /** Which vendor's tables to read. */
  Vendor value();

  /** The vendors whose spec tables the processor knows. */
  enum Vendor {
    /** Tencent Cloud intlpartnersmgt 2022-09-28. */
    TENCENT,
    /** Huawei Cloud partner BSS (China and International). */
    HUAWEI
  }
}
