package dev.partnerkit.bench;

import dev.partnerkit.adapter.tencent.IntlPartnersClient;
import dev.partnerkit.adapter.tencent.api.SendVerifyCodeRequest;
import dev.partnerkit.sandbox.Sandbox;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Hong Kong phones with a verification code sent by the sandbox (untimed preparation for CreateAccount): Tencent
 * allows 5 accounts per phone, and a code stays valid until the next one is sent, so phone {@code i / 5} serves
 * create number {@code i}.
 */
final class TencentPhones {

  static final int ACCOUNTS_PER_PHONE = 5;
  private static final String UNCHECKED_PHONE = phoneNumber(1_234_567);

  private final String[] phones;
  private final String[] codes;
  private final boolean unchecked;

  private TencentPhones(String[] phones, String[] codes) {
    this(phones, codes, false);
  }

  private TencentPhones(String[] phones, String[] codes, boolean unchecked) {
    this.phones = phones;
    this.codes = codes;
    this.unchecked = unchecked;
  }

  /**
   * One phone for every create, with a made-up code: for a server that checks none (the canned server; a constant, so
   * that the measured call allocates nothing for it).
   */
  static TencentPhones unchecked() {
    return new TencentPhones(new String[0], new String[0], true);
  }

  static String phoneNumber(int n) {
    return String.format("6%07d", n);
  }

  static TencentPhones none() {
    return new TencentPhones(new String[0], new String[0]);
  }

  static TencentPhones prepare(Sandbox sandbox, int count) throws Exception {
    String[] phones = new String[count];
    String[] codes = new String[count];
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try (IntlPartnersClient client = Clients.ourTencentClient(sandbox.tencentEndpoint())) {
      List<Future<?>> sent = new ArrayList<>();
      for (int n = 0; n < count; n++) {
        int i = n;
        sent.add(pool.submit(() -> {
          phones[i] = phoneNumber(i);
          client.sendVerifyCode(SendVerifyCodeRequest.of("852", phones[i])).get();
          codes[i] = sandbox.tencent().lastVerificationCode("852", phones[i]).orElseThrow();
          return null;
        }));
      }
      for (Future<?> f : sent) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return new TencentPhones(phones, codes);
  }

  int size() {
    return unchecked ? Integer.MAX_VALUE : phones.length;
  }

  String phone(int i) {
    return unchecked ? UNCHECKED_PHONE : phones[i];
  }

  String code(int i) {
    return unchecked ? "123456" : codes[i];
  }
}
