#!/usr/bin/env bash
# Installing from an http location: serves the project's p2 repository with the JDK's jwebserver
# on a free local port and runs the install check (test-install.sh) against its URL. p2 fetches
# http:// locations over https unless told otherwise, so the check first makes sure that a plain
# http server is refused with the runner's hint, then installs with -Dp2.httpRule=allow.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
product="$root/releng/landscape.product/target/products/landscape.workbench/linux/gtk/x86_64/LandscapeWorkbench"
repository="$root/releng/landscape.repository/target/repository"
out="$root/target/install-http-test"
. "$root/.mvn/landscape-env.sh"
landscape_pick_java || exit 1

fail() {
  echo "http install test: $*" >&2
  exit 1
}

[ -d "$repository" ] || fail "no p2 repository at $repository: build first (./mvnw verify)"
rm -rf "$out" && mkdir -p "$out"
"$JAVA_HOME/bin/jwebserver" -b 127.0.0.1 -p 0 -d "$repository" > "$out/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null' EXIT
for _ in $(seq 100); do
  url=$(sed -n 's|^URL \(http://.*\)$|\1|p' "$out/server.log")
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || fail "jwebserver did not start: $(cat "$out/server.log")"
echo "http install: serving $repository at $url"

cp -a "$product" "$out/product"
LANDSCAPE_VM_ARGS= "$out/product/landscape" install "$url" landscape.lrsweep.feature > "$out/refused.log" 2>&1 \
  && fail "p2 installed from plain http without being allowed to"
grep -q "p2.httpRule=allow" "$out/refused.log" || fail "the refusal does not say what to do: $(tail -5 "$out/refused.log")"
echo "http install: without -Dp2.httpRule=allow p2 refuses plain http, and the runner says how to allow it"

LANDSCAPE_VM_ARGS=-Dp2.httpRule=allow "$root/releng/scripts/test-install.sh" landscape.lrsweep.feature lrsweep "$url" \
  || fail "installing from $url failed"
grep -q "GET /content" "$out/server.log" || fail "the server saw no request for the repository's metadata"
echo "http install test passed."
