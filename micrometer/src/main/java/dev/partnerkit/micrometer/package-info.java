/**
 * partnerkit's vendor calls and write journal as Micrometer metrics and spans: {@link
 * dev.partnerkit.micrometer.MicrometerCallListener}. Micrometer itself is the application's (a provided dependency).
 */
package dev.partnerkit.micrometer;
