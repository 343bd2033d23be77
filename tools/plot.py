#!/usr/bin/env python3
"""Pictures from lmconv-bench --csv output (matplotlib, Debian python3-matplotlib).

    tools/plot.py [--out DIR] [--threads N,...] [--per-layer] CSV [CSV ...]

For every layer set in the CSV(s) and every thread count, two PNG files:

  <set>_t<N>_pareto.png   time against workspace, one point per algorithm,
                          aggregated over the set: the x axis is the LARGEST
                          workspace the algorithm needs on any layer of the set
                          (what a network run has to reserve), the y axis the
                          SUM of the median times over the layers (one
                          inference pass).  Error bars: sum of the fastest and
                          of the slowest repetitions.  Only algorithms that ran
                          on every layer of the set can be summed; the others
                          are listed under the plot.  The Pareto front (no
                          other algorithm is both faster and smaller) is the
                          step line.  A zero workspace is drawn at the left
                          edge, marked "0".
  <set>_t<N>_gflops.png   GFLOP/s per layer and algorithm (useful FLOPs of the
                          direct convolution / median time; Winograd can pass
                          the peak because it does fewer multiplications), with
                          this machine's measured FMA peak as a horizontal line
                          (peak = gflops / pct_peak * 100 from the rows).
With --per-layer also <set>_t<N>_pareto_layers.png: the same time-against-
workspace picture for each layer separately (small multiples).

lmconv's algorithms are filled markers with solid lines; the comparison
libraries (oneDNN, OpenBLAS, XNNPACK) are hollow markers with dashed lines.
"""
import argparse
import csv
import math
import os
import re
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

COMPARE_PREFIXES = ("onednn", "openblas", "xnnpack")
MARKERS = "os^vD<>phX*P8Hd"


def read_rows(paths):
    """All rows of the CSV files (header lines may repeat, '#' lines skipped)."""
    rows = []
    for p in paths:
        with open(p, newline="") as f:
            lines = [line for line in f if line.strip() and not line.startswith("#")]
        header = None
        for rec in csv.reader(lines):
            if rec and rec[0] == "set":
                header = rec
                continue
            if header is None or len(rec) != len(header):
                continue
            rows.append(dict(zip(header, rec)))
    return rows


def num(s, default=float("nan")):
    try:
        return float(s)
    except (TypeError, ValueError):
        return default


def is_compare(algo):
    return algo.startswith(COMPARE_PREFIXES)


def ok_rows(rows):
    return [r for r in rows if r.get("status") == "ok" and num(r.get("ms")) > 0]


def algo_order(rows):
    """lmconv's algorithms first (in CSV order), then the libraries."""
    seen = []
    for r in rows:
        if r["algo"] not in seen:
            seen.append(r["algo"])
    return [a for a in seen if not is_compare(a)] + [a for a in seen if is_compare(a)]


# lmconv's algorithms: bright, distinct colours; the libraries: dark ones,
# hollow markers and dashed lines, so "ours" and "theirs" separate at a glance.
OWN_COLORS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf",
              "#bcbd22", "#7f7f7f", "#aec7e8", "#ff9896", "#98df8a", "#c5b0d5"]
LIB_COLORS = {"onednn-auto": "#000000", "onednn-direct": "#555555", "onednn-winograd": "#8b0000",
              "openblas-im2col": "#6b6b00", "xnnpack": "#000080"}


def style_map(algos):
    styles = {}
    own = [a for a in algos if not is_compare(a)]
    for i, a in enumerate(algos):
        if is_compare(a):
            color = LIB_COLORS.get(a, "#333333")
        else:
            color = OWN_COLORS[own.index(a) % len(OWN_COLORS)]
        styles[a] = dict(color=color, marker=MARKERS[i % len(MARKERS)], compare=is_compare(a))
    return styles


def layers_of(rows):
    out = []
    for r in rows:
        if r["layer"] not in out:
            out.append(r["layer"])
    return out


def peak_of(rows):
    """Median of gflops/pct_peak*100 over the rows (the bench's measured peak)."""
    vals = sorted(
        num(r["gflops"]) / num(r["pct_peak"]) * 100
        for r in rows
        if num(r.get("pct_peak")) > 0 and num(r.get("gflops")) > 0
    )
    return vals[len(vals) // 2] if vals else None


def pareto(points):
    """Indices of the points (x, y) not dominated by another (smaller-or-equal x and y, one strictly)."""
    front = []
    for i, (x, y) in enumerate(points):
        dominated = any(
            (x2 <= x and y2 <= y) and (x2 < x or y2 < y) for j, (x2, y2) in enumerate(points) if j != i
        )
        if not dominated:
            front.append(i)
    return sorted(front, key=lambda i: points[i][0])


def fmt_bytes(b):
    if b <= 0:
        return "0"
    for unit, f in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if b >= f:
            return "%.3g %s" % (b / f, unit)
    return "%d B" % b


def safe(name):
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name)


def draw_pareto(ax, pts, styles, title, annotate=True):
    """pts: list of (algo, ws_bytes, ms, ms_lo, ms_hi)."""
    if not pts:
        ax.text(0.5, 0.5, "no results", ha="center", va="center", transform=ax.transAxes)
        ax.set_title(title, fontsize=9)
        return
    nonzero = [p[1] for p in pts if p[1] > 0]
    floor = (min(nonzero) / 8.0) if nonzero else 1024.0
    xs = [p[1] if p[1] > 0 else floor for p in pts]
    ys = [p[2] for p in pts]
    for (a, ws, ms, lo, hi), x in zip(pts, xs):
        st = styles[a]
        eb = ax.errorbar(
            [x], [ms], yerr=[[max(ms - lo, 0)], [max(hi - ms, 0)]], fmt=st["marker"], color=st["color"],
            mfc="none" if st["compare"] else st["color"], ms=7, capsize=2, elinewidth=0.8, label=a,
        )
        for bar in eb[2]:
            bar.set_alpha(0.4)
        if annotate:
            ax.annotate(a, (x, ms), textcoords="offset points", xytext=(5, 3), fontsize=7, color=st["color"])
    front = pareto(list(zip(xs, ys)))
    fx, fy = [], []
    for k, i in enumerate(front):
        if k:
            fx.append(xs[i])
            fy.append(fy[-1])
        fx.append(xs[i])
        fy.append(ys[i])
    if fx:
        fx.append(max(xs) * 3)
        fy.append(fy[-1])
        ax.plot(fx, fy, "-", color="0.3", lw=1.2, alpha=0.7, zorder=0, label="Pareto front")
    ax.set_xscale("log")
    ax.set_yscale("log")
    if not nonzero or min(p[1] for p in pts) == 0:
        ax.axvline(floor * 1.6, color="0.8", lw=0.8, ls=":")
        ax.text(floor, ax.get_ylim()[0], " 0", fontsize=8, va="bottom", ha="center")
    ax.set_xlim(floor / 2, max(xs) * 3)
    ax.set_title(title, fontsize=9)
    ax.grid(True, which="major", alpha=0.3)


def plot_set(rows, setname, threads, outdir, per_layer=False):
    sel = [r for r in rows if r["set"] == setname and int(r["threads"]) == threads]
    good = ok_rows(sel)
    if not good:
        return []
    algos = algo_order(sel)
    styles = style_map(algo_order(rows))
    layers = layers_of(sel)
    made = []

    # (1) time against workspace, aggregated over the set.
    pts, partial = [], []
    for a in algos:
        ra = {r["layer"]: r for r in good if r["algo"] == a}
        if len(ra) < len(layers):
            if ra or any(r["algo"] == a for r in sel):
                partial.append("%s (%d/%d)" % (a, len(ra), len(layers)))
            continue
        ms = sum(num(r["ms"]) for r in ra.values())
        lo = sum(num(r["ms_min"], num(r["ms"])) for r in ra.values())
        hi = sum(num(r["ms_max"], num(r["ms"])) for r in ra.values())
        ws = max(int(num(r["workspace_bytes"], 0)) for r in ra.values())
        pts.append((a, ws, ms, lo, hi))
    fig, ax = plt.subplots(figsize=(9, 6))
    draw_pareto(
        ax, pts, styles,
        "%s, %d thread%s: total median time over %d layers vs. largest workspace of any layer"
        % (setname, threads, "s" if threads > 1 else "", len(layers)),
    )
    ax.set_xlabel("workspace, max over the layers (bytes, log)")
    ax.set_ylabel("sum of median times over the layers (ms, log); bars: sum of min / max")
    if partial:
        fig.text(0.01, 0.01, "not on every layer, left out: " + ", ".join(partial), fontsize=7, wrap=True)
    ax.legend(fontsize=7, loc="best", ncol=2)
    fig.tight_layout(rect=(0, 0.03 if partial else 0, 1, 1))
    path = os.path.join(outdir, "%s_t%d_pareto.png" % (safe(setname), threads))
    fig.savefig(path, dpi=110)
    plt.close(fig)
    made.append(path)

    # (1b) per layer, small multiples.
    if per_layer:
        n = len(layers)
        cols = min(4, n)
        nrows = int(math.ceil(n / cols))
        fig, axes = plt.subplots(nrows, cols, figsize=(4.2 * cols, 3.4 * nrows), squeeze=False)
        for k, lay in enumerate(layers):
            ax = axes[k // cols][k % cols]
            lp = [
                (r["algo"], int(num(r["workspace_bytes"], 0)), num(r["ms"]), num(r["ms_min"], num(r["ms"])),
                 num(r["ms_max"], num(r["ms"])))
                for r in good if r["layer"] == lay
            ]
            draw_pareto(ax, lp, styles, lay, annotate=False)
            ax.tick_params(labelsize=7)
        for k in range(n, nrows * cols):
            axes[k // cols][k % cols].axis("off")
        handles = {}
        for axrow in axes:
            for ax in axrow:
                for h, lab in zip(*ax.get_legend_handles_labels()):
                    handles.setdefault(lab, h)
        fig.legend(handles.values(), handles.keys(), loc="lower center", ncol=min(8, len(handles)), fontsize=8)
        fig.suptitle("%s, %d thread%s: median time (ms) vs. workspace (bytes) per layer, log-log; line = Pareto front"
                     % (setname, threads, "s" if threads > 1 else ""), fontsize=11)
        fig.tight_layout(rect=(0, 0.06, 1, 0.97))
        path = os.path.join(outdir, "%s_t%d_pareto_layers.png" % (safe(setname), threads))
        fig.savefig(path, dpi=90)
        plt.close(fig)
        made.append(path)

    # (2) GFLOP/s per layer and algorithm, with the peak.
    fig, ax = plt.subplots(figsize=(max(10, 0.7 * len(layers) + 4), 7))
    xs = list(range(len(layers)))
    for a in algos:
        ra = {r["layer"]: r for r in good if r["algo"] == a}
        if not ra:
            continue
        st = styles[a]
        x = [i for i, lay in enumerate(layers) if lay in ra]
        y = [num(ra[layers[i]]["gflops"]) for i in x]
        # spread: flops / ms_max .. flops / ms_min
        lo, hi = [], []
        for i, g in zip(x, y):
            r = ra[layers[i]]
            fl = g * num(r["ms"])
            lo.append(max(g - fl / num(r["ms_max"], num(r["ms"])), 0))
            hi.append(max(fl / num(r["ms_min"], num(r["ms"])) - g, 0))
        eb = ax.errorbar(x, y, yerr=[lo, hi], marker=st["marker"], color=st["color"],
                         mfc="none" if st["compare"] else st["color"], ls="--" if st["compare"] else "-",
                         lw=1, ms=6, capsize=2, elinewidth=0.7, label=a)
        for bar in eb[2]:
            bar.set_alpha(0.35)
    peak = peak_of(sel)
    if peak:
        ax.axhline(peak, color="k", lw=1.5, ls=":", label="measured FMA peak %.0f GFLOP/s" % peak)
    ax.set_xticks(xs)
    ax.set_xticklabels(layers, rotation=45, ha="right", fontsize=8)
    ax.set_ylabel("GFLOP/s (direct-convolution FLOPs / median time); bars: min..max rep")
    ax.set_title("%s, %d thread%s: speed per layer (Winograd may exceed the peak: fewer multiplications)"
                 % (setname, threads, "s" if threads > 1 else ""), fontsize=10)
    ax.set_ylim(bottom=0)
    ax.grid(True, axis="y", alpha=0.3)
    ax.legend(fontsize=7, ncol=6, loc="upper center", bbox_to_anchor=(0.5, -0.22))
    fig.tight_layout()
    path = os.path.join(outdir, "%s_t%d_gflops.png" % (safe(setname), threads))
    fig.savefig(path, dpi=110)
    plt.close(fig)
    made.append(path)
    return made


def plot_all(rows, outdir, threads=None, per_layer=False):
    os.makedirs(outdir, exist_ok=True)
    sets = []
    for r in rows:
        if r["set"] not in sets:
            sets.append(r["set"])
    made = []
    for s in sets:
        ts = sorted({int(r["threads"]) for r in rows if r["set"] == s})
        for t in ts:
            if threads and t not in threads:
                continue
            made += plot_set(rows, s, t, outdir, per_layer)
    return made


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("csv", nargs="+", help="lmconv-bench --csv output file(s)")
    ap.add_argument("--out", default="docs", help="directory for the PNG files (default docs)")
    ap.add_argument("--threads", default="", help="only these thread counts, e.g. 1,2")
    ap.add_argument("--per-layer", action="store_true", help="also the per-layer Pareto small multiples")
    a = ap.parse_args(argv)
    threads = [int(t) for t in a.threads.split(",") if t] or None
    rows = read_rows(a.csv)
    if not rows:
        print("plot.py: no rows in %s" % ", ".join(a.csv), file=sys.stderr)
        return 1
    for p in plot_all(rows, a.out, threads, a.per_layer):
        print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
