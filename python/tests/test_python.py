#!/usr/bin/env python3
"""lmconv's NumPy API against torch.nn.functional.conv2d.

Every problem of a sweep (batch, channels, sizes, kernels 1..7, strides,
int / pair / "same" / "valid" padding, dilation, groups with depthwise and
channel multipliers, bias on and off) runs through "auto", every family
and every "family:variant", in both layouts the library runs (forced with
run_layout), at 1 and 2 threads.  A spec the library says it supports
(lmconv.explain, i.e. lmc_unsupported_reason) must run and be within the
bound of common.py of the float64 result, and within twice it of PyTorch's
float32 one; one it does not support must raise UnsupportedError with the
library's reason.  conv2d's defaults, workspace budgets (0 included), the
caller-NHWC form, lmconv.torch.Conv2d and the error cases follow.
"""
import os
import subprocess
import sys
import time
import warnings

from common import Checks, fft_bound, reference, require, winograd_bound

require(["numpy", "torch"])

import numpy as np  # noqa: E402
import torch  # noqa: E402

import lmconv  # noqa: E402

T = Checks("test_python")
# PyTorch warns that "same" with an even kernel copies the input; that is its business.
warnings.filterwarnings("ignore", message="Using padding='same'")
F = torch.nn.functional


def problems():
    """(n, c, h, w, m, kh, kw, stride, padding, dilation, groups, bias) tuples."""
    fixed = [
        (1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, False),
        (1, 3, 8, 8, 4, 3, 3, 1, 1, 1, 1, True),
        (2, 4, 9, 7, 5, 3, 3, 2, 1, 1, 1, True),
        (1, 8, 12, 12, 8, 3, 3, 1, "same", 1, 8, True),          # depthwise
        (1, 8, 12, 12, 16, 3, 3, 1, "same", 1, 8, False),        # channel multiplier 2
        (2, 6, 10, 11, 18, 5, 5, 2, 2, 1, 6, True),              # multiplier 3, strided
        (1, 6, 10, 10, 9, 3, 3, 1, 1, 1, 3, True),               # 3 groups
        (1, 16, 14, 14, 32, 1, 1, 1, 0, 1, 1, True),             # pointwise
        (1, 16, 14, 14, 32, 1, 1, 2, 0, 1, 1, False),            # strided pointwise
        (1, 3, 23, 23, 8, 7, 7, 2, 3, 1, 1, True),               # a stem
        (3, 5, 13, 9, 7, 7, 7, 1, "same", 1, 1, True),
        (1, 4, 11, 13, 6, 2, 2, 1, "same", 1, 1, True),          # even kernel: extra bottom/right
        (1, 4, 11, 13, 6, 4, 2, 1, "same", (2, 3), 2, False),    # even kernel, dilated
        (1, 5, 16, 16, 7, 3, 3, 1, "valid", 2, 1, True),
        (2, 5, 16, 17, 7, 3, 5, (2, 1), (1, 2), (1, 2), 1, True),
        (1, 7, 6, 20, 3, 1, 7, 1, (0, 3), 1, 1, True),           # 1x7
        (1, 7, 20, 6, 3, 7, 1, 1, (3, 0), 1, 1, False),          # 7x1
        (1, 2, 5, 5, 3, 5, 5, 1, 0, 1, 1, True),                 # kernel = input
        (1, 2, 3, 3, 3, 5, 5, 1, 1, 1, 1, True),                 # kernel > input, padded
        (1, 3, 9, 9, 5, 3, 3, 3, 0, 1, 1, True),
        (1, 64, 7, 7, 64, 3, 3, 1, 1, 1, 1, True),
        (1, 33, 9, 10, 65, 3, 3, 1, 1, 1, 1, True),               # ragged channel blocks
        (4, 12, 6, 6, 12, 3, 3, 1, 2, 2, 12, True),              # depthwise dilated
        (1, 24, 10, 10, 48, 3, 3, 2, 1, 1, 4, True),
        (2, 1, 17, 3, 2, 6, 2, (3, 2), (2, 1), 1, 1, True),
    ]
    rng = np.random.default_rng(1234)
    out = list(fixed)
    while len(out) < len(fixed) + 110:
        g = int(rng.choice([1, 1, 1, 2, 3, 4]))
        cg = int(rng.integers(1, 7))
        mg = int(rng.integers(1, 7))
        if rng.random() < 0.2:          # depthwise / channel multiplier
            g, cg, mg = int(rng.integers(1, 13)), 1, int(rng.integers(1, 4))
        kh, kw = int(rng.integers(1, 8)), int(rng.integers(1, 8))
        if rng.random() < 0.5:
            kw = kh
        h, w = int(rng.integers(1, 19)), int(rng.integers(1, 19))
        sh, sw = int(rng.integers(1, 4)), int(rng.integers(1, 4))
        dh, dw = ((1, 1) if rng.random() < 0.6
                  else (int(rng.integers(1, 4)), int(rng.integers(1, 4))))
        r = rng.random()
        if r < 0.15 and (sh, sw) == (1, 1):
            pad = "same"
        elif r < 0.3:
            pad = "valid"
        elif r < 0.6:
            pad = int(rng.integers(0, 4))
        else:
            pad = (int(rng.integers(0, 4)), int(rng.integers(0, 4)))
        stride = sh if sh == sw and rng.random() < 0.5 else (sh, sw)
        dil = dh if dh == dw and rng.random() < 0.5 else (dh, dw)
        ph, pw = ((dh * (kh - 1) + 1) // 2, 0) if pad == "same" else (
            (0, 0) if pad == "valid" else ((pad, pad) if isinstance(pad, int) else pad))
        if pad == "same" or h + 2 * ph >= dh * (kh - 1) + 1 and w + 2 * pw >= dw * (kw - 1) + 1:
            out.append((int(rng.integers(1, 4)), g * cg, h, w, g * mg, kh, kw, stride, pad, dil,
                        g, bool(rng.random() < 0.7)))
    return out


def within(y, yref, bound, what):
    """Checks |y - yref| <= bound elementwise; returns the largest |err| / bound."""
    if not T.check(y.shape == yref.shape,
                   "%s: shape %r, expected %r" % (what, y.shape, yref.shape)):
        return float("inf")
    err = np.abs(y.astype(np.float64) - yref)
    ok = bool(np.all(err <= bound))
    if not ok:
        i = np.unravel_index(np.argmax(err - bound), err.shape)
        what += ": |err| %.3g > bound %.3g at %s" % (err[i], bound[i], i)
    T.check(ok, what)
    return float(np.max(err / np.maximum(bound, 1e-300))) if err.size else 0.0


def spec_bound(spec, cands, lay, x, wt, b, args, bound):
    """The error bound of spec: the exact-summation one, or for Winograd and
    fft their own (common.winograd_bound, common.fft_bound) at the tile or
    FFT size the spec resolves to."""
    fam, cd = spec.split(":")[0], cands.get((lay, spec))
    # AUTO passes over ref and the families that are not exact; ref is exact.
    if cd is None or fam == "ref" or cd.auto_candidate:
        return bound
    variant = spec.split(":")[1] if ":" in spec else cd.resolved_variant
    stride, pad, dil, g = args
    if fam == "fft":
        return bound + fft_bound(x, wt, pad, dil, g, int(variant))
    return winograd_bound(x, wt, b, pad, g, int(variant[0]))


def sweep():
    rng = np.random.default_rng(7)
    ran = {}                 # spec -> problems it ran on
    supported_by = {}        # spec -> problems the library said it supports
    worst = [0.0, 0.0]       # largest error / its bound: vs float64, vs torch float32
    specs = ["auto"] + lmconv.algorithms()
    for pi, (n, c, h, w, m, kh, kw, stride, pad, dil, g, has_b) in enumerate(problems()):
        x = rng.standard_normal((n, c, h, w), dtype=np.float32)
        wt = rng.standard_normal((m, c // g, kh, kw), dtype=np.float32)
        b = rng.standard_normal(m, dtype=np.float32) if has_b else None
        args = (stride, pad, dil, g)
        name = "problem %d %s" % (pi, ((n, c, h, w), wt.shape, stride, pad, dil, g, has_b))
        yref, bound = reference(torch, x, wt, b, *args)
        y32 = F.conv2d(torch.from_numpy(x), torch.from_numpy(wt),
                       None if b is None else torch.from_numpy(b), *args).numpy()
        # PyTorch's own float32 result lies within the bound too (the premise of 2x below).
        within(y32, yref, bound, name + " torch float32 vs float64")
        ex = lmconv.explain(x.shape, wt, b, *args, threads=1)
        cands = {(cd.layout, cd.spec): cd for cd in ex.candidates}
        for spec in specs:
            for lay in ("nchw", "nhwc"):
                cd = cands.get((lay, spec))
                supported = True if spec == "auto" else cd.supported
                if supported:
                    supported_by.setdefault(spec, set()).add(pi)
                for t in (1, 2):
                    what = "%s %s %s threads=%d" % (name, spec, lay, t)
                    try:
                        with lmconv.Plan(x.shape, wt, b, *args, algo=spec, threads=t,
                                         run_layout=lay) as p:
                            y = p.run(x)
                            if cd is not None and t == 1:
                                T.check(p.workspace_bytes == cd.workspace_bytes and
                                        p.packed_weight_bytes == cd.packed_weight_bytes,
                                        what + ": plan's bytes differ from lmc_query's")
                            T.check(p.run_layout == lay and p.converts == (lay != "nchw"),
                                    what + ": ran in " + p.run_layout)
                    except lmconv.UnsupportedError as e:
                        T.check(not supported, what + ": raised although supported: %s" % e)
                        T.check(cd is not None and e.reason == cd.reason and cd.reason in str(e),
                                what + ": reason %r, lmc_unsupported_reason %r"
                                % (e.reason, cd and cd.reason))
                        break
                    if not T.check(supported, what + ": ran although unsupported"):
                        continue
                    # A family that is not exact (Winograd) has its own bound.
                    own = spec_bound(spec, cands, lay, x, wt, b, args, bound)
                    worst[0] = max(worst[0], within(y, yref, own, what))
                    worst[1] = max(worst[1], within(y, y32.astype(np.float64), own + bound,
                                                    what + " vs torch float32"))
                    ran.setdefault(spec, set()).add(pi)
        # conv2d itself: the default path (auto), each family through the layout
        # fallback, budgets, and the caller-NHWC form.
        y = lmconv.conv2d(x, wt, b, *args)
        within(y, yref, bound, name + " conv2d")
        for fam in lmconv.algorithms(variants=False):
            if any(cd.supported for cd in ex.candidates if cd.spec == fam):
                within(lmconv.conv2d(x, wt, b, *args, algo=fam, threads=1), yref,
                       spec_bound(fam, cands, "nchw", x, wt, b, args, bound),
                       name + " conv2d algo=" + fam)
        for lim in (0, 4096, 65536):
            with lmconv.Plan(x.shape, wt, b, *args, workspace_limit=lim) as p:
                T.check(p.workspace_bytes <= lim, "%s limit %d: workspace %d"
                        % (name, lim, p.workspace_bytes))
                T.check(not p.converts or lim < min(
                    cd.workspace_bytes for cd in ex.candidates
                    if cd.layout == "nchw" and cd.supported and cd.auto_candidate),
                    name + " converted although NCHW fits")
                within(p.run(x), yref, bound, "%s limit %d (%s in %s)"
                       % (name, lim, p.spec, p.run_layout))
        xl = np.ascontiguousarray(x.transpose(0, 2, 3, 1))
        with lmconv.Plan(xl.shape, wt, b, *args, layout="nhwc") as p:
            yl = p.run(xl)
            within(yl.transpose(0, 3, 1, 2), yref, bound, name + " caller NHWC")
    print("%d problems; largest error / bound: %.3g against float64, %.3g against PyTorch's "
          "float32 (bound doubled)" % (len(problems()), worst[0], worst[1]))
    for spec in specs:
        T.check(ran.get(spec) == supported_by.get(spec),
                "%s ran on %d problems but is supported on %d"
                % (spec, len(ran.get(spec, ())), len(supported_by.get(spec, ()))))
        print("  %-14s ran on %3d problems" % (spec, len(ran.get(spec, ()))))


def api():
    rng = np.random.default_rng(3)
    x = rng.standard_normal((2, 4, 9, 9), dtype=np.float32)
    w = rng.standard_normal((6, 2, 3, 3), dtype=np.float32)
    b = rng.standard_normal(6, dtype=np.float32)
    yref, bound = reference(torch, x, w, b, 1, 1, 1, 2)
    # Unbatched input, as torch accepts it.
    y3 = lmconv.conv2d(x[0], w, b, padding=1, groups=2)
    within(y3[None], yref[:1], bound[:1], "unbatched input")
    # An empty batch gives an empty output of the right shape.
    y0 = lmconv.conv2d(x[:0], w, b, padding=1, groups=2)
    T.check(y0.shape == (0, 6, 9, 9), "empty batch: shape %r" % (y0.shape,))
    # Non-contiguous input, torch tensors as arguments.
    xs = np.asfortranarray(x)
    within(lmconv.conv2d(xs, torch.from_numpy(w), torch.from_numpy(b), padding=1, groups=2),
           yref, bound, "non-contiguous / torch tensor arguments")
    # At budget 0, NCHW runs in place: direct reads and writes it with no workspace.
    with lmconv.Plan(x.shape, w, b, padding=1, groups=2, workspace_limit=0) as p:
        T.check(not p.converts and p.run_layout == "nchw" and p.workspace_bytes == 0,
                "NCHW at budget 0 converts or uses workspace: %r" % p)
        T.check(p.conversion_bytes == 0, "conversion bytes in place")
        out = np.empty(p.output_shape, np.float32)
        T.check(p.run(x, out=out) is out, "run(out=) returns out")
        within(out, yref, bound, "budget 0")
        e = p.explain()
        T.check(e.chosen is not None and e.chosen.layout == "nchw" and e.chosen.fits and
                e.chosen.workspace_bytes == 0 and e.chosen.spec == p.spec,
                "explain's choice %r, plan %r" % (e.chosen, p))
    # A family that runs NHWC only, asked for on NCHW data: planned in NHWC,
    # x and y converted in NumPy memory around the call.
    with lmconv.Plan(x.shape, w, b, padding=1, groups=2, algo="indirect") as p:
        T.check(p.converts and p.run_layout == "nhwc", "indirect on NCHW: %r" % p)
        T.check(p.conversion_bytes == 4 * (x.size + yref.size), "conversion bytes")
        within(p.run(x), yref, bound, "indirect through NHWC")
        e = p.explain()
        T.check(e.chosen is not None and e.chosen.layout == "nhwc" and e.chosen.spec == p.spec,
                "explain's choice %r, plan %r" % (e.chosen, p))
        T.check(not any(cd.supported for cd in e.candidates
                        if cd.layout == "nchw" and cd.family == "indirect"),
                "explain: indirect supported in NCHW")
        T.check(p.spec in str(e), "explain's table names the choice")
    with lmconv.Plan(x.shape, w, b, padding=1, groups=2) as p:
        T.check(not p.converts and p.layout == p.run_layout == "nchw", "unlimited: NCHW")
        ws = lmconv.Workspace()
        within(p.run(x, workspace=ws), yref, bound, "shared Workspace")
        T.check(ws.nbytes == p.workspace_bytes, "Workspace grown to the plan's bytes")
        within(p.run(x, workspace=bytearray(p.workspace_bytes)), yref, bound, "bytearray workspace")
        within(p(x, workspace=np.empty(p.workspace_bytes, np.uint8)), yref, bound,
               "ndarray workspace")
        T.check(p.threads == lmconv.default_threads(), "threads=None is the default")
    ex = lmconv.explain(x.shape, (6, 2, 3, 3), True, padding=1, groups=2, algo="im2col",
                        workspace_limit=0, run_layout="nchw")
    T.check(ex.chosen is None and isinstance(ex.error, lmconv.NoAlgoFitsError),
            "explain of an unplannable problem carries the error")
    # lmconv.torch.Conv2d on small layers, both memory formats, unbatched, budgets.
    import lmconv.torch as lt
    for conv in (torch.nn.Conv2d(4, 6, 3, padding="same", groups=2),
                 torch.nn.Conv2d(4, 8, (2, 3), stride=(2, 1), padding=(1, 0), dilation=(1, 2),
                                 bias=False),
                 torch.nn.Conv2d(4, 4, 3, padding="valid", groups=4)):
        for lim in (0, None):
            mod = lt.Conv2d(conv, workspace_limit=lim, threads=1)
            xt = torch.from_numpy(x)
            with torch.no_grad():
                ref = conv(xt)
                for fmt in (torch.contiguous_format, torch.channels_last):
                    xi = xt.contiguous(memory_format=fmt)
                    y = mod(xi)
                    _, bound = reference(torch, x, conv.weight.detach().numpy(),
                                         None if conv.bias is None else
                                         conv.bias.detach().numpy(), conv.stride, conv.padding,
                                         conv.dilation, conv.groups)
                    T.check(y.shape == ref.shape and
                            bool(((y - ref).abs().double() <= 2 * torch.from_numpy(bound)).all()),
                            "lmconv.torch.Conv2d %r limit %r %s" % (conv, lim, fmt))
                    T.check(y.is_contiguous(memory_format=fmt), "output keeps the memory format")
                T.check(torch.equal(mod(xt[0]), mod(xt[:1])[0]), "unbatched torch input")
            for p in mod.plans.values():
                T.check(lim is None or p.workspace_bytes <= lim, "torch plan within the limit")
    conv = torch.nn.Conv2d(4, 6, 3)
    mod = lt.Conv2d(conv)
    sd = mod.state_dict()
    T.check(set(sd) == set(conv.state_dict()), "state_dict keys of nn.Conv2d")
    model = torch.nn.Sequential(conv, torch.nn.ReLU(),
                                torch.nn.Sequential(torch.nn.Conv2d(6, 3, 1)))
    lt.convert(model, workspace_limit=1 << 20, example_input=torch.from_numpy(x))
    info = lt.workspace_info(model)
    T.check(len(info.layers) == 2 and isinstance(model[2][0], lt.Conv2d),
            "convert replaces nested layers and plans them on example_input")
    T.check(model[0].workspace is model[2][0].workspace, "one workspace for the model")
    T.check(info.shared_workspace_bytes == info.largest_workspace_bytes <= 1 << 20,
            "shared workspace = the largest plan's")
    T.check(info.total_workspace_bytes == sum(l["workspace_bytes"] for l in info.layers),
            "total workspace")


def errors():
    x = np.zeros((1, 4, 8, 8), np.float32)
    w = np.zeros((6, 2, 3, 3), np.float32)
    c2 = lmconv.conv2d
    R = T.raises
    R(TypeError, lambda: c2(x.astype(np.float64), w), "float64 input", "float32")
    R(TypeError, lambda: c2(x, w.astype(np.int32), groups=2), "int weights", "float32")
    R(TypeError, lambda: c2(x.tolist(), w, groups=2), "list input", "float32")
    R(TypeError, lambda: c2(torch.zeros(1, 4, 8, 8, dtype=torch.float64), w, groups=2),
      "torch float64 input", "float32")
    R(TypeError, lambda: c2(x, w, np.zeros(6, np.float16), groups=2), "float16 bias", "float32")
    R(ValueError, lambda: c2(x[0, 0], w, groups=2), "2-D input", "dimensions")
    R(ValueError, lambda: c2(x, w[0], groups=2), "3-D weight", "dimensions")
    R(ValueError, lambda: c2(x, w), "channels do not match", "channels")
    R(ValueError, lambda: c2(x, np.zeros((6, 1, 3, 3), np.float32), groups=3),
      "groups not dividing the input channels")
    R(ValueError, lambda: c2(np.zeros((1, 6, 8, 8), np.float32),
                             np.zeros((5, 2, 3, 3), np.float32), groups=3),
      "groups not dividing the output channels", "divide")
    R(ValueError, lambda: c2(x, w, groups=0), "groups 0")
    R(ValueError, lambda: c2(x, w, padding="full", groups=2), "padding 'full'", "same")
    R(ValueError, lambda: c2(x, w, padding="SAME", groups=2), "padding 'SAME'")
    R(ValueError, lambda: c2(x, w, stride=2, padding="same", groups=2), "same with stride",
      "strided")
    R(ValueError, lambda: c2(x, w, padding=-1, groups=2), "negative padding")
    R(TypeError, lambda: c2(x, w, padding=(1, 2, 3), groups=2), "padding of 3")
    R(TypeError, lambda: c2(x, w, padding=1.5, groups=2), "float padding")
    R(ValueError, lambda: c2(x, w, stride=0, groups=2), "stride 0")
    R(ValueError, lambda: c2(x, w, dilation=(1, 0), groups=2), "dilation 0")
    R(ValueError, lambda: c2(x, w, np.zeros(5, np.float32), groups=2), "bias shape", "bias")
    R(lmconv.InvalidProblemError, lambda: c2(x, np.zeros((6, 2, 9, 3), np.float32), groups=2),
      "kernel larger than the input", "empty output")
    R(lmconv.UnknownAlgorithmError, lambda: c2(x, w, groups=2, algo="no-such-family"), "unknown algo",
      "unknown algorithm")
    R(lmconv.UnknownAlgorithmError, lambda: c2(x, w, groups=2, algo="direct:99x9"),
      "unknown variant")
    R(TypeError, lambda: c2(x, w, groups=2, algo=3), "algo not a string")
    R(lmconv.UnsupportedError, lambda: lmconv.Plan(x.shape, w, groups=2, algo="indirect",
                                                   run_layout="nchw"),
      "indirect in NCHW", "indirect takes NHWC activations")
    R(lmconv.NoAlgoFitsError, lambda: c2(x, w, groups=2, algo="im2col", workspace_limit=0),
      "im2col at 0 bytes", "no algorithm fits the workspace limit")
    R(ValueError, lambda: c2(x, w, groups=2, workspace_limit=-1), "negative limit")
    R(ValueError, lambda: c2(x, w, groups=2, threads=0), "threads 0")
    R(ValueError, lambda: c2(x, w, groups=2, threads=5000), "threads 5000")
    R(ValueError, lambda: lmconv.Plan(x.shape, w, groups=2, layout="nc"), "bad layout")
    p = lmconv.Plan(x.shape, w, groups=2, algo="im2col")
    R(ValueError, lambda: p.run(np.zeros((1, 4, 8, 9), np.float32)), "run: wrong shape", "shape")
    R(TypeError, lambda: p.run(x.astype(np.float64)), "run: float64", "float32")
    R(TypeError, lambda: p.run(x, out=np.zeros(p.output_shape)), "run: float64 out")
    R(ValueError, lambda: p.run(x, out=np.zeros((1, 6, 6, 7), np.float32)), "run: out shape")
    R(lmconv.WorkspaceTooSmallError, lambda: p.run(x, workspace=bytearray(p.workspace_bytes - 1)),
      "short workspace", "smaller than the plan requires")
    R(ValueError, lambda: p.run(x, workspace=bytes(p.workspace_bytes)), "read-only workspace")
    R(TypeError, lambda: p.run(x, workspace=3), "workspace of a wrong type")
    xx = np.zeros((1, 6, 8, 8), np.float32)
    with lmconv.Plan(xx.shape, np.zeros((6, 6, 1, 1), np.float32)) as q:
        R(ValueError, lambda: q.run(xx, out=xx), "out overlapping x", "overlap")
    p.close()
    p.close()
    R(ValueError, lambda: p.run(x), "closed plan", "closed")
    # The library is looked for where it says, and missing it is a clear error.
    env = dict(os.environ, LMCONV_LIB="/nonexistent/liblmconv.so",
               PYTHONPATH=os.path.dirname(os.path.dirname(os.path.abspath(lmconv.__file__))))
    r = subprocess.run([sys.executable, "-c", "import lmconv; lmconv.algorithms()"], env=env,
                       capture_output=True, text=True)
    T.check(r.returncode != 0 and "LibraryNotFoundError" in r.stderr and
            "/nonexistent/liblmconv.so" in r.stderr, "missing library: %s" % r.stderr[-400:])
    r = subprocess.run([sys.executable, "-c", "import sys; sys.modules['torch'] = None\n"
                        "import lmconv\ntry:\n import lmconv.torch\nexcept ImportError as e:\n"
                        " print(e)"], env=dict(env, LMCONV_LIB=lmconv.library_path()),
                       capture_output=True, text=True)
    T.check("lmconv.torch needs PyTorch" in r.stdout, "lmconv.torch without torch: %r"
            % (r.stdout + r.stderr))
    import lmconv.torch as lt
    R(NotImplementedError, lambda: lt.Conv2d(torch.nn.Conv2d(2, 2, 3, padding=1,
                                                              padding_mode="reflect")),
      "padding_mode reflect", "reflect")
    R(TypeError, lambda: lt.Conv2d(torch.nn.Linear(2, 2)), "Conv2d from a Linear")
    R(TypeError, lambda: lt.Conv2d(torch.nn.Conv2d(2, 2, 3).double()), "float64 weights")
    mod = lt.Conv2d(torch.nn.Conv2d(2, 2, 3))
    R(TypeError, lambda: mod(torch.zeros(1, 2, 5, 5, dtype=torch.float64)), "float64 tensor")
    R(TypeError, lambda: mod(np.zeros((1, 2, 5, 5), np.float32)), "ndarray to the module")
    R(RuntimeError, lambda: mod(torch.zeros(1, 2, 5, 5, requires_grad=True)),
      "input requiring grad", "inference only")
    R(ValueError, lambda: mod(torch.zeros(1, 1, 2, 5, 5)), "5-D tensor")
    R(ValueError, lambda: mod(torch.zeros(1, 3, 5, 5)), "wrong channels", "channels")
    with torch.no_grad():
        T.check(mod(torch.zeros(1, 2, 5, 5, requires_grad=True)).shape == (1, 2, 3, 3),
                "requires_grad input under no_grad runs")


def main():
    t0 = time.time()
    print("library:", lmconv.library_path())
    sweep()
    api()
    errors()
    print("%.1f s" % (time.time() - t0))
    return T.finish()


if __name__ == "__main__":
    sys.exit(main())
