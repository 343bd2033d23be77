"""conv2d, Plan, Workspace and explain over the C library (see __init__)."""
import ctypes
import threading
from collections import namedtuple

import numpy as np

from . import _lib
from ._lib import ConvDesc, PlanOpts

LAYOUTS = {"nchw": _lib.LMC_NCHW, "nhwc": _lib.LMC_NHWC}


# ---- errors -----------------------------------------------------------------
class LmconvError(RuntimeError):
    """A status other than LMC_OK from the library.

    ``status`` is the numeric lmc_status, ``status_name`` its C name, and the
    message is lmc_strerror's text (plus the reason for LMC_ERR_UNSUPPORTED).
    """

    def __init__(self, status, message=None):
        self.status = status
        self.status_name = (_lib.STATUS_NAMES[status] if 0 <= status < len(_lib.STATUS_NAMES)
                            else "status %d" % status)
        self.strerror = _strerror(status)
        super().__init__(message or "%s (%s)" % (self.strerror, self.status_name))


class InvalidProblemError(LmconvError, ValueError):
    """The library rejected the problem's sizes, stride, padding, groups, ..."""


class UnknownAlgorithmError(LmconvError, ValueError):
    """lmc_algo_parse does not know the family or variant name."""


class UnsupportedError(LmconvError):
    """The named algorithm does not support the problem; ``reason`` says why."""

    def __init__(self, status, message=None, reason=None):
        self.reason = reason
        super().__init__(status, message)


class NoAlgoFitsError(LmconvError):
    """No algorithm fits the workspace limit (in any layout tried)."""


class WorkspaceTooSmallError(LmconvError, ValueError):
    """The workspace passed to run() is shorter than the plan needs."""


class LmconvMemoryError(LmconvError, MemoryError):
    """Plan creation could not allocate."""


def _strerror(status):
    try:
        return _lib.load().lmc_strerror(status).decode()
    except _lib.LibraryNotFoundError:
        return "status %d" % status


def _error(status, context="", reason=None, text=None):
    """The exception for a status; text replaces the default message."""
    if text is None:
        text = _strerror(status)
        if reason:
            text += ": " + reason
        if context:
            text = context + ": " + text
    if status == _lib.LMC_ERR_UNSUPPORTED:
        return UnsupportedError(status, text, reason)
    if status == _lib.LMC_ERR_NO_ALGO_FITS:
        return NoAlgoFitsError(status, text)
    if status == _lib.LMC_ERR_UNKNOWN_ALGO:
        return UnknownAlgorithmError(status, text)
    if status == _lib.LMC_ERR_WORKSPACE_TOO_SMALL:
        return WorkspaceTooSmallError(status, text)
    if status == _lib.LMC_ERR_NOMEM:
        return LmconvMemoryError(status, text)
    if status == _lib.STATUS_NAMES.index("LMC_ERR_NULL"):
        return LmconvError(status, text)
    return InvalidProblemError(status, text)


def _planning_error(algo, failures):
    """One exception for the (layout, status, reason) of every layout tried:
    unsupported only if unsupported everywhere, else "nothing fits" if that
    was the trouble somewhere."""
    statuses = [s for _, s, _ in failures]
    if all(s == _lib.LMC_ERR_UNSUPPORTED for s in statuses):
        status = _lib.LMC_ERR_UNSUPPORTED
    elif _lib.LMC_ERR_NO_ALGO_FITS in statuses:
        status = _lib.LMC_ERR_NO_ALGO_FITS
    else:
        status = statuses[0]
    reason = next((r for _, _, r in failures if r), None)
    text = "; ".join("%s in %s: %s%s" % (algo, lay.upper(), _strerror(s), ": " + r if r else "")
                     for lay, s, r in failures)
    return _error(status, reason=reason, text=text)


# ---- algorithm names --------------------------------------------------------
def parse_algo(spec):
    """(algo id, variant number) of "family" or "family:variant" (lmc_algo_parse)."""
    if not isinstance(spec, str):
        raise TypeError("algo must be a string such as 'auto', 'direct' or 'mec:b', not %r"
                        % type(spec).__name__)
    lib = _lib.load()
    a, v = ctypes.c_int(), ctypes.c_int()
    s = lib.lmc_algo_parse(spec.encode(), ctypes.byref(a), ctypes.byref(v))
    if s != _lib.LMC_OK:
        raise _error(s, "algo %r (known: %s)" % (spec, ", ".join(["auto"] + algorithms())))
    return a.value, v.value


def _families():
    """(id, name, variant names) of every family of this build, in id order."""
    lib = _lib.load()
    out = []
    # Ids are small and contiguous; ids missing from this build have no name.
    for a in range(1, 64):
        name = lib.lmc_algo_name(a)
        if name is None:
            continue
        nv = lib.lmc_algo_variant_count(a)
        out.append((a, name.decode(),
                    tuple(lib.lmc_algo_variant_name(a, v).decode() for v in range(1, nv + 1))))
    return out


def algorithms(variants=True):
    """Every family name of this build, each followed by its "family:variant"
    names unless variants is false (the spellings `algo` accepts, "auto" aside)."""
    out = []
    for _, name, vs in _families():
        out.append(name)
        if variants:
            out.extend(name + ":" + v for v in vs)
    return out


def default_threads():
    """The thread count threads=None stands for (OpenMP's maximum)."""
    return _lib.load().lmc_default_threads()


# ---- arguments --------------------------------------------------------------
def _pair(name, v, minimum):
    if isinstance(v, (bool, np.bool_)):
        raise TypeError("%s must be an int or a pair of ints, not bool" % name)
    if isinstance(v, (int, np.integer)):
        v = (int(v), int(v))
    else:
        try:
            v = tuple(v)
        except TypeError:
            raise TypeError("%s must be an int or a pair of ints, not %r"
                            % (name, type(v).__name__)) from None
        if len(v) == 1:
            v = v * 2
        if len(v) != 2 or not all(isinstance(e, (int, np.integer)) and
                                  not isinstance(e, (bool, np.bool_)) for e in v):
            raise TypeError("%s must be an int or a pair of ints, not %r" % (name, v))
        v = (int(v[0]), int(v[1]))
    if min(v) < minimum:
        raise ValueError("%s must be >= %d, got %r" % (name, minimum, v))
    return v


def _padding(padding, kernel, stride, dilation):
    """(top, bottom, left, right) of PyTorch's padding argument."""
    if isinstance(padding, str):
        if padding == "valid":
            return (0, 0, 0, 0)
        if padding == "same":
            if stride != (1, 1):
                raise ValueError("padding='same' is not supported for strided convolutions "
                                 "(stride %r), as in PyTorch" % (stride,))
            out = []
            # PyTorch's rule: total d*(k-1) per axis, the odd one on the bottom/right.
            for k, d in zip(kernel, dilation):
                total = d * (k - 1)
                out += [total // 2, total - total // 2]
            return tuple(out)
        raise ValueError("padding must be an int, a pair of ints, 'same' or 'valid', got %r"
                         % padding)
    ph, pw = _pair("padding", padding, 0)
    return (ph, ph, pw, pw)


def _threads(threads):
    if threads is None:
        return 0
    if isinstance(threads, bool) or not isinstance(threads, (int, np.integer)):
        raise TypeError("threads must be None or an int, not %r" % type(threads).__name__)
    if not 1 <= threads <= 1024:
        raise ValueError("threads must be in 1..1024 (or None for the default), got %d" % threads)
    return int(threads)


def _limit(workspace_limit):
    if workspace_limit is None:
        return _lib.SIZE_MAX
    if isinstance(workspace_limit, bool) or not isinstance(workspace_limit, (int, np.integer)):
        raise TypeError("workspace_limit must be None or a number of bytes, not %r"
                        % type(workspace_limit).__name__)
    if workspace_limit < 0:
        raise ValueError("workspace_limit must be >= 0 bytes, got %d" % workspace_limit)
    return min(int(workspace_limit), _lib.SIZE_MAX)


def _layout(name, value):
    if value not in LAYOUTS:
        raise ValueError("%s must be 'nchw' or 'nhwc', got %r" % (name, value))
    return value


def _float32(name, a, ndims):
    """a as a float32 ndarray without copying it.

    lmconv computes in float32 only; converting another dtype would silently
    copy the whole tensor (the memory this library exists to save), so any
    other dtype is a TypeError that says how to convert.
    """
    if not isinstance(a, np.ndarray):
        if type(a).__module__.split(".")[0] == "torch" and hasattr(a, "detach"):
            if a.device.type != "cpu":
                raise TypeError("%s is on %s; lmconv runs on the CPU" % (name, a.device))
            if str(a.dtype) != "torch.float32":
                raise TypeError("%s must be float32, got %s (convert it with .float())"
                                % (name, a.dtype))
            a = a.detach().numpy()
        else:
            a = np.asarray(a)
    if a.dtype != np.float32:
        raise TypeError("%s must be float32, got %s (convert it with .astype(np.float32))"
                        % (name, a.dtype))
    if a.ndim not in ndims:
        raise ValueError("%s must have %s dimensions, got shape %r"
                         % (name, " or ".join(map(str, ndims)), a.shape))
    return a


def _shape(name, shape, n):
    try:
        shape = tuple(int(s) for s in shape)
    except TypeError:
        raise TypeError("%s must be a shape (a sequence of ints)" % name) from None
    if len(shape) != n:
        raise ValueError("%s must have %d dimensions, got %r" % (name, n, shape))
    return shape


Geometry = namedtuple("Geometry", "n c h w m kh kw stride padding dilation groups ho wo")


def _geometry(xs_nchw, ws, has_bias, stride, padding, dilation, groups):
    """Checks a problem as PyTorch would and gives its geometry (NCHW sizes)."""
    n, c, h, w = xs_nchw
    m, cg, kh, kw = ws
    if isinstance(groups, bool) or not isinstance(groups, (int, np.integer)):
        raise TypeError("groups must be an int, not %r" % type(groups).__name__)
    groups = int(groups)
    if groups < 1:
        raise ValueError("groups must be >= 1, got %d" % groups)
    if min(m, cg, kh, kw) < 1:
        raise ValueError("weight must have no empty dimension, got shape %r" % (ws,))
    if m % groups:
        raise ValueError("groups=%d must divide the output channels (weight.shape[0] = %d)"
                         % (groups, m))
    if c != cg * groups:
        raise ValueError("input has %d channels, but weight of shape %r with groups=%d "
                         "expects %d" % (c, ws, groups, cg * groups))
    if min(n, c, h, w) < 0 or min(c, h, w) == 0:
        raise ValueError("input must have non-empty channel and spatial dimensions, got %r"
                         % (xs_nchw,))
    stride = _pair("stride", stride, 1)
    dilation = _pair("dilation", dilation, 1)
    pads = _padding(padding, (kh, kw), stride, dilation)
    ho = (h + pads[0] + pads[1] - dilation[0] * (kh - 1) - 1) // stride[0] + 1
    wo = (w + pads[2] + pads[3] - dilation[1] * (kw - 1) - 1) // stride[1] + 1
    if ho < 1 or wo < 1:
        raise InvalidProblemError(
            _lib.STATUS_NAMES.index("LMC_ERR_EMPTY_OUTPUT"),
            "input %dx%d padded by %r is smaller than the dilated kernel (%dx%d, dilation %r): "
            "empty output" % (h, w, pads, kh, kw, dilation))
    return Geometry(n, c, h, w, m, kh, kw, stride, pads, dilation, groups, ho, wo)


def _desc(g, layout, has_bias, relu, n=None):
    d = ConvDesc()
    _lib.load().lmc_desc_init(ctypes.byref(d), g.n if n is None else n, g.c, g.h, g.w, g.m,
                              g.kh, g.kw)
    d.stride_h, d.stride_w = g.stride
    d.pad_top, d.pad_bottom, d.pad_left, d.pad_right = g.padding
    d.dil_h, d.dil_w = g.dilation
    d.groups = g.groups
    d.layout = LAYOUTS[layout]
    d.has_bias = 1 if has_bias else 0
    d.relu = 1 if relu else 0
    return d


def _ptr(a):
    return a.ctypes.data


# ---- workspace --------------------------------------------------------------
class Workspace:
    """A growable workspace buffer that several plans share.

    Plans run one at a time on it: run() holds ``lock`` while the library
    uses the buffer, so concurrent callers are serialised, never interleaved.
    The buffer only grows (reserve) and is 64-byte aligned.
    """

    _ALIGN = 64

    def __init__(self, nbytes=0):
        self.lock = threading.RLock()
        self._raw = None
        self._view = None
        self.nbytes = 0
        self.reserve(nbytes)

    def reserve(self, nbytes):
        """Grows the buffer to at least nbytes (never shrinks it)."""
        with self.lock:
            if nbytes > self.nbytes or self._view is None:
                raw = np.empty(int(nbytes) + self._ALIGN, dtype=np.uint8)
                off = (-raw.ctypes.data) % self._ALIGN
                self._raw, self._view = raw, raw[off:off + int(nbytes)]
                self.nbytes = int(nbytes)
        return self

    @property
    def buffer(self):
        """The aligned uint8 array the plans use."""
        return self._view

    def __repr__(self):
        return "lmconv.Workspace(%d bytes)" % self.nbytes


def _workspace_pointer(workspace, need):
    """(pointer, bytes) of a caller's workspace: a Workspace, ndarray or buffer."""
    if isinstance(workspace, Workspace):
        workspace.reserve(need)
        buf = workspace.buffer
        return _ptr(buf), buf.nbytes
    if isinstance(workspace, np.ndarray):
        if not workspace.flags.c_contiguous or not workspace.flags.writeable:
            raise ValueError("workspace must be a writable C-contiguous array")
        arr = workspace
    else:
        try:
            mv = memoryview(workspace)
        except TypeError:
            raise TypeError("workspace must be an lmconv.Workspace, a NumPy array or a writable "
                            "buffer (bytearray), not %r" % type(workspace).__name__) from None
        if mv.readonly or not mv.contiguous:
            raise ValueError("workspace must be a writable contiguous buffer")
        arr = np.frombuffer(mv.cast("B"), dtype=np.uint8)
    if arr.nbytes and _ptr(arr) % 4:
        raise ValueError("workspace must be 4-byte aligned (the library works in floats)")
    return (_ptr(arr) if arr.nbytes else None), arr.nbytes


# ---- plans ------------------------------------------------------------------
Candidate = namedtuple("Candidate", (
    "layout spec family variant supported reason workspace_bytes packed_weight_bytes fits "
    "resolved_variant auto_candidate chosen"))
Candidate.__doc__ = """One family or variant in one activation layout, as the planner saw it.

variant is None for the family's own choice (resolved_variant then names the
variant that choice resolves to); reason is lmc_unsupported_reason's text when
unsupported; workspace/packed bytes are lmc_query's at the plan's thread count;
fits compares the workspace with the limit; auto_candidate is false for the
oracle `ref` and the families that are not exact (Winograd), which AUTO never
picks; chosen marks what the plan runs."""


class Explanation:
    """What every family and variant would need for one problem, and what was chosen.

    ``candidates``: Candidate rows for each layout tried (the caller's first);
    ``chosen``: the Candidate the plan runs (None if nothing could be planned);
    ``error``: the planning error when nothing could be planned.  The library
    has no cost-figure API: AUTO ranks the candidates that fit by its internal
    cost model, which this does not reproduce.
    """

    def __init__(self, candidates, chosen, workspace_limit, threads, layout, run_layout, algo,
                 error=None):
        self.candidates = candidates
        self.chosen = chosen
        self.workspace_limit = workspace_limit
        self.threads = threads
        self.layout = layout
        self.run_layout = run_layout
        self.algo = algo
        self.error = error

    def __iter__(self):
        return iter(self.candidates)

    def __str__(self):
        lim = "unlimited" if self.workspace_limit is None else "%d B" % self.workspace_limit
        head = "algo=%s, workspace limit %s, %d thread(s), caller layout %s" % (
            self.algo, lim, self.threads, self.layout)
        lines = [head, "%-6s %-18s %14s %14s  %s" % ("layout", "algorithm", "workspace B",
                                                       "packed B", "")]
        for c in self.candidates:
            name = c.spec + (" (-> %s)" % c.resolved_variant if c.resolved_variant else "")
            if not c.supported:
                lines.append("%-6s %-18s %14s %14s  unsupported: %s"
                             % (c.layout, name, "-", "-", c.reason))
                continue
            notes = []
            if not c.fits:
                notes.append("over the limit")
            if not c.auto_candidate:
                notes.append("not an AUTO candidate")
            if c.chosen:
                notes.append("<- chosen")
            lines.append("%-6s %-18s %14d %14d  %s" % (c.layout, name, c.workspace_bytes,
                                                        c.packed_weight_bytes, ", ".join(notes)))
        if self.error is not None:
            lines.append("no plan: %s" % self.error)
        return "\n".join(line.rstrip() for line in lines)

    def __repr__(self):
        return "<lmconv.Explanation: %d candidates, chosen %s>" % (
            len(self.candidates), self.chosen.layout + " " + self.chosen.spec
            if self.chosen else None)


def _other(layout):
    return "nhwc" if layout == "nchw" else "nchw"


class Plan:
    """A convolution planned once for one input shape, run many times.

    Plan(x_shape, w, bias=None, stride=1, padding=0, dilation=1, groups=1,
         algo="auto", workspace_limit=None, threads=None, layout="nchw",
         run_layout=None, relu=False)

    x_shape is the input's shape in `layout` ("nchw": N,C,H,W; "nhwc":
    N,H,W,C); the output comes in the same layout.  w is always PyTorch's
    [M][C/groups][KH][KW] float32 weight and bias a float32 [M] array; the
    plan keeps its own re-laid copy of both (change them: make a new plan).
    stride, padding ("same", "valid", int or pair), dilation and groups
    mean what they mean in torch.nn.functional.conv2d; relu=True fuses a
    ReLU after the bias.

    The library runs in `run_layout`.  None (the default) means the
    caller's layout, or, when the library can plan nothing there (no
    algorithm fits workspace_limit, or the named algo does not support that
    layout), the other layout, with the activations converted around each
    call (`direct` runs both layouts in place, so with AUTO this happens
    only for a named algorithm).  The library's workspace then stays within
    the limit; the converted copies of input and output
    (``conversion_bytes``) are the binding's own NumPy arrays, not library
    workspace, and are allocated per call.  ``converts`` says whether a
    plan converts: the memory then leaves the library's account rather
    than disappearing.

    Attributes: algorithm, variant (None for a family without variants),
    spec ("direct:64x6"), workspace_bytes, packed_weight_bytes, threads,
    layout, run_layout, converts, conversion_bytes, input_shape,
    output_shape.  The plan owns an lmc_plan, freed by close(), by leaving
    a `with` block, or when the object is collected.
    """

    def __init__(self, x_shape, w, bias=None, stride=1, padding=0, dilation=1, groups=1,
                 algo="auto", workspace_limit=None, threads=None, layout="nchw",
                 run_layout=None, relu=False):
        self._handle = None
        lib = _lib.load()
        self._destroy = lib.lmc_plan_destroy    # kept for __del__ at interpreter exit
        self._lib = lib
        layout = _layout("layout", layout)
        if run_layout is not None:
            run_layout = _layout("run_layout", run_layout)
        x_shape = _shape("x_shape", x_shape, 4)
        w = _float32("weight", w, (4,))
        if bias is not None:
            bias = _float32("bias", bias, (1,))
            if bias.shape != (w.shape[0],):
                raise ValueError("bias must have shape (%d,) for weight of shape %r, got %r"
                                 % (w.shape[0], w.shape, bias.shape))
            bias = np.ascontiguousarray(bias)
        xs = x_shape if layout == "nchw" else (x_shape[0], x_shape[3], x_shape[1], x_shape[2])
        self._g = g = _geometry(xs, w.shape, bias is not None, stride, padding, dilation, groups)
        if g.n < 1:
            raise ValueError("x_shape must have a batch of at least 1, got %r" % (x_shape,))
        self._algo_spec = algo
        a, v = parse_algo(algo)
        self._limit = _limit(workspace_limit)
        self._threads_req = _threads(threads)
        self._relu = bool(relu)
        self._has_bias = bias is not None
        self.layout = layout
        self._fallback = run_layout is None
        self.input_shape = x_shape
        ys = (g.n, g.m, g.ho, g.wo)
        self.output_shape = ys if layout == "nchw" else (g.n, g.ho, g.wo, g.m)

        opts = PlanOpts()
        lib.lmc_plan_opts_init(ctypes.byref(opts))
        opts.algo, opts.variant = a, v
        opts.threads = self._threads_req
        opts.workspace_limit = self._limit
        order = [run_layout] if run_layout else [layout, _other(layout)]
        failures = []
        for lay in order:
            d = _desc(g, lay, bias is not None, relu)
            wl = np.ascontiguousarray(w if lay == "nchw" else w.transpose(0, 2, 3, 1))
            handle = ctypes.c_void_p()
            s = lib.lmc_plan_create(ctypes.byref(d), ctypes.byref(opts), _ptr(wl),
                                    _ptr(bias) if bias is not None else None,
                                    ctypes.byref(handle))
            if s == _lib.LMC_OK:
                self._handle = handle
                self._desc_run = d
                self.run_layout = lay
                break
            reason = None
            if s == _lib.LMC_ERR_UNSUPPORTED:
                reason = lib.lmc_unsupported_reason(ctypes.byref(d), a, v)
                reason = reason.decode() if reason else None
            failures.append((lay, s, reason))
            # Only "nothing fits" and "not in this layout" are worth another layout.
            if s not in (_lib.LMC_ERR_NO_ALGO_FITS, _lib.LMC_ERR_UNSUPPORTED):
                break
        if self._handle is None:
            raise _planning_error(algo, failures)
        h = self._handle
        self.algorithm = lib.lmc_plan_algorithm(h).decode()
        var = lib.lmc_plan_variant(h)
        self.variant = var.decode() if var else None
        self.spec = self.algorithm + (":" + self.variant if self.variant else "")
        self.workspace_bytes = lib.lmc_plan_workspace_bytes(h)
        self.packed_weight_bytes = lib.lmc_plan_packed_weight_bytes(h)
        self.threads = lib.lmc_plan_threads(h)
        self.converts = self.run_layout != layout
        self.conversion_bytes = (4 * (g.n * g.c * g.h * g.w + g.n * g.m * g.ho * g.wo)
                                 if self.converts else 0)
        self._own_ws = None
        self._ws_lock = threading.Lock()

    # -- running --
    def _check_open(self):
        if self._handle is None:
            raise ValueError("the plan is closed")

    def _execute(self, x, y, ws_ptr, ws_bytes):
        """One lmc_execute on run-layout arrays (x, y C-contiguous float32)."""
        s = self._lib.lmc_execute(self._handle, _ptr(x), _ptr(y), ws_ptr, ws_bytes)
        if s != _lib.LMC_OK:
            raise _error(s, "execute")

    def _convert(self, src, src_layout, dst, dst_layout):
        n = src.shape[0]
        c = src.shape[1] if src_layout == "nchw" else src.shape[3]
        h, w = (src.shape[2], src.shape[3]) if src_layout == "nchw" else src.shape[1:3]
        s = self._lib.lmc_convert_layout(_ptr(src), LAYOUTS[src_layout], _ptr(dst),
                                         LAYOUTS[dst_layout], n, c, h, w)
        if s != _lib.LMC_OK:
            raise _error(s, "layout conversion")

    def run(self, x, out=None, workspace=None):
        """y = conv(x) in the plan's layout; returns `out` (a new array if None).

        x: float32 of input_shape (a non-contiguous x is copied first).
        out: None or a writable C-contiguous float32 array of output_shape.
        workspace: None (the plan allocates one on first use and keeps it), an
        lmconv.Workspace (grown to fit; the way to share one among plans), or
        a NumPy array / writable buffer of at least workspace_bytes.
        """
        self._check_open()
        x = _float32("x", x, (4,))
        if x.shape != self.input_shape:
            raise ValueError("x has shape %r; this plan was made for %r"
                             % (x.shape, self.input_shape))
        x = np.ascontiguousarray(x)
        if out is None:
            out = np.empty(self.output_shape, dtype=np.float32)
        else:
            if not isinstance(out, np.ndarray) or out.dtype != np.float32:
                raise TypeError("out must be a float32 NumPy array")
            if out.shape != self.output_shape:
                raise ValueError("out has shape %r; the output is %r"
                                 % (out.shape, self.output_shape))
            if not out.flags.c_contiguous or not out.flags.writeable:
                raise ValueError("out must be a writable C-contiguous array")
            if np.may_share_memory(x, out):
                raise ValueError("out must not overlap x")
        if self.converts:
            g = self._g
            xr = np.empty((g.n, g.h, g.w, g.c) if self.run_layout == "nhwc"
                          else (g.n, g.c, g.h, g.w), dtype=np.float32)
            self._convert(x, self.layout, xr, self.run_layout)
            yr = np.empty((g.n, g.ho, g.wo, g.m) if self.run_layout == "nhwc"
                          else (g.n, g.m, g.ho, g.wo), dtype=np.float32)
        else:
            xr, yr = x, out
        self._run_with_workspace(xr, yr, workspace)
        if self.converts:
            self._convert(yr, self.run_layout, out, self.layout)
        return out

    def _run_with_workspace(self, xr, yr, workspace):
        need = self.workspace_bytes
        if workspace is None:
            with self._ws_lock:
                if need and self._own_ws is None:
                    self._own_ws = Workspace(need)
                ws = self._own_ws
                if ws is None:
                    self._execute(xr, yr, None, 0)
                else:
                    self._execute(xr, yr, _ptr(ws.buffer), ws.nbytes)
        elif isinstance(workspace, Workspace):
            with workspace.lock:
                p, nb = _workspace_pointer(workspace, need)
                self._execute(xr, yr, p, nb)
        else:
            p, nb = _workspace_pointer(workspace, need)
            self._execute(xr, yr, p, nb)

    __call__ = run

    # -- explanation --
    def explain(self):
        """An Explanation: every family and variant in the layouts the plan
        considered, with support, workspace and packed bytes at this plan's
        thread count, fit, and what the plan runs."""
        self._check_open()
        layouts = [self.layout, _other(self.layout)] if self._fallback else [self.run_layout]
        return _explain(self._g, self._has_bias, self._relu, layouts, self._limit, self.threads,
                        (self.run_layout, self.algorithm, self.variant), self._algo_spec,
                        self.layout)

    # -- lifetime --
    def close(self):
        """Frees the lmc_plan (and the plan's own workspace); idempotent."""
        h, self._handle = getattr(self, "_handle", None), None
        if h is not None:
            self._destroy(h)
        self._own_ws = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        self.close()

    def __repr__(self):
        if self._handle is None:
            return "<lmconv.Plan (closed)>"
        return ("<lmconv.Plan %s %s -> %s, %s%s, workspace %d B, packed %d B, %d thread(s)>"
                % (self.layout, self.input_shape, self.output_shape, self.spec,
                   " in " + self.run_layout.upper() if self.converts else "",
                   self.workspace_bytes, self.packed_weight_bytes, self.threads))


def _explain(g, has_bias, relu, layouts, limit, threads, chosen, algo, layout, error=None):
    lib = _lib.load()
    rows = []
    chosen_row = None
    for lay in layouts:
        d = _desc(g, lay, has_bias, relu)
        for a, fam, variants in _families():
            for v in range(len(variants) + 1):
                r = lib.lmc_unsupported_reason(ctypes.byref(d), a, v)
                spec = fam + (":" + variants[v - 1] if v else "")
                ws = pk = None
                resolved = None
                if r is None:
                    wsb, pkb = ctypes.c_size_t(), ctypes.c_size_t()
                    s = lib.lmc_query(ctypes.byref(d), a, v, threads, ctypes.byref(wsb),
                                      ctypes.byref(pkb))
                    if s != _lib.LMC_OK:
                        r = "query: " + _strerror(s)
                    else:
                        ws, pk = wsb.value, pkb.value
                        if v == 0 and variants:
                            resolved = _resolved_variant(g, has_bias, relu, lay, a, threads)
                is_chosen = (chosen is not None and chosen[0] == lay and chosen[1] == fam and
                             (chosen[2] == (variants[v - 1] if v else None) or
                              (v == 0 and not variants)))
                row = Candidate(lay, spec, fam, variants[v - 1] if v else None, r is None,
                                r.decode() if isinstance(r, bytes) else r, ws, pk,
                                ws is not None and ws <= limit, resolved,
                                fam != "ref" and bool(lib.lmc_algo_is_exact(a)),
                                is_chosen)
                rows.append(row)
                if is_chosen:
                    chosen_row = row
    return Explanation(rows, chosen_row, None if limit == _lib.SIZE_MAX else limit, threads,
                       layout, chosen[0] if chosen else None, algo, error)


def _resolved_variant(g, has_bias, relu, layout, a, threads):
    """The variant a family's own choice resolves to (made by planning it on zeros)."""
    lib = _lib.load()
    d = _desc(g, layout, has_bias, relu)
    opts = PlanOpts()
    lib.lmc_plan_opts_init(ctypes.byref(opts))
    opts.algo, opts.variant, opts.threads = a, 0, threads
    w = np.zeros(lib.lmc_desc_weight_elems(ctypes.byref(d)), dtype=np.float32)
    b = np.zeros(g.m, dtype=np.float32) if has_bias else None
    h = ctypes.c_void_p()
    if lib.lmc_plan_create(ctypes.byref(d), ctypes.byref(opts), _ptr(w),
                           _ptr(b) if b is not None else None, ctypes.byref(h)) != _lib.LMC_OK:
        return None
    try:
        v = lib.lmc_plan_variant(h)
        return v.decode() if v else None
    finally:
        lib.lmc_plan_destroy(h)


def explain(x_shape, w, bias=None, stride=1, padding=0, dilation=1, groups=1, algo="auto",
            workspace_limit=None, threads=None, layout="nchw", run_layout=None):
    """The planner's view of a problem, as an Explanation (see Plan.explain).

    w may be the weight array or just its shape (then zeros are planned; the
    choice does not depend on the values); bias likewise an array or True.
    If nothing can be planned, the Explanation still lists every candidate
    and carries the error in ``error``.
    """
    if isinstance(w, tuple):
        w = np.zeros(_shape("weight shape", w, 4), dtype=np.float32)
    if bias is True:
        bias = np.zeros(np.shape(w)[0], dtype=np.float32)
    try:
        with Plan(x_shape, w, bias, stride, padding, dilation, groups, algo, workspace_limit,
                  threads, layout, run_layout) as p:
            return p.explain()
    except (NoAlgoFitsError, UnsupportedError) as e:
        layout = _layout("layout", layout)
        x_shape = _shape("x_shape", x_shape, 4)
        ws = np.shape(w)
        xs = x_shape if layout == "nchw" else (x_shape[0], x_shape[3], x_shape[1], x_shape[2])
        g = _geometry(xs, ws, bias is not None, stride, padding, dilation, groups)
        t = _threads(threads) or default_threads()
        layouts = [layout, _other(layout)] if run_layout is None else [run_layout]
        return _explain(g, bias is not None, False, layouts, _limit(workspace_limit), t, None,
                        algo, layout, error=e)


def conv2d(x, w, bias=None, stride=1, padding=0, dilation=1, groups=1, algo="auto",
           workspace_limit=None, threads=None):
    """torch.nn.functional.conv2d on NumPy float32 arrays, through lmconv.

    x: [N][C][H][W] (or an unbatched [C][H][W]); w: [M][C/groups][KH][KW];
    bias: [M] or None.  stride, dilation: int or pair; padding: int, pair,
    "valid" or "same" (PyTorch's rule: stride 1 only; total padding
    dilation*(k-1) per axis, the odd one on the bottom/right); groups
    divides C and M.  Returns a new float32 array [N][M][Ho][Wo] ([M][Ho][Wo]
    for an unbatched input).

    Every array must be float32 (a TypeError otherwise: converting would copy
    the whole tensor silently); non-contiguous arrays are copied.  algo:
    "auto" or lmconv's spelling ("direct", "direct:64x6", "mec:b", ...).
    workspace_limit: bytes of library workspace AUTO may use (None:
    unlimited).  When nothing fits in NCHW, or the named algo runs only on
    NHWC, the call is planned in NHWC and x and the result are converted in
    NumPy memory around it: the library's workspace
    stays within the limit, the converted copies are the binding's (see
    Plan).  threads: None for lmconv's default.  Library errors raise
    LmconvError subclasses carrying lmc_strerror's text (UnsupportedError:
    also lmc_unsupported_reason's).  To run one problem repeatedly, make a
    Plan once instead.
    """
    x = _float32("x", x, (3, 4))
    w = _float32("weight", w, (4,))
    unbatched = x.ndim == 3
    if unbatched:
        x = x[None]
    if x.shape[0] == 0:
        g = _geometry(x.shape, w.shape, bias is not None, stride, padding, dilation, groups)
        if bias is not None:
            _float32("bias", bias, (1,))
        return np.empty((0, g.m, g.ho, g.wo), dtype=np.float32)
    with Plan(x.shape, w, bias, stride, padding, dilation, groups, algo, workspace_limit,
              threads) as p:
        y = p.run(x)
    return y[0] if unbatched else y
