#!/usr/bin/env python3
"""Generates IntlPartnersClient (one method per action) from actions.tsv and the spec's section 1 purposes.

Run once by hand from the module root:
    python3 src/build/gen_client.py ../../shared/specs/tencent-intlpartnersmgt.md \
        src/main/resources/dev/partnerkit/adapter/tencent/actions.tsv \
        src/main/java/dev/partnerkit/adapter/tencent/IntlPartnersClient.java
"""
import re
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from javawrap import wrap  # noqa: E402

md, tsv, out = sys.argv[1:4]
purposes = {}
for line in open(md, encoding="utf-8"):
    m = re.match(r"^\| \d+ \| \[(\w+)\]\(#\w+\) \| [^|]+\| ([^|]+)\|", line)
    if m:
        purposes[m.group(1)] = m.group(2).strip().rstrip(".")
actions = [l.rstrip("\n").split("\t") for l in open(tsv, encoding="utf-8") if l.strip() and not l.startswith("#")]
noparam = set()
api = "src/main/java/dev/partnerkit/adapter/tencent/api/"
for a in actions:
    src = open(api + a[0] + "Request.java", encoding="utf-8").read()
    if "public static %sRequest of() {" % a[0] in src:
        noparam.add(a[0])


def method(name):
    m = re.match(r"^([A-Z]+)(.*)$", name)
    lead, rest = m.group(1), m.group(2)
    return (lead.lower() + rest) if len(lead) == 1 else lead[:-1].lower() + lead[-1] + rest


methods = []
for name, category, rate, pages, mutates in actions:
    facts = "%s; at most %s request%s per second (published limit)" % (
        "Changes state at Tencent" if mutates == "yes" else "Read-only", rate, "" if rate == "1" else "s")
    if pages == "yes":
        facts += "; pages with {@code Page}/{@code PageSize}"
    doc = ("  /**\n   * {@code %s}: %s.\n   *\n   * <p>%s. One attempt, signed afresh; never throws for a vendor or network "
           "failure.\n   *\n   * @param request the parameters, not null\n   * @return the response, or why there is none\n   * @throws IllegalStateException if this client is closed\n   */"
           % (name, purposes[name], facts))
    methods.append(doc + """
  public Either<TencentCallFailure, %(a)sResponse> %(m)s(%(a)sRequest request) {
    return call("%(a)s", request, %(a)sResponse.class);
  }
""" % {"a": name, "m": method(name)})
    if name in noparam:
        methods.append("""  /** {@code %(a)s} without parameters: the same as {@code %(m)s(%(a)sRequest.of())}. */
  public Either<TencentCallFailure, %(a)sResponse> %(m)s() {
    return %(m)s(%(a)sRequest.of());
  }
""" % {"a": name, "m": method(name)})

text = """package dev.partnerkit.adapter.tencent;

%(imports)simport io.vavr.control.Either;
import java.util.Objects;

/**
 * The typed low-level client of the Tencent Cloud International Partners API (intlpartnersmgt 2022-09-28): one method
 * per action, %(n)d in all, each taking the action's request record and returning {@code Either} a {@link
 * TencentCallFailure} or the action's response record.
 *
 * <p>Each call makes exactly one attempt: it serializes the request, signs it with TC3-HMAC-SHA256 at the current
 * time of the configured clock, POSTs it, and reads the {@code {"Response": ...}} envelope; a vendor error (which
 * Tencent returns with HTTP 200) becomes a failure. There is no retry and no rate limiting here: a caller (or a later
 * layer) decides, using {@link TencentCallFailure#kind()} and {@link TencentCallFailure#maybeApplied()}.
 *
 * <p>Thread-safe; share one instance. {@link #close()} releases its connections.
 */
public final class IntlPartnersClient implements AutoCloseable {

  private final ActionCaller caller;

  IntlPartnersClient(ActionCaller caller) {
    this.caller = Objects.requireNonNull(caller, "caller");
  }

  /** A client over HTTPS (or, for a sandbox, HTTP) as {@code config} says. */
  public static IntlPartnersClient create(TencentConfig config) {
    return new IntlPartnersClient(new HttpTransport(Objects.requireNonNull(config, "config")));
  }

%(methods)s
  private <R> Either<TencentCallFailure, R> call(String action, Object request, Class<R> responseType) {
    Objects.requireNonNull(request, "request");
    return caller.call(ActionCatalog.get(action), request, responseType);
  }

  /** Closes the connection pool; calls made afterwards throw {@link IllegalStateException}. Idempotent. */
  @Override
  public void close() {
    caller.close();
  }
}
""" % {"n": len(actions), "methods": "\n".join(methods), "imports": "".join(
    "import dev.partnerkit.adapter.tencent.api.%s%s;\n" % (a[0], suffix)
    for a in sorted(actions) for suffix in ("Request", "Response"))}
open(out, "w", encoding="utf-8").write(wrap(text))
print(len(actions), "actions,", len(noparam), "without parameters")
