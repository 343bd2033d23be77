"""lmconv from Python: memory-efficient 2-D convolution on NumPy arrays.

A ctypes binding of liblmconv (include/lmconv.h); nothing is compiled for it.
The library is found in this order: $LMCONV_LIB; in an installed tree, the
library installed with the package, else the build tree next to this package
(<repo>/build/liblmconv.so); ctypes.util.find_library("lmconv") and
the dynamic loader's path (liblmconv.so.1, liblmconv.so); the standard
library directories.  `library_path()` says which one was loaded.

    conv2d(x, w, bias, stride, padding, dilation, groups, algo=...,
           workspace_limit=..., threads=...)   torch.nn.functional.conv2d's
                                               semantics on float32 arrays
    Plan(x_shape, w, ...)                      plan once, run(x) many times
    explain(x_shape, w, ...) / Plan.explain()  every family and variant:
                                               support, workspace, fit, choice
    Workspace()                                one buffer shared by plans
    algorithms()                               the names `algo` accepts

lmconv.torch (imported separately; needs PyTorch) converts a model's
torch.nn.Conv2d layers to lmconv plans sharing one workspace.
"""
from ._core import (Candidate, Explanation, InvalidProblemError, LmconvError,
                    LmconvMemoryError, NoAlgoFitsError, Plan, UnknownAlgorithmError,
                    UnsupportedError, Workspace, WorkspaceTooSmallError, algorithms, conv2d,
                    default_threads, explain, parse_algo)
from ._lib import LibraryNotFoundError
from ._lib import path as library_path

__all__ = [
    "conv2d", "Plan", "explain", "Workspace", "algorithms", "parse_algo", "default_threads",
    "library_path", "Explanation", "Candidate", "LmconvError", "InvalidProblemError",
    "UnknownAlgorithmError", "UnsupportedError", "NoAlgoFitsError", "WorkspaceTooSmallError",
    "LmconvMemoryError", "LibraryNotFoundError",
]
__version__ = "0.3"
