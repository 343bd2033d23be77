"""The installed Python package: imported from the prefix, it loads the
installed library (argv[1] is the prefix) and convolves correctly."""
import os
import sys

import numpy as np

import lmconv

prefix = os.path.realpath(sys.argv[1])
lib = os.path.realpath(lmconv.library_path())
if not lib.startswith(prefix + os.sep):
    sys.exit("import lmconv loaded %s, not the library installed under %s" % (lib, prefix))
if not os.path.realpath(lmconv.__file__).startswith(prefix + os.sep):
    sys.exit("import lmconv imported %s, not the installed package" % lmconv.__file__)
x = np.arange(1 * 2 * 4 * 4, dtype=np.float32).reshape(1, 2, 4, 4)
w = np.ones((3, 2, 3, 3), dtype=np.float32)
y = lmconv.conv2d(x, w, padding=1, workspace_limit=0)
# The centre output sums the 3x3 neighbourhood of both channels.
want = sum(float(x[0, c, i, j]) for c in range(2) for i in range(0, 3) for j in range(0, 3))
if y.shape != (1, 3, 4, 4) or float(y[0, 1, 1, 1]) != want:
    sys.exit("conv2d through the installed package: shape %r, y[0,1,1,1] = %r, want %r"
             % (y.shape, float(y[0, 1, 1, 1]), want))
print("python: lmconv %s from %s, library %s: ok" % (lmconv.__version__, lmconv.__file__, lib))
