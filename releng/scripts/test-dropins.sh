#!/usr/bin/env bash
# Checks the dropins/ folder of a copy of the materialized product: a good experiment bundle
# dropped in appears in "landscape list", and a deliberately broken one (it imports a package
# nobody exports) is reported with its missing requirement while every other kind still works.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
product="$root/releng/landscape.product/target/products/landscape.workbench/linux/gtk/x86_64/LandscapeWorkbench"
repository="$root/releng/landscape.repository/target/repository"
out="$root/target/dropins-test"
. "$root/.mvn/landscape-env.sh"
landscape_pick_java || exit 1

fail() {
  echo "dropins test: $*" >&2
  exit 1
}

rm -rf "$out" && mkdir -p "$out/broken/META-INF"
cp -a "$product" "$out/product"
mkdir -p "$out/product/dropins"

good=$(ls "$repository"/plugins/landscape.lrsweep_*.jar 2>/dev/null | head -n 1)
[ -n "$good" ] || fail "no landscape.lrsweep bundle in $repository: build first (./mvnw verify)"
cp "$good" "$out/product/dropins/"

cat > "$out/broken/META-INF/MANIFEST.MF" <<'MANIFEST'
Manifest-Version: 1.0
Bundle-ManifestVersion: 2
Bundle-SymbolicName: org.example.broken
Bundle-Version: 1.0.0
Import-Package: org.example.nowhere;version="[1.0,2.0)"
MANIFEST
"$JAVA_HOME/bin/jar" cfm "$out/product/dropins/org.example.broken_1.0.0.jar" "$out/broken/META-INF/MANIFEST.MF"

"$out/product/landscape" list > "$out/list.txt" 2> "$out/list.err" || fail "landscape list exited $?: $(cat "$out/list.err")"
grep -q "^bowl	" "$out/list.txt" || fail "bowl is missing once a broken bundle is dropped in: $(cat "$out/list.txt")"
grep -q "^lrsweep	" "$out/list.txt" || fail "the good dropped-in bundle is not listed: $(cat "$out/list.txt")"
grep -q "org.example.broken.*org.example.nowhere" "$out/list.err" \
  || fail "the broken bundle is not reported with its missing package: $(cat "$out/list.err")"
echo "dropins: lrsweep from dropins/ is listed; $(grep -o 'dropins/org.example.broken[^;]*' "$out/list.err")"
echo "Dropins test passed."
