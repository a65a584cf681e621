package dev.partnerkit.acceptance.scale;

import dev.partnerkit.adapter.support.WriteJournal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.adapter.huawei.HuaweiConfig;
import dev.partnerkit.adapter.huawei.HuaweiCredentials;
import dev.partnerkit.adapter.huawei.HuaweiPartnerGateway;
import dev.partnerkit.adapter.postgres.PostgresClient;
import dev.partnerkit.domain.Secret;
import dev.partnerkit.sandbox.Sandbox;
import dev.partnerkit.sandbox.huawei.HuaweiFrontDoor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Huawei gateway keeps its buckets in the shared store too, under {@code partnerkit:huawei:<partner>:<operation>}. */
class HuaweiSharedRateLimitsTest {

  @Test
  void huawei_instances_take_their_permits_from_the_shared_buckets() throws Exception {
    try (EmbeddedDatabase db = EmbeddedDatabase.start(); Sandbox sandbox = Sandbox.builder().build()) {
      PostgresClient postgres = PostgresClient.of(db.dataSource());
      HuaweiConfig config = HuaweiConfig.builder(dev.partnerkit.domain.HuaweiSite.CHINA)
          .endpoint(sandbox.huaweiEndpoint(dev.partnerkit.sandbox.huawei.HuaweiSite.CHINA)).allowInsecureHttp(true).environment(Map.of())
          .credentials(HuaweiCredentials.akSk(HuaweiFrontDoor.DEFAULT_ACCESS_KEY,
              Secret.of(HuaweiFrontDoor.DEFAULT_SECRET_KEY)).withDomainId(HuaweiFrontDoor.DEFAULT_PARTNER_DOMAIN_ID))
          .build();
      for (int instance = 0; instance < 2; instance++) {
        try (HuaweiPartnerGateway huawei = HuaweiPartnerGateway.builder(config).journal(WriteJournal.inMemory())
            .sharedRateLimits(postgres.rateLimitBuckets(), "huawei-partner").build()) {
          assertThat(huawei.customers().forEach(c -> { }).isRight()).as("instance %d lists", instance).isTrue();
        }
      }

      assertThat(bucketKeys(db)).containsExactly("partnerkit:huawei:huawei-partner:ListSubCustomers");
    }
  }

  private static List<String> bucketKeys(EmbeddedDatabase db) throws Exception {
    List<String> keys = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id FROM partnerkit_rate_limit_bucket ORDER BY id")) {
      while (rs.next()) {
        keys.add(rs.getString(1));
      }
    }
    return keys;
  }
}
