package dev.partnerkit.adapter.huawei;

/**
 * No HTTP answer: {@code code} names the condition ({@code transport.connect_failed}, {@code transport.timeout},
 * {@code transport.connection_closed}, {@code transport.io}, {@code transport.call-timeout}); {@code mayHaveBeenSent} is false only when the failure
 * happened before any byte of the request could leave (connecting, resolving, the TLS handshake).
 */
record TransportFailure(String code, String message, boolean mayHaveBeenSent) {}
