"""PyTorch models on lmconv: Conv2d layers as lmconv plans sharing one workspace.

    import lmconv.torch
    model = torchvision.models.resnet18().eval()
    lmconv.torch.convert(model, workspace_limit=0, threads=2)
    with torch.no_grad():
        y = model(x)
    print(lmconv.torch.workspace_info(model))

Inference only: the converted layers have no autograd (their output has no
gradient); CPU float32 tensors only.  All converted layers of a model use
ONE workspace buffer, grown to the largest any of their plans needs; a
layer holds the workspace's lock while it runs, so calls from several
threads are serialised on the convolutions, never interleaved.
"""
try:
    import torch
    from torch import nn
except ImportError as e:  # pragma: no cover - depends on the environment
    raise ImportError(
        "lmconv.torch needs PyTorch, which cannot be imported (%s); lmconv itself works "
        "without it (import lmconv)" % e) from e

from . import _core
from ._core import Workspace

__all__ = ["Conv2d", "convert", "workspace_info", "WorkspaceInfo", "Workspace"]


class Conv2d(nn.Module):
    """A torch.nn.Conv2d that runs forward through lmconv.

    Conv2d(conv, workspace=None, workspace_limit=None, threads=None,
           algo="auto")

    Takes the weights, bias, stride, padding ("same"/"valid" included),
    dilation and groups of `conv` (padding_mode must be "zeros").  Plans are
    made on the first forward of each input shape and memory format, with
    the weights as they are then (after changing the weights, call reset()).
    workspace: an lmconv.Workspace to share with other layers (a new one if
    None); workspace_limit caps each plan's library workspace in bytes;
    threads: None for lmconv's default (OpenMP's maximum, which
    torch.set_num_threads also sets when PyTorch uses the same OpenMP
    runtime).

    Input: a CPU float32 tensor [N][C][H][W] or [C][H][W].  The output has
    the input's memory format, as torch's convolution gives: a channels_last
    input runs on an NHWC plan, an NCHW one on an NCHW plan (both have a
    zero-workspace algorithm, so this holds at every workspace_limit).  Only
    when the named `algo` cannot run the input's layout does the layer run
    in the other one, with the input and output converted by PyTorch around
    the call; those copies are PyTorch tensors, not library workspace.  Inference only: with autograd
    enabled, an input that requires grad is an error (use torch.no_grad()
    or detach it).
    """

    def __init__(self, conv, workspace=None, workspace_limit=None, threads=None, algo="auto"):
        super().__init__()
        if not isinstance(conv, nn.Conv2d):
            raise TypeError("lmconv.torch.Conv2d is made from a torch.nn.Conv2d, not %r"
                            % type(conv).__name__)
        if conv.padding_mode != "zeros":
            raise NotImplementedError(
                "lmconv pads with zeros only; padding_mode=%r is not supported" % conv.padding_mode)
        weight = conv.weight.detach()
        if weight.device.type != "cpu" or weight.dtype != torch.float32:
            raise TypeError("lmconv runs float32 on the CPU; the weights are %s on %s "
                            "(use model.float().cpu())" % (weight.dtype, weight.device))
        self.in_channels = conv.in_channels
        self.out_channels = conv.out_channels
        self.kernel_size = conv.kernel_size
        self.stride = conv.stride
        self.padding = conv.padding
        self.dilation = conv.dilation
        self.groups = conv.groups
        self.padding_mode = conv.padding_mode
        # Buffers, not parameters: nothing here trains; the state_dict keys stay those of nn.Conv2d.
        self.register_buffer("weight", weight.contiguous())
        self.register_buffer("bias", None if conv.bias is None else conv.bias.detach().contiguous())
        self.workspace = workspace if workspace is not None else Workspace()
        self.workspace_limit = _core._limit(workspace_limit) if workspace_limit is not None \
            else None
        self.threads = threads
        _core._threads(threads)
        _core.parse_algo(algo)
        self.algo = algo
        self._plans = {}

    def extra_repr(self):
        s = "%d, %d, kernel_size=%s, stride=%s" % (self.in_channels, self.out_channels,
                                                  self.kernel_size, self.stride)
        if self.padding not in (0, (0, 0)):
            s += ", padding=%r" % (self.padding,)
        if self.dilation != (1, 1):
            s += ", dilation=%s" % (self.dilation,)
        if self.groups != 1:
            s += ", groups=%d" % self.groups
        if self.bias is None:
            s += ", bias=False"
        s += ", algo=%r" % self.algo
        if self.workspace_limit is not None:
            s += ", workspace_limit=%d" % self.workspace_limit
        return s

    @property
    def plans(self):
        """The plans made so far, keyed by (input shape NCHW, caller layout)."""
        return dict(self._plans)

    def reset(self):
        """Drops the plans (they are remade from the current weights)."""
        with self.workspace.lock:
            for p in self._plans.values():
                p.close()
            self._plans.clear()

    def _plan(self, shape, layout):
        key = (shape, layout)
        p = self._plans.get(key)
        if p is None:
            with self.workspace.lock:
                p = self._plans.get(key)
                if p is None:
                    n, c, h, w = shape
                    xs = shape if layout == "nchw" else (n, h, w, c)
                    p = _core.Plan(xs, self.weight.numpy(),
                                   None if self.bias is None else self.bias.numpy(),
                                   self.stride, self.padding, self.dilation, self.groups,
                                   algo=self.algo, workspace_limit=self.workspace_limit,
                                   threads=self.threads, layout=layout)
                    self.workspace.reserve(p.workspace_bytes)
                    self._plans[key] = p
        return p

    def forward(self, x):
        if not isinstance(x, torch.Tensor):
            raise TypeError("input must be a torch.Tensor, not %r" % type(x).__name__)
        if x.device.type != "cpu" or x.dtype != torch.float32:
            raise TypeError("lmconv runs float32 on the CPU; the input is %s on %s"
                            % (x.dtype, x.device))
        if x.requires_grad and torch.is_grad_enabled():
            raise RuntimeError("lmconv.torch.Conv2d is inference only (no autograd): run the "
                               "model under torch.no_grad() or pass a tensor that does not "
                               "require grad")
        if x.dim() not in (3, 4):
            raise ValueError("expected a 3-D [C,H,W] or 4-D [N,C,H,W] input, got shape %s"
                             % (tuple(x.shape),))
        unbatched = x.dim() == 3
        x = x.detach()
        if unbatched:
            x = x.unsqueeze(0)
        channels_last = (not x.is_contiguous()
                         and x.is_contiguous(memory_format=torch.channels_last))
        fmt = torch.channels_last if channels_last else torch.contiguous_format
        n, c, h, w = x.shape
        if n == 0:
            g = _core._geometry(tuple(x.shape), tuple(self.weight.shape), self.bias is not None,
                                self.stride, self.padding, self.dilation, self.groups)
            y = x.new_empty((0, g.m, g.ho, g.wo))
            return y[0] if unbatched else y
        p = self._plan((n, c, h, w), "nhwc" if channels_last else "nchw")
        m, ho, wo = p._g.m, p._g.ho, p._g.wo
        if p.run_layout == "nhwc":
            xr = x.contiguous(memory_format=torch.channels_last)
            y = torch.empty((n, m, ho, wo), dtype=torch.float32,
                            memory_format=torch.channels_last)
            xa, ya = xr.permute(0, 2, 3, 1).numpy(), y.permute(0, 2, 3, 1).numpy()
        else:
            xr = x.contiguous()
            y = torch.empty((n, m, ho, wo), dtype=torch.float32)
            xa, ya = xr.numpy(), y.numpy()
        p._run_with_workspace(xa, ya, self.workspace)
        if p.converts:
            y = y.contiguous(memory_format=fmt)
        return y[0] if unbatched else y


def convert(model, workspace_limit=None, threads=None, algo="auto", example_input=None,
            workspace=None):
    """Replaces every torch.nn.Conv2d in `model` (recursively, in place) by an
    lmconv.torch.Conv2d, all sharing one Workspace; returns the model.

    workspace_limit caps each layer's library workspace (bytes; None:
    unlimited), so the shared buffer is at most that.  Plans are made on the
    first forward (input shapes are known only then) and the shared buffer
    grows to the largest workspace any of them needs; pass example_input to
    run one forward under torch.no_grad() now and have every plan and the
    buffer ready.  A model that is itself an nn.Conv2d cannot be replaced in
    place: the new module is returned.  Do not run the converted model from
    several threads at once expecting parallelism: its convolutions share
    the buffer and are serialised.
    """
    ws = workspace if workspace is not None else Workspace()

    def make(conv):
        return Conv2d(conv, workspace=ws, workspace_limit=workspace_limit, threads=threads,
                      algo=algo)

    def replace(module):
        for name, child in list(module.named_children()):
            if isinstance(child, nn.Conv2d):
                setattr(module, name, make(child))
            else:
                replace(child)

    if isinstance(model, nn.Conv2d):
        model = make(model)
    else:
        replace(model)
    if example_input is not None:
        with torch.no_grad():
            model(example_input)
    return model


class WorkspaceInfo:
    """Per-layer plans of a converted model and its workspace figures.

    layers: one dict per plan (name, input_shape, algorithm, variant, spec,
    layout the library runs in, converts, workspace_bytes,
    packed_weight_bytes, conversion_bytes, threads); largest_workspace_bytes:
    the most any plan needs; total_workspace_bytes: the sum of the plans'
    workspaces (what separate buffers would take); shared_workspace_bytes:
    the size of the shared buffer(s) actually allocated;
    packed_weight_bytes: the plans' weight copies together.
    """

    def __init__(self, layers, shared):
        self.layers = layers
        self.largest_workspace_bytes = max((l["workspace_bytes"] for l in layers), default=0)
        self.total_workspace_bytes = sum(l["workspace_bytes"] for l in layers)
        self.packed_weight_bytes = sum(l["packed_weight_bytes"] for l in layers)
        self.shared_workspace_bytes = shared

    def __str__(self):
        rows = ["%-28s %-18s %-5s %12s %12s  %s" % ("layer", "algorithm", "runs", "workspace B",
                                                    "packed B", "input")]
        for l in self.layers:
            rows.append("%-28s %-18s %-5s %12d %12d  %s" % (
                l["name"], l["spec"], l["layout"] + ("*" if l["converts"] else ""),
                l["workspace_bytes"], l["packed_weight_bytes"],
                "x".join(map(str, l["input_shape"]))))
        rows.append("shared workspace %d B; largest plan %d B; sum over plans %d B; packed "
                    "weights %d B%s" % (self.shared_workspace_bytes, self.largest_workspace_bytes,
                                        self.total_workspace_bytes, self.packed_weight_bytes,
                                        "; * = activations converted by PyTorch around the call"
                                        if any(l["converts"] for l in self.layers) else ""))
        return "\n".join(rows)


def workspace_info(model):
    """A WorkspaceInfo of the lmconv layers of `model` (planned so far)."""
    layers, buffers = [], {}
    for name, mod in model.named_modules():
        if not isinstance(mod, Conv2d):
            continue
        buffers[id(mod.workspace)] = mod.workspace
        for (shape, _), p in mod._plans.items():
            layers.append({
                "name": name or "(model)", "input_shape": shape, "algorithm": p.algorithm,
                "variant": p.variant, "spec": p.spec, "layout": p.run_layout,
                "converts": p.converts, "workspace_bytes": p.workspace_bytes,
                "packed_weight_bytes": p.packed_weight_bytes,
                "conversion_bytes": p.conversion_bytes, "threads": p.threads})
    return WorkspaceInfo(layers, sum(w.nbytes for w in buffers.values()))
