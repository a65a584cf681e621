/**
 * The wire model of intlpartnersmgt 2022-09-28: one request and one response record per action (46 each) and one
 * record per nested type (36), with the exact PascalCase JSON names.
 *
 * <p>Types follow the vendor spec: integers are {@link java.lang.Long}, floats (money) are {@link
 * java.math.BigDecimal}, strings stay {@link java.lang.String} even when they look numeric (many amounts and some UINs
 * are strings on the wire), arrays are {@link java.util.List}. Requests are written without null fields; responses
 * ignore unknown fields, and enum-like values are kept as strings. Secret fields show as {@code ******} in
 * {@code toString()}.
 *
 * <p>The records are generated on every compile from the spec module's {@code tencent-intlpartnersmgt-model.tsv} by
 * {@code dev.partnerkit.codegen.WireModelProcessor}; their builders ({@code X.builder()}, refusing to build without the
 * required parameters) by Immutables. Passwords and verification codes are {@link dev.partnerkit.domain.Secret}s,
 * revealed only into the request body.
 */
package dev.partnerkit.adapter.tencent.api;
