"""Writes model.onnx: a small conv net with one residual block on the 8x8 digits.

Not needed by users or CI (model.onnx is committed). Run with Debian's python3 and a venv
that has `onnx` (pip install onnx onnxruntime 'numpy<2'; scikit-learn from python3-sklearn):

    python3 -m venv --system-site-packages .venv && .venv/bin/pip install onnx onnxruntime 'numpy<2'
    .venv/bin/python examples/onnx-resnet/make.py

The graph is written with onnx.helper and named the way torch.onnx.export names a
ResNet-style module tree (`/layer1/layer1.0/conv1/Conv`), so ablation-ci sees the
components conv1, bn1, layer1, layer1.0, layer1.0.conv1, ... and fc.
Training: the convolutions are fixed seeded random filters (a random-feature net), the
batch norms' running statistics are measured on the training rows, and the classifier
`fc` is a scikit-learn LogisticRegression fitted on the flattened features.
Training rows: data/digits.csv of the shared data less the rows of data/eval.csv.
"""
import csv
import pathlib

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper
from sklearn.linear_model import LogisticRegression

HERE = pathlib.Path(__file__).parent
SOURCE = pathlib.Path("/work/shared/data/digits.csv")
C = 6  # channels


def rows(path):
    with open(path) as f:
        r = list(csv.reader(f))
    return r[0], r[1:]


def conv(x, w, b):
    """3x3 conv, stride 1, pad 1, NCHW."""
    n, cin, h, wd = x.shape
    p = np.pad(x, ((0, 0), (0, 0), (1, 1), (1, 1)))
    out = np.zeros((n, w.shape[0], h, wd), dtype=np.float64)
    for i in range(3):
        for j in range(3):
            out += np.einsum("nchw,oc->nohw", p[:, :, i : i + h, j : j + wd], w[:, :, i, j])
    return out + b[None, :, None, None]


def batchnorm_params(x, rng):
    mean = x.mean(axis=(0, 2, 3))
    var = x.var(axis=(0, 2, 3)) + 1e-3
    scale = rng.uniform(0.8, 1.2, size=mean.shape)
    bias = rng.normal(0, 0.1, size=mean.shape)
    return scale, bias, mean, var


def bn(x, scale, bias, mean, var, eps=1e-5):
    s = (scale / np.sqrt(var + eps))[None, :, None, None]
    return (x - mean[None, :, None, None]) * s + bias[None, :, None, None]


def main():
    header, all_rows = rows(SOURCE)
    _, eval_rows = rows(HERE / "data" / "eval.csv")
    held = {tuple(r) for r in eval_rows}
    train = [r for r in all_rows if tuple(r) not in held]
    x = np.array([[float(v) for v in r[:-1]] for r in train]) / 16.0
    y = np.array([int(r[-1]) for r in train])
    rng = np.random.default_rng(18)

    img = x.reshape(-1, 1, 8, 8)
    w0 = rng.normal(0, 0.5, size=(C, 1, 3, 3)); b0 = rng.normal(0, 0.1, size=C)
    h = conv(img, w0, b0)
    bn0 = batchnorm_params(h, rng)
    h = np.maximum(bn(h, *bn0), 0)
    w1 = rng.normal(0, 0.3, size=(C, C, 3, 3)); b1 = np.zeros(C)
    g = conv(h, w1, b1)
    bn1 = batchnorm_params(g, rng)
    g = np.maximum(bn(g, *bn1), 0)
    w2 = rng.normal(0, 0.3, size=(C, C, 3, 3)); b2 = np.zeros(C)
    g = conv(g, w2, b2)
    bn2 = batchnorm_params(g, rng)
    g = bn(g, *bn2)
    out = np.maximum(h + g, 0)
    feats = out.reshape(len(out), -1)
    clf = LogisticRegression(max_iter=2000, C=0.5).fit(feats, y)
    print("train accuracy", clf.score(feats, y))

    inits = []

    def init(name, a, dtype=np.float32):
        t = numpy_helper.from_array(np.asarray(a, dtype=dtype), name=name)
        inits.append(t)
        return name

    def bn_node(scope, name, x_in, out, p):
        s, b, m, v = p
        return helper.make_node(
            "BatchNormalization",
            [x_in, init(f"{name}.weight", s), init(f"{name}.bias", b), init(f"{name}.running_mean", m), init(f"{name}.running_var", v)],
            [out], name=f"{scope}/BatchNormalization", epsilon=1e-5,
        )

    def conv_node(scope, name, x_in, out, w, b):
        return helper.make_node(
            "Conv", [x_in, init(f"{name}.weight", w), init(f"{name}.bias", b)], [out],
            name=f"{scope}/Conv", kernel_shape=[3, 3], pads=[1, 1, 1, 1], strides=[1, 1],
        )

    nodes = [
        helper.make_node("Div", ["input", init("/Constant_1_output_0", 16.0)], ["/Div_output_0"], name="/Div"),
        helper.make_node("Reshape", ["/Div_output_0", init("/Constant_output_0", [-1, 1, 8, 8], np.int64)], ["/Reshape_output_0"], name="/Reshape"),
        conv_node("/conv1", "conv1", "/Reshape_output_0", "/conv1/Conv_output_0", w0, b0),
        bn_node("/bn1", "bn1", "/conv1/Conv_output_0", "/bn1/BatchNormalization_output_0", bn0),
        helper.make_node("Relu", ["/bn1/BatchNormalization_output_0"], ["/relu/Relu_output_0"], name="/relu/Relu"),
        conv_node("/layer1/layer1.0/conv1", "layer1.0.conv1", "/relu/Relu_output_0", "/layer1/layer1.0/conv1/Conv_output_0", w1, b1),
        bn_node("/layer1/layer1.0/bn1", "layer1.0.bn1", "/layer1/layer1.0/conv1/Conv_output_0", "/layer1/layer1.0/bn1/BatchNormalization_output_0", bn1),
        helper.make_node("Relu", ["/layer1/layer1.0/bn1/BatchNormalization_output_0"], ["/layer1/layer1.0/relu/Relu_output_0"], name="/layer1/layer1.0/relu/Relu"),
        conv_node("/layer1/layer1.0/conv2", "layer1.0.conv2", "/layer1/layer1.0/relu/Relu_output_0", "/layer1/layer1.0/conv2/Conv_output_0", w2, b2),
        bn_node("/layer1/layer1.0/bn2", "layer1.0.bn2", "/layer1/layer1.0/conv2/Conv_output_0", "/layer1/layer1.0/bn2/BatchNormalization_output_0", bn2),
        helper.make_node("Add", ["/layer1/layer1.0/bn2/BatchNormalization_output_0", "/relu/Relu_output_0"], ["/layer1/layer1.0/Add_output_0"], name="/layer1/layer1.0/Add"),
        helper.make_node("Relu", ["/layer1/layer1.0/Add_output_0"], ["/layer1/layer1.0/relu_1/Relu_output_0"], name="/layer1/layer1.0/relu_1/Relu"),
        helper.make_node("Flatten", ["/layer1/layer1.0/relu_1/Relu_output_0"], ["/Flatten_output_0"], name="/Flatten", axis=1),
        helper.make_node("Gemm", ["/Flatten_output_0", init("fc.weight", clf.coef_), init("fc.bias", clf.intercept_)], ["logits"], name="/fc/Gemm", alpha=1.0, beta=1.0, transB=1),
        helper.make_node("Softmax", ["logits"], ["probabilities"], name="/Softmax", axis=1),
    ]
    graph = helper.make_graph(
        nodes, "main_graph",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["batch", 64])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["batch", 10])],
        initializer=inits,
    )
    model = helper.make_model(graph, producer_name="pytorch", producer_version="2.5.0", opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.checker.check_model(model, full_check=True)
    (HERE / "model.onnx").write_bytes(model.SerializeToString())

    import onnxruntime as ort
    _, ev = rows(HERE / "data" / "eval.csv")
    xe = np.array([[float(v) for v in r[:-1]] for r in ev], dtype=np.float32)
    ye = np.array([int(r[-1]) for r in ev])
    p = ort.InferenceSession(str(HERE / "model.onnx")).run(None, {"input": xe})[0]
    print("eval accuracy", (p.argmax(1) == ye).mean())


if __name__ == "__main__":
    main()
