/**
 * The Huawei front door of partnerkit's local sandbox: an HTTP server on 127.0.0.1 that answers like Huawei Cloud BSS
 * (China) or BSS-Intl (International) for the partner customer-management operations, so that partnerkit's Huawei
 * adapter, its acceptance suite and programs using Huawei's official Java SDK can run without Huawei.
 *
 * <p>Public API: {@link dev.partnerkit.sandbox.huawei.HuaweiFrontDoor} (start/stop, endpoint, builder), {@link
 * dev.partnerkit.sandbox.huawei.HuaweiSandbox} (the tests' back-channel), {@link
 * dev.partnerkit.sandbox.huawei.HuaweiOperation} (the operations and their sites), {@link
 * dev.partnerkit.sandbox.huawei.HuaweiFault} / {@link dev.partnerkit.sandbox.huawei.HuaweiFaults} (fault injection),
 * {@link dev.partnerkit.sandbox.huawei.IamUser} and {@link dev.partnerkit.sandbox.huawei.SandboxCustomer}. Everything
 * else is package-private wire machinery.
 *
 * <p>On the wire: {@code SDK-HMAC-SHA256} AK/SK signatures and {@code X-Auth-Token} tokens from a local {@code POST
 * /v3/auth/tokens}; Huawei's error bodies {@code {"error_code", "error_msg"}} and codes; an {@code X-Request-Id} on every
 * answer; per-operation flow control; JSON with Huawei's snake_case names and string-vs-number types.
 */
package dev.partnerkit.sandbox.huawei;
