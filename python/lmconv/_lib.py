"""Finding and loading liblmconv, and the C declarations of include/lmconv.h.

Only ctypes: the binding compiles nothing, so any build of the library
(the build tree or an installed one) serves it.
"""
import ctypes
import ctypes.util
import os
import sys
import threading
from pathlib import Path

# Status codes, in the order of enum lmc_status.
STATUS_NAMES = (
    "LMC_OK", "LMC_ERR_NULL", "LMC_ERR_BAD_SIZE", "LMC_ERR_BAD_STRIDE", "LMC_ERR_BAD_DILATION",
    "LMC_ERR_BAD_PADDING", "LMC_ERR_BAD_GROUPS", "LMC_ERR_BAD_LAYOUT", "LMC_ERR_EMPTY_OUTPUT",
    "LMC_ERR_OVERFLOW", "LMC_ERR_BAD_ARG", "LMC_ERR_UNKNOWN_ALGO", "LMC_ERR_UNSUPPORTED",
    "LMC_ERR_NO_ALGO_FITS", "LMC_ERR_WORKSPACE_TOO_SMALL", "LMC_ERR_NOMEM",
    "LMC_ERR_BAD_WISDOM", "LMC_ERR_IO",
)
LMC_OK = 0
LMC_ERR_UNKNOWN_ALGO = STATUS_NAMES.index("LMC_ERR_UNKNOWN_ALGO")
LMC_ERR_UNSUPPORTED = STATUS_NAMES.index("LMC_ERR_UNSUPPORTED")
LMC_ERR_NO_ALGO_FITS = STATUS_NAMES.index("LMC_ERR_NO_ALGO_FITS")
LMC_ERR_WORKSPACE_TOO_SMALL = STATUS_NAMES.index("LMC_ERR_WORKSPACE_TOO_SMALL")
LMC_ERR_NOMEM = STATUS_NAMES.index("LMC_ERR_NOMEM")

LMC_NCHW, LMC_NHWC = 0, 1
LMC_ALGO_AUTO = 0
SIZE_MAX = ctypes.c_size_t(-1).value


class ConvDesc(ctypes.Structure):
    _fields_ = [(name, ctypes.c_int) for name in (
        "n", "c", "h", "w", "m", "kh", "kw", "stride_h", "stride_w", "pad_top", "pad_bottom",
        "pad_left", "pad_right", "dil_h", "dil_w", "groups", "layout", "has_bias", "relu")]


class PlanOpts(ctypes.Structure):
    _fields_ = [("algo", ctypes.c_int), ("variant", ctypes.c_int), ("threads", ctypes.c_int),
                ("workspace_limit", ctypes.c_size_t), ("flags", ctypes.c_uint),
                ("packed_limit", ctypes.c_size_t)]


class LibraryNotFoundError(OSError):
    """No loadable liblmconv in any of the places the binding looks."""


_P = ctypes.c_void_p
_DESC = ctypes.POINTER(ConvDesc)
_SIZE_P = ctypes.POINTER(ctypes.c_size_t)
_INT_P = ctypes.POINTER(ctypes.c_int)
_PROTOTYPES = {
    "lmc_desc_init": (None, [_DESC] + [ctypes.c_int] * 7),
    "lmc_desc_validate": (ctypes.c_int, [_DESC, _INT_P, _INT_P]),
    "lmc_desc_input_elems": (ctypes.c_size_t, [_DESC]),
    "lmc_desc_output_elems": (ctypes.c_size_t, [_DESC]),
    "lmc_desc_weight_elems": (ctypes.c_size_t, [_DESC]),
    "lmc_desc_flops": (ctypes.c_double, [_DESC]),
    "lmc_plan_opts_init": (None, [ctypes.POINTER(PlanOpts)]),
    "lmc_default_threads": (ctypes.c_int, []),
    "lmc_query": (ctypes.c_int,
                  [_DESC, ctypes.c_int, ctypes.c_int, ctypes.c_int, _SIZE_P, _SIZE_P]),
    "lmc_unsupported_reason": (ctypes.c_char_p, [_DESC, ctypes.c_int, ctypes.c_int]),
    "lmc_plan_create": (ctypes.c_int,
                        [_DESC, ctypes.POINTER(PlanOpts), _P, _P, ctypes.POINTER(_P)]),
    "lmc_plan_workspace_bytes": (ctypes.c_size_t, [_P]),
    "lmc_plan_packed_weight_bytes": (ctypes.c_size_t, [_P]),
    "lmc_plan_algorithm": (ctypes.c_char_p, [_P]),
    "lmc_plan_variant": (ctypes.c_char_p, [_P]),
    "lmc_plan_algo": (ctypes.c_int, [_P]),
    "lmc_plan_threads": (ctypes.c_int, [_P]),
    "lmc_execute": (ctypes.c_int, [_P, _P, _P, _P, ctypes.c_size_t]),
    "lmc_plan_destroy": (None, [_P]),
    "lmc_strerror": (ctypes.c_char_p, [ctypes.c_int]),
    "lmc_algo_name": (ctypes.c_char_p, [ctypes.c_int]),
    "lmc_algo_variant_count": (ctypes.c_int, [ctypes.c_int]),
    "lmc_algo_variant_name": (ctypes.c_char_p, [ctypes.c_int, ctypes.c_int]),
    "lmc_algo_parse": (ctypes.c_int, [ctypes.c_char_p, _INT_P, _INT_P]),
    "lmc_algo_is_exact": (ctypes.c_int, [ctypes.c_int]),
    "lmc_convert_layout": (ctypes.c_int, [_P, ctypes.c_int, _P, ctypes.c_int] + [ctypes.c_int] * 4),
}


def _library_names():
    if sys.platform == "darwin":
        return ["liblmconv.1.dylib", "liblmconv.dylib"]
    return ["liblmconv.so.1", "liblmconv.so"]


def _standard_dirs():
    dirs = [Path(sys.prefix) / "lib", Path("/usr/local/lib"), Path("/usr/local/lib64")]
    multiarch = getattr(sys.implementation, "_multiarch", None)
    if multiarch:
        dirs += [Path("/usr/local/lib") / multiarch, Path("/usr/lib") / multiarch]
    dirs += [Path("/usr/lib"), Path("/usr/lib64")]
    seen, out = set(), []
    for d in dirs:
        if d not in seen:
            seen.add(d)
            out.append(d)
    return out


def _candidates():
    """(description, what to pass to CDLL) in the order the binding tries them."""
    env = os.environ.get("LMCONV_LIB")
    if env:
        # An explicit choice is final: falling back would hide a wrong path.
        return [("$LMCONV_LIB=" + env, env)], True
    try:
        from ._installed import LIBDIR   # only in an installed tree (cmake --install)
    except ImportError:
        LIBDIR = None
    if LIBDIR:
        out = [(str(Path(LIBDIR) / n), str(Path(LIBDIR) / n)) for n in _library_names()]
    else:
        repo = Path(__file__).resolve().parents[2]
        out = [(str(repo / "build" / "liblmconv.so"), str(repo / "build" / "liblmconv.so"))]
    found = ctypes.util.find_library("lmconv")
    if found:
        out.append(("ctypes.util.find_library('lmconv') = " + found, found))
    else:
        out.append(("ctypes.util.find_library('lmconv') (found nothing)", None))
    for name in _library_names():
        out.append((name + " through the dynamic loader's search path", name))
    for d in _standard_dirs():
        for name in _library_names():
            out.append((str(d / name), str(d / name)))
    return out, False


def _declare(lib):
    missing = [name for name in _PROTOTYPES if not hasattr(lib, name)]
    if missing:
        raise LibraryNotFoundError(
            "%s is not lmconv 0.2 or later: it lacks %s" % (lib._name, ", ".join(missing)))
    for name, (restype, argtypes) in _PROTOTYPES.items():
        fn = getattr(lib, name)
        fn.restype = restype
        fn.argtypes = argtypes
    return lib


_loaded = None
_loaded_path = None
_lock = threading.Lock()


def load():
    """The loaded library (loading it on first use)."""
    global _loaded, _loaded_path
    if _loaded is not None:
        return _loaded
    with _lock:
        if _loaded is not None:
            return _loaded
        candidates, explicit = _candidates()
        tried = []
        for what, target in candidates:
            if target is None:
                tried.append(what)
                continue
            if os.sep in target and not os.path.exists(target):
                tried.append(what + ": no such file")
                continue
            try:
                lib = ctypes.CDLL(target)
            except OSError as e:
                tried.append("%s: %s" % (what, e))
                continue
            _loaded = _declare(lib)
            _loaded_path = target
            return _loaded
        hint = "" if explicit else (
            "\nBuild it with `make` in the lmconv source tree, install it, or point "
            "$LMCONV_LIB at liblmconv.so.")
        raise LibraryNotFoundError(
            "lmconv: cannot load the shared library; tried:\n  " + "\n  ".join(tried) + hint)


def path():
    """The path (or loader name) of the loaded library."""
    load()
    return _loaded_path
