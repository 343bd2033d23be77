#!/usr/bin/env python3
"""Times torchvision networks with their conv layers on lmconv against PyTorch.

    /usr/bin/python3 tools/bench_torchvision.py [--nets resnet18,vgg11,mobilenet_v2]
                                                [--threads 1,2] [--reps 7] [--size 224]

Random weights (seed 0), eval mode, one image.  Per network and thread
count, in one process: PyTorch itself, and the model converted by
lmconv.torch.convert at an unlimited workspace budget and at 0, fed an NCHW
tensor and a channels_last one (each layer runs in its input's layout; the
conversion column shows the largest copy the binding made, 0 when none).  Each variant runs once to plan, then
the variants are timed in alternation, `reps` rounds, and the median is
printed with the largest and the summed library workspace of the plans and
the largest deviation from PyTorch's output.  PyTorch's thread count is set
to the same number for every variant (its own layers and the conversions).
"""
import argparse
import copy
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "python"))

import torch  # noqa: E402
import torchvision  # noqa: E402

import lmconv  # noqa: E402
import lmconv.torch as lt  # noqa: E402


def mib(b):
    return "%.2f MiB" % (b / 2 ** 20) if b else "0"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--nets", default="resnet18,vgg11,mobilenet_v2")
    ap.add_argument("--threads", default="1,2")
    ap.add_argument("--reps", type=int, default=7)
    ap.add_argument("--size", type=int, default=224)
    a = ap.parse_args()
    print("library: %s; torch %s, torchvision %s" % (lmconv.library_path(), torch.__version__,
                                                      torchvision.__version__))
    print()
    print("| network | threads | PyTorch ms | lmconv unlimited ms | lmconv 0 B ms (NCHW in) "
          "| lmconv 0 B ms (channels_last in) | workspace unlimited: largest / sum "
          "| workspace 0 B | largest conversion copy (NCHW in, 0 B) "
          "| max deviation (relative) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name in a.nets.split(","):
        torch.manual_seed(0)
        model = getattr(torchvision.models, name)(weights=None).eval()
        x = torch.randn(1, 3, a.size, a.size, generator=torch.Generator().manual_seed(1))
        xcl = x.contiguous(memory_format=torch.channels_last)
        for threads in map(int, a.threads.split(",")):
            torch.set_num_threads(threads)
            unl = lt.convert(copy.deepcopy(model), None, threads=threads)
            zero = lt.convert(copy.deepcopy(model), 0, threads=threads)
            zcl = lt.convert(copy.deepcopy(model), 0, threads=threads)
            runs = {"torch": (model, x), "unl": (unl, x), "zero": (zero, x), "zcl": (zcl, xcl)}
            times = {k: [] for k in runs}
            with torch.no_grad():
                ref = model(x)
                dev = 0.0
                for k, (m, xi) in runs.items():
                    dev = max(dev, float((m(xi) - ref).abs().max()))
                for _ in range(a.reps):
                    for k, (m, xi) in runs.items():
                        t0 = time.perf_counter()
                        m(xi)
                        times[k].append(time.perf_counter() - t0)
            med = {k: 1e3 * statistics.median(v) for k, v in times.items()}
            iu, iz = lt.workspace_info(unl), lt.workspace_info(zero)
            conv = max(l["conversion_bytes"] for l in iz.layers)
            print("| %s | %d | %.1f | %.1f | %.1f | %.1f | %s / %s | %s / %s | %s | %.2g (%.2g) |"
                  % (name, threads, med["torch"], med["unl"], med["zero"], med["zcl"],
                     mib(iu.largest_workspace_bytes), mib(iu.total_workspace_bytes),
                     mib(iz.largest_workspace_bytes), mib(iz.total_workspace_bytes), mib(conv),
                     dev, dev / float(ref.abs().max())))
            sys.stdout.flush()
            del unl, zero, zcl, runs


if __name__ == "__main__":
    main()
