#!/usr/bin/env bash
# Start-up benchmark of the packaged application (not run in CI). Prints, as medians of RUNS starts
# each (alternating, so that other load on the machine falls on both alike):
#   - the first window with the sample portfolio open, against a bare JavaFX window (a menu bar
#     over an empty table, ers.bench.BareWindow, on the JDK that runs this script) - target <= 1.3x;
#   - the cold command line, against `ers --help` in the same run: `ers validate` of a 40-unit
#     portfolio (target <= 2x) and `ers export` of 40 units x 50 rows, 122 pages (target <= 3x).
# Wall time is what a user waits; CPU time (user + system) is printed beside it because on a
# shared machine it varies less.
#
# Needs the app-image and the test classes:
#   mvn -B -Pinstaller -DskipTests package && mvn -B -q test-compile -pl app
# and Xvfb and GNU time (Debian: apt-get install xvfb time).
# Usage: scripts/bench-startup.sh [RUNS]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
image=app/target/installer/ers
ers=$image/bin/ers
[ -x "$ers" ] || { echo "no $ers: build it with mvn -B -Pinstaller -DskipTests package" >&2; exit 1; }
[ -d app/target/test-classes/ers/bench ] || { echo "no test classes: mvn -B -q test-compile -pl app" >&2; exit 1; }

work=$(mktemp -d)
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT
export ERS_HOME=$work/home
libs=$(ls app/target/lib/*.jar | paste -sd:)
test_cp=app/target/test-classes:app/target/classes:$libs
java -cp "$test_cp" ers.bench.BenchPortfolio "$work/big.ers.json"

display=:$((90 + RANDOM % 400))
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 2
export DISPLAY=$display

# One start; appends "wall_ms cpu_ms" to the named file. A window reports its first frame itself.
measure() {
  local into=$1; shift
  local start end out
  start=$(date +%s%3N)
  out=$(/usr/bin/time -f "%U %S" -o "$work/cpu" env ERS_FIRST_FRAME=exit "$@" 2>/dev/null) || true
  end=$(date +%s%3N)
  if [ "$into" = editor ] || [ "$into" = bare ]; then
    grep -q '^first-frame-epoch-ms=' <<<"$out" || { echo "$into: no first frame from $*" >&2; exit 1; }
    end=$(grep '^first-frame-epoch-ms=' <<<"$out" | cut -d= -f2)
  fi
  echo "$((end - start)) $(awk '{ printf "%d", ($1 + $2) * 1000 }' "$work/cpu")" >>"$work/$into"
}

median() { # column of a file
  sort -n -k"$2" "$work/$1" | awk -v c="$2" '{ v[NR] = $c } END { print v[int((NR + 1) / 2)] }'
}

sample=samples/complete-team-leading.ers.json
for _ in $(seq "$runs"); do
  measure editor "$ers" "$sample"
  measure bare java -cp "$test_cp" ers.bench.BareWindow
  measure help "$ers" --help
  measure validate "$ers" validate "$work/big.ers.json"
  measure export "$ers" export "$work/big.ers.json" --out "$work/big.pdf"
done

report() { # name, against, label, target
  local w c bw bc
  w=$(median "$1" 1); c=$(median "$1" 2); bw=$(median "$2" 1); bc=$(median "$2" 2)
  awk -v n="$3" -v w="$w" -v c="$c" -v b="$2" -v bw="$bw" -v bc="$bc" -v t="$4" 'BEGIN {
    printf "%-44s %6d ms wall %6d ms CPU | %-8s %6d ms wall %6d ms CPU | ratio %.2f wall, %.2f CPU (target <= %s)\n",
      n, w, c, b, bw, bc, w / bw, c / bc, t }'
}
echo "medians of $runs starts each, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
report editor bare "first window, sample open" 1.3
report validate help "ers validate, 40 units" 2
report export help "ers export, 40 units x 50 rows (122 pages)" 3
