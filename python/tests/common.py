"""Shared pieces of the Python tests: skipping, the import path, the error bound.

The error bound (Higham, Accuracy and Stability of Numerical Algorithms,
3.1): any summation order of an output's k = C/g*KH*KW products plus the
bias, each operation rounded to float32, gives

    |y - y_exact| <= gamma_{k+2} * (sum |x||w| + |b|),
    gamma_n = n*u / (1 - n*u),  u = 2^-24,

elementwise.  The tests compute y_exact and the magnitude sum with
torch.nn.functional.conv2d in float64 (depthwise layers as a float64 sum
over the taps; the float64 error, gamma_{k+2} with u = 2^-53, is added to
the bound), and compare PyTorch's float32 result with twice the bound
(both results lie within it of the exact one).
"""
import os
import sys

SKIP = 77
U32 = 2.0 ** -24
U64 = 2.0 ** -53
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))


def skip(reason):
    print("SKIPPED: " + reason)
    sys.stdout.flush()
    sys.exit(SKIP)


def require(modules):
    """Skips (exit 77, printed reason) without the modules or in a sanitizer build."""
    if os.environ.get("LMC_SANITIZE", "").upper() in ("1", "ON", "TRUE", "YES"):
        skip("the library is built with LMC_SANITIZE (AddressSanitizer): it cannot be "
             "loaded into a Python interpreter that was not started with the ASan runtime")
    for name in modules:
        try:
            __import__(name)
        except ImportError as e:
            skip("%s is not importable by %s (%s); on Debian: apt-get install python3-%s"
                 % (name, sys.executable, e, name))


def gamma(n, u=U32):
    return n * u / (1 - n * u)


class Checks:
    """Counts passed checks and prints failures; finish() gives the exit status."""

    def __init__(self, name):
        self.name = name
        self.passed = 0
        self.failed = 0

    def check(self, cond, what):
        if cond:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL: " + what)
            sys.stdout.flush()
        return cond

    def raises(self, exc, fn, what, contains=None):
        try:
            fn()
        except exc as e:
            ok = contains is None or contains in str(e)
            return self.check(ok, "%s: %s raised, but %r is not in %r"
                              % (what, type(e).__name__, contains, str(e)))
        except Exception as e:  # noqa: BLE001 - the wrong exception is the failure
            return self.check(False, "%s: expected %s, got %s: %s"
                              % (what, exc.__name__, type(e).__name__, e))
        return self.check(False, "%s: expected %s, nothing raised" % (what, exc.__name__))

    def finish(self):
        print("%s: %d passed, %d failed" % (self.name, self.passed, self.failed))
        return 1 if self.failed else 0


def _pair(v):
    return tuple(v) * (2 // len(v)) if isinstance(v, (tuple, list)) else (v, v)


def _depthwise(torch, x, w, b, stride, padding, dilation):
    """A grouped convolution with one input channel per group as a sum over
    the taps, elementwise: PyTorch's float64 path runs such layers one group
    at a time, which takes seconds for a MobileNet layer."""
    F = torch.nn.functional
    (sh, sw), (dh, dw) = _pair(stride), _pair(dilation)
    m, _, kh, kw = w.shape
    n, c, h, wi = x.shape
    if padding == "same":
        th, tw = dh * (kh - 1), dw * (kw - 1)
        pads = (tw // 2, tw - tw // 2, th // 2, th - th // 2)
    elif padding == "valid":
        pads = (0, 0, 0, 0)
    else:
        ph, pw = _pair(padding)
        pads = (pw, pw, ph, ph)
    xp = F.pad(x, pads)
    ho = (xp.shape[2] - dh * (kh - 1) - 1) // sh + 1
    wo = (xp.shape[3] - dw * (kw - 1) - 1) // sw + 1
    wm = w.reshape(c, m // c, kh, kw)
    y = x.new_zeros((n, c, m // c, ho, wo))
    for i in range(kh):
        for j in range(kw):
            xs = xp[:, :, i * dh:i * dh + (ho - 1) * sh + 1:sh,
                    j * dw:j * dw + (wo - 1) * sw + 1:sw]
            y += xs[:, :, None] * wm[None, :, :, i, j, None, None]
    y = y.reshape(n, m, ho, wo)
    return y if b is None else y + b[None, :, None, None]


def reference(torch, x, w, b, stride, padding, dilation, groups):
    """(y in float64, elementwise bound on a float32 result's error) for the
    float32 arrays of a torch.nn.functional.conv2d call."""
    F = torch.nn.functional
    xd, wd = torch.from_numpy(x).double(), torch.from_numpy(w).double()
    bd = None if b is None else torch.from_numpy(b).double()
    if w.shape[1] == 1 and groups > 1:
        conv = lambda *a: _depthwise(torch, *a, stride, padding, dilation)  # noqa: E731
    else:
        conv = lambda *a: F.conv2d(*a, stride, padding, dilation, groups)  # noqa: E731
    y = conv(xd, wd, bd)
    mag = conv(xd.abs(), wd.abs(), None if bd is None else bd.abs())
    k = w.shape[1] * w.shape[2] * w.shape[3] + 2
    return y.numpy(), ((gamma(k) + gamma(k, U64)) * mag).numpy()


def _pads(padding, khd, kwd):
    """(top, bottom, left, right) of conv2d's padding for a dilated kernel
    extent khd x kwd ("same": PyTorch's rule, the odd one bottom/right)."""
    if padding == "same":
        pt, pl = (khd - 1) // 2, (kwd - 1) // 2
        return pt, khd - 1 - pt, pl, kwd - 1 - pl
    if padding == "valid":
        return 0, 0, 0, 0
    ph, pw = _pair(padding)
    return ph, ph, pw, pw


def _winograd_matrices(m):
    """|AT|, |G|, |BT| of F(m, 3) from tools/winograd-matrices.py (the
    derivation the library's transforms are generated from)."""
    import importlib.util
    import numpy as np
    path = os.path.join(os.path.dirname(os.path.dirname(HERE)), "tools", "winograd-matrices.py")
    spec = importlib.util.spec_from_file_location("winograd_matrices", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return [np.abs(np.array(t, dtype=np.float64)) for t in mod.derive(m, mod.POINTS[m])]


def winograd_bound(x, w, b, padding, groups, m):
    """Elementwise bound on the error of Winograd F(m x m, 3 x 3) (stride 1,
    dilation 1), as tests/harness.h derives it: per output (i, j) of its
    tile, gamma_N * (sum over the alpha x alpha input tile p and the taps q
    of |x_p||w_q| K(i,p_y,q_y) K(j,p_x,q_x) + |b|), K(i, p, q) = sum_k
    |AT[i][k]||G[k][q]||BT[k][p]|, N = C/g + 4 alpha + 3 (plus the float64
    reference's own error)."""
    import numpy as np
    at, g, bt = _winograd_matrices(m)
    alpha = m + 2
    K = np.einsum("ik,kq,kp->ipq", at, g, bt)
    n, c, h, wi = x.shape
    M = w.shape[0]
    cg, mg = c // groups, M // groups
    pt, pb, pl, pr = _pads(padding, 3, 3)
    ho, wo = h + pt + pb - 2, wi + pl + pr - 2
    th, tw = -(-ho // m), -(-wo // m)
    xp = np.zeros((n, c, th * m + 2, tw * m + 2))
    hh, ww = min(h, th * m + 2 - pt), min(wi, tw * m + 2 - pl)
    xp[:, :, pt:pt + hh, pl:pl + ww] = np.abs(x[:, :, :hh, :ww].astype(np.float64))
    P = np.lib.stride_tricks.sliding_window_view(xp, (alpha, alpha), axis=(2, 3))[:, :, ::m, ::m]
    Z = np.einsum("jrb,ncyxpr->ncyxpjb", K, P)
    X = np.einsum("ipa,ncyxpjb->ncyxiajb", K, Z)
    aw = np.abs(w.astype(np.float64))
    E = np.concatenate([np.einsum("ocab,ncyxiajb->noyxij", aw[gi * mg:(gi + 1) * mg],
                                  X[:, gi * cg:(gi + 1) * cg]) for gi in range(groups)], axis=1)
    E = E.transpose(0, 1, 2, 4, 3, 5).reshape(n, M, th * m, tw * m)[:, :, :ho, :wo]
    if b is not None:
        E = E + np.abs(b.astype(np.float64))[None, :, None, None]
    N = cg + 4 * alpha + 3
    return (gamma(N) + gamma(N, U64)) * E


def fft_bound(x, w, padding, dilation, groups, f):
    """Elementwise bound on the part of fft's error beyond a plain sum's (add
    the reference's bound), as tests/harness.h derives it: for an output of
    tile t and channel m, (2 eps + gamma_{2 C/g + 4} + u) * sum_c
    ||w[m][c]||_1 ||x_t[c]||_2 over the tile's f x f input window, eps =
    log2(f^2) (u + gamma_4 (sqrt 2 + u)), tiles of f - dilated kernel + 1."""
    import numpy as np
    n, c, h, wi = x.shape
    M, cg, kh, kw = w.shape
    mg = M // groups
    dh, dw = _pair(dilation)
    khd, kwd = (kh - 1) * dh + 1, (kw - 1) * dw + 1
    pt, pb, pl, pr = _pads(padding, khd, kwd)
    ho, wo = h + pt + pb - khd + 1, wi + pl + pr - kwd + 1
    th, tw = f - khd + 1, f - kwd + 1
    ty, tx = -(-ho // th), -(-wo // tw)
    xp = np.zeros((n, c, ty * th + f, tx * tw + f))
    hh, ww = min(h, xp.shape[2] - pt), min(wi, xp.shape[3] - pl)
    xp[:, :, pt:pt + hh, pl:pl + ww] = x[:, :, :hh, :ww].astype(np.float64) ** 2
    win = np.lib.stride_tricks.sliding_window_view(xp, (f, f), axis=(2, 3))[:, :, ::th, ::tw][:, :, :ty, :tx]
    norm = np.sqrt(win.sum(axis=(-1, -2)))                      # n, c, ty, tx
    w1 = np.abs(w.astype(np.float64)).sum(axis=(2, 3))           # M, cg
    E = np.concatenate([np.einsum("oc,ncyx->noyx", w1[gi * mg:(gi + 1) * mg], norm[:, gi * cg:(gi + 1) * cg])
                        for gi in range(groups)], axis=1)
    E = np.repeat(np.repeat(E, th, axis=2), tw, axis=3)[:, :, :ho, :wo]
    u = U32
    eps = 2 * np.log2(f) * (u + gamma(4) * (np.sqrt(2.0) + u))
    return (2 * eps + gamma(2 * cg + 4) + u) * (1 + 4 * u) * E

