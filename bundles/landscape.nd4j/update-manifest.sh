#!/usr/bin/env bash
# Writes META-INF/MANIFEST.MF of the Nd4j library bundle from the jars that
# releng/nd4j-libraries copied into lib/: every jar goes on Bundle-ClassPath, and every package
# under org.nd4j and org.bytedeco found in them is exported at Nd4j's version. Run it after
# changing the Nd4j version (build releng/nd4j-libraries first); with --check it only reports
# whether the committed manifest is still what the jars call for, and exits 1 when it is not.
set -euo pipefail
cd "$(dirname "$0")"
. ../../.mvn/landscape-env.sh
landscape_pick_java

readonly ND4J_VERSION=1.0.0
readonly EXPORTED='^(org/nd4j|org/bytedeco)/'

[ -n "$(ls lib/*.jar 2>/dev/null)" ] || {
  echo "lib/ holds no jars: run ./mvnw -f releng/nd4j-libraries generate-resources first." >&2
  exit 1
}

jars=$(cd lib && ls *.jar | LC_ALL=C sort)
packages=$(for jar in $jars; do "$JAVA_HOME/bin/jar" tf "lib/$jar"; done \
  | grep -E "$EXPORTED" | grep '\.class$' | sed 's|/[^/]*$||' | LC_ALL=C sort -u | tr / .)

manifest=$(
  echo "Manifest-Version: 1.0"
  echo "Bundle-ManifestVersion: 2"
  echo "Bundle-Name: Nd4j for CPU (linux-x86_64), embedded"
  echo "Bundle-SymbolicName: landscape.nd4j"
  echo "Bundle-Version: 0.1.0.qualifier"
  echo "Bundle-Vendor: Landscape Workbench"
  echo "Bundle-RequiredExecutionEnvironment: JavaSE-21"
  echo "Eclipse-BundleShape: dir"
  # Only the JDK's own packages: a wildcard would let Nd4j's class lookups start other bundles.
  echo "DynamicImport-Package: javax.*,sun.*,com.sun.*,jdk.*,org.w3c.*,org.xml.*,org.ietf.*"
  first=1
  for jar in $jars; do
    if [ $first = 1 ]; then echo "Bundle-ClassPath: lib/$jar"; first=0; else echo " ,lib/$jar"; fi
  done
  first=1
  for package in $packages; do
    if [ $first = 1 ]; then
      echo "Export-Package: $package;version=\"$ND4J_VERSION\""
      first=0
    else
      echo " ,$package;version=\"$ND4J_VERSION\""
    fi
  done
)

if [ "${1:-}" = --check ]; then
  if [ "$manifest" != "$(cat META-INF/MANIFEST.MF)" ]; then
    echo "META-INF/MANIFEST.MF of landscape.nd4j does not match lib/: run $0 and commit the result." >&2
    exit 1
  fi
  echo "landscape.nd4j manifest matches lib/ ($(echo "$jars" | wc -w) jars, $(echo "$packages" | wc -w) packages)."
  exit 0
fi

mkdir -p META-INF
printf '%s\n' "$manifest" > META-INF/MANIFEST.MF
echo "Wrote META-INF/MANIFEST.MF: $(echo "$jars" | wc -w) jars, $(echo "$packages" | wc -w) packages."
