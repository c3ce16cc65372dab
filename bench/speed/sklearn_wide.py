"""scikit-learn's permutation_importance on the wide suite's MLP and data.

Run by the benchmark as its own process (Debian's /usr/bin/python3):

    /usr/bin/python3 bench/speed/sklearn_wide.py DIR N_JOBS

DIR holds x.f64 (n x f raw features, Float64, row-major), y.f64 (labels) and
weights.json (the TF.js model's Dense kernels and biases, features-128-128-2,
relu, softmax). The two softmax outputs become one logistic output with the
difference of their weights: the same arg-max, as MLPClassifier's binary
form expects. Prints one JSON line: the seconds of permutation_importance
and the mean accuracy drop per feature.
"""

import json
import os
import sys
import time
import warnings

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.inspection import permutation_importance
from sklearn.neural_network import MLPClassifier


def main():
    folder, n_jobs = sys.argv[1], int(sys.argv[2])
    with open(os.path.join(folder, "weights.json")) as f:
        layers = json.load(f)
    f_count = len(layers[0]["kernel"])
    x = np.fromfile(os.path.join(folder, "x.f64"), dtype="<f8").reshape(-1, f_count)
    y = np.fromfile(os.path.join(folder, "y.f64"), dtype="<f8").astype(int)
    coefs = [np.array(layer["kernel"], dtype=np.float64) for layer in layers]
    intercepts = [np.array(layer["bias"], dtype=np.float64) for layer in layers]
    # softmax over two outputs = logistic of their difference.
    coefs[-1] = (coefs[-1][:, 1] - coefs[-1][:, 0]).reshape(-1, 1)
    intercepts[-1] = np.array([intercepts[-1][1] - intercepts[-1][0]])
    model = MLPClassifier(hidden_layer_sizes=(128, 128), activation="relu", max_iter=1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model.fit(x[:50], y[:50])  # sets classes_, n_layers_, out_activation_ …
    model.coefs_ = coefs
    model.intercepts_ = intercepts
    started = time.perf_counter()
    result = permutation_importance(
        model, x, y, scoring="accuracy", n_repeats=3, random_state=42, n_jobs=n_jobs
    )
    seconds = time.perf_counter() - started
    print(
        json.dumps(
            {
                "seconds": seconds,
                "baseline": float((model.predict(x) == y).mean()),
                "importances": result.importances_mean.tolist(),
            }
        )
    )


main()
