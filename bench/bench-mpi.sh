#!/bin/bash
# bench-mpi.sh: tangled from noweb/stochastic.nw; edit that, not this.
set -euo pipefail
runs=${1:-5}
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
mc="mc review.szilard --samples 20000000 --threads 1"
launch="mpirun --oversubscribe -np 2"
stats() { # median min max of the numbers on stdin
  sort -g | awk '{ t[NR] = $1 } END { printf "%s\t%s\t%s", \
    NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2, t[1], t[NR] }'
}
times() { # command...: its wall time, runs times
  for ((k = 0; k < runs; k++)); do
    t0=$(date +%s.%N)
    "$@" > /dev/null
    t1=$(date +%s.%N)
    awk -v a="$t1" -v b="$t0" 'BEGIN { printf "%.3f\n", a - b }'
  done
}
same() { printf '%s\t%s\t%s' "$1" "$1" "$1"; }
row() { printf 'thermolit\t%s\t%s\t-\t%s\t%s\n' "$1" "$2" "$3" "$4"; }
one=$(times bin/thermolit $mc | stats)
two=$(times $launch bin/thermolit $mc | stats)
idle=$(times $launch bin/thermolit --version | stats)
sent=$(THERMOLIT_MPI_VOLUME=1 $launch bin/thermolit $mc 2>&1 >/dev/null |
  sed -n 's/^thermolit: rank 1 of 2 sent \([0-9]*\) bytes$/\1/p')
t1=${one%%$'\t'*} t2=${two%%$'\t'*} tl=${idle%%$'\t'*}
row "MPI strong scaling, review.szilard" "1 rank" "$one" "one process, no mpirun"
row "MPI strong scaling, review.szilard" "2 ranks" "$two" \
  "efficiency $(awk -v a="$t1" -v b="$t2" 'BEGIN { printf "%.2f", a / (2 * b) }')"
row "MPI launch, no work" "2 ranks" "$idle" "mpirun, MPI_Init and MPI_Finalize"
row "MPI bytes sent by rank 1" "2 ranks" "$(same "$sent")" "bytes, not seconds"
for K in 64 1024; do
  model=$(awk -v t1="$t1" -v tl="$tl" -v K="$K" 'BEGIN { B = 64; n = int((B + K - 1) / K);
    printf "%.3f", t1 * n / B + tl + (K - 1) * (2e-6 + 24 * n / 1e10) }')
  row "MPI model, review.szilard" "$K ranks" "$(same "$model")" \
    "T1 ceil(64/K)/64 + launch + (K-1)(2 us + 24 ceil(64/K) B / 10 GB/s)"
done
