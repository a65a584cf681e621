/**
 * Tencent Cloud International Partners API (service {@code intlpartnersmgt}, version {@code 2022-09-28}): the
 * vendor-facing half of the adapter.
 *
 * <p>Public surface: {@link dev.partnerkit.adapter.tencent.IntlPartnersClient} (one typed method per action), {@link
 * dev.partnerkit.adapter.tencent.TencentConfig}, {@link dev.partnerkit.adapter.tencent.TencentCredentials}, {@link
 * dev.partnerkit.adapter.tencent.TencentCallFailure} and the wire model in {@link dev.partnerkit.adapter.tencent.api}.
 * Everything else (TC3 signer, HTTP transport, action catalog, error table, redaction) is package-private.
 *
 * <pre>{@code
 * TencentConfig config = TencentConfig.builder()          // credentials from TENCENTCLOUD_SECRET_ID/_KEY
 *     .responseTimeout(Duration.ofSeconds(10))
 *     .build();
 * try (IntlPartnersClient client = IntlPartnersClient.create(config)) {
 *   client.queryCustomersCredit(QueryCustomersCreditRequest.builder().page(1L).pageSize(50L).build())
 *       .peek(page -> page.data().forEach(System.out::println))
 *       .peekLeft(failure -> log.warn("{}", failure));      // kind(), trace(), maybeApplied()
 * }
 * }</pre>
 *
 * <p>Each call is one attempt: no retry and no rate limiting happen here. Tencent reports errors inside HTTP 200
 * bodies; the client turns them into failures classified by the error table.
 */
package dev.partnerkit.adapter.tencent;
