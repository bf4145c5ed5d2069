#!/bin/bash
# bench-build.sh: tangled from noweb/ledger.nw; edit that, not this.
set -euo pipefail
runs=${1:-5}
src=$(git rev-parse --show-toplevel)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git clone -q "$src" "$tmp/t"
cd "$tmp/t"
minus() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a - b }'; }
row() { printf 'thermolit\t%s\t-\t-\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5"; }
once() { # what, note, command...
  local what=$1 note=$2 status=0 real user sys
  shift 2
  { TIMEFORMAT='%R %U %S'; time "$@" > "$tmp/log" 2>&1; } 2> "$tmp/time" || status=$?
  [ "$status" = 0 ] || { echo "bench-build: '$*' failed:" >&2; tail "$tmp/log" >&2; exit 1; }
  read -r real user sys < "$tmp/time"
  row "$what" "$real" "$real" "$real" "$note; $(minus "$user" "-$sys") s of CPU"
}
stamps() { stat -c '%n %Y' reports/*.json | sort; }
once "make from a clean clone" "2 cores" make
before=$(stamps)
sed -i '2i A line of prose, added to time the build.' noweb/review.nw
once "make after a prose edit" "one line near the top of review.nw" make
[ "$(stamps)" = "$before" ] && note="no chapter rerun" || note="SOME CHAPTER RERAN"
row "chapters rerun after a prose edit" 0 0 0 "$note"
comment='\/* A comment, added to time the build. *\/'
sed -i "0,/^<<review-claims.c>>=\$/s//&\n$comment/" noweb/review.nw
once "make after a code edit" "a comment in review's claims" make
changed=$({ diff <(echo "$before") <(stamps) || true; } |
  sed -n 's/^> reports\/\([a-z]*\)\.json .*/\1/p' | tr '\n' ' ')
row "chapters rerun after a code edit" 0 0 0 "${changed:-none}"
git checkout -q noweb/review.nw
make > "$tmp/log" 2>&1                  # back to the committed results, untimed
once "make check" "2 cores, after make" make check
declare -A times
ratios=()
for ((k = 0; k < runs; k++)); do
  for threads in 1 2; do
    t0=$(date +%s.%N)
    bin/thermolit verify --threads $threads > /dev/null
    t1=$(date +%s.%N)
    times[$threads]+=" $(minus "$t1" "$t0")"
  done
  ratios+=("$(awk -v a="${times[1]##* }" -v b="${times[2]##* }" 'BEGIN { printf "%.3f", b / a }')")
done
spread() { # what, note, values...: their median, least and greatest
  local what=$1 note=$2 sorted median
  shift 2
  sorted=$(printf '%s\n' "$@" | sort -g)
  median=$(echo "$sorted" | awk '{ t[NR] = $1 }
    END { print NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }')
  row "$what" "$median" "$(echo "$sorted" | head -1)" "$(echo "$sorted" | tail -1)" "$note"
}
for threads in 1 2; do
  # shellcheck disable=SC2086
  spread "verify, every claim" "$threads threads" ${times[$threads]}
done
spread "verify, 2 threads / 1 thread" "ratio of the runs of one pair" "${ratios[@]}"
