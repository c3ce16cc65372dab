"""Golden values for src/stats/student-t.ts and src/stats/seed-mean.ts, written to test/golden/student-t.json.

Run with the system Python (SciPy 1.10.1, NumPy 1.24, mpmath):

    /usr/bin/python3 scripts/golden/student-t.py

Sources of truth:
- t CDF and incomplete beta: scipy.special.stdtr and scipy.special.betainc
  (Cephes), each also checked here against mpmath at 40 digits.
- t quantile: the root of scipy.special.stdtr, found by brentq to the last
  bit, not scipy.stats.t.ppf: SciPy 1.10's stdtri is off by up to ~1e-9
  (t.ppf(0.975, 5) = 2.5705818366147 where the root of its own CDF and
  mpmath give 2.5705818356363). The "scipy_ppf" field keeps SciPy's value
  to show the difference.
- seed mean: the interval of src/stats/seed-mean.ts written out with those
  quantiles and scipy.special.ndtri; its p-value by brentq on log α.
"""

import json
import math
import os

import mpmath
import numpy as np
import scipy
from scipy import optimize, special, stats

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "test", "golden", "student-t.json")
mpmath.mp.dps = 40

DFS = [1, 2, 2.7, 4, 9.5, 30, 300, 5000, 1e4, 3e5, 1e9, 1e14, 1e56]


def mp_lower(t, df):
    """P(T <= t) for t <= 0 at 40 digits."""
    df, t = mpmath.mpf(df), mpmath.mpf(t)
    return 0.5 * mpmath.betainc(df / 2, 0.5, 0, df / (df + t * t), regularized=True)


def quantile(p, df):
    """The root of SciPy's t CDF, to the last bit (lower tail, then by symmetry)."""
    tail = min(p, 1 - p)
    hi = 1.0
    while special.stdtr(df, -hi) > tail:
        hi *= 2
    u = optimize.brentq(lambda x: math.log(special.stdtr(df, -x)) - math.log(tail), 0, hi, xtol=1e-300, rtol=8.9e-16, maxiter=500)
    return -u if p < 0.5 else u


def cdf_cases():
    cases = []
    for df in DFS:
        for t in [-40, -8, -3, -2.2, -1.3, -0.4, 0.0, 0.4, 1.3, 2.2, 3, 8]:
            value = float(special.stdtr(df, t))
            if t < 0 and df < 1e20:
                truth = float(mp_lower(t, df))
                assert abs(value - truth) <= 1e-12 * truth, (t, df, value, truth)
            cases.append({"t": t, "df": df, "cdf": value})
    return cases


def quantile_cases():
    cases = []
    for df in DFS:
        for p in [1e-30, 1e-10, 0.001, 0.025, 0.1, 0.4, 0.6, 0.975, 0.999]:
            q = quantile(p, df)
            if df < 1e20 and p < 0.5:
                tail = mpmath.mpf(p)
                truth = mpmath.findroot(lambda x: mp_lower(x, df) - tail, q)
                assert abs(q - float(truth)) <= 1e-13 * abs(q), (p, df, q, truth)
            cases.append({"p": p, "df": df, "quantile": q, "scipy_ppf": float(stats.t.ppf(p, df))})
    return cases


def beta_cases():
    cases = []
    for a, b in [(0.5, 0.5), (2.5, 4), (1, 1), (0.5, 15), (15, 0.5), (30, 40), (200, 0.5), (0.1, 3)]:
        for x in [1e-6, 0.05, 0.3, 0.5, 0.77, 0.999]:
            value = float(special.betainc(a, b, x))
            truth = float(mpmath.betainc(a, b, 0, x, regularized=True))
            assert abs(value - truth) <= 1e-13 * truth + 1e-300, (a, b, x)
            cases.append({"x": x, "a": a, "b": b, "value": value})
    return cases


def seed_mean(per_seed, boot, confidence):
    k = len(per_seed)
    mean = float(np.mean(per_seed))
    seed_se = math.sqrt(np.var(per_seed, ddof=1) / k) if k >= 2 else 0.0
    example_se = math.sqrt(np.var(boot, ddof=1))

    def half(alpha):
        t = -quantile(alpha / 2, k - 1) * seed_se if seed_se > 0 else 0.0
        z = -special.ndtri(alpha / 2) * example_se if example_se > 0 else 0.0
        return math.hypot(t, z)

    h = half(1 - confidence)
    if mean == 0:
        p = 1.0
    else:
        p = math.exp(optimize.brentq(lambda la: half(math.exp(la)) - abs(mean), -200, 0, xtol=1e-14, rtol=8.9e-16))
    return {"perSeed": per_seed, "bootstrapMeans": boot, "confidence": confidence, "mean": mean, "ci": [mean - h, mean + h], "p": p}


def seed_mean_cases():
    rng = np.random.default_rng(7)
    cases = []
    for per_seed, spread in [
        ([0.012, 0.031, -0.004], 0.01),
        ([0.05, 0.07, 0.06, 0.02, 0.04], 0.003),
        ([0.02], 0.01),
        ([0.0, 0.0, 0.0], 0.02),
        ([0.03, 0.05], 0.004),
        ([0.05, 0.05 + 2**-56], 0.012),
        ([-0.2, 0.1, 0.15, 0.4], 1e-5),
    ]:
        boot = (np.mean(per_seed) + spread * rng.standard_normal(200)).tolist()
        for confidence in (0.95, 0.9):
            cases.append(seed_mean(per_seed, boot, confidence))
    return cases


def main():
    golden = {
        "generator": "scripts/golden/student-t.py",
        "scipy": scipy.__version__,
        "cdf": cdf_cases(),
        "quantile": quantile_cases(),
        "incompleteBeta": beta_cases(),
        "seedMean": seed_mean_cases(),
    }
    with open(OUT, "w") as f:
        json.dump(golden, f, allow_nan=False, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
