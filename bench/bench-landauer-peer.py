# bench-landauer-peer.py: tangled from noweb/landauer.nw; edit that, not this.
import random, sys, time
import gmpy2
from gmpy2 import mpfr

def exact_entropy(N, t):
    ws, bes = [], []
    for k in range(N + 1):
        M = N - 2 * k
        be = -mpfr(M * M - N) / (2 * N * t)
        ws.append(gmpy2.lgamma(N + 1)[0] - gmpy2.lgamma(k + 1)[0] - gmpy2.lgamma(N - k + 1)[0] - be)
        bes.append(be)
    mx = max(ws)
    Z = A = mpfr(0)
    for w, be in zip(ws, bes):
        e = gmpy2.exp(w - mx)
        Z += e
        A += e * be
    return (mx + gmpy2.log(Z) + A / Z) / N

def glauber(N, t, sweeps):
    import math
    rng = random.Random(1)
    s = [1] * N
    M = N
    prob = [1 / (1 + math.exp(-2 * (2 * j - (N - 1)) / (N * t))) for j in range(N)]
    for _ in range(sweeps * N):
        i = rng.randrange(N)
        j = (M - s[i] + N - 1) // 2
        new = 1 if rng.random() < prob[j] else -1
        M += new - s[i]
        s[i] = new

def timed(f, runs):
    ts = []
    for _ in range(runs):
        t0 = time.perf_counter()
        out = f()
        ts.append(time.perf_counter() - t0)
    ts.sort()
    return ts, out

runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
gmpy2.get_context().precision = 256 + 64
ts, _ = timed(lambda: glauber(10000, 0.9, 1), runs)
ts = [100 * x for x in ts]
print("python-gmpy2\tglauber_1e6_updates\t10000\tdouble\t%.4g\t%.4g\t%.4g\t"
      "%.3g updates/s (1 sweep, scaled)"
      % (ts[len(ts) // 2], ts[0], ts[-1], 1e6 / ts[len(ts) // 2]))
for temp in ("1", "0.5"):
    ts, s = timed(lambda: exact_entropy(100000, mpfr(temp)), max(1, runs // 5))
    print("python-gmpy2\texact_entropy_t%s\t100000\t256\t%.4g\t%.4g\t%.4g\tS/kN = %.12f"
          % (temp, ts[len(ts) // 2], ts[0], ts[-1], float(s)))
