package dev.partnerkit.sandbox.huawei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.huaweicloud.sdk.bss.v2.BssClient;
import com.huaweicloud.sdk.bss.v2.model.CreateCustomerV2Req;
import com.huaweicloud.sdk.bss.v2.model.CreateSubCustomerRequest;
import com.huaweicloud.sdk.bss.v2.model.CreateSubCustomerResponse;
import com.huaweicloud.sdk.bss.v2.model.ListSubCustomersRequest;
import com.huaweicloud.sdk.bss.v2.model.QuerySubCustomerListReq;
import com.huaweicloud.sdk.bss.v2.model.SendVerificationCodeV2Req;
import com.huaweicloud.sdk.bss.v2.model.SendVerificationMessageCodeRequest;
import com.huaweicloud.sdk.bssintl.v2.BssintlClient;
import com.huaweicloud.sdk.core.auth.GlobalCredentials;
import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Huawei's own Java SDK ({@code huaweicloud-sdk-bss} / {@code -bssintl}) against the front doors, changed only in
 * where it connects: its signatures are accepted, its models read every answer, and errors reach it as Huawei's.
 */
class OfficialHuaweiSdkTest {

  private static GlobalCredentials credentials() {
    return new GlobalCredentials().withAk(HuaweiFrontDoor.DEFAULT_ACCESS_KEY).withSk(HuaweiFrontDoor.DEFAULT_SECRET_KEY)
        .withDomainId(HuaweiFrontDoor.DEFAULT_PARTNER_DOMAIN_ID);
  }

  @Test
  void the_china_sdk_registers_lists_and_gets_huaweis_errors() {
    try (HuaweiFrontDoor china = HuaweiFrontDoor.builder().site(HuaweiSite.CHINA).build()) {
      BssClient client = BssClient.newBuilder().withCredential(credentials()).withEndpoint(china.endpoint().toString()).build();

      client.sendVerificationMessageCode(new SendVerificationMessageCodeRequest().withBody(
          new SendVerificationCodeV2Req().withReceiverType(1).withMobilePhone("13800138000")));
      String code = china.control().lastVerificationCode("13800138000").orElseThrow();
      CreateSubCustomerResponse created = client.createSubCustomer(new CreateSubCustomerRequest().withBody(
          new CreateCustomerV2Req().withXaccountId("x-1").withXaccountType("plat").withDomainName("acme01")
              .withMobilePhone("13800138000").withVerificationCode(code).withPassword("Secret#2026x")));
      var listed = client.listSubCustomers(new ListSubCustomersRequest().withBody(new QuerySubCustomerListReq().withAccountName("acme")));
      ServiceResponseException duplicate = catchThrowableOfType(ServiceResponseException.class,
          () -> client.createSubCustomer(new CreateSubCustomerRequest().withBody(
              new CreateCustomerV2Req().withXaccountId("x-1").withXaccountType("plat"))));
      china.control().faults().injectOnce(HuaweiOperation.CREATE_SUB_CUSTOMER, HuaweiFault.associationLag());
      ServiceResponseException lag = catchThrowableOfType(ServiceResponseException.class,
          () -> client.createSubCustomer(new CreateSubCustomerRequest().withBody(
              new CreateCustomerV2Req().withXaccountId("x-2").withXaccountType("plat"))));

      assertThat(created.getHttpStatusCode()).isEqualTo(200);
      assertThat(created.getDomainId()).matches("[0-9a-f]{32}");
      assertThat(listed.getCount()).isEqualTo(1);
      assertThat(listed.getCustomerInfos().get(0).getCustomerId()).isEqualTo(created.getDomainId());
      assertThat(duplicate.getErrorCode()).isEqualTo("CBC.99000039");
      assertThat(duplicate.getHttpStatusCode()).isEqualTo(400);
      assertThat(duplicate.getRequestId()).isNotBlank();
      assertThat(lag.getErrorCode()).isEqualTo("CBC.99000050");
      assertThat(lag.getHttpStatusCode()).isEqualTo(500);
    }
  }

  @Test
  void the_international_sdk_registers_by_email_and_freezes() {
    try (HuaweiFrontDoor intl = HuaweiFrontDoor.builder().site(HuaweiSite.INTERNATIONAL).build()) {
      BssintlClient client = BssintlClient.newBuilder().withCredential(credentials()).withEndpoint(intl.endpoint().toString()).build();

      client.sendVerificationMessageCode(new com.huaweicloud.sdk.bssintl.v2.model.SendVerificationMessageCodeRequest()
          .withBody(new com.huaweicloud.sdk.bssintl.v2.model.SendVerificationCodeV2Req().withReceiverType(2).withEmail("a@example.mx")));
      String code = intl.control().lastVerificationCode("a@example.mx").orElseThrow();
      var created = client.createSubCustomer(new com.huaweicloud.sdk.bssintl.v2.model.CreateSubCustomerRequest().withBody(
          new com.huaweicloud.sdk.bssintl.v2.model.CreateCustomerV2Req().withXaccountId("x-1").withXaccountType("plat")
              .withEmail("a@example.mx").withVerificationCode(code).withDomainArea("MX")));
      var frozen = client.freezeSubCustomers(new com.huaweicloud.sdk.bssintl.v2.model.FreezeSubCustomersRequest().withBody(
          new com.huaweicloud.sdk.bssintl.v2.model.FreezeSubCustomersReq()
              .withCustomerIds(List.of(created.getDomainId(), "ffffffffffffffffffffffffffffffff")).withReason("overdue")));

      assertThat(created.getDomainId()).matches("[0-9a-f]{32}");
      assertThat(frozen.getErrorDetails()).hasSize(1);
      assertThat(frozen.getErrorDetails().get(0).getId()).isEqualTo("ffffffffffffffffffffffffffffffff");
    }
  }
}
