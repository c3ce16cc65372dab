"""Golden values for the macro unit-test bounds of src/stats/test-interval.ts, written to test/golden/macro-bounds.json.

Run with the system Python (SciPy 1.10.1):

    /usr/bin/python3 scripts/golden/macro-bounds.py

Each case's interval is the mean over its classes of every class's exact
bound at level 0.025 / classes, from scipy.stats.beta.ppf (the Clopper–Pearson
ends): for F1 of a class, F1 = 2J / (1 + J) of the bounds on
J = TP / (TP + FP + FN); for a one-vs-rest AUC, the bounds on m =
min(positives, negatives) trials with m·AUC rounded outward.
"""

import json
import math
import os

import scipy
from scipy import stats

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "test", "golden", "macro-bounds.json")


def lower(k, n, tail):
    return 0.0 if k == 0 else float(stats.beta.ppf(tail, k, n - k + 1))


def upper(k, n, tail):
    return 1.0 if k == n else float(stats.beta.ppf(1 - tail, k + 1, n - k))


def f1_case(name, tp_union):
    tail = 0.025 / len(tp_union)
    f1 = lambda j: 2 * j / (1 + j)
    low = sum(f1(lower(tp, u, tail)) for tp, u in tp_union) / len(tp_union)
    high = sum(f1(upper(tp, u, tail)) for tp, u in tp_union) / len(tp_union)
    return {"name": name, "classes": [{"tp": tp, "union": u} for tp, u in tp_union], "ci": [low, high]}


def average_case(name, k_n, weights=None, f1=False):
    """A class-averaged precision, recall or F1: (TP, trials) per class, weighted means of the bounds."""
    tail = 0.025 / len(k_n)
    weights = weights or [1] * len(k_n)
    f = (lambda j: 2 * j / (1 + j)) if f1 else (lambda j: j)
    total = sum(weights)
    low = sum(w * f(lower(k, n, tail)) for w, (k, n) in zip(weights, k_n)) / total
    high = sum(w * f(upper(k, n, tail)) for w, (k, n) in zip(weights, k_n)) / total
    return {"name": name, "classes": [{"k": k, "n": n} for k, n in k_n], "weights": weights, "ci": [low, high]}


def auc_case(name, m_auc):
    tail = 0.025 / len(m_auc)
    low = sum(lower(math.floor(m * a + 1e-9), m, tail) for m, a in m_auc) / len(m_auc)
    high = sum(upper(math.ceil(m * a - 1e-9), m, tail) for m, a in m_auc) / len(m_auc)
    return {"name": name, "classes": [{"m": m, "auc": a} for m, a in m_auc], "ci": [low, high]}


def main():
    golden = {
        "generator": "scripts/golden/macro-bounds.py",
        "scipy": scipy.__version__,
        "cases": [
            # 3 classes of 10: 8, 9, 10 right; class 0's misses predicted 1, class 1's miss predicted 2.
            f1_case("macro F1 of 3 classes", [(8, 10), (9, 12), (10, 11)]),
            # TP 16, FN 2, FP 2, TN 20: class 1 (16 of 20), class 0 (20 of 24).
            f1_case("macro F1 of 2 classes", [(16, 20), (20, 24)]),
            # The 3-class slice above: TP of the rows predicted each class (8, 11, 11 predicted).
            average_case("macro precision of 3 classes", [(8, 8), (9, 11), (10, 11)]),
            # …and of the rows labelled each class (10 each).
            average_case("macro recall of 3 classes", [(8, 10), (9, 10), (10, 10)]),
            # The 2-class slice above, F1 weighted by support: class 1 (18 rows), class 0 (22 rows).
            average_case("weighted F1 of 2 classes", [(16, 20), (20, 24)], weights=[18, 22], f1=True),
            # Labels 0 and 1 (10 each); 2 of class 0 predicted 2, never a label: precision without
            # `class` averages the true classes 0 and 1, macro recall also class 2 (no rows: [0, 1]).
            average_case("precision of the true classes", [(8, 8), (10, 10)]),
            average_case("macro recall with a class only predicted", [(8, 10), (10, 10), (0, 0)]),
            # 3 classes of 4, perfectly ranked.
            auc_case("ROC AUC of 3 classes", [(4, 1.0), (4, 1.0), (4, 1.0)]),
        ],
    }
    with open(OUT, "w") as f:
        json.dump(golden, f, allow_nan=False, indent=1)
        f.write("\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
