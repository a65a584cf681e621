package dev.partnerkit.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class Sha256Test {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void digests_match_the_published_vectors() {
    // FIPS 180-2 examples
    assertThat(Sha256.hex(utf8("abc"))).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(Sha256.hex(new byte[0])).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void hmacs_match_rfc_4231_whichever_key_came_before() {
    byte[] jefe = utf8("Jefe");
    byte[] twenty = new byte[20];
    Arrays.fill(twenty, (byte) 0x0b);
    String case1 = "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7";
    String case2 = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

    // the same key array twice (the thread's Mac kept), then another key, then the first again
    assertThat(Sha256.hmacHex(jefe, utf8("what do ya want for nothing?"))).isEqualTo(case2);
    assertThat(Sha256.hmacHex(jefe, utf8("what do ya want for nothing?"))).isEqualTo(case2);
    assertThat(Sha256.hmacHex(twenty, utf8("Hi There"))).isEqualTo(case1);
    assertThat(HexFormat.of().formatHex(Sha256.hmac(utf8("Jefe"), utf8("what do ya want for nothing?"))))
        .isEqualTo(case2);
  }

  @Test
  void threads_signing_with_different_keys_do_not_mix_them() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        byte[] key = utf8("key-" + t);
        String expected = Sha256.hmacHex(utf8("key-" + t), utf8("message"));
        results.add(pool.submit(() -> {
          for (int i = 0; i < 500; i++) {
            if (!Sha256.hmacHex(key, utf8("message")).equals(expected)) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> r : results) {
        assertThat(r.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }
}
