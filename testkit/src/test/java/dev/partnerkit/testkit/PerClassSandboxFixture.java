package dev.partnerkit.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Run by {@link PartnerkitSandboxExtensionTest}: one instance for the class, so the constructor asks for the sandbox
 * before the extension's {@code beforeAll}.
 */
@PartnerkitSandbox
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerClassSandboxFixture {

  PerClassSandboxFixture(RunningSandbox sandbox) {
    PartnerkitSandboxExtensionTest.SEEN.add(sandbox);
  }

  @BeforeAll
  void beforeAll(RunningSandbox sandbox) {
    PartnerkitSandboxExtensionTest.SEEN.add(sandbox);
  }

  @Test
  void test(RunningSandbox sandbox) throws IOException {
    PartnerkitSandboxExtensionTest.SEEN.add(sandbox);
    PartnerkitSandboxExtensionTest.PORT.set(sandbox.sandbox().tencentPort());
    new Socket(InetAddress.getLoopbackAddress(), sandbox.sandbox().tencentPort()).close();
  }
}
