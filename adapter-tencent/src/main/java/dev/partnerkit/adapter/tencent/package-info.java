/**
 * Tencent Cloud International Partners API (service {@code intlpartnersmgt}, version {@code 2022-09-28}): the
 * vendor-facing half of the adapter. Public surface: {@link dev.partnerkit.adapter.tencent.IntlPartnersClient},
 * {@link dev.partnerkit.adapter.tencent.TencentConfig}, {@link dev.partnerkit.adapter.tencent.TencentCredentials},
 * {@link dev.partnerkit.adapter.tencent.TencentCallFailure} and the wire model in
 * {@link dev.partnerkit.adapter.tencent.api}. Everything else (signer, transport, action catalog, error table) is
 * package-private.
 */
package dev.partnerkit.adapter.tencent;
