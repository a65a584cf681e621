package dev.partnerkit.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Run by {@link PartnerkitSandboxExtensionTest} through the JUnit Platform (not by the build on its own). */
@PartnerkitSandbox
class NestedSandboxFixture {

  @Test
  void outer(RunningSandbox sandbox) {
    PartnerkitSandboxExtensionTest.SEEN.add(sandbox);
  }

  @Nested
  class Inner {
    @Test
    void first(RunningSandbox sandbox) throws IOException {
      PartnerkitSandboxExtensionTest.SEEN.add(sandbox);
      PartnerkitSandboxExtensionTest.PORT.set(sandbox.sandbox().tencentPort());
      new Socket(InetAddress.getLoopbackAddress(), sandbox.sandbox().tencentPort()).close();   // still up
    }

    @Test
    void second(RunningSandbox sandbox) {
      PartnerkitSandboxExtensionTest.SEEN.add(sandbox);
    }
  }
}
