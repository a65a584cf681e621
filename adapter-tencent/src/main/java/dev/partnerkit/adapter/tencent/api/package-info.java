/**
 * The wire model of intlpartnersmgt 2022-09-28: one request and one response record per action (46 each) and one
 * record per nested type (36), with the exact PascalCase JSON names.
 *
 * <p>Types follow the vendor spec: integers are {@link java.lang.Long}, floats (money) are {@link
 * java.math.BigDecimal}, strings stay {@link java.lang.String} even when they look numeric (many amounts and some UINs
 * are strings on the wire), arrays are {@link java.util.List}. Requests are written without null fields; responses
 * ignore unknown fields, and enum-like values are kept as strings. Request records that carry a password or a
 * verification code mask them in {@code toString()}.
 *
 * <p>The records are generated from the spec by {@code src/build/gen_api.py}, and checked against the spec's model
 * table by a test on every build.
 */
package dev.partnerkit.adapter.tencent.api;
