"""Writes test/golden/onnx-edits.json: what the graph edits of src/onnx must give, done independently.

Each edit is made here with the Python `onnx` package by a different mechanism than
src/onnx/edit.ts uses, and run by the Python onnxruntime on the first 20 rows of
examples/onnx-resnet/data/eval.csv:
- zero `layer1.0.conv2`: its weight and bias initializers set to zero (a Conv of zeros is zeros);
- mean `layer1.0.bn2`: the BatchNormalization node deleted and its output tensor made an
  initializer holding the mean (over these rows) of what it output;
- remove `layer1.0`: the block's nodes deleted and the Flatten fed the block's input;
- expose: the block's inner ReLU added to the outputs after onnx shape inference (rows 1-2).
Not run by CI. Regenerate with Debian's python3 and a venv with onnx, onnxruntime and
numpy<2 (see examples/onnx-resnet/make.py):  .venv/bin/python test/onnx/golden.py
"""
import csv
import json
import pathlib

import numpy as np
import onnx
import onnxruntime as ort
from onnx import numpy_helper

ROOT = pathlib.Path(__file__).resolve().parents[2]
MODEL = ROOT / "examples" / "onnx-resnet" / "model.onnx"
ROWS = 20
BLOCK_IN = "/relu/Relu_output_0"
INNER = "/layer1/layer1.0/relu/Relu_output_0"
BN2 = "/layer1/layer1.0/bn2/BatchNormalization_output_0"


def rows():
    with open(ROOT / "examples" / "onnx-resnet" / "data" / "eval.csv") as f:
        r = list(csv.reader(f))[1 : ROWS + 1]
    return np.array([[float(v) for v in row[:-1]] for row in r], dtype=np.float32)


def run(model, x, names=None):
    session = ort.InferenceSession(model.SerializeToString())
    return session.run(names, {"input": x})


def expose(model, names):
    inferred = onnx.shape_inference.infer_shapes(model)
    infos = {v.name: v for v in inferred.graph.value_info}
    edited = onnx.ModelProto()
    edited.CopyFrom(model)
    for name in names:
        edited.graph.output.append(infos[name])
    return edited


def zero_conv2(model):
    edited = onnx.ModelProto()
    edited.CopyFrom(model)
    for t in edited.graph.initializer:
        if t.name in ("layer1.0.conv2.weight", "layer1.0.conv2.bias"):
            t.CopyFrom(numpy_helper.from_array(np.zeros_like(numpy_helper.to_array(t)), t.name))
    return edited


def mean_bn2(model, mean):
    edited = onnx.ModelProto()
    edited.CopyFrom(model)
    keep = [n for n in edited.graph.node if n.name != "/layer1/layer1.0/bn2/BatchNormalization"]
    del edited.graph.node[:]
    edited.graph.node.extend(keep)
    edited.graph.initializer.append(numpy_helper.from_array(mean.astype(np.float32), BN2))
    return edited


def remove_block(model):
    edited = onnx.ModelProto()
    edited.CopyFrom(model)
    keep = [n for n in edited.graph.node if not n.name.startswith("/layer1/")]
    for n in keep:
        if n.name == "/Flatten":
            n.input[0] = BLOCK_IN
    del edited.graph.node[:]
    edited.graph.node.extend(keep)
    return edited


def main():
    model = onnx.load(MODEL)
    x = rows()
    probabilities, inner, bn2 = run(expose(model, [INNER, BN2]), x)
    mean = bn2.mean(axis=0, keepdims=True)
    golden = {
        "rows": ROWS,
        "baseline": probabilities.tolist(),
        "expose": {"name": INNER, "dims": list(inner[:2].shape), "values": inner[:2].reshape(-1).tolist()},
        "zero": {"component": "layer1.0.conv2", "probabilities": run(zero_conv2(model), x)[0].tolist()},
        "mean": {
            "component": "layer1.0.bn2",
            "dims": list(mean.shape),
            "values": mean.reshape(-1).tolist(),
            "probabilities": run(mean_bn2(model, mean), x)[0].tolist(),
        },
        "remove": {"component": "layer1.0", "probabilities": run(remove_block(model), x)[0].tolist()},
    }
    (ROOT / "test" / "golden" / "onnx-edits.json").write_text(json.dumps(golden) + "\n")


if __name__ == "__main__":
    main()
