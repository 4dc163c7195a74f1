#!/usr/bin/env bash
# End-to-end check of installing an experiment plug-in into a copy of the materialized product
# from the project's own p2 repository, the headless way: install the feature, find its kind in
# "landscape list", run its sample, uninstall it and find it gone. Exits 1 at the first surprise.
#
#   releng/scripts/test-install.sh [feature-id kind [repository [sample]]]
#
# Defaults: landscape.lrsweep.feature, lrsweep, the project's repository, and the sample the
# feature brings into the product's samples/ folder. The repository may be a folder or a URL.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
product="$root/releng/landscape.product/target/products/landscape.workbench/linux/gtk/x86_64/LandscapeWorkbench"
feature=${1:-landscape.lrsweep.feature}
kind=${2:-lrsweep}
repository=${3:-$root/releng/landscape.repository/target/repository}
out="$root/target/install-test/$kind"

fail() {
  echo "install test: $*" >&2
  exit 1
}

case "$repository" in
  *://*) ;;
  *) [ -d "$repository" ] || fail "no p2 repository at $repository: build first (./mvnw verify)" ;;
esac
rm -rf "$out" && mkdir -p "$out"
cp -a "$product" "$out/product"
runner="$out/product/landscape"

"$runner" list > "$out/before.txt" 2>&1 || fail "landscape list exited $?"
grep -q "^$kind	" "$out/before.txt" && fail "$kind is in the product already; it must come from the repository"

"$runner" install "$repository" "$feature" > "$out/install.log" 2>&1 || fail "install exited $?: $(tail -5 "$out/install.log")"
"$runner" list > "$out/installed.txt" 2>&1 || fail "landscape list after install exited $?"
grep -q "^$kind	" "$out/installed.txt" || fail "$kind is not listed after installing $feature: $(cat "$out/installed.txt")"
echo "install: $feature installed from $repository; landscape list shows $kind"

sample=${4:-$out/product/samples/$kind.experiment}
[ -f "$sample" ] || fail "no sample experiment at $sample"
"$runner" run "$sample" --out "$out/run" 2> "$out/run.err" || fail "the sample run exited $?: $(tail -3 "$out/run.err")"
grep -q '"status" : "completed"' "$out/run/summary.json" || fail "the sample run did not complete"
echo "install: its sample ran to completion"

"$runner" uninstall "$feature" > "$out/uninstall.log" 2>&1 || fail "uninstall exited $?: $(tail -5 "$out/uninstall.log")"
"$runner" list > "$out/after.txt" 2>&1 || fail "landscape list after uninstall exited $?"
grep -q "^$kind	" "$out/after.txt" && fail "$kind is still listed after uninstalling $feature"
echo "install: uninstalled again; $kind is gone"
echo "Install test passed."
