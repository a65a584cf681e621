package dev.partnerkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Run by {@link PartnerkitSandboxExtensionTest} through the JUnit Platform (not by the build on its own). */
@PartnerkitSandbox
class OneSandboxFixture {

  OneSandboxFixture(RunningSandbox sandbox) {
    PartnerkitSandboxExtensionTest.SEEN.add(sandbox);
  }

  @BeforeEach
  void before(RunningSandbox sandbox) {
    PartnerkitSandboxExtensionTest.SEEN.add(sandbox);
  }

  @Test
  void first(RunningSandbox sandbox) throws IOException {
    PartnerkitSandboxExtensionTest.SEEN.add(sandbox);
    PartnerkitSandboxExtensionTest.PORT.set(sandbox.sandbox().tencentPort());
    new Socket(InetAddress.getLoopbackAddress(), sandbox.sandbox().tencentPort()).close();   // it listens
  }

  @Test
  void second(RunningSandbox sandbox) {
    PartnerkitSandboxExtensionTest.SEEN.add(sandbox);
    assertThat(sandbox.tencentEndpoint()).startsWith("http://127.0.0.1:");
  }
}
