"""Reference for bench/run.ts: a vectorised NumPy bootstrap of accuracy differences.

The same workload as the engine's bootstrap on accuracy: B resamples of n
examples, each scoring the baseline and C components on the same resample
(paired). Per chunk of resamples the multiplicity counts come from one
np.bincount over uniform draws, and every resample's accuracy of every model
is one matrix product counts @ correct (n x (1 + C), 0/1). The 95% percentile
interval and the two-sided p-value of each difference follow.

Usage: /usr/bin/python3 bootstrap_numpy.py RESAMPLES EXAMPLES COMPONENTS
Prints one JSON line: {"seconds": ..., "numpy": ..., "checksum": ...}.
Only the bootstrap is timed, not making the synthetic data.
"""

import json
import sys
import time

import numpy as np

CHUNK = 50


def main() -> None:
    resamples, n, components = (int(arg) for arg in sys.argv[1:4])
    rng = np.random.default_rng(7)
    accuracies = np.concatenate([[0.9], np.linspace(0.6, 0.9, components, endpoint=False)])
    correct = (rng.random((n, 1 + components)) < accuracies).astype(np.float64)

    started = time.perf_counter()
    scores = np.empty((resamples, 1 + components))
    offsets = (np.arange(CHUNK) * n)[:, None]
    for first in range(0, resamples, CHUNK):
        size = min(CHUNK, resamples - first)
        draws = rng.integers(0, n, size=(size, n)) + offsets[:size]
        counts = np.bincount(draws.ravel(), minlength=size * n).reshape(size, n)
        scores[first : first + size] = (counts.astype(np.float64) @ correct) / n
    effects = scores[:, :1] - scores[:, 1:]
    interval = np.percentile(effects, [2.5, 97.5], axis=0)
    below = (effects <= 0).sum(axis=0)
    above = (effects >= 0).sum(axis=0)
    p = np.minimum(1, 2 * (1 + np.minimum(below, above)) / (resamples + 1))
    seconds = time.perf_counter() - started

    checksum = float(interval.sum() + p.sum())
    print(json.dumps({"seconds": seconds, "numpy": np.__version__, "checksum": checksum}))


if __name__ == "__main__":
    main()
