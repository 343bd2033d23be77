#!/usr/bin/env python3
"""torchvision networks converted with lmconv.torch.convert against PyTorch.

resnet18, vgg11 and mobilenet_v2 with random weights (weights=None, seed
0, eval mode) on one 3x224x224 image, converted at workspace budgets 0,
64 KiB, 1 MiB and unlimited, at 1 and 2 threads.  Checked:

- every converted conv layer, on the input PyTorch's own layer received
  in the network (captured with forward hooks): its output within the
  elementwise bound of common.py of the float64 convolution of that input;
- each plan's library workspace within the budget, the shared buffer
  exactly the largest plan's, every layer run in the input's own layout
  with nothing converted (both layouts have a zero-workspace path);
- the network's output against PyTorch's float32 output, relative to its
  magnitude: max|y - y_torch| <= tol * max|y_torch|, with
  tol = 2 * sum over the conv and linear layers of gamma_{k_l}
  (k_l = C/g*KH*KW or the linear layer's input length).  gamma_k bounds a
  layer's relative rounding error when its products do not cancel; summing
  them is the first-order accumulation through layers that keep relative
  errors at their size (as these initialisations and batch norms make the
  layers roughly norm-preserving); 2 because both results err.  It is loose
  (the measured figures, printed, are far below it) but still orders of
  magnitude below what a misplaced layer, padding or channel order gives;
  the per-layer check above is the tight one.
"""
import copy
import sys
import time
import warnings

from common import Checks, gamma, reference, require

require(["numpy", "torch", "torchvision"])

import numpy as np  # noqa: E402
import torch  # noqa: E402
import torchvision  # noqa: E402

import lmconv.torch as lt  # noqa: E402

T = Checks("test_torchvision")
NETS = ("resnet18", "vgg11", "mobilenet_v2")
BUDGETS = (0, 64 << 10, 1 << 20, None)
THREADS = (1, 2)


def tolerance(model):
    total = 0.0
    for m in model.modules():
        if isinstance(m, torch.nn.Conv2d):
            total += gamma(m.in_channels // m.groups * m.kernel_size[0] * m.kernel_size[1])
        elif isinstance(m, torch.nn.Linear):
            total += gamma(m.in_features)
    return 2 * total


def layer_references(model, x):
    """name -> (input, float64 output, bound) of every conv layer of the
    PyTorch model on x, captured with forward hooks."""
    inputs = {}
    hooks = [m.register_forward_hook(
        lambda m, i, o, name=name: inputs.__setitem__(name, i[0].clone()))
        for name, m in model.named_modules() if isinstance(m, torch.nn.Conv2d)]
    with torch.no_grad():
        model(x)
    for h in hooks:
        h.remove()
    refs = {}
    for name, m in model.named_modules():
        if isinstance(m, torch.nn.Conv2d):
            xi = inputs[name]
            refs[name] = (xi,) + reference(
                torch, xi.numpy(), m.weight.detach().numpy(),
                None if m.bias is None else m.bias.detach().numpy(), m.stride, m.padding,
                m.dilation, m.groups)
    return refs


def check_layers(model, refs, fmt, what):
    """Each lmconv layer of the converted model on its PyTorch input: within
    the bound of the float64 result; returns the largest error / bound."""
    worst = 0.0
    with torch.no_grad():
        for name, mod in model.named_modules():
            if not isinstance(mod, lt.Conv2d):
                continue
            xi, yref, bound = refs[name]
            y = mod(xi.contiguous(memory_format=fmt))
            err = np.abs(y.double().numpy() - yref)
            T.check(bool(np.all(err <= bound)), "%s %s: |err| %.3g exceeds the bound"
                    % (what, name, float(np.max(err - bound))))
            worst = max(worst, float(np.max(err / np.maximum(bound, 1e-300))))
    return worst


def run_net(name):
    torch.manual_seed(0)
    model = getattr(torchvision.models, name)(weights=None).eval()
    x = torch.randn(1, 3, 224, 224, generator=torch.Generator().manual_seed(1))
    with torch.no_grad():
        ref = model(x)
    scale = float(ref.abs().max())
    tol = tolerance(model)
    nconv = sum(isinstance(m, torch.nn.Conv2d) for m in model.modules())
    refs = layer_references(model, x)
    print("%s: %d conv layers, output max %.3g, tol %.3g (relative)" % (name, nconv, scale, tol))
    for threads in THREADS:
        for budget in BUDGETS:
            for fmt in ((torch.contiguous_format, torch.channels_last) if budget == 0
                        else (torch.contiguous_format,)):
                t0 = time.time()
                m = lt.convert(copy.deepcopy(model), workspace_limit=budget, threads=threads)
                with torch.no_grad():
                    y = m(x.contiguous(memory_format=fmt))
                what = "%s threads=%d budget=%s%s" % (
                    name, threads, budget,
                    " channels_last" if fmt == torch.channels_last else "")
                rel = float((y - ref).abs().max()) / scale
                T.check(y.shape == ref.shape and rel <= tol, "%s: relative deviation %.3g > %.3g"
                        % (what, rel, tol))
                info = lt.workspace_info(m)
                T.check(len(info.layers) == nconv, "%s: %d of %d conv layers ran through lmconv"
                        % (what, len(info.layers), nconv))
                for l in info.layers:
                    T.check(budget is None or l["workspace_bytes"] <= budget,
                            "%s %s: workspace %d over the budget" % (what, l["name"],
                                                                     l["workspace_bytes"]))
                    T.check(l["threads"] == threads, "%s %s: %d threads" % (what, l["name"],
                                                                          l["threads"]))
                    own = "nhwc" if fmt == torch.channels_last else "nchw"
                    T.check(l["layout"] == own and not l["converts"],
                            "%s %s: runs %s%s on %s input" % (what, l["name"], l["layout"],
                                                              " converted" * l["converts"], own))
                T.check(info.shared_workspace_bytes == info.largest_workspace_bytes,
                        "%s: shared %d, largest %d" % (what, info.shared_workspace_bytes,
                                                       info.largest_workspace_bytes))
                T.check(len({id(mod.workspace) for mod in m.modules()
                             if isinstance(mod, lt.Conv2d)}) == 1, what + ": one workspace")
                worst = check_layers(m, refs, fmt, what)
                converted = sum(l["converts"] for l in info.layers)
                print("  %-44s rel %.2e  layers <= %.2f of bound  workspace largest %9d sum %9d"
                      "  %2d converted  %.1f s" % (what, rel, worst, info.largest_workspace_bytes,
                                                  info.total_workspace_bytes, converted,
                                                  time.time() - t0))
                del m


def main():
    warnings.filterwarnings("ignore", message="Using padding='same'")
    t0 = time.time()
    torch.set_num_threads(2)
    for name in NETS:
        run_net(name)
    print("%.1f s" % (time.time() - t0))
    return T.finish()


if __name__ == "__main__":
    sys.exit(main())
