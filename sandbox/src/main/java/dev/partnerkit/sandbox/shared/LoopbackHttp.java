package dev.partnerkit.sandbox.shared;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * Creates the JDK HTTP servers of the front doors. The JDK's server delays small answers on loopback by about 40 ms
 * unless {@code sun.net.httpserver.nodelay} is set (the benchmarks measured 2,092 requests/s with the default and
 * 27,311 with it); the sandbox sets it, unless the JVM already has a value, before its first server starts. The JDK
 * reads the property once, so a JVM that started another JDK HTTP server earlier keeps its setting.
 */
public final class LoopbackHttp {

  private LoopbackHttp() {}

  /** A server bound to {@code address}, not started. */
  public static HttpServer newServer(InetSocketAddress address) throws IOException {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    return HttpServer.create(address, 0);
  }
}
