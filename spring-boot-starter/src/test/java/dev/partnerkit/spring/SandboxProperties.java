package dev.partnerkit.spring;

import dev.partnerkit.sandbox.Sandbox;
import dev.partnerkit.sandbox.huawei.HuaweiFrontDoor;
import dev.partnerkit.sandbox.huawei.HuaweiSite;
import java.util.Arrays;

/** The properties a Spring Boot application sets to reach the embedded sandbox. */
final class SandboxProperties {

  private SandboxProperties() {}

  /** A Tencent gateway against {@code sandbox}, then {@code more}. */
  static String[] tencent(Sandbox sandbox, String... more) {
    return concat(new String[] {
        "partnerkit.tencent.endpoint=" + sandbox.tencentEndpoint(),
        "partnerkit.tencent.secret-id=" + Sandbox.DEFAULT_SECRET_ID,
        "partnerkit.tencent.secret-key=" + Sandbox.DEFAULT_SECRET_KEY,
        "partnerkit.tencent.allow-insecure-http=true",
        "partnerkit.tencent.connect-timeout=2s",
        "partnerkit.tencent.response-timeout=5s",
        "partnerkit.tencent.call-timeout=10s"}, more);
  }

  /** A Huawei China gateway against {@code sandbox}, then {@code more}. */
  static String[] huaweiChina(Sandbox sandbox, String... more) {
    return concat(new String[] {
        "partnerkit.huawei.site=china",
        "partnerkit.huawei.endpoint=" + sandbox.huaweiEndpoint(HuaweiSite.CHINA),
        "partnerkit.huawei.access-key=" + HuaweiFrontDoor.DEFAULT_ACCESS_KEY,
        "partnerkit.huawei.secret-key=" + HuaweiFrontDoor.DEFAULT_SECRET_KEY,
        "partnerkit.huawei.allow-insecure-http=true",
        "partnerkit.huawei.connect-timeout=2s",
        "partnerkit.huawei.response-timeout=5s"}, more);
  }

  static String[] concat(String[] a, String[] b) {
    String[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
