package dev.partnerkit.testkit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit Jupiter extension behind {@link PartnerkitSandbox}: starts a {@link RunningSandbox} before a test class
 * (or when its constructor first asks for one), resolves {@code RunningSandbox} parameters to it, and closes it after
 * the class. Nested classes share their enclosing class's sandbox.
 *
 * <p>It uses only extension API present since JUnit Jupiter 5.10 (no {@code CloseableResource}, no auto-closed store
 * values: the sandbox is closed in {@code afterAll}), so it runs unchanged on 5.10+ and on 6.
 */
public final class PartnerkitSandboxExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(PartnerkitSandboxExtension.class);
  private static final String KEY = "sandbox";

  /** Created by JUnit (through {@link PartnerkitSandbox} or {@code @ExtendWith}). */
  public PartnerkitSandboxExtension() {
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    sandbox(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    // only the class that started it closes it (remove() looks at this context alone, not its ancestors)
    RunningSandbox own = context.getStore(NAMESPACE).remove(KEY, RunningSandbox.class);
    if (own != null) {
      own.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == RunningSandbox.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return sandbox(context);
  }

  /** The sandbox of the nearest enclosing class context, started there when there is none yet. */
  private static RunningSandbox sandbox(ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    return classContext.getStore(NAMESPACE)
        .getOrComputeIfAbsent(KEY, k -> RunningSandbox.start(), RunningSandbox.class);
  }
}
