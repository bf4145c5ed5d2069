#!/bin/bash
# bench-certify.sh: tangled from noweb/certify.nw; edit that, not this.
set -euo pipefail
runs=${1:-5}
if [ ! -f reports/ledger.json ]; then
  echo "bench-certify: no reports/ledger.json: run make" >&2
  exit 1
fi
/usr/bin/python3 -c '
import json
for c in json.load(open("reports/ledger.json")):
    e = c["evidence"]
    if c["verdict"] == "proved" or any(k.endswith("certified") for k in e):
        print(c["id"], e.get("sub_boxes", "-"), c["verdict"])' |
while read -r id boxes verdict; do
  times=()
  for ((k = 0; k < runs; k++)); do
    t0=$(date +%s.%N)
    bin/thermolit verify "$id" --threads 1 > /dev/null || [ "$verdict" != proved ]
    t1=$(date +%s.%N)
    times+=("$(awk -v a="$t1" -v b="$t0" 'BEGIN { printf "%.3f", a - b }')")
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -g)
  median=$(echo "$sorted" | awk '{ t[NR] = $1 }
    END { print NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }')
  printf 'thermolit\tcertified claim %s\t-\t-\t%s\t%s\t%s\t%s, %s pieces, 1 thread\n' "$id" \
    "$median" "$(echo "$sorted" | head -1)" "$(echo "$sorted" | tail -1)" "$verdict" "$boxes"
done
