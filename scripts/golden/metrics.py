#!/usr/bin/python3
"""Writes test/golden/metrics.json: scikit-learn 1.2.1's value of every metric
of DESIGN section 1 on many seeded random and edge-case predictions, for
test/metrics/golden.test.ts to compare src/metrics against.

Run with the system Python that has scikit-learn 1.2.1:

    /usr/bin/python3 scripts/golden/metrics.py

Each case holds its inputs as the TypeScript test reads them:
  task, k, yTrue (class indices or targets);
  outputs: the model's raw outputs, n rows of `width` values (binary width 1
    is a sigmoid p, read as [1 - p, p]; regression width 1 is the prediction);
  float32: outputs are rounded to float32 first (Math.fround / np.float32);
  weights: bootstrap multiplicities (ints, many 0) or null;
  cls: a class index for precision/recall/f1, or null;
and `expected`: metric name -> value, null where sklearn raises or returns nan.

A weighted case's expected value is sklearn's on the examples repeated
`weights` times (what a bootstrap resample is). The script also checks that
this equals sklearn's `sample_weight` on the examples of positive weight.
"""

import json
import math
import os
import warnings

import numpy as np
import sklearn
from sklearn import metrics as skm

assert sklearn.__version__ == "1.2.1", sklearn.__version__

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "golden", "metrics.json")
CLASSIFICATION = [
    "accuracy", "error_rate", "precision", "recall", "f1", "precision_macro",
    "recall_macro", "f1_macro", "f1_weighted", "roc_auc", "log_loss",
]
REGRESSION = ["mse", "rmse", "mae", "r2"]
PRF = {"precision": skm.precision_score, "recall": skm.recall_score, "f1": skm.f1_score}

rng = np.random.default_rng(20240611)
cases = []


# ---------------------------------------------------------------- inputs --

def decode(case):
    """The arrays a case means, read exactly as the TypeScript test reads them."""
    n, k, width = len(case["yTrue"]), case["k"], case["width"]
    out = np.array(case["outputs"], dtype=np.float64)
    if case["float32"]:
        out = out.astype(np.float32).astype(np.float64)
    y = np.array(case["yTrue"], dtype=np.float64 if case["task"] == "regression" else np.int64)
    if case["task"] == "regression":
        return y, out, None
    scores = np.column_stack([1 - out, out]) if width == 1 else out.reshape(n, k)
    return y, scores, np.argmax(scores, axis=1)


def add(name, task, y, outputs, *, width=None, k=None, weights=None, cls=None, float32=False):
    y = np.asarray(y)
    outputs = np.asarray(outputs, dtype=np.float64)
    if width is None:
        width = 1 if outputs.ndim == 1 else outputs.shape[1]
    if k is None:
        k = {"binary": 2, "regression": 1}.get(task, width)
    if float32:
        # Shortest float32 text, so that the file stays small and both readers
        # round it to the same float32 value.
        text = [float(str(np.float32(v))) for v in outputs.ravel()]
        assert all(np.float32(t) == np.float32(v) for t, v in zip(text, outputs.ravel()))
        flat = text
    else:
        flat = [float(v) for v in outputs.ravel()]
    case = {
        "name": name,
        "task": task,
        "k": int(k),
        "width": int(width),
        "yTrue": [int(v) for v in y] if task != "regression" else [float(v) for v in y],
        "outputs": flat,
        "float32": bool(float32),
        "weights": None if weights is None else [int(v) for v in weights],
        "cls": None if cls is None else int(cls),
    }
    assert len(flat) == len(y) * width
    case["expected"] = expected(case)
    cases.append(case)


# -------------------------------------------------------------- expected --

def finite_or_none(value):
    value = float(value)
    return None if math.isnan(value) else value


def guarded(fn):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return finite_or_none(fn())
    except (ValueError, ZeroDivisionError):
        return None


def classification_value(metric, case, y, scores, pred, sw):
    task, k, cls = case["task"], case["k"], case["cls"]
    if metric == "accuracy":
        return skm.accuracy_score(y, pred, sample_weight=sw)
    if metric == "error_rate":
        return 1 - skm.accuracy_score(y, pred, sample_weight=sw)
    if metric in PRF:
        fn = PRF[metric]
        if cls is not None:
            return fn(y, pred, labels=[cls], average="macro", zero_division=0, sample_weight=sw)
        if task == "binary":
            return fn(y, pred, average="binary", pos_label=1, zero_division=0, sample_weight=sw)
        labels = sorted(np.unique(y).tolist())
        return fn(y, pred, labels=labels, average="macro", zero_division=0, sample_weight=sw)
    if metric.endswith("_macro"):
        return PRF[metric[:-6]](y, pred, average="macro", zero_division=0, sample_weight=sw)
    if metric == "f1_weighted":
        return skm.f1_score(y, pred, average="weighted", zero_division=0, sample_weight=sw)
    if metric == "roc_auc":
        if k == 2:
            return skm.roc_auc_score(y, scores[:, 1], sample_weight=sw)
        return skm.roc_auc_score(
            y, scores, multi_class="ovr", average="macro", labels=list(range(k)), sample_weight=sw
        )
    if metric == "log_loss":
        return skm.log_loss(y, scores, labels=list(range(k)), sample_weight=sw)
    raise KeyError(metric)


def regression_value(metric, y, pred, sw):
    if metric == "mse":
        return skm.mean_squared_error(y, pred, sample_weight=sw)
    if metric == "rmse":
        return skm.mean_squared_error(y, pred, sample_weight=sw, squared=False)
    if metric == "mae":
        return skm.mean_absolute_error(y, pred, sample_weight=sw)
    if metric == "r2":
        return skm.r2_score(y, pred, sample_weight=sw)
    raise KeyError(metric)


def values(case, y, scores, pred, sw):
    if case["task"] == "regression":
        return {m: guarded(lambda m=m: regression_value(m, y, scores, sw)) for m in REGRESSION}
    return {
        m: guarded(lambda m=m: classification_value(m, case, y, scores, pred, sw))
        for m in CLASSIFICATION
    }


def take(arrays, index):
    return [None if a is None else a[index] for a in arrays]


def expected(case):
    arrays = decode(case)
    if case["weights"] is None:
        return values(case, *arrays, None)
    w = np.array(case["weights"], dtype=np.int64)
    result = values(case, *take(arrays, np.repeat(np.arange(len(w)), w)), None)
    # Cross-check: sklearn's own sample_weight on the examples of positive weight.
    kept = w > 0
    check = values(case, *take(arrays, kept), w[kept].astype(np.float64))
    for metric, value in result.items():
        if metric == "r2" and kept.sum() < 2 <= w.sum():
            continue  # sklearn counts rows, not weight, for its two-sample rule
        other = check[metric]
        same = (value is None and other is None) or (
            value is not None and other is not None
            and abs(value - other) <= 1e-12 * max(1.0, abs(value))
        )
        assert same, (case["name"], metric, value, other)
    return result


# ------------------------------------------------------------- generators --

def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def coarse(p, steps):
    """Probabilities on a grid of 1/steps: short in JSON, and full of ties."""
    return np.round(p * steps) / steps


def coarse_rows(p, steps):
    """Rows on a grid of 1/steps that still sum to 1 (sklearn's ovr AUC checks)."""
    counts = np.floor(p * steps)
    short = (steps - counts.sum(axis=1)).astype(int)
    for i, s in enumerate(short):
        order = np.argsort(-(p[i] * steps - counts[i]), kind="stable")
        counts[i, order[:s]] += 1
    return counts / steps


def bootstrap(n):
    return rng.multinomial(n, np.full(n, 1 / n))


def binary_outputs(y, strength, style):
    p = sigmoid(strength * (2 * y - 1) + rng.normal(size=len(y)))
    if style == "fine":
        return p
    return coarse(p, {"coarse": 1000, "grid": 20}[style])


def multiclass_outputs(y, k, strength, style):
    z = rng.normal(size=(len(y), k))
    z[np.arange(len(y)), y] += strength
    p = softmax(z)
    if style == "fine":
        return p
    return coarse_rows(p, {"coarse": 1000, "grid": 20}[style])


SIZES = [2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233]
STYLES = ["fine", "coarse", "grid"]


def random_cases():
    for i in range(44):
        n = int(SIZES[i % len(SIZES)])
        y = (rng.random(n) < rng.uniform(0.2, 0.8)).astype(int)
        out = binary_outputs(y, rng.uniform(0, 3), STYLES[i % 3])
        sigmoid_width = i % 2 == 0
        outputs = out if sigmoid_width else np.column_stack([1 - out, out])
        add(
            f"binary-random-{i}", "binary", y, outputs,
            weights=bootstrap(n) if i % 4 == 1 else None,
            cls=[None, None, 0, 1][i % 4] if i % 8 >= 4 else None,
            float32=i % 5 == 3,
        )
    for i in range(44):
        n = int(SIZES[(i * 3) % len(SIZES)])
        k = int([3, 4, 5, 6, 3, 10][i % 6])
        present = k if i % 7 else max(2, k - 1)  # some cases lack the last class
        y = rng.integers(0, present, size=n)
        out = multiclass_outputs(y, k, rng.uniform(0, 3), STYLES[i % 3])
        add(
            f"multiclass-random-{i}", "multiclass", y, out,
            weights=bootstrap(n) if i % 4 == 2 else None,
            cls=int(rng.integers(0, k)) if i % 5 == 4 else None,
            float32=i % 6 == 1,
        )
    for i in range(32):
        n = int(SIZES[(i * 5) % len(SIZES)])
        y = rng.normal(10, 5, size=n)
        pred = y + rng.normal(0, rng.uniform(0.1, 5), size=n) + rng.uniform(-1, 1)
        if i % 3 != 0:
            y, pred = np.round(y, 3), np.round(pred, 3)
        add(
            f"regression-random-{i}", "regression", y, pred,
            weights=bootstrap(n) if i % 4 == 1 else None,
            float32=i % 5 == 2,
        )


def resample_series():
    """One set of predictions under many bootstrap resamples, as the bootstrap uses it."""
    n = 60
    y = (rng.random(n) < 0.3).astype(int)
    p = binary_outputs(y, 1.5, "coarse")
    for r in range(10):
        add(f"binary-resample-{r}", "binary", y, p, weights=bootstrap(n))
    y = rng.integers(0, 4, size=n)
    p = multiclass_outputs(y, 4, 1.5, "coarse")
    for r in range(10):
        add(f"multiclass-resample-{r}", "multiclass", y, p, weights=bootstrap(n),
            cls=r % 4 if r >= 6 else None)
    y = np.round(rng.normal(0, 1, size=n), 3)
    pred = np.round(y + rng.normal(0, 0.5, size=n), 3)
    for r in range(10):
        add(f"regression-resample-{r}", "regression", y, pred, weights=bootstrap(n))


def edge_cases():
    b = "binary"
    add("binary-all-scores-tied", b, [0, 1, 1, 0, 1], [0.5] * 5)
    add("binary-three-score-levels", b, [0, 0, 1, 1, 0, 1, 1, 0], [0, 0.5, 0.5, 1, 1, 0, 0.5, 0.5])
    add("binary-never-predicts-positive", b, [0, 1, 1, 0, 1], [0.1, 0.4, 0.3, 0.2, 0.45])
    add("binary-never-predicts-negative", b, [0, 1, 1, 0, 1], [0.6, 0.9, 0.7, 0.55, 0.95])
    add("binary-all-true-positive", b, [1, 1, 1, 1], [0.2, 0.9, 0.6, 0.4])
    add("binary-all-true-negative", b, [0, 0, 0], [0.2, 0.9, 0.6])
    add("binary-all-negative-predicted-negative", b, [0, 0, 0], [0.2, 0.1, 0.3])
    add("binary-exact-0-and-1", b, [0, 1, 1, 0, 1, 0], [0, 1, 1, 0, 0, 1])
    add("binary-confident-and-wrong", b, [1, 0], [0.0, 1.0])
    add("binary-perfect", b, [0, 0, 1, 1, 1], [0.1, 0.2, 0.8, 0.9, 0.7])
    add("binary-inverted", b, [0, 0, 1, 1, 1], [0.9, 0.8, 0.2, 0.1, 0.3])
    add("binary-n1-positive", b, [1], [0.9])
    add("binary-n1-negative", b, [0], [0.9])
    add("binary-n2", b, [0, 1], [0.3, 0.3])
    add("binary-cls0-absent", b, [1, 1, 1], [0.2, 0.9, 0.6], cls=0)
    add("binary-cls0", b, [0, 1, 0, 1, 0], [0.2, 0.9, 0.6, 0.3, 0.4], cls=0)
    add("binary-two-unnormalised-outputs", b, [0, 1, 1, 0], [[0.3, 0.5], [0.1, 0.2], [0.6, 0.6],
                                                             [0.05, 0.01]])
    add("binary-float32-sigmoid", b, [0, 1, 1, 0, 1, 0],
        [1e-9, 0.999999, 0.7, 0.30000001, 0.5000001, 0.49999997], float32=True)
    add("binary-float32-two-outputs", b, [0, 1, 1],
        [[0.7, 0.3], [0.2, 0.8], [0.1, 0.9]], float32=True)
    add("binary-weights-leave-one", b, [0, 1, 1, 0], [0.2, 0.9, 0.6, 0.4], weights=[0, 0, 3, 0])
    add("binary-weights-drop-positives", b, [0, 1, 1, 0], [0.2, 0.9, 0.6, 0.4],
        weights=[2, 0, 0, 2])
    add("binary-weights-on-ties", b, [0, 1, 1, 0, 1], [0.5, 0.5, 0.7, 0.7, 0.1],
        weights=[3, 0, 1, 1, 0])

    m = "multiclass"
    p3 = [[0.6, 0.3, 0.1], [0.2, 0.7, 0.1], [0.5, 0.4, 0.1], [0.3, 0.6, 0.1], [0.1, 0.8, 0.1]]
    add("multiclass-class-never-predicted", m, [0, 1, 2, 1, 2], p3)
    add("multiclass-class-absent-from-y", m, [0, 1, 0, 1, 1], p3)
    add("multiclass-one-class-in-y", m, [1, 1, 1, 1, 1], p3)
    add("multiclass-one-class-in-y-cls", m, [2, 2, 2, 2, 2], p3, cls=2)
    add("multiclass-one-hot-exact", m, [0, 1, 2, 2], [[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 0, 0]])
    add("multiclass-uniform-rows", m, [0, 1, 2, 0], [[1 / 3] * 3] * 4)
    add("multiclass-argmax-ties", m, [2, 1, 0, 2], [[0.4, 0.4, 0.2], [0.2, 0.4, 0.4],
                                                    [0.25, 0.25, 0.5], [0.5, 0, 0.5]])
    add("multiclass-n1", m, [2], [[0.2, 0.3, 0.5]])
    add("multiclass-k2", m, [0, 1, 1, 0], [[0.6, 0.4], [0.3, 0.7], [0.55, 0.45], [0.5, 0.5]])
    add("multiclass-float32-softmax", m, [0, 1, 2, 3],
        softmax(np.array([[2.0, 1, 0, -1], [0.1, 0.2, 0.3, 0.4], [1, 1, 1, 1], [5, -5, 0, 3]])),
        float32=True)
    add("multiclass-weights-drop-class", m, [0, 1, 2, 1, 2], p3, weights=[1, 2, 0, 1, 0])
    add("multiclass-weights-keep-all", m, [0, 1, 2, 1, 2], p3, weights=[2, 1, 1, 0, 1])
    add("multiclass-cls-absent", m, [0, 1, 0, 1, 1], p3, cls=2)

    r = "regression"
    add("regression-constant-y-perfect", r, [3.0] * 4, [3.0] * 4)
    add("regression-constant-y-imperfect", r, [3.0] * 4, [3.0, 2.5, 3.0, 4.0])
    add("regression-perfect", r, [1.0, -2.0, 3.5], [1.0, -2.0, 3.5])
    add("regression-n1", r, [2.0], [1.5])
    add("regression-n2", r, [2.0, 4.0], [2.5, 3.0])
    add("regression-negative-r2", r, [1.0, 2.0, 3.0], [3.0, 2.0, 1.0])
    add("regression-large-offset", r, [1e6 + 1, 1e6 + 2, 1e6 + 4], [1e6 + 1.5, 1e6 + 2, 1e6 + 3])
    add("regression-weights-one-row", r, [1.0, 2.0, 3.0], [1.5, 2.0, 2.0], weights=[0, 1, 0])
    add("regression-weights-one-row-repeated", r, [1.0, 2.0, 3.0], [1.5, 2.0, 2.0],
        weights=[0, 3, 0])
    add("regression-float32", r, [0.1, 0.2, 0.3], [0.1, 0.25, 0.35], float32=True)


random_cases()
resample_series()
edge_cases()

os.makedirs(os.path.dirname(OUT), exist_ok=True)
header = {"generator": "scripts/golden/metrics.py", "sklearn": sklearn.__version__,
          "numpy": np.__version__}
with open(OUT, "w") as f:
    # One case per line, so that a change shows in the diff as the cases it touches.
    f.write(json.dumps(header, separators=(",", ":"))[:-1] + ',"cases":[\n')
    f.write(",\n".join(json.dumps(c, separators=(",", ":"), allow_nan=False) for c in cases))
    f.write("\n]}\n")
print(f"wrote {len(cases)} cases to {os.path.relpath(OUT)} ({os.path.getsize(OUT)} bytes)")
