#!/usr/bin/env python3
"""Generates the wire records of dev.partnerkit.adapter.tencent.api from the spec.

Inputs: the model TSV (every request parameter, response field and nested-type field, with its API type) and the
spec markdown (action purposes from section 1, field notes from sections 3 and 4, for the Javadoc).
Run once by hand, from the module root:

    python3 src/build/gen_api.py ../../shared/specs/tencent-intlpartnersmgt-model.tsv \
        ../../shared/specs/tencent-intlpartnersmgt.md src/main/java/dev/partnerkit/adapter/tencent/api

The output is committed; ApiModelMatchesSpecTest checks it against the TSV on every build, so a hand edit that
drifts from the spec fails the build.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from javawrap import wrap  # noqa: E402
from collections import OrderedDict

SECRET_FIELDS = {"Password", "ConfirmPassword", "VerifyCode"}
PKG = "dev.partnerkit.adapter.tencent.api"


def java_name(field):
    m = re.match(r"^([A-Z]+)(.*)$", field)
    lead, rest = m.group(1), m.group(2)
    if len(lead) == 1 or not rest or not rest[0].islower():
        name = lead.lower() + rest
    else:
        name = lead[:-1].lower() + lead[-1] + rest
    return name


def java_type(api_type):
    if api_type.startswith("Array of "):
        return "List<" + java_type(api_type[len("Array of "):]) + ">"
    return {
        "Integer(int64)": "Long",
        "Integer(uint64)": "Long",
        "Float": "BigDecimal",
        "String": "String",
        "Boolean": "Boolean",
    }.get(api_type, api_type)


def html(text):
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("*/", "*&#47;").replace("@", "&#64;").replace("{", "&#123;").replace("}", "&#125;")
    return text.strip()


def parse_md(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    purposes, notes, type_docs = {}, {}, {}
    section, owner, kind = None, None, None
    for i, line in enumerate(lines):
        if line.startswith("## "):
            section = line[3:5].strip(". ")
        m = re.match(r"^\| \d+ \| \[(\w+)\]\(#\w+\) \| [^|]+\| ([^|]+)\|", line)
        if section == "1" and m:
            purposes[m.group(1)] = m.group(2).strip()
        if section == "3" and line.startswith("#### "):
            owner = line[5:].strip()
        if section == "4" and line.startswith("### "):
            owner = line[4:].strip()
            kind = "type"
            j = i + 1
            while not lines[j].strip():
                j += 1
            type_docs[owner] = lines[j].split(" Used by:")[0].strip()
        if section == "3" and line.startswith("Request parameters"):
            kind = "request"
        if section == "3" and line.startswith("Response fields"):
            kind = "response"
        if section in ("3", "4") and line.startswith("| ") and not line.startswith("| Name") \
                and not line.startswith("| Field") and owner:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) >= 4:
                notes[(owner, kind, cells[0])] = cells[-1]
    return purposes, notes, type_docs


def read_tsv(path):
    rows = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        owner, kind, field, api_type, presence = line.split("\t")
        rows.append((owner, kind, field, api_type, presence))
    return rows


class Rec:
    def __init__(self, name, owner, kind):
        self.name, self.owner, self.kind = name, owner, kind
        self.fields = []  # (wire, jname, jtype, presence, note)


def build_records(rows, notes):
    recs = OrderedDict()
    for owner, kind, field, api_type, presence in rows:
        name = owner + {"request": "Request", "response": "Response", "type": ""}[kind]
        rec = recs.setdefault(name, Rec(name, owner, kind))
        note = notes.get((owner, kind, field), "")
        rec.fields.append((field, java_name(field), java_type(api_type), presence, note))
    return recs


def referenced_types(fields):
    out = set()
    for f in fields:
        for t in re.findall(r"[A-Z]\w+", f[2]):
            if t not in ("List", "Long", "BigDecimal", "String", "Boolean"):
                out.add(t)
    return out


def field_doc(f, kind):
    wire, _, _, presence, note = f
    tag = {"required": "required", "optional": "optional", "nullable": "may be null", "non-null": "always set"}[
        presence]
    text = html(note) if note else ""
    return "{@code %s} (%s)%s" % (wire, tag, (": " + text) if text else "")


def gen(rec, purposes, type_docs, request_types):
    is_req = rec.kind == "request"
    builder = (is_req and rec.fields) or (rec.kind == "type" and rec.name in request_types)
    lines = []
    w = lines.append
    w("package %s;\n" % PKG)
    w("")
    if rec.kind == "request":
        doc = "Request of the {@code %s} action: %s." % (rec.owner, html(purposes.get(rec.owner, "")).rstrip("."))
        doc += "\n *\n * <p>Serialized without null fields: an optional parameter left null is not sent."
        if rec.fields:
            doc += (" Build it with {@link #builder()}, which refuses to build without the required parameters"
                    if any(f[3] == "required" for f in rec.fields) else " Build it with {@link #builder()}")
            if all(f[3] == "required" for f in rec.fields):
                doc += ", or with {@code of(...)}"
            doc += "."
        else:
            doc += " The action takes no parameters: use {@link #of()}."
        if any(f[0] in SECRET_FIELDS for f in rec.fields):
            doc += "\n *\n * <p>{@link #toString()} masks %s." % ", ".join(
                "{@code %s}" % f[0] for f in rec.fields if f[0] in SECRET_FIELDS)
    elif rec.kind == "response":
        doc = ("Response of the {@code %s} action (the content of the {@code Response} envelope on success). "
               "Unknown fields are ignored; enum-like values are kept as strings, so a new vendor value never "
               "breaks parsing." % rec.owner)
    else:
        doc = "Wire type {@code %s}: %s." % (rec.owner, html(type_docs.get(rec.owner, rec.owner)).rstrip("."))
        doc += " Unknown fields are ignored when read; null fields are not written."
    params = "".join("\n * @param %s %s" % (f[1], field_doc(f, rec.kind)) for f in rec.fields)
    w("/**\n * %s\n%s */" % (doc, (" *" + params + "\n") if params else ""))
    if rec.kind in ("request", "type"):
        w("@JsonInclude(JsonInclude.Include.NON_NULL)")
    if rec.kind in ("response", "type"):
        w("@JsonIgnoreProperties(ignoreUnknown = true)")
    comps = ",\n".join('    @JsonProperty("%s") %s %s' % (f[0], f[2], f[1]) for f in rec.fields)
    w("public record %s(%s) {" % (rec.name, ("\n" + comps) if rec.fields else ""))
    lists = [f for f in rec.fields if f[2].startswith("List<")]
    if lists:
        w("")
        w("  /** Copies the lists, so that the record is immutable; a null list stays null. */")
        w("  public %s {" % rec.name)
        for f in lists:
            w("    %s = WireValues.copy(%s);" % (f[1], f[1]))
        w("  }")
    if is_req and not rec.fields:
        w("")
        w("  /** The request; this action has no parameters, and its body is {@code {}}. */")
        w("  public static %s of() {" % rec.name)
        w("    return new %s();" % rec.name)
        w("  }")
    if is_req and rec.fields and all(f[3] == "required" for f in rec.fields):
        w("")
        w("  /**\n   * A request with every (required) parameter; none may be null.\n   *")
        for f in rec.fields:
            w("   * @param %s %s" % (f[1], field_doc(f, rec.kind)))
        w("   */")
        w("  public static %s of(%s) {" % (rec.name, ", ".join("%s %s" % (f[2], f[1]) for f in rec.fields)))
        w("    return new %s(%s);" % (rec.name, ", ".join(
            'Objects.requireNonNull(%s, "%s")' % (f[1], f[0]) for f in rec.fields)))
        w("  }")
    if builder:
        w("")
        w("  /** A builder with every field unset. */")
        w("  public static Builder builder() {")
        w("    return new Builder();")
        w("  }")
        w("")
        w("  /** Builds a {@link %s}; every setter returns this builder. */" % rec.name)
        w("  public static final class Builder {")
        for f in rec.fields:
            w("    private %s %s;" % (f[2], f[1]))
        w("")
        w("    private Builder() {}")
        for f in rec.fields:
            w("")
            w("    /** Sets {@code %s} (%s). */" % (f[0], f[3]))
            w("    public Builder %s(%s %s) {" % (f[1], f[2], f[1]))
            w("      this.%s = %s;" % (f[1], f[1]))
            w("      return this;")
            w("    }")
            if f[0] in SECRET_FIELDS:
                w("")
                w("    /** Sets {@code %s} from a {@link Secret}, revealed only into the request. */" % f[0])
                w("    public Builder %s(Secret %s) {" % (f[1], f[1]))
                w("      this.%s = %s == null ? null : %s.reveal();" % (f[1], f[1], f[1]))
                w("      return this;")
                w("    }")
        req = [f for f in rec.fields if f[3] == "required"]
        w("")
        if req:
            w("    /**\n     * The request.\n     *\n     * @throws IllegalStateException naming every required "
              "parameter left unset\n     */")
        else:
            w("    /** The %s. */" % ("request" if is_req else "value"))
        w("    public %s build() {" % rec.name)
        if req:
            w("      List<String> missing = new ArrayList<>();")
            for f in req:
                w('      if (%s == null) missing.add("%s");' % (f[1], f[0]))
            w("      if (!missing.isEmpty()) {")
            w('        throw new IllegalStateException("%s: missing required parameter(s) " + missing);' % rec.name)
            w("      }")
        w("      return new %s(%s);" % (rec.name, ", ".join(f[1] for f in rec.fields)))
        w("    }")
        w("  }")
    secrets = [f for f in rec.fields if f[0] in SECRET_FIELDS]
    if secrets:
        w("")
        w("  /** Shows every field except %s, which are masked. */" % ", ".join(
            "{@code %s}" % f[0] for f in secrets))
        w("  @Override")
        w("  public String toString() {")
        parts = []
        for f in rec.fields:
            if f[0] in SECRET_FIELDS:
                parts.append('"%s=" + WireValues.mask(%s)' % (f[1], f[1]))
            else:
                parts.append('"%s=" + %s' % (f[1], f[1]))
        w('    return "%s["' % rec.name)
        for i, p in enumerate(parts):
            w("        + %s%s" % (p, ' + ", "' if i < len(parts) - 1 else ""))
        w('        + "]";')
        w("  }")
    w("}")
    body = "\n".join(lines[2:]) + "\n"
    needed = {
        "@JsonProperty": "com.fasterxml.jackson.annotation.JsonProperty",
        "@JsonInclude": "com.fasterxml.jackson.annotation.JsonInclude",
        "@JsonIgnoreProperties": "com.fasterxml.jackson.annotation.JsonIgnoreProperties",
        "Secret ": "dev.partnerkit.domain.Secret",
        "BigDecimal ": "java.math.BigDecimal",
        "new ArrayList": "java.util.ArrayList",
        "List<": "java.util.List",
        "Objects.": "java.util.Objects",
    }
    imps = sorted(v for k, v in needed.items() if k in body)
    head = "package %s;\n\n" % PKG + "".join("import %s;\n" % i for i in imps) + ("\n" if imps else "")
    return head + body


def main():
    tsv, md, out = sys.argv[1:4]
    purposes, notes, type_docs = parse_md(md)
    rows = read_tsv(tsv)
    recs = build_records(rows, notes)
    # actions with no request parameters (no request rows), or no rows at all
    for action in purposes:
        for suffix, kind in (("Request", "request"), ("Response", "response")):
            if action + suffix not in recs:
                recs[action + suffix] = Rec(action + suffix, action, kind)
    request_types = set()
    frontier = set()
    for r in recs.values():
        if r.kind == "request":
            frontier |= referenced_types(r.fields)
    while frontier:
        t = frontier.pop()
        if t not in request_types:
            request_types.add(t)
            frontier |= referenced_types(recs[t].fields)
    for r in recs.values():
        with open(os.path.join(out, r.name + ".java"), "w", encoding="utf-8") as fh:
            fh.write(wrap(gen(r, purposes, type_docs, request_types)))
    print("records:", len(recs), "actions:", len(purposes), "request types:", sorted(request_types))


if __name__ == "__main__":
    main()
