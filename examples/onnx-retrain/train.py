"""The training script of the onnx-retrain example: trains, exports ONNX, writes no predictions.

ablation-ci runs it once per (variant, seed) (docs/retrain.md, "Command suites"):
  ABLATION_CI_SWITCHES    JSON: the variant's switches ({} for the baseline)
  ABLATION_CI_SEED        the seed
  ABLATION_CI_TRAIN_DATA  CSV: the kept features, then the label
  ABLATION_CI_EVAL_DATA   CSV: the same columns, eval rows (ablation-ci runs the model on them)
  ABLATION_CI_MODEL       where to write the trained model as ONNX (train.writes: model)
  ABLATION_CI_REQUEST     JSON file with all of the above, plus classes and label

The model: standardisation, then an MLP with two hidden layers of 16 units
(scikit-learn's MLPClassifier). Switches: `scaler: false` drops the
standardisation, `hidden_2: false` the second hidden layer.

The export: with skl2onnx installed, the way its users export a pipeline —
`to_onnx(model, x[:1], options={'zipmap': False})`, whose graph has two outputs,
`label` and `probabilities`. Without it (skl2onnx is not in Debian, and this
example must run offline), the same two outputs are written with the `onnx`
package's helpers, the nodes named in PyTorch's scope style (`/hidden1/MatMul`).
Either way the model reads the raw feature values, its scaling inside the graph.
Needs numpy, scikit-learn and onnx.
"""

import csv
import json
import os
import warnings

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def read(path, label, classes):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    features = [name for name in rows[0] if name != label]
    x = np.array([[float(row[name]) for name in features] for row in rows])
    y = np.array([classes.index(row[label]) for row in rows])
    return x, y


def export_with_skl2onnx(model, x):
    from skl2onnx import to_onnx

    onx = to_onnx(model, x[:1].astype(np.float32), options={"zipmap": False}, target_opset=17)
    return onx.SerializeToString()


def export_with_helpers(model, width):
    """The fitted pipeline as an ONNX graph: Sub/Div, then MatMul/Add/Relu per layer, Sigmoid."""
    from onnx import TensorProto, helper, numpy_helper

    nodes, weights = [], []

    def constant(name, value):
        weights.append(numpy_helper.from_array(np.asarray(value, dtype=np.float32), name))
        return name

    def node(op, scope, inputs, **attributes):
        output = f"{scope}/{op}_output_0"
        nodes.append(helper.make_node(op, inputs, [output], name=f"{scope}/{op}", **attributes))
        return output

    previous = "input"
    steps = dict(model.steps)
    scaler = steps.get("standardscaler")
    if scaler is not None:
        previous = node("Sub", "/scaler", [previous, constant("scaler.mean", scaler.mean_)])
        previous = node("Div", "/scaler", [previous, constant("scaler.scale", scaler.scale_)])
    mlp = steps["mlpclassifier"]
    last = len(mlp.coefs_) - 1
    for i, (kernel, bias) in enumerate(zip(mlp.coefs_, mlp.intercepts_)):
        scope = f"/hidden{i + 1}" if i < last else "/out"
        previous = node("MatMul", scope, [previous, constant(f"{scope[1:]}.weight", kernel)])
        previous = node("Add", scope, [previous, constant(f"{scope[1:]}.bias", bias)])
        if i < last:
            previous = node("Relu", scope, [previous])
    # A binary MLPClassifier has one logistic output, p(class 1); predict_proba is [1 − p, p].
    positive = node("Sigmoid", "/out", [previous])
    negative = node("Sub", "/proba", [constant("one", [1.0]), positive])
    nodes.append(
        helper.make_node("Concat", [negative, positive], ["probabilities"], name="/proba/Concat", axis=1)
    )
    nodes.append(
        helper.make_node("ArgMax", ["probabilities"], ["label"], name="/label/ArgMax", axis=1, keepdims=0)
    )
    graph = helper.make_graph(
        nodes,
        "mlp",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["batch", width])],
        [
            helper.make_tensor_value_info("label", TensorProto.INT64, ["batch"]),
            helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["batch", 2]),
        ],
        weights,
    )
    onx = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], producer_name="onnx-retrain")
    onx.ir_version = 8
    return onx.SerializeToString()


def main():
    with open(os.environ["ABLATION_CI_REQUEST"]) as f:
        request = json.load(f)
    switches = json.loads(os.environ["ABLATION_CI_SWITCHES"])
    seed = int(os.environ["ABLATION_CI_SEED"])
    label, classes = request["label"], request["classes"]
    x_train, y_train = read(os.environ["ABLATION_CI_TRAIN_DATA"], label, classes)

    hidden = (16, 16) if switches.get("hidden_2", True) else (16,)
    mlp = MLPClassifier(hidden_layer_sizes=hidden, max_iter=300, random_state=seed)
    steps = [StandardScaler(), mlp] if switches.get("scaler", True) else [mlp]
    model = make_pipeline(*steps)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model.fit(x_train, y_train)

    try:
        data = export_with_skl2onnx(model, x_train)
    except ImportError:
        data = export_with_helpers(model, x_train.shape[1])
    with open(os.environ["ABLATION_CI_MODEL"], "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
