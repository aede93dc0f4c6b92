#!/usr/bin/python3
"""The benchmark's PyTorch peer: forward + gradients by PyTorch autograd, CPU, float64, one thread.

    /usr/bin/python3 bench/torch_peer.py MODEL.model.json ...

Prints one JSON object on standard output: {"torch": version, "models": {file: {variant:
{"ms": median, "loss": E, "gradSq": sum of every squared gradient entry}}}}. bench/torch.ts
writes the core's bench models to a temporary folder, runs this once, and compares; the loss and
gradSq let it check that both sides computed the same thing before comparing their times.

What is timed, per call: the graph built from the parameters, E = sum_t -log softmax(V s_t)[y_t],
and E.backward() into every parameter (their .grad reset first), as a training step would.
Variants:
  written  the cell's equations (docs: math section 8) in torch ops, as an idiomatic PyTorch user
           would write them: the input projections of all steps in one product, the gates of one
           role (U, W, b) fused in one matrix as nn.LSTM stores them, the readout over all steps
           in one product. The vanilla cell s_t = f(U x_t + W s_{t-1}) (no biases); the GRU with
           the reset gate applied to s_{t-1} before W_h (not nn.GRU's cell); the LSTM i, f, g, o.
  nn.LSTM  (LSTM only) torch.nn.LSTM with bias_ih = b and bias_hh = 0 (the file's one bias per gate).
The median over samples, each sample a batch of calls lasting at least ~10 ms, after a warm-up,
as bench/report.ts medianMs does for the core's figures compared here.
"""

import json
import sys
import time
from pathlib import Path

import torch
import torch.nn.functional as F

torch.set_num_threads(1)
torch.set_default_dtype(torch.float64)

GATES = {"rnn": None, "gru": ["z", "r", "h"], "lstm": ["i", "f", "g", "o"]}
ACTIVATIONS = {"tanh": torch.tanh, "relu": torch.relu, "sigmoid": torch.sigmoid, "linear": lambda z: z}


def tensor(x):
    return torch.tensor(x, dtype=torch.float64)


def leaf(x):
    return x.detach().clone().requires_grad_(True)


class Model:
    """A model file as float64 tensors; a gated cell's gates fused per role, in the file's order."""

    def __init__(self, data):
        self.cell = data.get("cell", "rnn")
        gates = GATES[self.cell]
        self.V = tensor(data["V"])
        self.K, self.H = self.V.shape
        self.X = tensor(data["inputs"])
        self.y = torch.tensor(data["targets"], dtype=torch.long)
        self.s0 = tensor(data["initialState"]) if "initialState" in data else torch.zeros(self.H)
        self.c0 = tensor(data["initialCell"]) if "initialCell" in data else torch.zeros(self.H)
        if gates is None:
            self.f = ACTIVATIONS[data["activation"]]
            self.U, self.W, self.b = tensor(data["U"]), tensor(data["W"]), None
        else:
            b = data.get("b", {})
            self.U = torch.cat([tensor(data["U"][g]) for g in gates])
            self.W = torch.cat([tensor(data["W"][g]) for g in gates])
            self.b = torch.cat([tensor(b[g]) if g in b else torch.zeros(self.H) for g in gates])
        if data.get("truncate") is not None:
            raise ValueError("the peer times full BPTT only")


def loss_of(m, states, V):
    return F.cross_entropy(torch.stack(states) @ V.T, m.y, reduction="sum")


def rnn_written(m, p):
    U, W, V = p
    XU = m.X @ U.T
    s, states = m.s0, []
    for t in range(len(XU)):
        s = m.f(XU[t] + W @ s)
        states.append(s)
    return loss_of(m, states, V)


def gru_written(m, p):
    U, W, b, V = p
    H = m.H
    A = m.X @ U.T + b
    W_zr, W_h = W[: 2 * H], W[2 * H :]
    s, states = m.s0, []
    for t in range(len(A)):
        zr = torch.sigmoid(A[t, : 2 * H] + W_zr @ s)
        z, r = zr[:H], zr[H:]
        h = torch.tanh(A[t, 2 * H :] + W_h @ (r * s))
        s = (1 - z) * h + z * s
        states.append(s)
    return loss_of(m, states, V)


def lstm_written(m, p):
    U, W, b, V = p
    A = m.X @ U.T + b
    s, c, states = m.s0, m.c0, []
    for t in range(len(A)):
        i, f, g, o = (A[t] + W @ s).chunk(4)
        c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
        s = torch.sigmoid(o) * torch.tanh(c)
        states.append(s)
    return loss_of(m, states, V)


class LstmModule:
    """nn.LSTM holding the file's weights, and V beside it; batch of one, (T, 1, D)."""

    def __init__(self, m):
        self.lstm = torch.nn.LSTM(m.X.shape[1], m.H)
        with torch.no_grad():
            self.lstm.weight_ih_l0.copy_(m.U)
            self.lstm.weight_hh_l0.copy_(m.W)
            self.lstm.bias_ih_l0.copy_(m.b)
            self.lstm.bias_hh_l0.zero_()
        self.V = leaf(m.V)
        self.x = m.X.unsqueeze(1)
        self.hc = (m.s0.view(1, 1, -1), m.c0.view(1, 1, -1))

    def params(self):
        return [*self.lstm.parameters(), self.V]

    def loss(self, m):
        out, _ = self.lstm(self.x, self.hc)
        return F.cross_entropy(out.squeeze(1) @ self.V.T, m.y, reduction="sum")


def variants(m):
    """(name, parameters, loss function) for each variant of the model's cell."""
    if m.cell == "rnn":
        return [("written", [leaf(m.U), leaf(m.W), leaf(m.V)], lambda p: rnn_written(m, p))]
    written = gru_written if m.cell == "gru" else lstm_written
    out = [("written", [leaf(m.U), leaf(m.W), leaf(m.b), leaf(m.V)], lambda p: written(m, p))]
    if m.cell == "lstm":
        mod = LstmModule(m)
        out.append(("nn.LSTM", mod.params(), lambda p: mod.loss(m)))
    return out


# Each sample a batch of calls lasting at least this long (s): bench/core.ts times the core's
# figures the targets are about with samples as long (report.ts sampleMs), so that a burst of
# other work on a shared machine moves a few samples, not the median.
SAMPLE_S = 0.01


def median_ms(fn, budget_s=1.0, min_samples=15, max_samples=81):
    # A longer warm-up than the core's: autograd's first calls allocate its caches.
    warm_end = time.perf_counter() + 0.2
    calls = 0
    while time.perf_counter() < warm_end or calls < 10:
        fn()
        calls += 1
    t0 = time.perf_counter()
    fn()
    once = max(time.perf_counter() - t0, 1e-7)
    batch = max(1, int(-(-SAMPLE_S // once)))
    samples = []
    end = time.perf_counter() + budget_s
    while len(samples) < min_samples or (len(samples) < max_samples and time.perf_counter() < end):
        s = time.perf_counter()
        for _ in range(batch):
            fn()
        samples.append((time.perf_counter() - s) / batch * 1e3)
    samples.sort()
    mid = len(samples) // 2
    return samples[mid] if len(samples) % 2 else (samples[mid - 1] + samples[mid]) / 2


def measure(m):
    out = {}
    for name, params, loss_fn in variants(m):

        def step():
            for p in params:
                p.grad = None
            loss = loss_fn(params)
            loss.backward()
            return loss

        loss = step()
        # nn.LSTM's bias_hh gets the same gradient as bias_ih (= the file's b): counted once.
        counted = params[:3] + params[4:] if name == "nn.LSTM" else params
        grad_sq = sum(float((p.grad**2).sum()) for p in counted)
        out[name] = {"ms": median_ms(step), "loss": float(loss), "gradSq": grad_sq}
    return out


def main(paths):
    models = {Path(p).name: measure(Model(json.loads(Path(p).read_text()))) for p in paths}
    print(json.dumps({"torch": torch.__version__, "threads": torch.get_num_threads(), "models": models}))


if __name__ == "__main__":
    main(sys.argv[1:])
