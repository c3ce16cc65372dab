"""The training script of the python-sklearn command suite.

ablation-ci runs it once per (variant, seed) with the request in environment
variables (see the README's "Retrain ablations" section):
  ABLATION_CI_SWITCHES    JSON: the variant's switches ({} for the baseline)
  ABLATION_CI_SEED        the seed
  ABLATION_CI_TRAIN_DATA  CSV: the kept features, then the label
  ABLATION_CI_EVAL_DATA   CSV: the same columns, eval rows
  ABLATION_CI_OUTPUT      where to write {"outputs": [[p_benign, p_malignant], ...]}
  ABLATION_CI_REQUEST     JSON file with all of the above, plus classes and label

The model: standardisation, then an MLP with two hidden layers of 16 units.
Switches: `scaler: false` drops the standardisation, `hidden_2: false` the
second hidden layer.
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


def main():
    with open(os.environ["ABLATION_CI_REQUEST"]) as f:
        request = json.load(f)
    switches = json.loads(os.environ["ABLATION_CI_SWITCHES"])
    seed = int(os.environ["ABLATION_CI_SEED"])
    label, classes = request["label"], request["classes"]
    x_train, y_train = read(os.environ["ABLATION_CI_TRAIN_DATA"], label, classes)
    x_eval, _ = read(os.environ["ABLATION_CI_EVAL_DATA"], label, classes)

    hidden = (16, 16) if switches.get("hidden_2", True) else (16,)
    mlp = MLPClassifier(hidden_layer_sizes=hidden, max_iter=300, random_state=seed)
    steps = [StandardScaler(), mlp] if switches.get("scaler", True) else [mlp]
    model = make_pipeline(*steps)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model.fit(x_train, y_train)

    # Columns in `classes` order: predict_proba's are model.classes_ = [0, 1].
    outputs = model.predict_proba(x_eval).tolist()
    with open(os.environ["ABLATION_CI_OUTPUT"], "w") as f:
        json.dump({"outputs": outputs}, f)


if __name__ == "__main__":
    main()
