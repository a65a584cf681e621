package dev.partnerkit.acceptance.testkit;

import dev.partnerkit.testkit.PartnerkitSandbox;
import dev.partnerkit.testkit.RunningSandbox;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Run by {@link SandboxExtensionOnJUnit6Test} through the JUnit Platform, not by the build on its own. */
@PartnerkitSandbox
class JUnit6SandboxFixture {

  JUnit6SandboxFixture(RunningSandbox sandbox) {
    SandboxExtensionOnJUnit6Test.SEEN.add(sandbox);
  }

  @Test
  void listens(RunningSandbox sandbox) throws IOException {
    SandboxExtensionOnJUnit6Test.PORT.set(sandbox.sandbox().tencentPort());
    new Socket(InetAddress.getLoopbackAddress(), sandbox.sandbox().tencentPort()).close();
  }

  @Nested
  class Inner {
    @Test
    void shares_the_sandbox(RunningSandbox sandbox) {
      SandboxExtensionOnJUnit6Test.SEEN.add(sandbox);
    }

    @Test
    void still_listens(RunningSandbox sandbox) throws IOException {
      SandboxExtensionOnJUnit6Test.SEEN.add(sandbox);
      new Socket(InetAddress.getLoopbackAddress(), sandbox.sandbox().tencentPort()).close();
    }
  }
}
