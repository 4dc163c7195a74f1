#!/usr/bin/env bash
# Checks that p2 refuses, and says why, to install an experiment plug-in whose dependencies do not
# match the product: the example's p2 repository is copied with its metadata changed to require
# landscape.framework's API packages in [2.0.0,3.0.0) (the product has 0.1.0), and
# "landscape install" must fail naming that requirement and leave the product as it was.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
product="$root/releng/landscape.product/target/products/landscape.workbench/linux/gtk/x86_64/LandscapeWorkbench"
example="$root/examples/noisy-quadratic/repository/target/repository"
out="$root/target/install-refused-test"
. "$root/.mvn/landscape-env.sh"
landscape_pick_java || exit 1

fail() {
  echo "refused-install test: $*" >&2
  exit 1
}

[ -f "$example/content.jar" ] || fail "no example repository at $example: build it first"
rm -rf "$out" && mkdir -p "$out/unpacked"
cp -a "$product" "$out/product"
cp -a "$example" "$out/repository"

# p2 reads an uncompressed content.xml as well; the compressed forms are removed so it must.
(cd "$out/unpacked" && "$JAVA_HOME/bin/jar" xf "$out/repository/content.jar")
sed "s/name='landscape.framework\.\([a-z.]*\)' range='\[0.1.0,1.0.0)'/name='landscape.framework.\1' range='[2.0.0,3.0.0)'/g" \
  "$out/unpacked/content.xml" > "$out/repository/content.xml"
rm -f "$out/repository/content.jar" "$out/repository/content.xml.xz" "$out/repository/p2.index"
grep -q "range='\[2.0.0,3.0.0)'" "$out/repository/content.xml" || fail "the metadata held no landscape.framework range to change"

"$out/product/landscape" install "$out/repository" org.example.noisyquadratic.feature > "$out/install.log" 2>&1
code=$?
[ $code -ne 0 ] || fail "the install of a plug-in that needs landscape.framework 2.x succeeded"
grep -q "landscape.framework" "$out/install.log" && grep -qi "missing requirement\|cannot" "$out/install.log" \
  || fail "p2 did not say which requirement is missing: $(tail -8 "$out/install.log")"
"$out/product/landscape" list > "$out/list.txt" 2>&1 || fail "landscape list exited $? after the refused install"
grep -q "^noisy-quadratic	" "$out/list.txt" && fail "the refused plug-in is listed"
grep -q "^bowl	" "$out/list.txt" || fail "the product lost its experiments: $(cat "$out/list.txt")"
echo "refused install: exit $code; p2: $(grep -m1 -i 'missing requirement' "$out/install.log" | cut -c1-160)"
echo "Refused-install test passed."
