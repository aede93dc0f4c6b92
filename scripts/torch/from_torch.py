#!/usr/bin/python3
"""Turns trained PyTorch weights into the project's model file (docs: math sections 1 and 8).

    /usr/bin/python3 scripts/torch/from_torch.py WEIGHTS.pt DATA.json [-o MODEL.json]
        [--nonlinearity tanh|relu] [--rnn PREFIX] [--readout PREFIX]

WEIGHTS.pt is a state_dict saved with torch.save(net.state_dict(), ...) of a network holding
  - one recurrent layer: nn.LSTM(D, H) (single layer, not bidirectional, no proj_size; with or
    without biases), or nn.RNN(D, H, nonlinearity='tanh' or 'relu', bias=False), whose
    nonlinearity the weights do not tell: give it with --nonlinearity;
  - its readout: nn.Linear(H, K, bias=False), V in the file.
Each is found by its keys (PREFIX.weight_ih_l0, PREFIX.weight: the attribute's name and a dot, as
"rnn."); --rnn and --readout name them when the state_dict holds more than one candidate. Keys of
other layers (an embedding, ...) are ignored with a note: the inputs must be what the recurrent
layer itself receives. batch_first does not matter: it orders the input tensor's axes, not the
weights.

DATA.json holds one sequence: {"inputs": T rows of D numbers, "targets": T class indices in
[0, K), optional "initialState" (h_0, H numbers), "initialCell" (c_0, LSTM only), "truncate"}.

The LSTM becomes "cell": "lstm" with U, W, b keyed by gate in PyTorch's order i, f, g, o (row
blocks of weight_ih_l0 and weight_hh_l0) and b = bias_ih_l0 + bias_hh_l0 per gate (the file has
one bias per gate); nn.RNN becomes the vanilla cell, U = weight_ih_l0, W = weight_hh_l0.
Numbers are written as float64 (a float32 weight exactly). Refused, with the reason: nn.GRU (it
applies the reset gate after W_h, r * (W_hn h + b_hn): another cell than the project's GRU),
num_layers > 1, bidirectional, proj_size, nn.RNN with biases, a readout with a bias.
Exit status 0, 1 when refused (the message on standard error), 2 for bad arguments.
"""

import argparse
import json
import re
import sys
from pathlib import Path

import torch

GATES = ["i", "f", "g", "o"]
# The keys of nn.RNN, nn.LSTM and nn.GRU, after the layer's prefix (every layer and direction).
RECURRENT_KEY = re.compile(r"(weight|bias)_(ih|hh|hr)_l\d+(_reverse)?")


class Refused(ValueError):
    """What the model file cannot represent, or data that does not fit the weights."""


def find_prefix(state, suffix, given, what, hint):
    """The one prefix p with p + suffix in the state_dict (or the one given)."""
    if given is not None:
        prefix = given if given == "" or given.endswith(".") else given + "."
        if prefix + suffix not in state:
            raise Refused(f"{what}: no key {prefix + suffix} in the state_dict")
        return prefix
    found = [k[: -len(suffix)] for k in state if k == suffix or k.endswith("." + suffix)]
    if len(found) != 1:
        keys = ", ".join(p + suffix for p in found) or "none"
        raise Refused(f"{what}: expected one key ending in {suffix}, found {keys}; {hint}")
    return found[0]


def is_recurrent(key, prefix):
    return key.startswith(prefix) and RECURRENT_KEY.fullmatch(key[len(prefix) :]) is not None


def recurrent(state, prefix, nonlinearity):
    """The cell's part of the model file, from the recurrent layer's keys."""
    own = [k[len(prefix) :] for k in state if is_recurrent(k, prefix)]
    if any(re.search(r"_l[1-9]\d*$", k) for k in own):
        raise Refused("num_layers > 1: the app's cells have one layer; export one layer's network")
    if any(k.endswith("_reverse") for k in own):
        raise Refused("bidirectional: the app runs the sequence forward only")
    if any(k.startswith("weight_hr") for k in own):
        raise Refused("proj_size: the app's LSTM has s_t = o * tanh(c_t) with no projection")
    W_ih, W_hh = state[prefix + "weight_ih_l0"], state[prefix + "weight_hh_l0"]
    H = W_hh.shape[1]
    rows = W_ih.shape[0] // H if W_ih.shape[0] % H == 0 else 0
    has_bias = prefix + "bias_ih_l0" in state
    if rows == 3:
        raise Refused(
            "nn.GRU: PyTorch's GRU applies the reset gate after the recurrent matrix, "
            "r * (W_hn h + b_hn); the app's GRU (Cho 2014) applies it before, W_h (r * s): "
            "another cell, so its weights would compute something else"
        )
    if rows == 4:
        if nonlinearity is not None:
            raise Refused("--nonlinearity is for nn.RNN; an LSTM's are fixed")

        def split(m):
            return {g: rows_of(m[j * H : (j + 1) * H]) for j, g in enumerate(GATES)}

        out = {"cell": "lstm", "U": split(W_ih), "W": split(W_hh)}
        if has_bias:
            b = state[prefix + "bias_ih_l0"].double() + state[prefix + "bias_hh_l0"].double()
            out["b"] = {g: b[j * H : (j + 1) * H].tolist() for j, g in enumerate(GATES)}
        return out
    if rows != 1:
        raise Refused(f"{prefix}weight_ih_l0 has {W_ih.shape[0]} rows for H = {H}: not nn.RNN or nn.LSTM")
    if has_bias:
        raise Refused(
            "nn.RNN with biases: the lecture's vanilla cell s_t = f(U x_t + W s_{t-1}) has none; "
            "build it with nn.RNN(..., bias=False)"
        )
    if nonlinearity is None:
        raise Refused("nn.RNN: its state_dict does not say its nonlinearity; pass --nonlinearity tanh or relu")
    return {"activation": nonlinearity, "U": rows_of(W_ih), "W": rows_of(W_hh)}


def rows_of(m):
    return m.detach().double().tolist()


def check_data(data, D, H, K, lstm):
    """Refuses data that does not fit the weights, naming the field."""
    inputs, targets = data.get("inputs"), data.get("targets")
    if not isinstance(inputs, list) or not inputs or any(not isinstance(r, list) or len(r) != D for r in inputs):
        raise Refused(f"DATA inputs: expected T rows of D = {D} numbers (one sequence)")
    if not isinstance(targets, list) or len(targets) != len(inputs):
        raise Refused(f"DATA targets: expected T = {len(inputs)} class indices")
    if any(not isinstance(y, int) or not 0 <= y < K for y in targets):
        raise Refused(f"DATA targets: expected integers in [0, K = {K})")
    for key in ("initialState", "initialCell"):
        if key in data and (not isinstance(data[key], list) or len(data[key]) != H):
            raise Refused(f"DATA {key}: expected H = {H} numbers")
    if "initialCell" in data and not lstm:
        raise Refused("DATA initialCell: only an LSTM has a cell state")
    unknown = sorted(set(data) - {"inputs", "targets", "initialState", "initialCell", "truncate"})
    if unknown:
        raise Refused(f"DATA: unknown key(s) {', '.join(unknown)}")


def model_file(state, data, nonlinearity=None, rnn=None, readout=None):
    """The model file (a dict) for a state_dict and one sequence; raises Refused."""
    hint = "name the layer with --rnn PREFIX"
    prefix = find_prefix(state, "weight_ih_l0", rnn, "recurrent layer", hint)
    out = recurrent(state, prefix, nonlinearity)
    H = state[prefix + "weight_hh_l0"].shape[1]
    D = state[prefix + "weight_ih_l0"].shape[1]
    candidates = {k: v for k, v in state.items() if not is_recurrent(k, prefix) and v.dim() == 2 and v.shape[1] == H}
    hint = "name the readout nn.Linear(H, K, bias=False) with --readout PREFIX"
    head = find_prefix(candidates if readout is None else state, "weight", readout, "readout", hint)
    if head + "bias" in state:
        raise Refused(
            "the readout has a bias: the app's readout is o_t = V s_t with no bias; "
            "build it with nn.Linear(H, K, bias=False)"
        )
    V = state[head + "weight"]
    if V.dim() != 2 or V.shape[1] != H:
        raise Refused(f"readout {head}weight: expected K x H = {H}, found {tuple(V.shape)}")
    check_data(data, D, H, V.shape[0], out.get("cell") == "lstm")
    ignored = [k for k in state if not is_recurrent(k, prefix) and k not in (head + "weight", head + "bias")]
    if ignored:
        print(f"from_torch: note: ignored {', '.join(ignored)} (inputs are what the recurrent layer receives)", file=sys.stderr)
    return {**out, "V": rows_of(V), **data}


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("weights", type=Path, help="a state_dict saved with torch.save")
    ap.add_argument("data", type=Path, help="the sequence: inputs, targets, ... (JSON)")
    ap.add_argument("-o", "--output", type=Path, help="the model file to write (default: standard output)")
    ap.add_argument("--nonlinearity", choices=["tanh", "relu"], help="nn.RNN's (its weights do not tell)")
    ap.add_argument("--rnn", help="the recurrent layer's key prefix, e.g. rnn")
    ap.add_argument("--readout", help="the readout's key prefix, e.g. out")
    args = ap.parse_args(argv)
    try:
        state = torch.load(args.weights, map_location="cpu")
        if not isinstance(state, dict) or not all(torch.is_tensor(v) for v in state.values()):
            raise Refused(f"{args.weights}: expected a state_dict of tensors (torch.save(net.state_dict(), ...))")
        model = model_file(state, json.loads(args.data.read_text()), args.nonlinearity, args.rnn, args.readout)
    except Refused as e:
        print(f"from_torch: {e}", file=sys.stderr)
        return 1
    text = json.dumps(model)
    if args.output:
        args.output.write_text(text)
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
