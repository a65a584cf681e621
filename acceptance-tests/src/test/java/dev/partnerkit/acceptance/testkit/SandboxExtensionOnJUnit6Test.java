package dev.partnerkit.acceptance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.partnerkit.testkit.RunningSandbox;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The testkit's extension on JUnit 6 (the testkit is compiled against 5.10, and its own tests run there): one sandbox
 * for a class, shared with its nested class, closed once after the class.
 */
class SandboxExtensionOnJUnit6Test {

  static final List<RunningSandbox> SEEN = new CopyOnWriteArrayList<>();
  static final AtomicInteger PORT = new AtomicInteger();

  @Test
  void one_sandbox_for_the_class_and_its_nested_class_closed_after_the_class() {
    assertThat(Test.class.getPackage().getImplementationVersion()).startsWith("6.");
    SummaryGeneratingListener listener = new SummaryGeneratingListener();

    LauncherFactory.create().execute(
        LauncherDiscoveryRequestBuilder.request().selectors(selectClass(JUnit6SandboxFixture.class)).build(), listener);

    TestExecutionSummary summary = listener.getSummary();
    assertThat(summary.getTotalFailureCount()).as("%s", summary.getFailures()).isZero();
    assertThat(summary.getTestsSucceededCount()).isEqualTo(3);
    // the enclosing class's constructor for each of the three tests, and both tests of the nested class
    assertThat(SEEN).hasSize(5).containsOnly(SEEN.get(0));
    assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), PORT.get()).close())
        .isInstanceOf(ConnectException.class);
  }
}
