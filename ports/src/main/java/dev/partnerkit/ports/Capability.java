package dev.partnerkit.ports;

/**
 * A narrow port for one capability that not every vendor has (credit, bills, vouchers, the reseller hierarchy).
 * Discover them with {@link PartnerAccountGateway#capability(Class)}.
 */
public interface Capability {}
