#!/usr/bin/env bash
# Checks the product's start script, landscape-workbench, with a stand-in for Java that records
# how it was started: an exit asking for a restart (23, as after Restart Now) starts the workbench
# again with the same arguments, any other exit code is passed on, and TERM sent to the script
# reaches Java. The real workbench's restart is checked by hand (README, "Installing experiments").
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
rootfiles="$root/features/landscape.platform.feature/rootfiles"
out="$root/target/start-script-test"

fail() {
  echo "start script test: $*" >&2
  exit 1
}

rm -rf "$out" && mkdir -p "$out/product/plugins" "$out/jdk/bin"
cp "$rootfiles/landscape-workbench" "$rootfiles/landscape-env.sh" "$out/product/"
touch "$out/product/plugins/org.eclipse.equinox.launcher_1.8.0.jar"

# The stand-in: answers the version query as Java 25; otherwise appends its arguments to
# starts.log and exits with the next code from exits (one per line), or waits for TERM.
cat > "$out/jdk/bin/java" <<'JAVA'
#!/usr/bin/env bash
case "$*" in *-version*) echo "    java.specification.version = 25" >&2; exit 0 ;; esac
dir=$(dirname "$0")/../..
echo "$*" >> "$dir/starts.log"
n=$(wc -l < "$dir/starts.log")
code=$(sed -n "${n}p" "$dir/exits")
if [ "$code" = wait ]; then
  trap 'echo TERM >> "$dir/signals.log"; exit 143' TERM
  while :; do sleep 0.1; done
fi
exit "${code:-0}"
JAVA
chmod +x "$out/jdk/bin/java"

start() {
  # start <exit codes...>: runs the start script with the stand-in; prints its exit code.
  rm -f "$out/starts.log" "$out/signals.log"
  printf '%s\n' "$@" > "$out/exits"
  JAVA_HOME="$out/jdk" DISPLAY=:0 LANDSCAPE_NATIVE_CACHE="$out/cache" \
    "$out/product/landscape-workbench" -data "$out/my workspace" > "$out/script.log" 2>&1
  echo $?
}

code=$(start 23 23 0)
[ "$code" = 0 ] || fail "a workbench that restarted twice and then closed: script exit $code, not 0"
[ "$(wc -l < "$out/starts.log")" = 3 ] || fail "expected 3 starts, got: $(cat "$out/starts.log")"
[ "$(sort -u "$out/starts.log" | wc -l)" = 1 ] || fail "the restarts changed the arguments: $(cat "$out/starts.log")"
grep -q -- "-data $out/my workspace" "$out/starts.log" || fail "the arguments did not reach Java: $(cat "$out/starts.log")"
grep -q "asked to be restarted" "$out/script.log" || fail "no message about the restart: $(cat "$out/script.log")"

code=$(start 13)
[ "$code" = 13 ] || fail "exit code 13 became $code"
[ "$(wc -l < "$out/starts.log")" = 1 ] || fail "an exit that is not a restart started Java again"

rm -f "$out/starts.log" "$out/signals.log"
echo wait > "$out/exits"
JAVA_HOME="$out/jdk" DISPLAY=:0 LANDSCAPE_NATIVE_CACHE="$out/cache" \
  "$out/product/landscape-workbench" > "$out/script.log" 2>&1 &
script=$!
for _ in $(seq 50); do [ -s "$out/starts.log" ] && break; sleep 0.1; done
[ -s "$out/starts.log" ] || fail "the stand-in Java did not start: $(cat "$out/script.log")"
kill -TERM "$script"
wait "$script"
code=$?
[ "$(cat "$out/signals.log" 2>/dev/null)" = TERM ] || fail "TERM sent to the script did not reach Java"
[ "$code" = 143 ] || fail "after TERM the script exited with $code, not Java's 143"

echo "start script test: restarts on 23 with the same arguments, passes other exit codes on, forwards TERM"
