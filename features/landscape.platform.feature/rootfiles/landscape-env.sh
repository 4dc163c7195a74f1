# Shell functions shared by the product's start scripts (landscape-workbench, landscape) and, in
# the source tree through the link .mvn/landscape-env.sh, by ./mvnw, ./workbench and .ci/run.
#
# landscape_pick_java [runtime]: makes JAVA_HOME point at a Java 21+ runtime.
# Order: the JAVA_HOME already set, then the newest JDK under /usr/lib/jvm, then the java on the
# PATH. Fails with a message that names what is missing; Eclipse platform bundles and Tycho 5
# need Java 21 or newer.

landscape_java_feature() {
  # Prints the feature version (17, 21, 25, ...) of the java executable given as $1.
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = //p' | head -n 1
}

landscape_pick_java() {
  # With the argument "runtime" a JRE is enough; otherwise a JDK (with javac) is required.
  local needs_javac=yes candidate version best="" best_version=0
  [ "${1:-}" = runtime ] && needs_javac=no
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    version=$(landscape_java_feature "$JAVA_HOME/bin/java")
    if [ "${version:-0}" -ge 21 ] 2>/dev/null; then
      return 0
    fi
    echo "JAVA_HOME=$JAVA_HOME is Java ${version:-unknown}; looking for Java 21+ under /usr/lib/jvm." >&2
  fi
  for candidate in /usr/lib/jvm/*/; do
    [ -x "${candidate}bin/java" ] || continue
    [ $needs_javac = no ] || [ -x "${candidate}bin/javac" ] || continue
    version=$(landscape_java_feature "${candidate}bin/java")
    if [ "${version:-0}" -ge 21 ] 2>/dev/null && [ "$version" -gt "$best_version" ]; then
      best="${candidate%/}"
      best_version=$version
    fi
  done
  if [ -z "$best" ] && command -v java >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    version=$(landscape_java_feature "$candidate/bin/java")
    if [ "${version:-0}" -ge 21 ] 2>/dev/null; then
      best=$candidate
    fi
  fi
  if [ -z "$best" ]; then
    echo "No Java 21+ found: JAVA_HOME is '${JAVA_HOME:-unset}', /usr/lib/jvm has no JDK 21 or newer" >&2
    echo "and the java on the PATH is not 21+ either." >&2
    echo "Install one (for example Temurin 21 or 25, or Debian's openjdk-21-jdk) or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$best"
}

landscape_native_cache() {
  # Prints where Nd4j's native libraries (about 400 MB) are unpacked for the product in $1:
  # LANDSCAPE_NATIVE_CACHE if set, else native-cache/ in the product folder when it is writable,
  # else ~/.cache/landscape-workbench/native-cache.
  if [ -n "${LANDSCAPE_NATIVE_CACHE:-}" ]; then
    echo "$LANDSCAPE_NATIVE_CACHE"
  elif [ -w "$1" ]; then
    echo "$1/native-cache"
  else
    echo "${XDG_CACHE_HOME:-$HOME/.cache}/landscape-workbench/native-cache"
  fi
}

landscape_launcher_jar() {
  # Prints the newest Equinox launcher jar of the product in $1, or fails with a message.
  local jar
  jar=$(ls "$1"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$jar" ]; then
    echo "No Equinox launcher jar in $1/plugins: this product folder is incomplete." >&2
    return 1
  fi
  echo "$jar"
}

landscape_p2() {
  # landscape_p2 <product> install <repository> <feature-id> | uninstall <feature-id>
  # Runs the p2 director on the product in $1. A feature id gets ".feature.group" appended when
  # it lacks it; a repository that is a local folder or zip becomes a file: or jar: URL.
  local product=$1 command=$2 repository="" feature unit profile launcher
  shift 2
  if [ "$command" = install ]; then
    [ $# -eq 2 ] || { echo "usage: landscape install <repository> <feature-id>" >&2; return 2; }
    repository=$1
    shift
  else
    [ $# -eq 1 ] || { echo "usage: landscape uninstall <feature-id>" >&2; return 2; }
  fi
  feature=$1
  case "$feature" in
    *.feature.group) unit=$feature ;;
    *) unit=$feature.feature.group ;;
  esac
  case "$repository" in
    ""|*://*|file:*|jar:*) ;;
    *.zip) repository="jar:file:$(readlink -f "$repository")!/" ;;
    *) [ -d "$repository" ] || { echo "landscape install: repository '$repository' is not a folder, a zip or a URL" >&2; return 2; }
       repository="file:$(readlink -f "$repository")" ;;
  esac
  profile=$(sed -n 's/^eclipse\.p2\.profile=//p' "$product/configuration/config.ini")
  launcher=$(landscape_launcher_jar "$product") || return 1
  set -- -application org.eclipse.equinox.p2.director -nosplash -destination "$product" \
    -profile "${profile:-DefaultProfile}"
  if [ "$command" = install ]; then
    set -- "$@" -repository "$repository" -installIU "$unit"
  else
    set -- "$@" -uninstallIU "$unit"
  fi
  # shellcheck disable=SC2086 # LANDSCAPE_VM_ARGS is a list of options.
  "$JAVA_HOME/bin/java" -Dorg.bytedeco.javacpp.cachedir="$(landscape_native_cache "$product")" \
    ${LANDSCAPE_VM_ARGS:-} -jar "$launcher" "$@"
  local code=$?
  case "$code:$repository:${LANDSCAPE_VM_ARGS:-}" in
    0:*|*:*p2.httpRule*) ;;
    *:http://*)
      echo "p2 fetches http:// locations over https, and this server did not answer that way." >&2
      echo "For a server that only speaks plain http, on a network you trust, run again with" >&2
      echo "  LANDSCAPE_VM_ARGS=-Dp2.httpRule=allow" >&2 ;;
  esac
  return $code
}
