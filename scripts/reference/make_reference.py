#!/usr/bin/python3
"""Reference results for the project's model files, computed with PyTorch autograd in float64.

    /usr/bin/python3 scripts/reference/make_reference.py [--check] [MODEL.model.json ...]

With no files, every *.model.json in tests/fixtures/reference. Without --check, writes
NAME.results.json beside each NAME.model.json. With --check, writes nothing: recomputes each
results file and compares it with the one on disk (same field names and shapes, every number to
|a - e| <= 1e-12 * max(1, |e|)), prints the largest differences, and exits 1 on any mismatch.

Independent of the TypeScript core: every time step k gets its own copy of each weight matrix
(and bias), so autograd's gradient of E_t with respect to step k's copy is the slide term
dE_t/dp through s_k directly, with no hand-written backward pass. Truncation n keeps the terms
k in [max(0, t - n), t] of each E_t (the state is cut before step t - n) and zeroes the others;
the gradients are the sums of the kept terms (V: the plain gradient of E = sum_t E_t).

Cells (docs: math section 1 for the vanilla cell, section 8 for the gated ones):
  rnn   s_t = f(U x_t + W s_{t-1}),  f = tanh | relu | sigmoid | linear, no biases
  gru   z = sig(U_z x + W_z s + b_z), r = sig(U_r x + W_r s + b_r),
        h = tanh(U_h x + W_h (r * s) + b_h)   (reset gate before W_h, as in Cho 2014),
        s_t = (1 - z) * h + z * s_{t-1}
  lstm  PyTorch nn.LSTM, gates i, f, g, o with one bias each:
        c_t = f * c_{t-1} + i * g,  s_t = o * tanh(c_t)
Biases optional (zeros when absent); initialState (s_{-1}) and, for the LSTM, initialCell (c_{-1})
optional (zeros when absent). yhat_t = softmax(V s_t), E_t = -log yhat_t[y_t].

--check also cross-checks, where PyTorch has the same cell: the states (and cells) against
nn.RNN (tanh, relu) and nn.LSTM; and, without truncation, the gradients against one ordinary
backward pass with shared weights. (nn.GRU applies r after W_h: a different cell, not compared.)

Needs PyTorch (Debian: apt-get install python3-torch); the project's tests do not: they read the
committed results files.
"""

import argparse
import json
import math
import sys
from pathlib import Path

import torch

torch.set_default_dtype(torch.float64)

FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "reference"
GATES = {"rnn": None, "gru": ["z", "r", "h"], "lstm": ["i", "f", "g", "o"]}
ACTIVATIONS = {
    "tanh": torch.tanh,
    "relu": torch.relu,
    "sigmoid": torch.sigmoid,
    "linear": lambda z: z,
}
TOLERANCE = 1e-12


def tensor(x):
    return torch.tensor(x, dtype=torch.float64)


class Model:
    """A model file, read into float64 tensors."""

    def __init__(self, data):
        self.cell = data.get("cell", "rnn")
        if self.cell not in GATES:
            raise ValueError(f'cell: "{self.cell}" is not rnn, gru or lstm')
        self.gates = GATES[self.cell]
        self.V = tensor(data["V"])
        self.inputs = tensor(data["inputs"])
        self.targets = [int(y) for y in data["targets"]]
        self.K, self.H = self.V.shape
        self.T, self.D = self.inputs.shape
        if self.gates is None:
            self.activation = data["activation"]
            self.f = ACTIVATIONS[self.activation]
            self.U = tensor(data["U"])
            self.W = tensor(data["W"])
        else:
            if "activation" in data:
                raise ValueError("activation: belongs to the vanilla cell only")
            self.U = {g: tensor(data["U"][g]) for g in self.gates}
            self.W = {g: tensor(data["W"][g]) for g in self.gates}
            b = data.get("b", {})
            self.b = {g: tensor(b[g]) if g in b else torch.zeros(self.H) for g in self.gates}
        self.s0 = tensor(data["initialState"]) if "initialState" in data else torch.zeros(self.H)
        self.c0 = tensor(data["initialCell"]) if "initialCell" in data else torch.zeros(self.H)
        self.truncate = data.get("truncate")

    def in_window(self, t, k):
        return self.truncate is None or k >= t - self.truncate


def step(m, p, x, s, c):
    """One step of the cell with parameters p (U, W, b: matrices or dicts by gate)."""
    if m.gates is None:
        return m.f(p["U"] @ x + p["W"] @ s), None, {}
    U, W, b = p["U"], p["W"], p["b"]
    if m.cell == "gru":
        z = torch.sigmoid(U["z"] @ x + W["z"] @ s + b["z"])
        r = torch.sigmoid(U["r"] @ x + W["r"] @ s + b["r"])
        h = torch.tanh(U["h"] @ x + W["h"] @ (r * s) + b["h"])
        return (1 - z) * h + z * s, None, {"z": z, "r": r, "h": h}
    i = torch.sigmoid(U["i"] @ x + W["i"] @ s + b["i"])
    f = torch.sigmoid(U["f"] @ x + W["f"] @ s + b["f"])
    g = torch.tanh(U["g"] @ x + W["g"] @ s + b["g"])
    o = torch.sigmoid(U["o"] @ x + W["o"] @ s + b["o"])
    c = f * c + i * g
    return o * torch.tanh(c), c, {"i": i, "f": f, "g": g, "o": o}


def leaf(x):
    return x.clone().requires_grad_(True)


def copy_params(m):
    """A fresh set of leaf tensors for one time step (b only for gated cells)."""
    if m.gates is None:
        return {"U": leaf(m.U), "W": leaf(m.W)}
    return {p: {g: leaf(getattr(m, p)[g]) for g in m.gates} for p in ("U", "W", "b")}


def flat(p):
    """The leaf tensors of one step's parameters, in a fixed order."""
    out = []
    for name in ("U", "W", "b"):
        if name in p:
            v = p[name]
            out.extend(v[g] for g in sorted(v)) if isinstance(v, dict) else out.append(v)
    return out


def unflat(m, values):
    """The inverse of flat: a list of tensors back to {U, W[, b]} (dicts by gate when gated)."""
    it = iter(values)
    if m.gates is None:
        return {"U": next(it), "W": next(it)}
    return {name: {g: next(it) for g in sorted(m.gates)} for name in ("U", "W", "b")}


def forward(m, params, V):
    """Runs the sequence; params[k] are step k's parameters. Returns states, cells, gates, E_t, ŷ_t."""
    s, c = m.s0, m.c0
    states, cells, outputs, losses = [], [], [], []
    gates = {g: [] for g in m.gates or []}
    for k in range(m.T):
        s, c, acts = step(m, params[k], m.inputs[k], s, c)
        logits = V @ s
        logp = torch.log_softmax(logits, dim=0)
        states.append(s)
        cells.append(c)
        outputs.append(torch.softmax(logits, dim=0))
        losses.append(-logp[m.targets[k]])
        for g, a in acts.items():
            gates[g].append(a)
    return states, cells, gates, losses, outputs


def rows(x):
    return x.detach().tolist()


def compute(m):
    """The results JSON for a model: the fields of the reference results files."""
    params = [copy_params(m) for _ in range(m.T)]
    V = leaf(m.V)
    states, cells, gates, losses, outputs = forward(m, params, V)
    total = torch.stack(losses).sum()

    zero = [torch.zeros_like(x) for x in flat(params[0])]
    terms = []  # terms[t][k]: list of tensors in flat order
    for t in range(m.T):
        leaves = [x for k in range(t + 1) for x in flat(params[k])]
        grads = torch.autograd.grad(losses[t], leaves, retain_graph=True, allow_unused=True)
        n = len(zero)
        row = []
        for k in range(t + 1):
            gk = grads[k * n : (k + 1) * n]
            if m.in_window(t, k):
                row.append([torch.zeros_like(z) if g is None else g for g, z in zip(gk, zero)])
            else:
                row.append(zero)
        terms.append(row)
    (dV,) = torch.autograd.grad(total, [V])

    sums = [sum(terms[t][k][i] for t in range(m.T) for k in range(t + 1)) for i in range(len(zero))]
    grad = unflat(m, sums)
    term_tree = [[unflat(m, terms[t][k]) for k in range(t + 1)] for t in range(m.T)]

    out = {
        "states": [rows(s) for s in states],
        "outputs": [rows(y) for y in outputs],
        "loss": {"perStep": [e.item() for e in losses], "total": total.item()},
    }
    if m.gates is None:
        out["gradients"] = {"U": rows(grad["U"]), "W": rows(grad["W"]), "V": rows(dV)}
        out["terms"] = {
            p: [[rows(term_tree[t][k][p]) for k in range(t + 1)] for t in range(m.T)]
            for p in ("U", "W")
        }
        return out
    out["gates"] = {g: [rows(a) for a in gates[g]] for g in m.gates}
    out["gradients"] = {p: {g: rows(grad[p][g]) for g in m.gates} for p in ("U", "W", "b")}
    out["gradients"]["V"] = rows(dV)
    out["terms"] = {
        p: {g: [[rows(term_tree[t][k][p][g]) for k in range(t + 1)] for t in range(m.T)] for g in m.gates}
        for p in ("U", "W")
    }
    if m.cell == "lstm":
        out["cells"] = [rows(c) for c in cells]
    return out


# ---- --check ----------------------------------------------------------------------------------


class Diff:
    """The largest differences found so far, and the mismatches."""

    def __init__(self):
        self.max_abs = 0.0
        self.max_rel = 0.0  # |a - e| / max(1, |e|), the tolerance's measure
        self.where = ""
        self.numbers = 0
        self.problems = []

    def number(self, a, e, path):
        self.numbers += 1
        if not isinstance(a, (int, float)) or isinstance(a, bool) or not math.isfinite(a):
            self.problems.append(f"{path}: {a!r} vs {e!r}")
            return
        d = abs(a - e)
        rel = d / max(1.0, abs(e))
        if d > self.max_abs:
            self.max_abs = d
        if rel > self.max_rel:
            self.max_rel, self.where = rel, path
        if rel > TOLERANCE:
            self.problems.append(f"{path}: {a!r} vs {e!r} (relative {rel:.3g})")


def compare(a, e, path, diff):
    """Walks computed a and expected e together: same keys, same lengths, numbers to TOLERANCE."""
    if isinstance(e, dict):
        if not isinstance(a, dict) or sorted(a) != sorted(e):
            diff.problems.append(f"{path or '(top)'}: keys {sorted(a) if isinstance(a, dict) else a!r} vs {sorted(e)}")
            return
        for k in e:
            compare(a[k], e[k], f"{path}.{k}" if path else k, diff)
    elif isinstance(e, list):
        if not isinstance(a, list) or len(a) != len(e):
            n = len(a) if isinstance(a, list) else "none"
            diff.problems.append(f"{path}: length {n} vs {len(e)}")
            return
        for i, (x, y) in enumerate(zip(a, e)):
            compare(x, y, f"{path}[{i}]", diff)
    elif isinstance(e, (int, float)) and not isinstance(e, bool):
        diff.number(a, e, path)
    elif a != e:
        diff.problems.append(f"{path}: {a!r} vs {e!r}")


def torch_cross_checks(m, res, diff):
    """States (and cells) against PyTorch's own modules; untruncated gradients against autograd."""
    x = m.inputs.unsqueeze(1)  # (T, batch 1, D)
    with torch.no_grad():
        if m.cell == "rnn" and m.activation in ("tanh", "relu"):
            rnn = torch.nn.RNN(m.D, m.H, nonlinearity=m.activation, bias=False)
            rnn.weight_ih_l0.copy_(m.U)
            rnn.weight_hh_l0.copy_(m.W)
            y, _ = rnn(x, m.s0.view(1, 1, -1))
            compare(y.squeeze(1).tolist(), res["states"], "nn.RNN states", diff)
        elif m.cell == "lstm":
            lstm = torch.nn.LSTM(m.D, m.H)
            lstm.weight_ih_l0.copy_(torch.cat([m.U[g] for g in m.gates]))
            lstm.weight_hh_l0.copy_(torch.cat([m.W[g] for g in m.gates]))
            lstm.bias_ih_l0.copy_(torch.cat([m.b[g] for g in m.gates]))
            lstm.bias_hh_l0.zero_()
            y, _ = lstm(x, (m.s0.view(1, 1, -1), m.c0.view(1, 1, -1)))
            compare(y.squeeze(1).tolist(), res["states"], "nn.LSTM states", diff)
            # nn.LSTM returns only the last cell: run it step by step for every c_t.
            h, c, cells = m.s0.view(1, 1, -1), m.c0.view(1, 1, -1), []
            for t in range(m.T):
                _, (h, c) = lstm(x[t : t + 1], (h, c))
                cells.append(c.view(-1).tolist())
            compare(cells, res["cells"], "nn.LSTM cells", diff)
    if m.truncate is None or m.truncate >= m.T - 1:
        shared = copy_params(m)
        V = leaf(m.V)
        _, _, _, losses, _ = forward(m, [shared] * m.T, V)
        leaves = flat(shared) + [V]
        grads = torch.autograd.grad(torch.stack(losses).sum(), leaves)
        g = unflat(m, grads[:-1])
        if m.gates is None:
            plain = {"U": rows(g["U"]), "W": rows(g["W"]), "V": rows(grads[-1])}
        else:
            plain = {p: {k: rows(g[p][k]) for k in m.gates} for p in ("U", "W", "b")}
            plain["V"] = rows(grads[-1])
        compare(plain, res["gradients"], "shared-weight gradients", diff)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="compare with the results files on disk; write nothing")
    ap.add_argument("models", nargs="*", type=Path, help="*.model.json files (default: the test fixtures)")
    args = ap.parse_args(argv)
    models = args.models or sorted(FIXTURES.glob("*.model.json"))
    if not models:
        print(f"no *.model.json in {FIXTURES}", file=sys.stderr)
        return 2
    failed = False
    worst = 0.0
    for path in models:
        if not path.name.endswith(".model.json"):
            print(f"{path}: not a *.model.json file", file=sys.stderr)
            return 2
        m = Model(json.loads(path.read_text()))
        res = compute(m)
        out = path.with_name(path.name[: -len(".model.json")] + ".results.json")
        if not args.check:
            out.write_text(json.dumps(res))
            print(f"wrote {out}")
            continue
        diff = Diff()
        compare(res, json.loads(out.read_text()), "", diff)
        cross = Diff()
        torch_cross_checks(m, res, cross)
        worst = max(worst, diff.max_rel)
        ok = not diff.problems and not cross.problems
        failed |= not ok
        print(
            f"{'ok  ' if ok else 'FAIL'} {out.name} ({m.cell}): {diff.numbers} numbers, "
            f"largest |a-e| {diff.max_abs:.3g}, largest |a-e|/max(1,|e|) {diff.max_rel:.3g}"
            + (f" at {diff.where}" if diff.where else "")
        )
        if cross.numbers:
            print(
                f"     PyTorch cross-checks: {cross.numbers} numbers, "
                f"largest |a-e|/max(1,|e|) {cross.max_rel:.3g}" + (f" at {cross.where}" if cross.where else "")
            )
        for p in (diff.problems + cross.problems)[:10]:
            print(f"     {p}")
    if args.check:
        print(f"{'FAIL' if failed else 'ok'}: largest relative difference {worst:.3g} (tolerance {TOLERANCE:g})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
