#!/usr/bin/env python3
"""make report: run the papers' layer sets through lmconv and the comparison
libraries, then write docs/results.md with tables and pictures.

    tools/report.py [--bench build/lmconv-bench] [--out docs] [--threads 1,2]
                    [--reps 5] [--sets zmo_paper,vgg16,...] [--shapes N]
                    [--from-csv FILE]

Runs (one lmconv-bench call per set, every lmconv algorithm and
--compare onednn,openblas,xnnpack, at each thread count):
  bench/layers/{zmo_paper,vgg16,resnet18,alexnet,mec_paper}.csv (those that
  exist) and a deterministic sample of N real-network layers from
  bench/shapes/*_shapes.csv (batch 1).
Writes:
  docs/results.md            the report
  docs/results.csv           every row of every set (lmconv-bench --csv)
  docs/data/<set>.csv        the raw output per set, docs/data/*.txt machine
  docs/img/*.png             the pictures (tools/plot.py)
Sections whose algorithms are not in the build say "not available in this
build"; comparison libraries the build did not find are listed with the
bench's reason.  --from-csv re-renders the document from an existing CSV
without running anything (machine figures are then read from docs/data).
"""
import argparse
import csv
import datetime
import io
import math
import os
import platform
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import plot  # noqa: E402

DEFAULT_SETS = ["zmo_paper", "vgg16", "resnet18", "alexnet", "mec_paper"]
COMPARE = "onednn,openblas,xnnpack"
COMPARE_ALGOS = ["onednn-auto", "onednn-direct", "onednn-winograd", "openblas-im2col", "xnnpack"]
KN2_FAMILY = ["im2col", "kn2row", "kn2row-as", "kn2row-aa", "indirect", "mec", "direct"]
# Every family at its own choice, and MEC's solutions one by one (the MEC section).
ALGOS = "all,mec:a,mec:b"


# ---- running ------------------------------------------------------------------

def run(cmd, log):
    """Runs cmd, returns (rc, stdout, stderr); logs the command."""
    log.append(" ".join(cmd))
    t0 = time.time()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    print("  %5.1f s  %s" % (time.time() - t0, " ".join(cmd)), file=sys.stderr, flush=True)
    return p.returncode, p.stdout, p.stderr


def shapes_sample(shapes_dir, n, path):
    """A deterministic sample of n real-network layers (evenly spaced over the
    2-D rows of every shape file, at most 2 GFLOP each at batch 1), written as
    a shape CSV whose net column is 'shapes_sample'.  Returns the count."""
    files = sorted(f for f in os.listdir(shapes_dir) if f.endswith("_shapes.csv"))
    pool = []
    header = None
    for f in files:
        with open(os.path.join(shapes_dir, f), newline="") as fh:
            rd = csv.reader(fh)
            h = next(rd)
            header = header or h
            if h != header:
                continue
            for rec in rd:
                r = dict(zip(h, rec))
                try:
                    g, ic, ih, oc, oh, ow, kh, kw = (int(r[k]) for k in
                                                     ("groups", "ic", "ih", "oc", "oh", "ow", "kh", "kw"))
                except (KeyError, ValueError):
                    continue
                if ih <= 1 or oh <= 1:
                    continue
                flops = 2.0 * oc * oh * ow * (ic // max(g, 1)) * kh * kw
                if flops > 2e9 or flops < 1e6:
                    continue
                pool.append(rec)
    if not pool or not header:
        return 0
    step = max(1, len(pool) // n)
    pick = pool[::step][:n]
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        for rec in pick:
            rec = list(rec)
            rec[0] = "shapes_sample"
            w.writerow(rec)
    return len(pick)


def lscpu():
    info = {}
    try:
        out = subprocess.run(["lscpu"], stdout=subprocess.PIPE, text=True).stdout
    except OSError:
        return info
    for line in out.splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            info[k.strip()] = v.strip()
    return info


# ---- reading ------------------------------------------------------------------

def num(s, default=float("nan")):
    return plot.num(s, default)


def parse_desc(desc):
    """'g1mb1ic3ih224iw224oc64oh224ow224kh3kw3sh1sw1pt1pb1pl1pr1dh1dw1_nchw_bias' -> dict."""
    return {k: int(v) for k, v in re.findall(r"([a-z]+)(\d+)", desc.split("_")[0])}


class Results:
    def __init__(self, rows):
        self.rows = rows
        self.ok = {}
        self.any = {}
        for r in rows:
            key = (r["set"], r["layer"], r["algo"], int(r["threads"]))
            self.any.setdefault(key, r)
            if r["status"] == "ok" and key not in self.ok:
                self.ok[key] = r
        self.sets = []
        for r in rows:
            if r["set"] not in self.sets:
                self.sets.append(r["set"])

    def layers(self, s):
        return plot.layers_of([r for r in self.rows if r["set"] == s])

    def algos(self, s=None):
        return plot.algo_order([r for r in self.rows if s is None or r["set"] == s])

    def threads(self, s=None):
        return sorted({int(r["threads"]) for r in self.rows if s is None or r["set"] == s})

    def get(self, s, layer, algo, t):
        return self.ok.get((s, layer, algo, t))

    def has_algo(self, algo):
        return any(k[2] == algo for k in self.ok)

    def desc(self, s, layer):
        for r in self.rows:
            if r["set"] == s and r["layer"] == layer and r.get("desc"):
                return parse_desc(r["desc"])
        return {}


def mib(b):
    return "%.2f" % (b / 1048576.0)


def fmt_ms(r):
    return "%.3f" % num(r["ms"]) if r else "–"


def table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for row in rows:
        out.append("| " + " | ".join(str(c) for c in row) + " |")
    return "\n".join(out) + "\n"


def geomean(xs):
    xs = [x for x in xs if x > 0 and math.isfinite(x)]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")


# ---- sections ------------------------------------------------------------------

def section_summary(R, s, t):
    layers = R.layers(s)
    lines = []
    rows = []
    for a in R.algos(s):
        rs = [R.get(s, lay, a, t) for lay in layers]
        got = [r for r in rs if r]
        if not got:
            continue
        base = [R.get(s, lay, "im2col", t) for lay in layers]
        sp = [num(b["ms"]) / num(r["ms"]) for b, r in zip(base, rs) if b and r]
        pct = sorted(num(r["pct_peak"]) for r in got)
        full = len(got) == len(layers)
        total = sum(num(r["ms"]) for r in got)
        lo = sum(num(r["ms_min"], num(r["ms"])) for r in got)
        hi = sum(num(r["ms_max"], num(r["ms"])) for r in got)
        rows.append((
            0 if full else 1, total,
            [a, "%d/%d" % (len(got), len(layers)),
             ("%.2f" % total) if full else "(%.2f)" % total,
             "%.2f – %.2f" % (lo, hi),
             mib(max(int(num(r["workspace_bytes"], 0)) for r in got)),
             mib(max(int(num(r["packed_weight_bytes"], 0)) for r in got)),
             "%.2f" % geomean(sp) if sp else "–",
             "%.0f" % pct[len(pct) // 2]]))
    rows.sort(key=lambda x: (x[0], x[1]))
    lines.append(table(["algorithm", "layers run", "total ms (sum of medians)", "sum of min – max ms",
                        "max workspace MiB", "max packed MiB", "speed-up vs im2col (geo-mean)",
                        "median % peak"], [r[2] for r in rows]))
    lines.append("Totals in parentheses cover only the layers the algorithm ran; "
                 "they are not comparable with the full totals.\n")
    return "\n".join(lines)


def section_per_layer(R, s, t):
    layers = R.layers(s)
    libs = [a for a in COMPARE_ALGOS if any(R.get(s, lay, a, t) for lay in layers)]
    own = [a for a in R.algos(s) if not plot.is_compare(a)]
    header = ["layer", "fastest lmconv (ms, ws MiB)", "im2col ms"] + ["%s ms" % a for a in libs] + \
             ["fastest library / fastest lmconv"]
    rows = []
    for lay in layers:
        best = None
        for a in own:
            r = R.get(s, lay, a, t)
            if r and (best is None or num(r["ms"]) < num(best["ms"])):
                best = r
        bl = None
        for a in libs:
            r = R.get(s, lay, a, t)
            if r and (bl is None or num(r["ms"]) < num(bl["ms"])):
                bl = r
        rows.append([lay,
                     "%s %.3f, %s" % (best["algo"], num(best["ms"]), mib(int(num(best["workspace_bytes"], 0))))
                     if best else "–",
                     fmt_ms(R.get(s, lay, "im2col", t))] +
                    [fmt_ms(R.get(s, lay, a, t)) for a in libs] +
                    ["%.2f (%s)" % (num(bl["ms"]) / num(best["ms"]), bl["algo"]) if best and bl else "–"])
    return table(header, rows) + "\nA ratio above 1 means lmconv's fastest algorithm beat every library on that layer.\n"


def read_fig4(path):
    out = {}
    if not os.path.exists(path):
        return out
    with open(path, newline="") as fh:
        for r in csv.DictReader(fh):
            if r["machine_key"] == "haswell":
                out[int(r["bar_index"])] = r
    return out


def zmo_bar(layer):
    m = re.match(r"([AV])(\d+)_", layer)
    if not m:
        return None
    return int(m.group(2)) + (0 if m.group(1) == "A" else 5)


def section_zmo(R, fig4, imgdir, img_rel):
    s = "zmo_paper"
    if s not in R.sets:
        return "The ZMO layer set was not run.\n", []
    out = []
    made = []
    have_direct = R.has_algo("direct")
    if not have_direct:
        out.append("**`direct` is not available in this build**: the table shows the libraries' speed-up "
                   "over lmconv's im2col only.\n")
    series = [a for a in ["direct", "openblas-im2col", "onednn-auto", "onednn-winograd", "xnnpack"]
              if R.has_algo(a)]
    layers = R.layers(s)
    for t in R.threads(s):
        header = ["bar", "layer"] + ["%s" % a for a in series] + \
                 ["paper: direct", "paper: OpenBLAS+im2col", "paper: NNPACK best"]
        rows = []
        for lay in layers:
            base = R.get(s, lay, "im2col", t)
            bar = zmo_bar(lay)
            p = fig4.get(bar, {})
            cells = []
            for a in series:
                r = R.get(s, lay, a, t)
                cells.append("%.2f" % (num(base["ms"]) / num(r["ms"])) if base and r else "–")
            rows.append([bar or "", lay] + cells +
                        [p.get("speedup_direct", "–") or "–", p.get("speedup_openblas_im2col", "–") or "–",
                         p.get("speedup_nnpack_best", "–") or "–"])
        out.append("**%d thread%s** (ours: speed-up = lmconv `im2col` median time / algorithm median time):\n"
                   % (t, "s" if t > 1 else ""))
        out.append(table(header, rows))
        # picture: ours vs paper
        try:
            import matplotlib.pyplot as plt
            fig, ax = plt.subplots(figsize=(11, 4.8))
            xs = list(range(len(layers)))
            def ours(a):
                return [(num(R.get(s, l, "im2col", t)["ms"]) / num(R.get(s, l, a, t)["ms"]))
                        if R.get(s, l, "im2col", t) and R.get(s, l, a, t) else float("nan") for l in layers]

            def paper(col):
                return [num(fig4.get(zmo_bar(l) or 0, {}).get(col)) for l in layers]
            # (label, values, hatched, colour): each of ours beside the paper's counterpart
            groups = []
            if R.has_algo("direct"):
                groups.append(("lmconv direct (ours)", ours("direct"), False, "#1f77b4"))
            groups.append(("paper Haswell: direct (4 thr, vs MKL+im2col)", paper("speedup_direct"), True, "#1f77b4"))
            if R.has_algo("openblas-im2col"):
                groups.append(("OpenBLAS+im2col (ours)", ours("openblas-im2col"), False, "#ff7f0e"))
            groups.append(("paper Haswell: OpenBLAS+im2col", paper("speedup_openblas_im2col"), True, "#ff7f0e"))
            if R.has_algo("onednn-auto"):
                groups.append(("oneDNN auto (ours)", ours("onednn-auto"), False, "#444444"))
            w = 0.8 / max(len(groups), 1)
            for k, (name, ys, hatched, color) in enumerate(groups):
                ax.bar([x + (k - len(groups) / 2 + 0.5) * w for x in xs], ys, w, label=name,
                       color=color, hatch="///" if hatched else None, alpha=0.45 if hatched else 0.95,
                       edgecolor="k" if hatched else None, lw=0.3)
            ax.axhline(1.0, color="k", lw=1)
            ax.set_xticks(xs)
            ax.set_xticklabels(layers, rotation=40, ha="right", fontsize=8)
            ax.set_ylabel("speed-up over im2col + GEMM")
            ax.set_title("ZMO Fig. 4 analogue, %d thread%s: speed-up over lmconv im2col (ours) beside the "
                         "paper's Haswell bars (hatched)" % (t, "s" if t > 1 else ""), fontsize=10)
            ax.legend(fontsize=7, ncol=2)
            ax.grid(True, axis="y", alpha=0.3)
            fig.tight_layout()
            name = "zmo_fig4_t%d.png" % t
            fig.savefig(os.path.join(imgdir, name), dpi=110)
            plt.close(fig)
            made.append(name)
            out.append("![ZMO Fig. 4 analogue, %d thread(s)](%s/%s)\n" % (t, img_rel, name))
        except Exception as e:  # the table is the result; a failed picture is reported
            out.append("(picture failed: %s)\n" % e)
    out.append("The paper's baseline is MKL + Caffe im2col on a 4-core Haswell at 4 threads; ours is lmconv's "
               "own im2col + SGEMM on this machine. Paper values: `bench/papers/results_zhang_fig4.csv` "
               "(extracted from the figure, ±0.01).\n")
    return "\n".join(out), made


def section_mec(R):
    if not R.has_algo("mec") and not R.has_algo("mec:a") and not R.has_algo("mec:b"):
        return "**MEC is not available in this build** (no `mec`, `mec:a`, `mec:b` rows).\n"
    out = ["Workspace at 1 thread (bytes include GEMM packing, as the library reports them). "
           "Formula: im2col / MEC lowered = (o_h·k_h) / i_h,padded, from C·KH·KW·Ho·Wo elements (im2col) "
           "vs. Wo·Hp·KW·C (MEC's lowered matrix, Cho & Brand 2017).\n"]
    t = 1
    for s in [x for x in ["mec_paper", "alexnet", "zmo_paper", "vgg16", "resnet18"] if x in R.sets]:
        rows = []
        for lay in R.layers(s):
            d = R.desc(s, lay)
            im = R.get(s, lay, "im2col", t)
            if not d or not im:
                continue
            hp = d["ih"] + d.get("pt", 0) + d.get("pb", 0)
            formula = (d["oh"] * d["kh"]) / hp if hp else float("nan")
            cells = [lay, mib(int(num(im["workspace_bytes"], 0)))]
            for a in ["mec", "mec:a", "mec:b"]:
                r = R.get(s, lay, a, t)
                cells.append(mib(int(num(r["workspace_bytes"], 0))) if r else "–")
            m = R.get(s, lay, "mec", t) or R.get(s, lay, "mec:b", t)
            ratio = num(im["workspace_bytes"], 0) / num(m["workspace_bytes"], 0) \
                if m and num(m["workspace_bytes"], 0) > 0 else float("nan")
            cells += ["%.2f" % ratio if math.isfinite(ratio) else "–", "%.2f" % formula]
            for tt in R.threads(s):
                a, b = R.get(s, lay, "im2col", tt), R.get(s, lay, "mec", tt) or R.get(s, lay, "mec:b", tt)
                cells.append("%.2f" % (num(b["ms"]) / num(a["ms"])) if a and b else "–")
            rows.append(cells)
        if rows:
            out.append("**%s**\n" % s)
            out.append(table(["layer", "im2col ws MiB", "mec ws MiB", "mec:a ws MiB", "mec:b ws MiB",
                              "im2col/mec (measured)", "formula (o_h·k_h)/i_h"] +
                             ["time mec/im2col %dt" % tt for tt in R.threads(s)], rows))
    return "\n".join(out)


def kn2_class(a, d):
    """(class text, formula bytes) of the algorithm's extra memory for descriptor d."""
    c, m, h, w = d.get("ic", 0), d.get("oc", 0), d.get("ih", 0), d.get("iw", 0)
    kh, kw, oh, ow = d.get("kh", 0), d.get("kw", 0), d.get("oh", 0), d.get("ow", 0)
    g = max(d.get("g", 1), 1)
    f = 4
    return {
        "im2col": ("C·KH·KW·Ho·Wo", f * c // g * kh * kw * oh * ow),
        "kn2row": ("KH·KW·M·H·W", f * kh * kw * m * h * w),
        "kn2row-as": ("M·H·W", f * m * h * w),
        "kn2row-aa": ("O(KW)", None),
        "indirect": ("KH·KW·Ho·Wo ptrs", 8 * kh * kw * oh * ow),
        "mec": ("Wo·Hp·KW·C", f * ow * (h + d.get("pt", 0) + d.get("pb", 0)) * kw * c // g),
        "direct": ("0", 0),
    }.get(a, ("?", None))


def section_kn2(R):
    present = [a for a in KN2_FAMILY if R.has_algo(a)]
    missing = [a for a in KN2_FAMILY if a not in present]
    out = []
    if not any(a in present for a in ["kn2row", "kn2row-as", "kn2row-aa"]):
        out.append("**The kn2row family is not available in this build** (no `kn2row*` rows).\n")
        if not present:
            return "\n".join(out)
    if missing:
        out.append("Not in this build: %s.\n" % ", ".join("`%s`" % a for a in missing))
    out.append("Workspace at 1 thread in MiB, measured (the library's exact figure, GEMM packing included) "
               "and, in parentheses, the memory class's formula for one image without packing.\n")
    for s in [x for x in ["vgg16", "resnet18", "alexnet"] if x in R.sets]:
        rows = []
        for lay in R.layers(s):
            d = R.desc(s, lay)
            cells = [lay]
            for a in present:
                r = R.get(s, lay, a, 1)
                cls, fb = kn2_class(a, d)
                meas = mib(int(num(r["workspace_bytes"], 0))) if r else "–"
                if r is None and (s, lay, a, 1) in R.any:
                    meas = "n/a"
                cells.append(meas + (" (%s)" % mib(fb) if fb is not None else ""))
            rows.append(cells)
        header = ["layer"] + ["%s: %s" % (a, kn2_class(a, {})[0]) for a in present]
        out.append("**%s**\n" % s)
        out.append(table(header, rows))
        trows = []
        for t in R.threads(s):
            cells = ["%d" % t]
            base = [R.get(s, lay, "im2col", t) for lay in R.layers(s)]
            for a in present:
                rs = [R.get(s, lay, a, t) for lay in R.layers(s)]
                sp = [num(b["ms"]) / num(r["ms"]) for b, r in zip(base, rs) if b and r]
                cells.append("%.2f" % geomean(sp) if sp else "–")
            trows.append(cells)
        lays = []
        for a in present:
            ls = sorted({r["layout"] for r in R.rows if r["set"] == s and r["algo"] == a and r["status"] == "ok"})
            lays.append("`%s` %s" % (a, "/".join(ls) or "–"))
        out.append("Layouts these rows ran in (the bench's `--layout auto`: NCHW where supported): %s. "
                   "An algorithm run outside its native layout may count a conversion buffer in its "
                   "workspace (e.g. `direct` on NCHW).\n" % ", ".join(lays))
        out.append("Speed-up over im2col (geo-mean over the layers each ran):\n")
        out.append(table(["threads"] + present, trows))
    return "\n".join(out)


def section_impls(R):
    seen = {}
    for r in R.rows:
        if r["status"] != "ok" or not plot.is_compare(r["algo"]):
            continue
        m = re.search(r"impl=(\S+)", r.get("note", ""))
        impl = m.group(1) if m else "–"
        seen.setdefault(r["algo"], {}).setdefault(impl, 0)
        seen[r["algo"]][impl] += 1
    rows = [[a, ", ".join("%s (%d)" % kv for kv in sorted(v.items(), key=lambda kv: -kv[1]))]
            for a, v in sorted(seen.items())]
    unsup = {}
    for r in R.rows:
        if plot.is_compare(r["algo"]) and r["status"] != "ok":
            unsup.setdefault(r["algo"], set()).add(r["status"])
    out = table(["backend", "implementation (rows)"], rows) if rows else "No comparison rows.\n"
    if unsup:
        out += "\nRows that did not run:\n\n" + "".join(
            "- `%s`: %s\n" % (a, "; ".join(sorted(v))) for a, v in sorted(unsup.items()))
    return out


def section_noise(R):
    rows = []
    for t in R.threads():
        rs = [r for r in R.rows if int(r["threads"]) == t and r["status"] == "ok" and num(r["ms_min"]) > 0]
        if not rs:
            continue
        spread = sorted(num(r["ms_max"]) / num(r["ms_min"]) for r in rs)
        wide = sum(1 for r in rs if num(r["ms"]) > 1.5 * num(r["ms_min"]))
        rows.append([t, len(rs), "%.2f" % spread[len(spread) // 2], "%.1f" % spread[-1],
                     "%d (%.0f %%)" % (wide, 100.0 * wide / len(rs))])
    return table(["threads", "rows", "median max/min", "worst max/min", "rows with median > 1.5 × min"], rows)


# ---- main ------------------------------------------------------------------------

def main(argv):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", default=os.path.join(ROOT, "build", "lmconv-bench"))
    ap.add_argument("--out", default=os.path.join(ROOT, "docs"))
    ap.add_argument("--threads", default="")
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--sets", default=",".join(DEFAULT_SETS))
    ap.add_argument("--shapes", type=int, default=12, help="real-network layers to sample (0 = none)")
    ap.add_argument("--shapes-dir", default=os.path.join(ROOT, "bench", "shapes"),
                    help="real-network shape files *_shapes.csv (default: bench/shapes)")
    ap.add_argument("--papers-dir", default=os.path.join(ROOT, "bench", "papers"),
                    help="the papers' figure values, results_zhang_fig4.csv (default: bench/papers)")
    ap.add_argument("--from-csv", default="")
    a = ap.parse_args(argv)

    out = a.out
    data = os.path.join(out, "data")
    img = os.path.join(out, "img")
    os.makedirs(data, exist_ok=True)
    os.makedirs(img, exist_ok=True)
    log = []
    t_start = time.time()
    skipped = []
    failures = []

    bench = a.bench
    if not a.from_csv:
        if not os.access(bench, os.X_OK):
            print("report.py: %s not found; build first (make)" % bench, file=sys.stderr)
            return 2
        rc, o, e = run([bench, "peak"], log)
        open(os.path.join(data, "peak.txt"), "w").write(o + e)
        rc, o, e = run([bench, "bandwidth", "--csv"], log)
        open(os.path.join(data, "bandwidth.csv"), "w").write(o)
        threads = a.threads or ",".join(str(t) for t in sorted({1, os.cpu_count() or 1}))
        sets = []
        for s in a.sets.split(","):
            p = os.path.join(ROOT, "bench", "layers", s + ".csv")
            if os.path.exists(p):
                sets.append((s, p, []))
            else:
                skipped.append("layer set `%s`: bench/layers/%s.csv does not exist in this checkout" % (s, s))
        if a.shapes > 0 and os.path.isdir(a.shapes_dir):
            p = os.path.join(data, "shapes_sample_layers.csv")
            n = shapes_sample(a.shapes_dir, a.shapes, p)
            if n:
                sets.append(("shapes_sample", p, ["--batch", "1"]))
        elif a.shapes > 0:
            skipped.append("real-network shapes: %s not found" % a.shapes_dir)
        all_csv = []
        for s, p, extra in sets:
            cmd = [bench, "--layers", os.path.relpath(p, ROOT) if p.startswith(ROOT) else p, "--algo", ALGOS,
                   "--compare", COMPARE, "--threads", threads, "--reps", str(a.reps), "--csv"] + extra
            rc, o, e = run(cmd, log)
            for line in e.splitlines():
                if line.startswith("# skipped"):
                    if line[2:] not in skipped:
                        skipped.append(line[2:])
                elif line.strip():
                    print("  [%s] %s" % (s, line), file=sys.stderr)
            if rc != 0:
                failures.append("`%s` exited with %d: %s" % (" ".join(cmd), rc, e.strip()[-300:]))
            open(os.path.join(data, s + ".csv"), "w").write(o)
            all_csv.append(o)
        with open(os.path.join(out, "results.csv"), "w") as fh:
            first = True
            for o in all_csv:
                for i, line in enumerate(o.splitlines(True)):
                    if line.startswith("set,"):
                        if not first:
                            continue
                        first = False
                    fh.write(line)
        csv_path = os.path.join(out, "results.csv")
    else:
        csv_path = a.from_csv
    run_s = time.time() - t_start

    rows = plot.read_rows([csv_path])
    R = Results(rows)
    made = plot.plot_all(rows, img, per_layer=True)
    img_rel = os.path.relpath(img, out)

    # ---- the document
    cpu = lscpu()
    peak_txt = open(os.path.join(data, "peak.txt")).read() if os.path.exists(os.path.join(data, "peak.txt")) else ""
    bw_rows = []
    if os.path.exists(os.path.join(data, "bandwidth.csv")):
        bw_rows = list(csv.DictReader(open(os.path.join(data, "bandwidth.csv"))))
    try:
        rev = subprocess.run(["git", "-C", ROOT, "describe", "--always"], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True).stdout.strip()
        # Changes outside docs/ only: the report's own outputs (written
        # while it runs) do not make the measured code "dirty".
        changed = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no",
                                  "--", ".", ":(exclude)docs"], stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL, text=True).stdout.strip()
        if rev and changed:
            rev += "-dirty"
    except OSError:
        rev = "?"
    cache = {}
    cpath = os.path.join(os.path.dirname(os.path.abspath(bench)), "CMakeCache.txt")
    if os.path.exists(cpath):
        for line in open(cpath):
            m = re.match(r"(LMC_\w+|CMAKE_BUILD_TYPE|CMAKE_C_COMPILER):\w+=(.*)", line.strip())
            if m:
                cache[m.group(1)] = m.group(2)

    md = io.StringIO()
    w = md.write
    w("# lmconv results\n\n")
    w("Generated by `make report` (`tools/report.py`) on %s, lmconv `%s`. Every figure below comes from "
      "`lmconv-bench`'s CSV (`results.csv` beside this file, raw per set in `data/`). Times are the **median** "
      "of the repetitions after one warm-up run (at least %d, more for fast layers until 0.2 s), with the "
      "fastest and slowest repetitions kept in `ms_min`/`ms_max`; nothing is dropped. Every row's output was "
      "checked against lmconv's reference (`max_rel_err` column).\n\n"
      % (datetime.datetime.now().strftime("%Y-%m-%d %H:%M"), rev or "?", a.reps))

    w("## Machine\n\n")
    w(table(["item", "value"], [
        ["CPU", cpu.get("Model name", platform.processor() or "?")],
        ["cores / threads", "%s socket(s) × %s core(s) × %s thread(s) = %s CPUs" % (
            cpu.get("Socket(s)", "?"), cpu.get("Core(s) per socket", "?"), cpu.get("Thread(s) per core", "?"),
            cpu.get("CPU(s)", "?"))],
        ["caches", "L1d %s, L2 %s, L3 %s" % (cpu.get("L1d cache", "?"), cpu.get("L2 cache", "?"),
                                               cpu.get("L3 cache", "?"))],
        ["vector ISA", " ".join(f for f in ["avx512f", "avx2", "fma"] if f in cpu.get("Flags", "").split())],
        ["hypervisor", cpu.get("Hypervisor vendor", "none reported")],
        ["kernel", platform.release()],
        ["build", "%s, %s, LMC_COMPARE=%s" % (cache.get("CMAKE_BUILD_TYPE", "?"), cache.get("CMAKE_C_COMPILER", "?"),
                                              cache.get("LMC_COMPARE", "?"))],
    ]))
    w("\n**Measured peak** (`lmconv-bench peak`, the denominator of every `%% peak`):\n\n```\n%s```\n\n"
      % (peak_txt or "(not measured)\n"))
    if bw_rows:
        w("**Memory bandwidth** (`lmconv-bench bandwidth`, STREAM-like triad over 3 × %s MiB, GB/s):\n\n"
          % bw_rows[0]["array_mib"])
        w(table(["threads", "median", "best", "worst", "reps"],
                [[r["threads"], r["gbs_median"], r["gbs_best"], r["gbs_worst"], r["reps"]] for r in bw_rows]))
    w("\nThis machine is a shared %s-CPU virtual machine: other jobs run beside the benchmark, so times are "
      "noisy, worst at 2 threads (a descheduled thread stalls every barrier; the 2-thread medians can "
      "collapse to multiples of the 4 ms scheduler tick). The spread of every row is in the CSV; the "
      "table at the end summarises it.\n\n" % cpu.get("CPU(s)", "?"))

    w("## What ran\n\n")
    own = [x for x in R.algos() if not plot.is_compare(x)]
    libs = [x for x in R.algos() if plot.is_compare(x)]
    w("- lmconv algorithms in this build: %s\n" % (", ".join("`%s`" % x for x in own) or "none"))
    w("- comparison libraries: %s\n" % (", ".join("`%s`" % x for x in libs) or "none"))
    w("- layer sets: %s\n" % ", ".join("`%s` (%d layers)" % (s, len(R.layers(s))) for s in R.sets))
    if "shapes_sample" in R.sets:
        w("- `shapes_sample`: %d real-network layers sampled evenly from `bench/shapes/*_shapes.csv` "
          "(benchdnn and XNNPACK benchmark shapes; 2-D layers of 1 MFLOP to 2 GFLOP at batch 1), listed in "
          "`data/shapes_sample_layers.csv`\n" % len(R.layers("shapes_sample")))
    for sk in skipped:
        w("- **skipped**: %s\n" % re.sub(r"^skipped ", "", sk))
    for f in failures:
        w("- **failed**: %s\n" % f)
    w("- run time of the benchmarks: %.0f s\n\n" % run_s)

    w("### What the comparison rows measure\n\n")
    w("- `onednn-auto` / `-direct` / `-winograd`: oneDNN's forward-inference convolution with algorithm "
      "`convolution_auto` / `_direct` / `_winograd`, memory format `any` (oneDNN picks blocked layouts). "
      "Weights reordered once outside the timing (their size = packed bytes). `ms` is the convolution on "
      "activations already in oneDNN's layout; the NCHW → blocked → NCHW activation reorders are timed "
      "separately (`reorder_ms` in the note; `act_MiB` = the two reordered copies, not counted as workspace). "
      "Scratchpad in user mode: its queried size is the workspace. `unsupported by oneDNN` = no "
      "implementation accepted the problem (Winograd: 3×3 stride 1 only).\n")
    w("- `openblas-im2col`: Caffe's im2col per image and group + `cblas_sgemm` (OpenBLAS), bias pre-filled "
      "and accumulated with beta = 1. Workspace = the column buffer. OpenBLAS's internal packing buffers are "
      "hidden and **not counted**. 1×1/stride-1 layers multiply the input directly, as Caffe does.\n")
    w("- `xnnpack`: XNNPACK's NHWC `convolution2d_nhwc_f32` (create + setup outside the timing, "
      "`xnn_run_operator` timed, pthreadpool of `threads` threads). XNNPACK has no size query: the bench "
      "counts its allocations through a custom `xnn_allocator`: packed bytes = what create keeps, workspace "
      "= what setup adds (mainly the indirection buffer, KH·KW·Ho·Wo pointers).\n")
    w("- lmconv's figures are exact by the library's memory contract (checked by `test_memory`): workspace "
      "includes GEMM packing; no hidden buffers.\n\n")
    w("Implementations the libraries chose:\n\n")
    w(section_impls(R))
    w("\n")

    w("## Per layer set\n\n")
    w("For each set and thread count: a summary over the set, the time-against-workspace picture "
      "(x = largest workspace on any layer of the set, y = sum of median times; only algorithms that ran on "
      "every layer are drawn; the step line is the Pareto front), GFLOP/s per layer with the measured peak, "
      "and the per-layer table. Per-layer Pareto pictures: `img/<set>_t<N>_pareto_layers.png`.\n\n")
    for s in R.sets:
        w("### %s\n\n" % s)
        for t in R.threads(s):
            w("#### %s, %d thread%s\n\n" % (s, t, "s" if t > 1 else ""))
            w(section_summary(R, s, t))
            w("\n")
            for kind in ("pareto", "gflops"):
                name = "%s_t%d_%s.png" % (plot.safe(s), t, kind)
                if os.path.exists(os.path.join(img, name)):
                    w("![%s %s %d thread(s)](%s/%s)\n\n" % (s, kind, t, img_rel, name))
            name = "%s_t%d_pareto_layers.png" % (plot.safe(s), t)
            if os.path.exists(os.path.join(img, name)):
                w("Per layer: [%s](%s/%s)\n\n" % (name, img_rel, name))
            w(section_per_layer(R, s, t))
            w("\n")

    w("## Direct convolution vs. im2col + GEMM (the analogue of ZMO's Fig. 4)\n\n")
    text, _ = section_zmo(R, read_fig4(os.path.join(a.papers_dir, "results_zhang_fig4.csv")), img, img_rel)
    w(text)
    w("\n## MEC's memory ratios (Cho & Brand, ICML 2017)\n\n")
    w(section_mec(R))
    w("\n## The kn2row family's memory classes (Anderson et al. 2017, arXiv 1709.03395)\n\n")
    w(section_kn2(R))
    w("\n## Spread of the measurements\n\n")
    w("max/min = slowest / fastest repetition of a row. A row whose median is far above its minimum was "
      "disturbed by other load; it is kept, not dropped.\n\n")
    w(section_noise(R))
    w("\n## Commands\n\n```\n")
    w("make report          # = %s\n" % " ".join(["tools/report.py"] + argv))
    for c in log:
        w(c.replace(ROOT + "/", "") + "\n")
    w("```\n\nRe-render from the CSV without running: `tools/report.py --from-csv docs/results.csv`. "
      "Pictures from any bench CSV: `tools/plot.py --out DIR FILE.csv` (`make plots`).\n")

    with open(os.path.join(out, "results.md"), "w") as fh:
        fh.write(md.getvalue())
    print("report.py: wrote %s (%d rows, %d pictures, %.0f s)" % (os.path.join(out, "results.md"), len(rows),
                                                                  len(made), time.time() - t_start),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
