# bench-mpmath.py: tangled from noweb/numerics.nw; edit that, not this.
import statistics
import sys
import time

import mpmath
from mpmath import mp

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5

for digits in (30, 100, 300):
    mp.dps = digits
    times = []
    for run in range(RUNS):
        t0 = time.perf_counter()
        value = mpmath.quad(lambda x: mpmath.exp(-x * x), [-mpmath.inf, mpmath.inf])
        times.append(time.perf_counter() - t0)
    with mp.workdps(digits + 30):
        exact = mpmath.sqrt(mpmath.pi)
        rel = abs(value - exact) / exact
        correct = digits + 30 if rel == 0 else int(mpmath.floor(-mpmath.log10(rel)))
    print("mpmath\tquad-gaussian-R\t1\t%d digits\t%.6g\t%.6g\t%.6g\t%d correct digits"
          % (digits, statistics.median(times), min(times), max(times), correct))
