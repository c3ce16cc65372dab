"""Writes model.onnx: a scikit-learn MLPClassifier on the breast-cancer data.

Not needed by users or CI (model.onnx is committed). Run with Debian's python3 and a venv
that has `onnx` (pip install onnx onnxruntime 'numpy<2'; scikit-learn from python3-sklearn):

    python3 -m venv --system-site-packages .venv && .venv/bin/pip install onnx onnxruntime 'numpy<2'
    .venv/bin/python examples/onnx-tabular/make.py

skl2onnx is not installable on this project's machines, so the graph is written with
onnx.helper from the trained weights, in the shape skl2onnx gives a
Pipeline(StandardScaler, MLPClassifier) converted with zipmap=False: a `Scaler` (ai.onnx.ml),
MatMul/Add/Relu per layer, a Sigmoid for the positive class, and two outputs,
`label` (int64) and `probabilities` (float, one column per class).
Training rows: breast_cancer.csv of the shared data less the rows of data/eval.csv.
"""
import csv
import pathlib

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

HERE = pathlib.Path(__file__).parent
SOURCE = pathlib.Path("/work/shared/data/breast_cancer.csv")
CLASSES = ["benign", "malignant"]


def rows(path):
    with open(path) as f:
        r = list(csv.reader(f))
    return r[0], r[1:]


def main():
    header, all_rows = rows(SOURCE)
    _, eval_rows = rows(HERE / "data" / "eval.csv")
    held = {tuple(r) for r in eval_rows}
    train = [r for r in all_rows if tuple(r) not in held]
    x = np.array([[float(v) for v in r[:-1]] for r in train])
    y = np.array([CLASSES.index(r[-1]) for r in train])
    pipe = make_pipeline(StandardScaler(), MLPClassifier(hidden_layer_sizes=(16, 8), max_iter=2000, random_state=18))
    pipe.fit(x, y)
    print("train accuracy", pipe.score(x, y))
    scaler, mlp = pipe.steps[0][1], pipe.steps[1][1]

    inits = []

    def init(name, a, dtype=np.float32):
        inits.append(numpy_helper.from_array(np.asarray(a, dtype=dtype), name=name))
        return name

    nodes = [
        helper.make_node("Scaler", ["input"], ["variable"], name="Scaler", domain="ai.onnx.ml",
                         offset=scaler.mean_.astype(np.float32).tolist(), scale=(1 / scaler.scale_).astype(np.float32).tolist()),
    ]
    prev = "variable"
    last = len(mlp.coefs_) - 1
    for i, (w, b) in enumerate(zip(mlp.coefs_, mlp.intercepts_)):
        suffix = "" if i == 0 else str(i)
        nodes.append(helper.make_node("MatMul", [prev, init(f"coefficient{suffix}", w)], [f"mul_result{suffix}"], name=f"MatMul{suffix}"))
        nodes.append(helper.make_node("Add", [f"mul_result{suffix}", init(f"intercepts{suffix}", b.reshape(1, -1))], [f"add_result{suffix}"], name=f"Add{suffix}"))
        if i < last:
            nodes.append(helper.make_node("Relu", [f"add_result{suffix}"], [f"next_activations{suffix}"], name=f"Relu{suffix}"))
            prev = f"next_activations{suffix}"
    final = f"add_result{last}"
    nodes += [
        helper.make_node("Sigmoid", [final], ["out_activations_result"], name="Sigmoid"),
        helper.make_node("Sub", [init("unity", 1.0), "out_activations_result"], ["negative_class_proba"], name="Sub"),
        helper.make_node("Concat", ["negative_class_proba", "out_activations_result"], ["probabilities"], name="Concat", axis=1),
        helper.make_node("ArgMax", ["probabilities"], ["argmax_output"], name="ArgMax", axis=1, keepdims=0),
        helper.make_node("Cast", ["argmax_output"], ["label"], name="Cast", to=TensorProto.INT64),
    ]
    graph = helper.make_graph(
        nodes, "pipeline_mlp",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, [None, x.shape[1]])],
        [helper.make_tensor_value_info("label", TensorProto.INT64, [None]),
         helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, [None, 2])],
        initializer=inits,
    )
    model = helper.make_model(graph, producer_name="skl2onnx", producer_version="1.17.0",
                              opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("ai.onnx.ml", 1)])
    model.ir_version = 8
    onnx.checker.check_model(model, full_check=True)
    (HERE / "model.onnx").write_bytes(model.SerializeToString())

    import onnxruntime as ort
    _, ev = rows(HERE / "data" / "eval.csv")
    xe = np.array([[float(v) for v in r[:-1]] for r in ev], dtype=np.float32)
    ye = np.array([CLASSES.index(r[-1]) for r in ev])
    label, proba = ort.InferenceSession(str(HERE / "model.onnx")).run(None, {"input": xe})
    print("eval accuracy", (label == ye).mean(), "max |p - sklearn|", np.abs(proba - pipe.predict_proba(xe)).max())


if __name__ == "__main__":
    main()
