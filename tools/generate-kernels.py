#!/usr/bin/env python3
"""Generates lmconv's micro-kernels: one C file per tile and ISA from one
template (.c.in) per kernel family.

    python3 tools/generate-kernels.py           rewrite every generated file
    python3 tools/generate-kernels.py --check   exit 1 naming each generated
                                                file that differs (or is
                                                missing, or is in a gen/
                                                folder but not listed here)

Template syntax (a line is either template code or C text):
    $for W in range(4, 7):   a line whose first non-blank character is '$'
    $if NV == 4: / $elif: / $else:   is a Python statement; blocks close
    $endfor / $endif / $enddef       with $end<keyword> (indentation free)
    $def name(args): ... $enddef     a function: '$name(args)' on a line of its
                                     own emits its C lines, indented like that
                                     line; one that returns a string is used
                                     as ${name(args)}
    $X = expr / $# comment           any other Python statement
    ${expr}                          in C text: str() of a Python expression
    $$                               a literal '$'
Every other line is emitted as written, trailing blanks stripped.  The
template's parameters are Python variables; each generated file starts with
a comment that names its template and the command that regenerates it.
"""
import argparse
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def avx512_direct(tile):
    return dict(ISA="avx512", VW=16, **tile)


# (template, generated file, parameters); paths relative to the repository.
KERNELS = [
    # GEMM micro-kernels: full MR x NR tiles
    ("src/gemm/f32-gemm.c.in", "src/gemm/gen/f32-gemm-14x32-avx512.c", dict(ISA="avx512", MR=14, NR=32)),
    ("src/gemm/f32-gemm.c.in", "src/gemm/gen/f32-gemm-6x16-avx2.c", dict(ISA="avx2", MR=6, NR=16)),
    ("src/gemm/f32-gemm.c.in", "src/gemm/gen/f32-gemm-8x12-neon.c", dict(ISA="neon", MR=8, NR=12)),
    ("src/gemm/f32-gemm.c.in", "src/gemm/gen/f32-gemm-4x16-scalar.c", dict(ISA="scalar", MR=4, NR=16)),
    # GEMM helpers of the AVX-512 tile: masked corners, column tails
    ("src/gemm/f32-gemm-edge.c.in", "src/gemm/gen/f32-gemm-14x32-edge-avx512.c", dict(ISA="avx512", MR=14, NR=32)),
    ("src/gemm/f32-gemm-tail.c.in", "src/gemm/gen/f32-gemm-tail-14-avx512.c", dict(ISA="avx512", MR=14, WMAX=8)),
    # direct-convolution row blocks: C_ob = VW * NV channels x WOB columns
    ("src/direct/f32-direct-conv.c.in", "src/direct/gen/f32-direct-conv-64cx6w-avx512.c",
     avx512_direct(dict(NV=4, WOB=6, DW_WOB=6))),
    ("src/direct/f32-direct-conv.c.in", "src/direct/gen/f32-direct-conv-32cx14w-avx512.c",
     avx512_direct(dict(NV=2, WOB=14, DW_WOB=12))),
    ("src/direct/f32-direct-conv.c.in", "src/direct/gen/f32-direct-conv-16cx6w-avx2.c",
     dict(ISA="avx2", VW=8, NV=2, WOB=6, DW_WOB=6)),
    ("src/direct/f32-direct-conv.c.in", "src/direct/gen/f32-direct-conv-16cx6w-neon.c",
     dict(ISA="neon", VW=4, NV=4, WOB=6, DW_WOB=6)),
    ("src/direct/f32-direct-conv.c.in", "src/direct/gen/f32-direct-conv-8cx14w-neon.c",
     dict(ISA="neon", VW=4, NV=2, WOB=14, DW_WOB=12)),
    ("src/direct/f32-direct-conv.c.in", "src/direct/gen/f32-direct-conv-8cx4w-scalar.c",
     dict(ISA="scalar", VW=1, NV=8, WOB=4, DW_WOB=4)),
    # direct convolution on NCHW in place: MB channels x NW vectors of VW positions
    ("src/direct/f32-direct-nchw.c.in", "src/direct/gen/f32-direct-nchw-8cx48w-avx512.c",
     dict(ISA="avx512", VW=16, MB=8, NW=3, NW1=8)),
    ("src/direct/f32-direct-nchw.c.in", "src/direct/gen/f32-direct-nchw-4cx24w-avx2.c",
     dict(ISA="avx2", VW=8, MB=4, NW=3, NW1=6)),
    ("src/direct/f32-direct-nchw.c.in", "src/direct/gen/f32-direct-nchw-4cx16w-scalar.c",
     dict(ISA="scalar", VW=8, MB=4, NW=2, NW1=4)),
    # the FMA-peak loop: CHAINS independent FMA chains of one vector
    ("src/peak/f32-peak.c.in", "src/peak/gen/f32-peak-24x16-avx512.c", dict(ISA="avx512", VW=16, CHAINS=24)),
    ("src/peak/f32-peak.c.in", "src/peak/gen/f32-peak-12x8-avx2.c", dict(ISA="avx2", VW=8, CHAINS=12)),
    ("src/peak/f32-peak.c.in", "src/peak/gen/f32-peak-24x4-neon.c", dict(ISA="neon", VW=4, CHAINS=24)),
]

COMMAND = "python3 tools/generate-kernels.py"


class TemplateError(Exception):
    pass


_OPENERS = ("for", "if", "while", "def", "with")
_MIDDLES = ("elif", "else")


def _text_to_python(text, where):
    """The Python expression (an f-string-free concatenation) of a C line."""
    parts, i, lit = [], 0, []
    while i < len(text):
        if text.startswith("$$", i):
            lit.append("$")
            i += 2
        elif text.startswith("${", i):
            depth, j = 1, i + 2
            while j < len(text) and depth:
                depth += {"{": 1, "}": -1}.get(text[j], 0)
                j += 1
            if depth:
                raise TemplateError("%s: unclosed ${" % where)
            if lit:
                parts.append(repr("".join(lit)))
                lit = []
            parts.append("str(%s)" % text[i + 2:j - 1])
            i = j
        else:
            lit.append(text[i])
            i += 1
    if lit or not parts:
        parts.append(repr("".join(lit)))
    return " + ".join(parts)


def compile_template(src, name):
    """The template as the source of a Python function _render(_emit)."""
    out = ["def _render(_emit, _indent):"]
    depth = 1
    stack = []
    for n, raw in enumerate(src.splitlines(), 1):
        where = "%s:%d" % (name, n)
        pad = "    " * depth
        stripped = raw.lstrip()
        if stripped.startswith("$") and not stripped.startswith("${") and not stripped.startswith("$$"):
            stmt = stripped[1:].strip()
            word = re.match(r"[A-Za-z_]*", stmt).group(0)
            if word.startswith("end") and word[3:] in _OPENERS:
                if not stack or stack[-1] != word[3:]:
                    raise TemplateError("%s: $%s without $%s" % (where, word, word[3:]))
                stack.pop()
                depth -= 1
            elif word in _MIDDLES:
                if not stack or stack[-1] != "if" and not (stack[-1] == "for" and word == "else"):
                    raise TemplateError("%s: $%s outside $if" % (where, word))
                out.append("    " * (depth - 1) + stmt)
                out.append(pad + "pass")
            elif word in _OPENERS:
                if not stmt.endswith(":"):
                    raise TemplateError("%s: $%s needs a ':'" % (where, word))
                out.append(pad + stmt)
                out.append(pad + "    pass")
                stack.append(word)
                depth += 1
            else:
                lead = raw[: len(raw) - len(stripped)]
                if lead and not stmt.startswith("#"):
                    out.append(pad + "_indent.append(%r)" % lead)
                    out.append(pad + stmt)
                    out.append(pad + "_indent.pop()")
                else:
                    out.append(pad + stmt)
        else:
            out.append(pad + "_emit(%s)" % _text_to_python(raw.rstrip(), where))
    if stack:
        raise TemplateError("%s: $%s not closed" % (name, stack[-1]))
    return "\n".join(out) + "\n"


def render(template_path, params):
    with open(os.path.join(ROOT, template_path)) as f:
        src = f.read()
    code = compile_template(src, template_path)
    lines, indent = [], []

    def emit(s):
        # preprocessor lines stay at the left margin, as clang-format puts them
        lines.append(("".join(indent) + s).rstrip() if s and not s.startswith("#") else s.rstrip())

    scope = dict(params)
    exec(compile(code, template_path, "exec"), scope)
    scope["_render"](emit, indent)
    return "\n".join(lines).rstrip("\n") + "\n"


def header(template, out, params):
    args = ", ".join("%s=%s" % (k, params[k]) for k in params)
    return (
        "/* Generated from %s (%s) by\n"
        " *   %s\n"
        " * Do not edit: change the template or the parameters in\n"
        " * tools/generate-kernels.py, then run that command. */\n" % (template, args, COMMAND)
    )


def generate(entry):
    template, out, params = entry
    return header(template, out, params) + render(template, params)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="compare with the committed files instead of writing them; exit 1 if any differs")
    args = ap.parse_args()
    bad = []
    listed = set()
    for entry in KERNELS:
        path = os.path.join(ROOT, entry[1])
        listed.add(os.path.normpath(path))
        text = generate(entry)
        try:
            with open(path) as f:
                old = f.read()
        except FileNotFoundError:
            old = None
        if old == text:
            continue
        if args.check:
            bad.append(entry[1] + (" (missing)" if old is None else " (differs from its template)"))
        else:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                f.write(text)
            print("wrote " + entry[1])
    # a file left in a gen/ folder that no entry makes
    for d in sorted({os.path.dirname(os.path.join(ROOT, e[1])) for e in KERNELS}):
        for name in sorted(os.listdir(d)) if os.path.isdir(d) else []:
            p = os.path.normpath(os.path.join(d, name))
            if p not in listed:
                bad.append(os.path.relpath(p, ROOT) + " (not made by any entry of tools/generate-kernels.py)")
    if bad:
        for b in bad:
            print("stale: " + b, file=sys.stderr)
        if args.check:
            print("run: " + COMMAND, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
