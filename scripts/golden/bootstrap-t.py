"""Golden values for the studentized (bootstrap-t) intervals of src/stats/bootstrap-t.ts and
src/stats/regression-interval.ts, written to test/golden/bootstrap-t.json.

Run with the system Python (NumPy 1.24, SciPy 1.10.1):

    /usr/bin/python3 scripts/golden/bootstrap-t.py

An independent implementation with NumPy's own resamples: for each case, 200,000 resamples of the
rows, T*_b = (theta*_b - theta) / se*_b, and the interval [theta - q(1 - tail) se, theta - q(tail) se]
with q NumPy's 'linear' percentiles of T*; mc_sd is each end's Monte Carlo sd with the
test's 20,000 resamples (20 runs), so the test can allow a stated number of them. theta is log(mean loss) (MSE: squared errors, MAE: absolute
errors) with se = sd(losses, ddof=1) / (sqrt(n) mean), or log(SSE / SST) with se the sd (ddof=1) of
e_i^2 / mean(e^2) - (y_i - ybar)^2 / mean((y - ybar)^2) over sqrt(n). Metric scale: MSE and MAE exp(theta),
RMSE exp(theta / 2), R^2 1 - exp(theta). As a check of the resampling itself, the 95% percentile
interval of MSE is also compared with scipy.stats.bootstrap(method='percentile').
"""

import json
import os

import numpy as np
import scipy
from scipy import stats

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "test", "golden", "bootstrap-t.json")
RESAMPLES = 200_000
CHECK_RESAMPLES = 20_000
CHUNK = 10_000


def theta_se(metric, y, p, idx=None):
    if idx is not None:
        y, p = y[..., idx], p[..., idx]
    n = y.shape[-1]
    e = y - p
    if metric == "r2":
        a = e**2
        sse = a.mean(-1)
        spread = (y - y.mean(-1, keepdims=True)) ** 2
        sst = spread.mean(-1)
        d = a / sse[..., None] - spread / sst[..., None]
        return np.log(sse / sst), np.sqrt((d**2).sum(-1) / (n - 1) / n)
    loss = np.abs(e) if metric == "mae" else e**2
    m = loss.mean(-1)
    return np.log(m), loss.std(-1, ddof=1) / np.sqrt(n) / m


def t_quantiles(metric, y, p, tails, rng, resamples):
    n = len(y)
    theta, se = theta_se(metric, y, p)
    t = np.empty(resamples)
    for start in range(0, resamples, CHUNK):
        idx = rng.integers(0, n, size=(CHUNK, n))
        star, star_se = theta_se(metric, y, p, idx)
        t[start : start + CHUNK] = (star - theta) / star_se
    return np.percentile(t, [100 * q for q in tails])


def bootstrap_t(metric, y, p, tail, rng):
    n = len(y)
    theta, se = theta_se(metric, y, p)
    # The Monte Carlo sd of each end of theta's interval with the test's 20,000 resamples, from 20 runs.
    runs = np.array([t_quantiles(metric, y, p, [tail, 1 - tail], rng, CHECK_RESAMPLES) for _ in range(20)])
    mc_sd = [float(v) for v in (runs[:, ::-1].std(0, ddof=1) * se)]
    t = np.empty(RESAMPLES)
    for start in range(0, RESAMPLES, CHUNK):
        idx = rng.integers(0, n, size=(CHUNK, n))
        star, star_se = theta_se(metric, y, p, idx)
        t[start : start + CHUNK] = (star - theta) / star_se
    q_low, q_high = np.percentile(t, [100 * tail, 100 * (1 - tail)])
    ends = [theta - q_high * se, theta - q_low * se]
    back = {
        "mse": np.exp,
        "mae": np.exp,
        "rmse": lambda v: np.exp(np.asarray(v) / 2),
        "r2": lambda v: 1 - np.exp(np.asarray(v)),
    }[metric]
    metric_ends = sorted(float(v) for v in back(np.array(ends)))
    return {
        "mc_sd": mc_sd,
        "theta": float(theta),
        "se": float(se),
        "theta_interval": [float(v) for v in ends],
        "interval": metric_ends,
    }


def main():
    data_rng = np.random.default_rng(20261207)
    datasets = []
    for name, n, draw in [
        ("normal errors, 30 rows", 30, lambda s: 0.5 * data_rng.standard_normal(s)),
        ("t5 errors, 60 rows", 60, lambda s: 0.5 * data_rng.standard_t(5, s) / np.sqrt(5 / 3)),
        ("lognormal errors, 120 rows", 120, lambda s: data_rng.lognormal(0, 1, s) - np.exp(0.5)),
    ]:
        y = data_rng.standard_normal(n)
        p = y + draw(n)
        datasets.append({"name": name, "y": y.tolist(), "predictions": p.tolist()})
    cases = []
    rng = np.random.default_rng(7)
    for d in datasets:
        y, p = np.array(d["y"]), np.array(d["predictions"])
        for metric in ["mse", "rmse", "mae", "r2"]:
            for tail in [0.025, 0.0025]:
                cases.append({"dataset": d["name"], "metric": metric, "tail": tail, **bootstrap_t(metric, y, p, tail, rng)})
    # The resampling itself against SciPy: a percentile interval of MSE.
    y, p = np.array(datasets[0]["y"]), np.array(datasets[0]["predictions"])
    res = stats.bootstrap(
        ((y - p) ** 2,),
        np.mean,
        method="percentile",
        n_resamples=RESAMPLES,
        confidence_level=0.95,
        random_state=np.random.default_rng(8),
    )
    out = {
        "generator": "scripts/golden/bootstrap-t.py",
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "resamples": RESAMPLES,
        "datasets": datasets,
        "cases": cases,
        "scipy_percentile_mse": {
            "dataset": datasets[0]["name"],
            "interval": [float(res.confidence_interval.low), float(res.confidence_interval.high)],
        },
    }
    with open(OUT, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
