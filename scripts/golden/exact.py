"""Golden values for the exact methods of issue 9, written to test/golden/exact.json.

Run with the system Python (SciPy 1.10.1, NumPy 1.24), after
scripts/golden/run-pvalues.ts has written test/golden/run-pvalues.json:

    npx tsx scripts/golden/run-pvalues.ts && /usr/bin/python3 scripts/golden/exact.py

Sources of truth, per section:
- clopper_pearson: scipy.stats.beta.ppf(alpha/2, k, n-k+1) and
  beta.ppf(1-alpha/2, k+1, n-k) (0 and 1 at k = 0 and k = n), and the
  one-sided scipy.stats.binomtest p-values at the ends (each equals alpha/2).
- paired_exact: the supremum over the discordant rate of the brute-force tail
  (every table of the trinomial, stats.py's brute_force_tail): a 3,000-point
  scan (log-spaced and even), then scipy.optimize.minimize_scalar (bounded,
  xatol 1e-12) around every local maximum of the scan.
- bh: SciPy 1.10 has no false_discovery_control (added in 1.11), so the
  reference is the textbook Benjamini-Hochberg step-up written with NumPy
  below, applied to the p-values of a real run (run-pvalues.json).
"""

import json
import math
import os
import sys

import numpy as np
import scipy
from scipy import optimize, stats

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from stats import brute_force_tail  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "test", "golden", "exact.json")
RUN = os.path.join(ROOT, "test", "golden", "run-pvalues.json")


def clopper_pearson_cases():
    cases = []
    for n in (1, 2, 5, 10, 20, 44, 50, 60, 75, 80, 125, 199, 200, 1000, 12345, 1000000):
        ks = {0, 1, 2, n // 3, n // 2, n - 2, n - 1, n, int(0.9 * n), int(0.95 * n), int(0.99 * n)}
        for k in sorted(x for x in ks if 0 <= x <= n):
            for confidence in (0.95, 0.9, 0.99):
                a = 1 - confidence
                lo = 0.0 if k == 0 else float(stats.beta.ppf(a / 2, k, n - k + 1))
                hi = 1.0 if k == n else float(stats.beta.ppf(1 - a / 2, k + 1, n - k))
                case = {"k": k, "n": n, "confidence": confidence, "ci": [lo, hi]}
                if 0 < k < n and n <= 1000:
                    case["tails"] = [
                        float(stats.binomtest(k, n, lo, alternative="greater").pvalue),
                        float(stats.binomtest(k, n, hi, alternative="less").pvalue),
                    ]
                cases.append(case)
    return cases


def supremum(losses, wins, n, d0, alt):
    low = abs(d0)
    grid = np.unique(
        np.concatenate([np.exp(np.linspace(math.log(low), 0.0, 1500)), np.linspace(low, 1.0, 1500)])
    )
    values = np.array([brute_force_tail(losses, wins, n, d0, alt, r) for r in grid])
    best = float(values.max())
    for i in range(len(grid)):
        left = values[i - 1] if i > 0 else -np.inf
        right = values[i + 1] if i + 1 < len(grid) else -np.inf
        if values[i] < left or values[i] < right:
            continue
        lo, hi = grid[max(i - 1, 0)], grid[min(i + 1, len(grid) - 1)]
        if hi <= lo:
            continue
        res = optimize.minimize_scalar(
            lambda r: -brute_force_tail(losses, wins, n, d0, alt, r),
            bounds=(lo, hi),
            method="bounded",
            options={"xatol": 1e-12},
        )
        best = max(best, -float(res.fun))
    return min(1.0, best)


def paired_exact_cases():
    cases = []
    for losses, wins, n, d0, alt in (
        (24, 28, 80, -0.01, "less"),
        (20, 12, 80, -0.01, "less"),
        (15, 15, 80, -0.01, "less"),
        (25, 10, 80, -0.05, "less"),
        (12, 20, 80, -0.05, "greater"),
        (30, 18, 80, -0.02, "less"),
        (18, 30, 80, -0.02, "greater"),
        (40, 36, 80, -0.1, "less"),
    ):
        cases.append(
            {"losses": losses, "wins": wins, "n": n, "delta0": d0, "alternative": alt,
             "pvalue": supremum(losses, wins, n, d0, alt)}
        )
    return cases


def benjamini_hochberg(p):
    """The textbook step-up: sort, scale the i-th smallest by m / i, running minimum from the top."""
    p = np.asarray(p, dtype=float)
    m = len(p)
    order = np.argsort(p, kind="mergesort")
    scaled = p[order] * m / np.arange(1, m + 1)
    adjusted = np.minimum.accumulate(scaled[::-1])[::-1]
    q = np.empty(m)
    q[order] = np.minimum(adjusted, 1.0)
    return q


def bh_cases():
    with open(RUN) as f:
        run = json.load(f)
    cases = {}
    for metric, rows in run["pvalues"].items():
        q = benjamini_hochberg([r["p"] for r in rows])
        cases[metric] = [{"id": r["id"], "p": r["p"], "q": float(x)} for r, x in zip(rows, q)]
    return {"suite": run["suite"], "seed": run["seed"], "metrics": cases}


def main():
    golden = {
        "generator": "scripts/golden/exact.py",
        "scipy": scipy.__version__,
        "numpy": np.__version__,
        "clopper_pearson": clopper_pearson_cases(),
        "paired_exact": paired_exact_cases(),
        "bh": bh_cases(),
    }
    with open(OUT, "w") as f:
        json.dump(golden, f, allow_nan=False, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    with np.errstate(divide="ignore"):
        main()
