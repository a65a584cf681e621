"""Wraps the over-long lines of generated Java at 120 columns: Javadoc text, method headers and argument lists."""
import re
import textwrap

WIDTH = 120


def _wrap_doc(indent, first_prefix, text, cont_extra):
    first = indent + first_prefix
    cont = indent + " * " + cont_extra
    return textwrap.wrap(text, width=WIDTH, initial_indent=first, subsequent_indent=cont,
                         break_long_words=False, break_on_hyphens=False)


def _wrap_args(line):
    """`<head>(a, b, c)<tail>` -> head( / args on continuation lines, packed to the width."""
    m = re.match(r"^(\s*)(.*?\()(.*)(\)[;{ ]*\s*\{?)$", line)
    if not m:
        return [line]
    indent, head, args, tail = m.groups()
    cont = indent + "    "
    wrapped = textwrap.wrap(args + tail, width=WIDTH, initial_indent=cont, subsequent_indent=cont,
                            break_long_words=False, break_on_hyphens=False)
    return [indent + head] + wrapped


def wrap(text):
    out = []
    for line in text.split("\n"):
        if len(line) <= WIDTH:
            out.append(line)
            continue
        one_line_doc = re.match(r"^(\s*)/\*\* (.*) \*/$", line)
        doc_param = re.match(r"^(\s*) \* (@(?:param|throws|return)\b.*)$", line)
        doc_text = re.match(r"^(\s*) \* (.*)$", line)
        if one_line_doc:
            indent, body = one_line_doc.groups()
            out.append(indent + "/**")
            out.extend(_wrap_doc(indent, " * ", body, ""))
            out.append(indent + " */")
        elif doc_param:
            indent, body = doc_param.groups()
            out.extend(_wrap_doc(indent, " * ", body, "    "))
        elif doc_text:
            indent, body = doc_text.groups()
            out.extend(_wrap_doc(indent, " * ", body, ""))
        else:
            out.extend(_wrap_args(line))
    return "\n".join(out)
