package dev.partnerkit.codegen;

import dev.partnerkit.codegen.WireModel.Operation;
import dev.partnerkit.codegen.WireModel.Rec;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Writes a vendor's wire records, operation catalog and typed client when it compiles a package annotated with {@link
 * GenerateWireModel}, from the spec module's tables on the compile classpath. The records carry Immutables'
 * {@code @Value.Builder}, which javac's next round turns into their builders.
 */
@SupportedAnnotationTypes("dev.partnerkit.codegen.GenerateWireModel")
public final class WireModelProcessor extends AbstractProcessor {

  /** Used by javac's service loader. */
  public WireModelProcessor() {}

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (Element element : round.getElementsAnnotatedWith(GenerateWireModel.class)) {
      PackageElement pkg = (PackageElement) element;
      String name = pkg.getQualifiedName().toString();
      try {
        switch (element.getAnnotation(GenerateWireModel.class).value()) {
          case TENCENT -> tencent(name);
          case HUAWEI -> huawei(name);
        }
      } catch (IOException | RuntimeException e) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot generate the wire model: " + e, element);
      }
    }
    return true;
  }

  private void tencent(String pkg) throws IOException {
    List<Operation> operations = TencentSpec.operations(processingEnv.getFiler());
    write(pkg + ".api.IntlPartnersAction",
        CatalogWriter.tencent(pkg + ".api", "IntlPartnersAction", operations, SpecTables.path(TencentSpec.ACTIONS)));
    List<Rec> records = TencentSpec.records(processingEnv.getFiler(), operations);
    for (Rec rec : records) {
      write(pkg + ".api." + rec.name(), RecordWriter.write(pkg + ".api", rec, SpecTables.path(TencentSpec.MODEL)));
    }
    write(pkg + ".IntlPartnersClient", ClientWriter.tencent(pkg, operations, records,
        SpecTables.path(TencentSpec.ACTIONS) + " and " + SpecTables.path(TencentSpec.MODEL)));
  }

  private void huawei(String pkg) throws IOException {
    List<Operation> operations = HuaweiSpec.operations(processingEnv.getFiler());
    write(pkg + ".api.BssOperation", CatalogWriter.huawei(pkg + ".api", "BssOperation", operations,
        SpecTables.path(HuaweiSpec.OPERATIONS) + " and " + SpecTables.path(HuaweiSpec.FACTS)));
    List<Rec> records = HuaweiSpec.records(processingEnv.getFiler());
    for (Rec rec : records) {
      write(pkg + ".api." + rec.name(), RecordWriter.write(pkg + ".api", rec, SpecTables.path(HuaweiSpec.MODEL)));
    }
    write(pkg + ".BssClient", HuaweiClientWriter.write(pkg, operations, records,
        SpecTables.path(HuaweiSpec.OPERATIONS) + ", " + SpecTables.path(HuaweiSpec.FACTS) + " and "
            + SpecTables.path(HuaweiSpec.MODEL)));
  }

  private void write(String qualifiedName, String source) throws IOException {
    try (Writer out = processingEnv.getFiler().createSourceFile(qualifiedName).openWriter()) {
      out.write(source);
    }
  }
}
