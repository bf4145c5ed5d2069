# bench-learning-peer.py: tangled from noweb/learning.nw; edit that, not this.
import statistics
import sys
import time

import mpmath
from mpmath import mp

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
REFERENCE = ("0.7599505488176242227420495014388774170842236208031076835396089963"
             "0050924323856614515777406531464227916818956510920119504947367")

mp.dps = 100
nu, s2 = mpmath.mpf(2), mpmath.mpf(5)
f = lambda x: (mpmath.exp(-(x - nu) ** 2 / (2 * s2)) / mpmath.sqrt(2 * mpmath.pi * s2)
               / (1 + mpmath.exp(-x)))
times = []
for run in range(RUNS):
    t0 = time.perf_counter()
    value = mpmath.quad(f, [-mpmath.inf, nu, mpmath.inf])
    times.append(time.perf_counter() - t0)
with mp.workdps(130):
    gap = abs(value - mpmath.mpf(REFERENCE))
    correct = 125 if gap == 0 else int(mpmath.floor(-mpmath.log10(gap)))
print("mpmath\tpc-eq20\talpha=1,nu=2\t100 digits\t%.6g\t%.6g\t%.6g\t%d correct digits"
      % (statistics.median(times), min(times), max(times), correct))
