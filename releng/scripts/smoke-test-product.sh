#!/usr/bin/env bash
# Checks that the product archive names no folder of the build machine, then starts the
# materialized product on the current display with a fresh workspace, waits until it
# logs that its workbench window is open and that Nd4j's native backend works, takes a
# screenshot when ImageMagick is there, and closes the product. Exits 1 when a line does not
# come within the timeout, printing the product's output. Run it under Xvfb on machines without
# a display: xvfb-run -a releng/scripts/smoke-test-product.sh
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
product="$root/releng/landscape.product/target/products/landscape.workbench/linux/gtk/x86_64/LandscapeWorkbench"
out="$root/target/smoke-test"
readonly TIMEOUT_SECONDS=${SMOKE_TIMEOUT_SECONDS:-240}
readonly WANTED=("Landscape Workbench window opened" "Nd4j native backend ready")

[ -x "$product/landscape-workbench" ] || { echo "No product at $product: build it first (./mvnw verify)." >&2; exit 1; }
rm -rf "$out" && mkdir -p "$out"

# The archive a user downloads must not name folders of the machine that built it (p2 records
# the build's repositories while materializing; the product's pom deletes them).
archive="$root/releng/landscape.product/target/products/landscape.workbench-linux.gtk.x86_64.tar.gz"
mkdir -p "$out/unpacked" && tar -xzf "$archive" -C "$out/unpacked" \
  || { echo "Cannot unpack $archive: ./mvnw verify makes it (package does not)." >&2; exit 1; }
leaks=$(grep -rlI -e "$root" -e "$HOME/.m2" "$out/unpacked" | sed "s|$out/unpacked/||")
if [ -n "$leaks" ]; then
  echo "The product archive names folders of this build ($root or $HOME/.m2) in:" >&2
  echo "$leaks" >&2
  exit 1
fi
rm -rf "$out/unpacked"
echo "archive: no paths of the build machine in $(basename "$archive")"

"$product/landscape-workbench" -data "$out/workspace" -consoleLog > "$out/product.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null' EXIT

start=$SECONDS
for line in "${WANTED[@]}"; do
  until grep -q "$line" "$out/product.log"; do
    if ! kill -0 $pid 2>/dev/null || [ $((SECONDS - start)) -ge "$TIMEOUT_SECONDS" ]; then
      echo "The product did not log '$line' within ${TIMEOUT_SECONDS}s. Its output:" >&2
      cat "$out/product.log" >&2
      exit 1
    fi
    sleep 1
  done
  echo "product: '$line' after $((SECONDS - start))s"
done

if grep -q '^!ENTRY [^ ]* 4 ' "$out/product.log"; then
  echo "The product logged errors:" >&2
  cat "$out/product.log" >&2
  exit 1
fi
if command -v import >/dev/null 2>&1; then
  sleep 2
  import -window root "$out/workbench.png" && echo "screenshot: $out/workbench.png"
fi
echo "Product smoke test passed."
