#!/usr/bin/env bash
# End-to-end check of the headless runner in the materialized product: lists the installed
# kinds, describes one, runs the shipped sample, and checks the exit codes of an invalid file
# (2) and an interrupted run (130). Exits 1 at the first surprise, saying what it saw.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
product="$root/releng/landscape.product/target/products/landscape.workbench/linux/gtk/x86_64/LandscapeWorkbench"
out="$root/target/runner-test"
rm -rf "$out" && mkdir -p "$out"
runner="$product/landscape"

fail() {
  echo "runner test: $*" >&2
  exit 1
}

list=$("$runner" list 2>"$out/list.err") || fail "landscape list exited $?: $(cat "$out/list.err")"
printf '%s\n' "$list" | grep -qP '^bowl\tIll-conditioned bowl$' || fail "landscape list does not list bowl: $list"
echo "runner: landscape list -> $(printf '%s\n' "$list" | grep -c .) kind(s), bowl among them"

"$runner" describe bowl > "$out/describe.json" 2>&1 || fail "landscape describe bowl exited $?"
grep -q '"name" : "conditionNumber"' "$out/describe.json" || fail "describe has no conditionNumber: $(head -c 400 "$out/describe.json")"
echo "runner: landscape describe bowl -> $(grep -c '"expected" :' "$out/describe.json") parameters"

cp "$product/samples/bowl.experiment" "$out/bowl.experiment"
"$runner" run "$out/bowl.experiment" --out "$out/run" 2> "$out/run.err" || fail "sample run exited $?: $(tail -3 "$out/run.err")"
grep -q '"status" : "completed"' "$out/run/summary.json" || fail "sample run summary: $(cat "$out/run/summary.json")"
[ -s "$out/run/grid-landscape.csv" ] || fail "sample run wrote no landscape grid"
echo "runner: landscape run samples/bowl.experiment -> exit 0, $(ls "$out/run" | wc -l | tr -d ' ') files"

"$runner" run "$out/bowl.experiment" --set conditionNumber=0 --out "$out/invalid" 2> "$out/invalid.err"
code=$?
[ $code -eq 2 ] || fail "an invalid value exited $code, expected 2"
grep -q "conditionNumber: 0 is out of range" "$out/invalid.err" || fail "invalid value message: $(cat "$out/invalid.err")"
echo "runner: invalid value -> exit 2: $(grep -m1 'error' "$out/invalid.err")"

# Job control on, so that the background run keeps its default SIGINT handling, as under Ctrl-C.
set -m
"$runner" run "$out/bowl.experiment" --set steps=100000 --set conditionNumber=1e6 --set smallestEigenvalue=1e-6 \
  --out "$out/interrupted" 2> "$out/interrupted.err" &
pid=$!
for _ in $(seq 1 100); do
  grep -q "gd: step" "$out/interrupted.err" 2>/dev/null && break
  sleep 0.1
done
kill -INT $pid
wait $pid
code=$?
set +m
[ $code -eq 130 ] || fail "an interrupted run exited $code, expected 130: $(tail -2 "$out/interrupted.err")"
grep -q '"status" : "cancelled"' "$out/interrupted/summary.json" || fail "interrupted run left no cancelled summary"
echo "runner: interrupted run -> exit 130, partial results kept"
echo "Runner test passed."
