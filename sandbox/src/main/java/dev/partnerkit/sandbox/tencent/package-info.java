/**
 * The Tencent front door of the sandbox: {@code intlpartnersmgt} 2022-09-28 on the wire (TC3-HMAC-SHA256, HTTP 200
 * envelopes, all 46 actions), stateful customer, reseller and credit management on the domain's rules, fixtures for
 * bills and vouchers; and {@link dev.partnerkit.sandbox.tencent.TencentSandbox}, its back-channel for tests.
 */
package dev.partnerkit.sandbox.tencent;
