"""Writes the fixtures and goldens of test/onnx/suite.test.ts.

- test/fixtures/onnx/mlp-torch/model.onnx: an MLP 6-8-8-3 (Gemm, Relu, Softmax) whose node
  names are the ones torch.onnx.export gives a module tree (`/fc1/Gemm`, `/act1/Relu`, ...), so
  its components are fc1, act1, fc2, act2 and fc3; seeded random weights (numpy). Its eval
  data, 40 seeded random rows of 6 features and a label of 3 classes, in data/eval.csv.
- test/golden/onnx-suite.json: the predictions of layer ablations of that MLP and of the conv
  net of examples/onnx-resnet, each edited here independently with the Python `onnx` package
  (by other mechanisms than src/onnx/edit.ts) and run by the Python onnxruntime over every
  eval row:
  zero: the component's weights and biases set to zero (fc2: a Gemm of zeros gives zeros;
        for the Relu act1: its output tensor made an initializer of zeros);
  mean: the node deleted, its output tensor an initializer holding its mean over the rows;
  remove: the component's nodes deleted and their consumers fed the component's input.
Not run by CI. Regenerate with a venv with onnx, onnxruntime and numpy<2:
    /tmp/onnxvenv/bin/python test/onnx/golden_suite.py
"""
import csv
import json
import pathlib

import numpy as np
import onnx
import onnxruntime as ort
from onnx import TensorProto, helper, numpy_helper

ROOT = pathlib.Path(__file__).resolve().parents[2]
MLP_DIR = ROOT / "test" / "fixtures" / "onnx" / "mlp-torch"
RESNET = ROOT / "examples" / "onnx-resnet"


def make_mlp():
    rng = np.random.default_rng(18)
    sizes = [6, 8, 8, 3]
    inits, nodes = [], []
    prev = "input"
    for i in range(3):
        w = rng.normal(0, 0.8, (sizes[i + 1], sizes[i])).astype(np.float32)
        b = rng.normal(0, 0.3, sizes[i + 1]).astype(np.float32)
        inits += [numpy_helper.from_array(w, f"fc{i+1}.weight"), numpy_helper.from_array(b, f"fc{i+1}.bias")]
        out = f"/fc{i+1}/Gemm_output_0"
        nodes.append(helper.make_node("Gemm", [prev, f"fc{i+1}.weight", f"fc{i+1}.bias"], [out], name=f"/fc{i+1}/Gemm", transB=1))
        prev = out
        if i < 2:
            out = f"/act{i+1}/Relu_output_0"
            nodes.append(helper.make_node("Relu", [prev], [out], name=f"/act{i+1}/Relu"))
            prev = out
    nodes.append(helper.make_node("Softmax", [prev], ["probabilities"], name="/Softmax", axis=1))
    graph = helper.make_graph(
        nodes, "main_graph",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["batch", 6])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["batch", 3])],
        inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], producer_name="pytorch", producer_version="2.5.0")
    model.ir_version = 8
    onnx.checker.check_model(model)
    MLP_DIR.mkdir(parents=True, exist_ok=True)
    (MLP_DIR / "data").mkdir(exist_ok=True)
    onnx.save(model, MLP_DIR / "model.onnx")
    x = rng.normal(0, 1, (40, 6)).round(3)
    y = rng.integers(0, 3, 40)
    with open(MLP_DIR / "data" / "eval.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow([f"f{j}" for j in range(6)] + ["label"])
        for row, label in zip(x, y):
            w.writerow([repr(float(v)) for v in row] + [f"c{label}"])
    return model


def read_rows(path):
    with open(path) as f:
        r = list(csv.reader(f))[1:]
    return np.array([[float(v) for v in row[:-1]] for row in r], dtype=np.float32)


def copy(model):
    edited = onnx.ModelProto()
    edited.CopyFrom(model)
    return edited


def run(model, x, names=None):
    return ort.InferenceSession(model.SerializeToString()).run(names, {"input": x})


def node_output(model, node_name):
    return next(n for n in model.graph.node if n.name == node_name).output[0]


def expose(model, tensor):
    edited = copy(model)
    edited.graph.output.append(helper.make_empty_tensor_value_info(tensor))
    return edited


def zero_weights(model, prefix):
    edited = copy(model)
    for t in edited.graph.initializer:
        if t.name.startswith(prefix + "."):
            t.CopyFrom(numpy_helper.from_array(np.zeros_like(numpy_helper.to_array(t)), t.name))
    return edited


def constant_output(model, node_names, value):
    """The nodes deleted, the last one's output an initializer holding `value`."""
    edited = copy(model)
    out = node_output(model, node_names[-1])
    keep = [n for n in edited.graph.node if n.name not in node_names]
    del edited.graph.node[:]
    edited.graph.node.extend(keep)
    edited.graph.initializer.append(numpy_helper.from_array(value.astype(np.float32), out))
    return edited


def mean_output(model, node_names, x):
    out = node_output(model, node_names[-1])
    values = run(expose(model, out), x, [out])[0]
    return constant_output(model, node_names, values.mean(axis=0, keepdims=True).repeat(len(x), 0))


def bypass(model, node_names, block_input):
    edited = copy(model)
    out = node_output(model, node_names[-1])
    keep = [n for n in edited.graph.node if n.name not in node_names]
    for n in keep:
        for i, name in enumerate(n.input):
            if name == out:
                n.input[i] = block_input
    del edited.graph.node[:]
    edited.graph.node.extend(keep)
    return edited


def main():
    mlp = make_mlp()
    xm = read_rows(MLP_DIR / "data" / "eval.csv")
    resnet = onnx.load(RESNET / "model.onnx")
    xr = read_rows(RESNET / "data" / "eval.csv")
    block = [n.name for n in resnet.graph.node if n.name.startswith("/layer1/")]
    act1 = ["/act1/Relu"]
    zeros_act1 = np.zeros((len(xm), 8), dtype=np.float32)
    p = lambda m, x: run(m, x, ["probabilities"])[0].reshape(-1).tolist()
    golden = {
        "mlp": {
            "baseline": p(mlp, xm),
            "layer:fc2:zero": p(zero_weights(mlp, "fc2"), xm),
            "layer:act1:zero": p(constant_output(mlp, act1, zeros_act1), xm),
            "layer:act1:mean": p(mean_output(mlp, act1, xm), xm),
            "layer:fc2:mean": p(mean_output(mlp, ["/fc2/Gemm"], xm), xm),
            "layer:act2:remove": p(bypass(mlp, ["/act2/Relu"], "/fc2/Gemm_output_0"), xm),
        },
        "resnet": {
            "baseline": p(resnet, xr),
            "layer:layer1.0.conv2:zero": p(zero_weights(resnet, "layer1.0.conv2"), xr),
            "layer:layer1.0.bn2:mean": p(mean_output(resnet, ["/layer1/layer1.0/bn2/BatchNormalization"], xr), xr),
            "layer:layer1.0:mean": p(mean_output(resnet, block, xr), xr),
            "layer:layer1.0:remove": p(bypass(resnet, block, "/relu/Relu_output_0"), xr),
            "layer:layer1.0.relu:remove": p(bypass(resnet, ["/layer1/layer1.0/relu/Relu"], "/layer1/layer1.0/bn1/BatchNormalization_output_0"), xr),
        },
    }
    (ROOT / "test" / "golden" / "onnx-suite.json").write_text(json.dumps(golden) + "\n")


if __name__ == "__main__":
    main()
