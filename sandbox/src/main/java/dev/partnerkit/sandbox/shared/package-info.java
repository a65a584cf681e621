/**
 * What every front door of the sandbox shares, whatever the vendor: injected {@link
 * dev.partnerkit.sandbox.shared.Faults faults} and per-action {@link dev.partnerkit.sandbox.shared.RateLimits rate
 * limits} on the sandbox's clock. Vendor front doors (such as {@code dev.partnerkit.sandbox.tencent}) depend on this
 * package; it depends on none of them.
 */
package dev.partnerkit.sandbox.shared;
