#!/usr/bin/python3
"""One case of tests/unit/io/torchImport.test.ts: PyTorch modules through scripts/torch/from_torch.py.

    /usr/bin/python3 tests/unit/io/torch_case.py CASE DIR

CASE lstm | rnn-tanh | rnn-relu: builds nn.LSTM (batch_first, random h_0 and c_0) or
nn.RNN(bias=False), and nn.Linear(H, K, bias=False), from a fixed seed; saves their state_dict
to DIR/weights.pt and one sequence to DIR/data.json; runs from_torch's command on them into
DIR/model.json; then runs the sequence through PyTorch's own module in float64 (the same float32
weights, widened exactly) and prints its loss, states (and cells) and gradients, named and shaped
as the model file names its parameters.
CASE refusals: prints {name: [exit status, message]} for each module the script must refuse.
CASE fixture: writes tests/fixtures/torch/lstm-h3.* (the state_dict as JSON, the model file, the
results) for the test that runs without PyTorch.
Without PyTorch it prints {"skip": reason}.
"""

import contextlib
import io
import json
import sys
from pathlib import Path

try:
    import torch
except ImportError as e:
    print(json.dumps({"skip": f"PyTorch not installed for {sys.executable} ({e})"}))
    sys.exit(0)

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "scripts" / "torch"))
import from_torch  # noqa: E402

# PyTorch's gate order, written here rather than taken from the script under test.
GATES = ["i", "f", "g", "o"]


class Net(torch.nn.Module):
    def __init__(self, rnn, K):
        super().__init__()
        self.rnn = rnn
        self.out = torch.nn.Linear(rnn.hidden_size, K, bias=False)


def run_script(net, data, out, *flags):
    """from_torch's command on the net's state_dict and the data; returns (status, stderr)."""
    torch.save(net.state_dict(), out / "weights.pt")
    (out / "data.json").write_text(json.dumps(data))
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        status = from_torch.main([str(out / "weights.pt"), str(out / "data.json"), "-o", str(out / "model.json"), *flags])
    return status, err.getvalue().strip()


def rows(t):
    return t.detach().tolist()


def by_gate(t, H):
    return {g: rows(t[j * H : (j + 1) * H]) for j, g in enumerate(GATES)}


def reference(net, data, lstm):
    """Loss, states, cells and gradients by PyTorch's module itself, in float64."""
    net = net.double()
    x = torch.tensor(data["inputs"], dtype=torch.float64).unsqueeze(0 if net.rnn.batch_first else 1)
    h0 = torch.tensor(data["initialState"], dtype=torch.float64).view(1, 1, -1)
    if lstm:
        c0 = torch.tensor(data["initialCell"], dtype=torch.float64).view(1, 1, -1)
        states, cells = [], []
        h, c = h0, c0
        # nn.LSTM returns only the last c: one call per step keeps every c_t.
        for t in range(x.shape[1]):
            _, (h, c) = net.rnn(x[:, t : t + 1], (h, c))
            cells.append(c.view(-1))
        y, _ = net.rnn(x, (h0, c0))
    else:
        y, _ = net.rnn(x, h0)
    S = y.reshape(-1, net.rnn.hidden_size)
    loss = torch.nn.functional.cross_entropy(net.out(S), torch.tensor(data["targets"]), reduction="sum")
    loss.backward()
    r = net.rnn
    H = r.hidden_size
    out = {"loss": loss.item(), "states": rows(S)}
    if lstm:
        out["cells"] = [rows(c) for c in cells]
        grads = {"U": by_gate(r.weight_ih_l0.grad, H), "W": by_gate(r.weight_hh_l0.grad, H)}
        # b = b_ih + b_hh, so dE/db is dE/db_ih (equal to dE/db_hh).
        grads["b"] = by_gate(r.bias_ih_l0.grad, H)
    else:
        grads = {"U": rows(r.weight_ih_l0.grad), "W": rows(r.weight_hh_l0.grad)}
    grads["V"] = rows(net.out.weight.grad)
    out["gradients"] = grads
    return out


def make(case, seed, T, H, D, K):
    torch.manual_seed(seed)
    if case == "lstm":
        rnn = torch.nn.LSTM(D, H, batch_first=True)
    else:
        rnn = torch.nn.RNN(D, H, nonlinearity=case[4:], bias=False)
    net = Net(rnn, K)
    data = {"inputs": rows(torch.randn(T, D)), "targets": torch.randint(0, K, (T,)).tolist()}
    data["initialState"] = rows(torch.rand(H) * 2 - 1)
    if case == "lstm":
        data["initialCell"] = rows(torch.rand(H) * 2 - 1)
    return net, data


def model_case(case, out, seed=7, T=6, H=5, D=4, K=3):
    net, data = make(case, seed, T, H, D, K)
    flags = [] if case == "lstm" else ["--nonlinearity", case[4:]]
    status, err = run_script(net, data, out, *flags)
    if status != 0:
        raise SystemExit(f"from_torch refused the {case} case: {err}")
    return net, {"model": str(out / "model.json"), **reference(net, data, case == "lstm")}


def refusals(out):
    data = {"inputs": [[0.0, 1.0]], "targets": [0]}
    nets = {
        "gru": (Net(torch.nn.GRU(2, 3), 2), []),
        "layers": (Net(torch.nn.LSTM(2, 3, num_layers=2), 2), []),
        "bidirectional": (Net(torch.nn.LSTM(2, 3, bidirectional=True), 2), []),
        "proj": (Net(torch.nn.LSTM(2, 3, proj_size=2), 2), []),
        "rnnBias": (Net(torch.nn.RNN(2, 3), 2), ["--nonlinearity", "tanh"]),
        "rnnNonlinearity": (Net(torch.nn.RNN(2, 3, bias=False), 2), []),
    }
    readout_bias = Net(torch.nn.LSTM(2, 3), 2)
    readout_bias.out = torch.nn.Linear(3, 2)
    nets["readoutBias"] = (readout_bias, [])
    return {name: run_script(net, data, out, *flags) for name, (net, flags) in nets.items()}


def fixture():
    folder = ROOT / "tests" / "fixtures" / "torch"
    folder.mkdir(exist_ok=True)
    net, res = model_case("lstm", folder, seed=3, T=5, H=3, D=4, K=4)
    model = folder / "lstm-h3.model.json"
    (folder / "model.json").rename(model)
    # The weights the script read (float32), before the reference widened the net in place.
    state = torch.load(folder / "weights.pt")
    (folder / "lstm-h3.state_dict.json").write_text(json.dumps({k: rows(v) for k, v in state.items()}))
    for tmp in ("weights.pt", "data.json"):
        (folder / tmp).unlink()
    res["model"] = model.name
    (folder / "lstm-h3.torch.json").write_text(json.dumps(res))
    print(f"wrote {folder}/lstm-h3.*")


def main(case, out):
    torch.set_num_threads(1)
    if case == "fixture":
        return fixture()
    result = refusals(Path(out)) if case == "refusals" else model_case(case, Path(out))[1]
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
