"""Golden values for src/stats, written to test/golden/stats.json.

Run with the system Python (SciPy 1.10.1, NumPy 1.24):

    cd /work/main && /usr/bin/python3 scripts/golden/stats.py

Sources of truth, per section:
- binomtest, binom, mcnemar, wilson, normal: SciPy itself
  (scipy.stats.binomtest, scipy.stats.binom, scipy.special.ndtr/ndtri), except
  the binomial log pmf, which comes from mpmath at 50 digits.
- holm, bh: SciPy 1.10 has no false_discovery_control (added in 1.11), so the
  reference is the textbook definition written out below with NumPy, and it is
  also checked against statsmodels.stats.multitest.multipletests when
  statsmodels is importable (the "checked_with" field says which happened).
- percentile: numpy.percentile / numpy.nanpercentile (the definition
  scipy.stats.bootstrap(method='percentile') uses).
- tango: the score statistic with the restricted MLE found numerically
  (brentq on the score equation), not with Tango's closed form.
- paired_tail / paired_exact: brute-force enumeration of every table of the
  trinomial, and a 4,000-point grid for the supremum over the nuisance rate.
- bootstrap: scipy.stats.bootstrap(paired=True, method='percentile') on real
  data (breast_cancer.csv), with a 200,000-resample reference (continuous
  case) and the exact bootstrap distribution (0/1 case).
"""

import csv
import json
import math
import os

import mpmath
import numpy as np
import scipy
from scipy import optimize, special, stats

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "test", "golden", "stats.json")
DATA = "/work/shared/data/breast_cancer.csv"


def binomtest_cases():
    cases = []
    seen = set()

    def add(k, n, p):
        for alt in ("two-sided", "greater", "less"):
            key = (k, n, p, alt)
            if key in seen or not 0 <= k <= n:
                continue
            seen.add(key)
            pv = stats.binomtest(k, n, p, alternative=alt).pvalue
            cases.append({"k": k, "n": n, "p": p, "alternative": alt, "pvalue": float(pv)})

    for n in (1, 2, 3, 5, 10, 15, 20, 50, 100, 1000, 12345, 100000, 1000000):
        for p in (0.5, 0.1, 0.3, 1 / 3, 0.01, 0.9, 0.999, 0.0, 1.0):
            mean = n * p
            sd = math.sqrt(n * p * (1 - p))
            ks = {0, 1, n - 1, n, int(mean), int(mean) + 1}
            for z in (-8, -4, -2.5, -1.3, -0.4, 0.4, 1.3, 2.5, 4, 8):
                ks.add(int(round(mean + z * sd)))
            for k in sorted(ks):
                add(k, n, p)
    # Exact ties of the pmf at p = 0.5 (where SciPy's 1e-7 tolerance matters)
    # and the SciPy docstring example.
    for n, k in ((10, 3), (11, 3), (21, 10), (40, 12), (1000, 469)):
        add(k, n, 0.5)
    add(3, 15, 0.1)
    add(7, 50, 0.1)
    return cases


def exact_logpmf(k, n, p):
    """log pmf at 50 digits: SciPy 1.10's binom.logpmf subtracts lgammas and is off by ~1e-10 at n = 1e5."""
    mpmath.mp.dps = 50
    p = mpmath.mpf(p)
    value = mpmath.loggamma(n + 1) - mpmath.loggamma(k + 1) - mpmath.loggamma(n - k + 1)
    return float(value + k * mpmath.log(p) + (n - k) * mpmath.log1p(-p))


def binom_cases():
    cases = []
    for n, p in ((10, 0.5), (100, 0.03), (1000, 0.7), (100000, 0.25), (1000000, 0.5), (1000000, 1e-4)):
        mean = n * p
        sd = math.sqrt(n * p * (1 - p))
        for z in (-30, -10, -3, -1, 0, 1, 3, 10, 30):
            k = int(round(mean + z * sd))
            if 0 <= k <= n:
                cases.append(
                    {
                        "k": k,
                        "n": n,
                        "p": p,
                        "logpmf": exact_logpmf(k, n, p),
                        "pmf": float(stats.binom.pmf(k, n, p)),
                        "cdf": float(stats.binom.cdf(k, n, p)),
                        "sf": float(stats.binom.sf(k, n, p)),
                    }
                )
    return cases


def normal_cases():
    ps = [1e-300, 1e-100, 1e-20, 1e-14, 1e-8, 0.001, 0.01, 0.025, 0.05, 0.1, 0.13, 0.135, 0.2, 0.3]
    ps += [0.5, 0.6, 0.8, 0.86, 0.9, 0.95, 0.975, 0.99, 0.995, 0.999, 1 - 1e-9]
    xs = [-38, -30, -10, -5, -2, -1, -0.5, -1e-3, 0, 0.3, 0.7, 1, 1.5, 1.96, 3, 8, 9]
    return {
        "quantile": [{"p": p, "x": float(special.ndtri(p))} for p in ps],
        "cdf": [{"x": x, "p": float(special.ndtr(x))} for x in xs],
    }


def wilson_cases():
    cases = []
    for n in (1, 2, 5, 10, 30, 112, 1000, 123457):
        for k in sorted({0, 1, n // 3, n // 2, n - 1, n}):
            for conf in (0.95, 0.9, 0.99, 0.5):
                for alt in ("two-sided", "less", "greater"):
                    ci = stats.binomtest(k, n, alternative=alt).proportion_ci(conf, method="wilson")
                    cases.append(
                        {"k": k, "n": n, "confidence": conf, "alternative": alt, "ci": [float(ci.low), float(ci.high)]}
                    )
    return cases


def holm_textbook(p):
    p = np.asarray(p, dtype=float)
    m = len(p)
    order = np.argsort(p, kind="stable")
    scaled = np.minimum(1.0, (m - np.arange(m)) * p[order])
    adjusted = np.maximum.accumulate(scaled)
    out = np.empty(m)
    out[order] = adjusted
    return out


def bh_textbook(p):
    p = np.asarray(p, dtype=float)
    m = len(p)
    order = np.argsort(p, kind="stable")
    scaled = p[order] * (m / np.arange(1, m + 1))
    adjusted = np.minimum.accumulate(scaled[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.minimum(adjusted, 1.0)
    return out


def adjust_cases():
    rng = np.random.default_rng(7)
    vectors = [
        [0.01],
        [0.0, 1.0],
        [0.04, 0.04, 0.04],
        [0.01, 0.02, 0.03, 0.04, 0.05],
        [0.05, 0.01, 0.04, 0.02, 0.03],
        [0.2, 0.001, 0.2, 0.04, 0.9, 0.04, 0.0001, 1.0],
        [0.5, 0.5, 0.01, 0.5, 0.011],
        list(rng.uniform(0, 0.1, 30)),
        list(np.round(rng.uniform(0, 0.2, 40), 2)),
    ]
    try:
        from statsmodels.stats.multitest import multipletests  # noqa: F401

        checked_with = "statsmodels " + __import__("statsmodels").__version__
    except ImportError:
        multipletests = None
        checked_with = "textbook NumPy only (statsmodels not importable)"
    cases = []
    for v in vectors:
        holm = holm_textbook(v)
        bh = bh_textbook(v)
        if multipletests is not None:
            assert np.allclose(multipletests(v, method="holm")[1], holm, rtol=1e-12)
            assert np.allclose(multipletests(v, method="fdr_bh")[1], bh, rtol=1e-12)
        cases.append({"p": [float(x) for x in v], "holm": holm.tolist(), "bh": bh.tolist()})
    return {"checked_with": checked_with, "cases": cases}


def percentile_cases():
    rng = np.random.default_rng(11)
    arrays = [
        [3.5],
        [2.0, -1.0],
        [1.0, 2.0, 4.0],
        list(rng.normal(size=10)),
        list(np.round(rng.normal(size=101), 1)),
        list(rng.standard_t(3, size=1000)),
    ]
    with_nan = list(rng.normal(size=50))
    for i in (0, 7, 20, 49):
        with_nan[i] = float("nan")
    arrays.append(with_nan)
    cases = []
    for a in arrays:
        intervals = []
        for conf in (0.95, 0.9, 0.5, 0.99, 0.8, 1.0, 0.0):
            # As scipy.stats.bootstrap(method='percentile') calls it; nanpercentile
            # equals percentile when there is no NaN.
            alpha = (1 - conf) / 2
            lo = np.nanpercentile(a, alpha * 100)
            hi = np.nanpercentile(a, (1 - alpha) * 100)
            if not any(math.isnan(x) for x in a):
                assert lo == np.percentile(a, alpha * 100) and hi == np.percentile(a, (1 - alpha) * 100)
            intervals.append({"confidence": conf, "interval": [float(lo), float(hi)]})
        samples = [None if math.isnan(x) else float(x) for x in a]  # JSON null = NaN
        cases.append({"samples": samples, "intervals": intervals})
    return cases


def mcnemar_cases():
    cases = []
    for b, c in ((0, 1), (1, 0), (3, 12), (12, 3), (40, 35), (7, 7), (0, 25), (250, 300), (1500, 1610)):
        for alt in ("two-sided", "greater", "less"):
            pv = stats.binomtest(b, b + c, 0.5, alternative=alt).pvalue
            cases.append({"b": b, "c": c, "alternative": alt, "pvalue": float(pv)})
    return cases


def restricted_mle(losses, wins, n, d0):
    """argmax of p^l (p + d0)^w (1 - 2p - d0)^(n-l-w) over P(loss) = p, by its score equation."""

    def score(p):
        return losses / p + wins / (p + d0) - 2 * (n - losses - wins) / (1 - 2 * p - d0)

    lo = max(0.0, -d0)
    hi = (1 - d0) / 2
    eps = 1e-15
    return optimize.brentq(score, lo + eps, hi - eps, xtol=1e-300, rtol=4 * np.finfo(float).eps, maxiter=500)


def tango_reference(losses, wins, n, d0):
    p_loss = restricted_mle(losses, wins, n, d0)
    return (wins - losses - n * d0) / math.sqrt(n * (2 * p_loss + d0 * (1 - d0)))


def tango_cases():
    cases = []
    for losses, wins, n in ((12, 3, 300), (3, 12, 300), (40, 35, 569), (40, 20, 160), (5, 5, 50), (300, 250, 10000)):
        for d0 in (-0.2, -0.05, -0.01, -0.001, 0.01, 0.05):
            if losses + wins == n:
                continue
            t = tango_reference(losses, wins, n, d0)
            cases.append(
                {
                    "losses": losses,
                    "wins": wins,
                    "n": n,
                    "delta0": d0,
                    "statistic": t,
                    "greater": float(stats.norm.sf(t)),
                    "less": float(stats.norm.cdf(t)),
                }
            )
    return cases


def tango_closed_form(losses, wins, n, d0):
    """Vectorised closed form, used only to order tables in the brute force below."""
    a = 2 * n
    b = -wins - losses + (2 * n - wins + losses) * d0
    c = -losses * d0 * (1 - d0)
    p = (np.sqrt(np.maximum(b * b - 4 * a * c, 0)) - b) / (2 * a)
    var = n * (2 * p + d0 * (1 - d0))
    num = wins - losses - n * d0
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(var > 0, num / np.sqrt(np.where(var > 0, var, 1)), 0.0)


def brute_force_tail(losses, wins, n, d0, alternative, rate):
    l_all, w_all = np.meshgrid(np.arange(n + 1), np.arange(n + 1), indexing="ij")
    ok = l_all + w_all <= n
    l_all, w_all = l_all[ok].astype(float), w_all[ok].astype(float)
    t = tango_closed_form(l_all, w_all, n, d0)
    t_obs = float(tango_closed_form(np.array([losses], float), np.array([wins], float), n, d0)[0])
    slack = 1e-9 * max(1.0, abs(t_obs))
    extreme = t <= t_obs + slack if alternative == "less" else t >= t_obs - slack
    p_loss = (rate - d0) / 2
    p_win = (rate + d0) / 2
    p_tie = 1 - p_loss - p_win
    logpmf = (
        special.gammaln(n + 1)
        - special.gammaln(l_all + 1)
        - special.gammaln(w_all + 1)
        - special.gammaln(n - l_all - w_all + 1)
        + special.xlogy(l_all, p_loss)
        + special.xlogy(w_all, p_win)
        + special.xlogy(n - l_all - w_all, max(p_tie, 0.0))
    )
    return float(np.exp(logpmf[extreme]).sum())


def paired_tail_cases():
    cases = []
    for losses, wins, n, d0, alt in (
        (12, 3, 300, -0.01, "less"),
        (9, 1, 200, -0.02, "less"),
        (2, 9, 150, -0.03, "greater"),
        (6, 6, 100, -0.05, "greater"),
        (0, 0, 80, -0.01, "less"),
    ):
        for rate in (abs(d0), 0.02, 0.07, 0.3, 1.0):
            if rate < abs(d0):
                continue
            cases.append(
                {
                    "losses": losses,
                    "wins": wins,
                    "n": n,
                    "delta0": d0,
                    "alternative": alt,
                    "rate": rate,
                    "probability": brute_force_tail(losses, wins, n, d0, alt, rate),
                }
            )
    return cases


def paired_exact_cases():
    cases = []
    for losses, wins, n, d0, alt in (
        (6, 1, 60, -0.02, "less"),
        (5, 0, 40, -0.05, "less"),
        (1, 6, 50, -0.05, "greater"),
        (3, 3, 60, -0.1, "greater"),
    ):
        low = abs(d0)
        grid = np.exp(np.linspace(math.log(low), 0.0, 4000))
        values = np.array([brute_force_tail(losses, wins, n, d0, alt, r) for r in grid])
        i = int(np.argmax(values))
        lo, hi = grid[max(i - 1, 0)], grid[min(i + 1, len(grid) - 1)]
        res = optimize.minimize_scalar(
            lambda r: -brute_force_tail(losses, wins, n, d0, alt, r),
            bounds=(lo, hi),
            method="bounded",
            options={"xatol": 1e-12},
        )
        best = max(values[i], -res.fun)
        cases.append(
            {"losses": losses, "wins": wins, "n": n, "delta0": d0, "alternative": alt, "pvalue": min(1.0, float(best))}
        )
    return cases


def read_breast_cancer():
    with open(DATA, newline="") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    body = rows[1:]
    col = {name: i for i, name in enumerate(header)}
    mean_radius = np.array([float(r[col["mean_radius"]]) for r in body])
    worst_radius = np.array([float(r[col["worst_radius"]]) for r in body])
    concave = np.array([float(r[col["mean_concave_points"]]) for r in body])
    malignant = np.array([r[col["diagnosis"]] == "malignant" for r in body])
    return mean_radius, worst_radius, concave, malignant


def bootstrap_cases():
    mean_radius, worst_radius, concave, malignant = read_breast_cancer()
    confidence = 0.95
    n_resamples = 10000
    alpha = (1 - confidence) / 2

    def scipy_interval(x, y):
        res = stats.bootstrap(
            (x, y),
            statistic=lambda a, b: np.mean(a) - np.mean(b),
            paired=True,
            vectorized=False,
            method="percentile",
            n_resamples=n_resamples,
            confidence_level=confidence,
            random_state=np.random.default_rng(20240601),
        )
        return [float(res.confidence_interval.low), float(res.confidence_interval.high)]

    # Continuous: two radii of the same tumours (strongly correlated pairs).
    x, y = mean_radius, worst_radius
    d = x - y
    n = len(d)
    rng = np.random.default_rng(99)
    reference_b = 200000
    means = np.empty(reference_b)
    for start in range(0, reference_b, 10000):
        idx = rng.integers(0, n, size=(10000, n))
        means[start : start + 10000] = d[idx].mean(axis=1)
    continuous = {
        "name": "mean_radius - worst_radius",
        "x": x.tolist(),
        "y": y.tolist(),
        "confidence": confidence,
        "n_resamples": n_resamples,
        "scipy": scipy_interval(x, y),
        "reference_resamples": reference_b,
        "reference": [float(np.percentile(means, alpha * 100)), float(np.percentile(means, (1 - alpha) * 100))],
        "reference_sd": float(np.std(means, ddof=1)),
    }

    # 0/1 correctness of two threshold rules; the exact bootstrap distribution
    # of mean(a*) - mean(b*) = (N+ - N-)/n with (N+, N-, N0) multinomial.
    a = ((worst_radius > 16.8) == malignant).astype(float)
    b = ((concave > 0.05) == malignant).astype(float)
    plus = int(((a == 1) & (b == 0)).sum())
    minus = int(((a == 0) & (b == 1)).sum())
    i, j = np.meshgrid(np.arange(n + 1), np.arange(n + 1), indexing="ij")
    ok = i + j <= n
    logpmf = (
        special.gammaln(n + 1)
        - special.gammaln(i + 1)
        - special.gammaln(j + 1)
        - special.gammaln(np.where(ok, n - i - j, 0) + 1)
        + special.xlogy(i, plus / n)
        + special.xlogy(j, minus / n)
        + special.xlogy(np.where(ok, n - i - j, 0), (n - plus - minus) / n)
    )
    pmf = np.where(ok, np.exp(logpmf), 0.0)
    diff_pmf = np.zeros(2 * n + 1)
    np.add.at(diff_pmf, (i - j + n)[ok], pmf[ok])
    cdf = np.cumsum(diff_pmf)
    values = (np.arange(2 * n + 1) - n) / n

    def exact_quantile(q):
        return float(values[np.searchsorted(cdf, q - 1e-12)])

    binary = {
        "name": "correct(worst_radius > 16.8) - correct(mean_concave_points > 0.05)",
        "x": a.tolist(),
        "y": b.tolist(),
        "confidence": confidence,
        "n_resamples": n_resamples,
        "scipy": scipy_interval(a, b),
        "exact": [exact_quantile(alpha), exact_quantile(1 - alpha)],
        "exact_sd": float(math.sqrt(((values**2) * diff_pmf).sum() - ((values * diff_pmf).sum()) ** 2)),
    }
    return {"continuous": continuous, "binary": binary}


def main():
    golden = {
        "generator": "scripts/golden/stats.py",
        "scipy": scipy.__version__,
        "numpy": np.__version__,
        "binomtest": binomtest_cases(),
        "binom": binom_cases(),
        "normal": normal_cases(),
        "wilson": wilson_cases(),
        "adjust": adjust_cases(),
        "percentile": percentile_cases(),
        "mcnemar": mcnemar_cases(),
        "tango": tango_cases(),
        "paired_tail": paired_tail_cases(),
        "paired_exact": paired_exact_cases(),
        "bootstrap": bootstrap_cases(),
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(golden, f, allow_nan=False, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    # Boost's binomial pmf warns "divide by zero" when it underflows to 0 (large n, p = 0 or 1).
    with np.errstate(divide="ignore"):
        main()
