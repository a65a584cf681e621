/**
 * partnerkit's sandbox: local HTTP servers that behave like the vendors' partner APIs on the wire. {@link
 * dev.partnerkit.sandbox.Sandbox} embeds it in tests; {@link dev.partnerkit.sandbox.SandboxMain} runs it standalone.
 * Vendor-neutral machinery (faults, rate limits) is in {@code dev.partnerkit.sandbox.shared}; each vendor's front door
 * in its own package ({@code dev.partnerkit.sandbox.tencent}).
 */
package dev.partnerkit.sandbox;
