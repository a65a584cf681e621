package dev.partnerkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs small test classes through the JUnit Platform and checks what the extension did: one sandbox per class,
 * injected wherever a {@code RunningSandbox} is asked for, shared with nested classes, closed after the class.
 */
class PartnerkitSandboxExtensionTest {

  /** What the fixtures saw, in order. */
  static final List<RunningSandbox> SEEN = new CopyOnWriteArrayList<>();
  /** The Tencent port of the fixtures' sandbox, taken while it was up. */
  static final AtomicInteger PORT = new AtomicInteger();

  @BeforeEach
  void clear() {
    SEEN.clear();
    PORT.set(0);
  }

  @Test
  void one_sandbox_per_class_injected_into_the_constructor_lifecycle_and_test_methods_and_closed_after() throws IOException {
    TestExecutionSummary summary = run(OneSandboxFixture.class);

    assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
    assertThat(summary.getTotalFailureCount()).isZero();
    assertThat(SEEN).hasSize(6);   // per test: the constructor, @BeforeEach, the test
    assertThat(SEEN).containsOnly(SEEN.get(0));
    assertRefused(PORT.get());
  }

  @Test
  void two_classes_have_two_sandboxes() {
    run(OneSandboxFixture.class);
    RunningSandbox first = SEEN.get(0);
    SEEN.clear();
    run(OneSandboxFixture.class);

    assertThat(SEEN.get(0)).isNotSameAs(first);
  }

  @Test
  void a_nested_class_uses_the_sandbox_of_its_enclosing_class_which_stays_open_until_the_enclosing_class_ends()
      throws IOException {
    TestExecutionSummary summary = run(NestedSandboxFixture.class);

    assertThat(summary.getTotalFailureCount()).isZero();
    assertThat(summary.getTestsSucceededCount()).isEqualTo(3);
    assertThat(SEEN).hasSize(3).containsOnly(SEEN.get(0));
    assertRefused(PORT.get());
  }

  @Test
  void with_one_instance_per_class_the_constructor_gets_the_sandbox_of_the_class() throws IOException {
    TestExecutionSummary summary = run(PerClassSandboxFixture.class);

    assertThat(summary.getTotalFailureCount()).isZero();
    assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
    assertThat(SEEN).hasSize(3).containsOnly(SEEN.get(0));
    assertRefused(PORT.get());
  }

  private static TestExecutionSummary run(Class<?> fixture) {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(fixture)).build(), listener);
    return listener.getSummary();
  }

  private static void assertRefused(int port) throws IOException {
    assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close()).isInstanceOf(ConnectException.class);
  }
}
