"""Golden values for src/retrain/stats.ts and student-t.ts, from SciPy.

Run from the repository root: /usr/bin/python3 test/retrain/golden/seed-mean.py
Writes test/retrain/golden/seed-mean.json.
"""

import json
import math
import os

import numpy as np
from scipy import stats

rng = np.random.default_rng(7)
cases = []
for per_seed, spread in [
    ([0.012, 0.031, -0.004], 0.01),
    ([0.05, 0.07, 0.06, 0.02, 0.04], 0.003),
    ([0.02], 0.01),
    ([0.0, 0.0, 0.0], 0.02),
]:
    boot = (np.mean(per_seed) + spread * rng.standard_normal(200)).tolist()
    k = len(per_seed)
    seed_term = np.var(per_seed, ddof=1) / k if k >= 2 else 0.0
    example_term = np.var(boot, ddof=1)
    se = math.sqrt(seed_term + example_term)
    df = (seed_term + example_term) ** 2 / (seed_term**2 / (k - 1)) if seed_term > 0 else math.inf
    dist = stats.norm if math.isinf(df) else stats.t(df)
    q = dist.ppf(0.975)
    mean = float(np.mean(per_seed))
    cases.append(
        {
            "perSeed": per_seed,
            "bootstrapMeans": boot,
            "mean": mean,
            "ci": [mean - q * se, mean + q * se],
            "p": float(2 * dist.cdf(-abs(mean) / se)),
            "df": None if math.isinf(df) else df,
        }
    )

t = [
    {"t": t, "df": df, "cdf": float(stats.t.cdf(t, df)), "q975": float(stats.t.ppf(0.975, df))}
    for t in [-3.0, -1.3, 0.4, 2.2]
    for df in [1, 2, 2.7, 5, 30, 300]
]

out = os.path.join(os.path.dirname(__file__), "seed-mean.json")
with open(out, "w") as f:
    json.dump({"seedMean": cases, "studentT": t}, f, indent=1)
    f.write("\n")
