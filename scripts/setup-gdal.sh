#!/usr/bin/env bash
# Builds GDAL's official Java bindings (org.gdal.gdal/ogr/osr/gdalconst) from Debian's own GDAL
# source package, for exactly the libgdal version Debian installed, and installs them where the
# Dunefront build finds them:
#   - the jar into the local Maven repository as org.gdal:gdal:<gdal version>;
#   - libgdalalljni.so into ~/.dunefront/gdal/lib, the directory scripts/dunefront and the Maven
#     'gdal' profile put on java.library.path;
#   - a marker file (~/.dunefront/gdal/gdal.jar-installed-marker) whose presence activates the
#     'gdal' profile in pipeline/pom.xml (so these paths are fixed: the pom can only see ${user.home}).
# No prebuilt GDAL binary or jar is downloaded: only Debian packages (libgdal-dev, gdal-bin, swig,
# g++, a JDK) and Debian's GDAL source package, compiled here (see docs/gdal-backend.md for why).
#
# Idempotent: when the marker names the installed GDAL version and both artefacts are present it
# returns within seconds. Needs root only for the apt steps (installing packages, enabling the
# Debian source archive). Environment: FORCE=1 rebuilds even when everything is in place.
set -euo pipefail

log() { printf '[setup-gdal] %s\n' "$*"; }
fail() { printf '[setup-gdal] ERROR: %s\n' "$*" >&2; exit 1; }
trap 'fail "failed at line $LINENO (command: $BASH_COMMAND); see the messages above"' ERR

started=$(date +%s)
gdal_home="$HOME/.dunefront/gdal"
repo="$(cd "$(dirname "$0")/.." && pwd)"
lib_dir="$gdal_home/lib"
marker="$gdal_home/gdal.jar-installed-marker"
m2_repo="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
export DEBIAN_FRONTEND=noninteractive

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else fail "need root for '$*': run scripts/setup-gdal.sh as root (or install sudo)"; fi
}

# --- 1. Debian packages: GDAL library + headers, tools, SWIG, compilers, JDK, dpkg-dev ----------
pkg_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
need=()
for p in libgdal-dev gdal-bin swig g++ dpkg-dev maven; do pkg_installed "$p" || need+=("$p"); done
command -v javac >/dev/null 2>&1 || need+=(default-jdk-headless)
if [ ${#need[@]} -gt 0 ]; then
  log "apt-get install ${need[*]}"
  as_root apt-get update -qq
  as_root apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

gdal_version="$(gdal-config --version)"                                  # e.g. 3.6.2
src_version="$(dpkg-query -W -f='${source:Version}' libgdal-dev)"          # e.g. 3.6.2+dfsg-1
jar_in_m2="$m2_repo/org/gdal/gdal/$gdal_version/gdal-$gdal_version.jar"
stamp="gdal=$gdal_version source=$src_version"
pom_version="$(sed -n 's:.*<gdal.version>\(.*\)</gdal.version>.*:\1:p' "$repo/pom.xml" 2>/dev/null | head -1)"
if [ -n "$pom_version" ] && [ "$pom_version" != "$gdal_version" ]; then
  log "WARNING: Debian installed GDAL $gdal_version but pom.xml expects $pom_version: build with -Dgdal.version=$gdal_version"
fi

if [ "${FORCE:-0}" != 1 ] && [ -f "$marker" ] && [ "$(cat "$marker")" = "$stamp" ] \
   && [ -f "$jar_in_m2" ] && [ -f "$lib_dir/libgdalalljni.so" ]; then
  log "GDAL $gdal_version Java bindings already installed ($jar_in_m2, $lib_dir/libgdalalljni.so); nothing to do ($(( $(date +%s) - started )) s)"
  exit 0
fi
log "building GDAL $gdal_version Java bindings from Debian source package gdal $src_version into $gdal_home"

# --- 2. Debian's GDAL source, exactly the installed version ---------------------------------------
src_root="$gdal_home/src"
src_dir="$src_root/gdal-${src_version%-*}"          # apt-get source unpacks to gdal-<upstream version>
mkdir -p "$src_root"
if [ ! -f "$src_dir/swig/include/gdal.i" ]; then
  if ! apt-get source --print-uris -qq "gdal=$src_version" 2>/dev/null | grep -q "\.dsc"; then
    log "enabling the Debian source archive (deb-src) for $(. /etc/os-release; echo "$VERSION_CODENAME")"
    codename="$(. /etc/os-release; echo "$VERSION_CODENAME")"
    as_root tee /etc/apt/sources.list.d/dunefront-deb-src.sources >/dev/null <<EOF
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: $codename $codename-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
    as_root apt-get update -qq
  fi
  apt-get source --print-uris -qq "gdal=$src_version" 2>/dev/null | grep -q "\.dsc" \
    || fail "Debian's source archive has no gdal $src_version (installed libgdal-dev is $src_version); check /etc/apt/sources.list.d for deb-src lines matching your deb lines"
  log "apt-get source gdal=$src_version (into $src_root)"
  (cd "$src_root" && apt-get source -qq "gdal=$src_version" 2>&1 | grep -v "unsandboxed" || true)
  [ -f "$src_dir/swig/include/gdal.i" ] || fail "apt-get source gdal=$src_version did not produce $src_dir/swig/include/gdal.i"
fi

# --- 3. SWIG: Java wrappers, as GDAL's own swig/java/CMakeLists.txt runs them ----------------------
build="$gdal_home/build"
rm -rf "$build"; mkdir -p "$build"
swig_inc="$src_dir/swig/include"
for mod in gdalconst gdal ogr osr; do
  out="$build/org/gdal/$mod"; mkdir -p "$out"
  if [ "$mod" = gdalconst ]; then cxx=(); ext=c; else cxx=(-c++); ext=cpp; fi
  log "swig -java -package org.gdal.$mod ${cxx[*]} $mod.i"
  swig -Wall -I"$swig_inc" -I"$swig_inc/java" -outdir "$out" -package "org.gdal.$mod" \
       "${cxx[@]}" -java -o "$out/${mod}_wrap.$ext" "$swig_inc/$mod.i" 2>"$build/swig-$mod.log" \
    || { cat "$build/swig-$mod.log" >&2; fail "swig failed on $mod.i"; }
done

# --- 4. libgdalalljni.so against the installed libgdal ---------------------------------------------
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
[ -f "$java_home/include/jni.h" ] || fail "no jni.h under $java_home/include: install a JDK (default-jdk-headless) or set JAVA_HOME"
cflags=(-O2 -fPIC -fno-strict-aliasing -I"$java_home/include" -I"$java_home/include/linux" $(gdal-config --cflags))
objs=()
for mod in gdalconst gdal ogr osr; do
  if [ "$mod" = gdalconst ]; then cc=gcc; src="$build/org/gdal/$mod/${mod}_wrap.c"
  else cc=g++; src="$build/org/gdal/$mod/${mod}_wrap.cpp"; fi
  log "compile $(basename "$src")"
  "$cc" "${cflags[@]}" -w -c "$src" -o "$build/$mod.o" &
  objs+=("$build/$mod.o")
done
wait_all() { local rc=0; for j in $(jobs -p); do wait "$j" || rc=1; done; return $rc; }
wait_all || fail "compiling the SWIG wrappers failed"
log "link libgdalalljni.so"
g++ -shared -o "$build/libgdalalljni.so" "${objs[@]}" $(gdal-config --libs)

# --- 5. The jar: generated classes, compiled for Java 17 ---------------------------------------------
log "javac + jar org.gdal.*"
find "$build/org" -name '*.java' > "$build/sources.txt"
javac -nowarn -encoding UTF-8 --release 17 -d "$build/classes" @"$build/sources.txt" 2> "$build/javac.log" \
  || { cat "$build/javac.log" >&2; fail "javac failed on the generated bindings"; }
(cd "$build/classes" && jar --create --file "$build/gdal-$gdal_version.jar" --date=2026-01-01T00:00:00Z org)

# --- 6. Install: Maven repository + native library directory + profile marker -----------------------
log "mvn install:install-file org.gdal:gdal:$gdal_version"
mvn -B -q -ntp -Dstyle.color=never install:install-file -Dfile="$build/gdal-$gdal_version.jar" -DgroupId=org.gdal \
    -DartifactId=gdal -Dversion="$gdal_version" -Dpackaging=jar -DgeneratePom=true \
    ${MAVEN_REPO_LOCAL:+-Dmaven.repo.local="$MAVEN_REPO_LOCAL"} > "$build/mvn.log" 2>&1 \
  || { cat "$build/mvn.log" >&2; fail "mvn install:install-file failed (is Maven installed and Maven Central reachable?)"; }
mkdir -p "$lib_dir"
install -m 0755 "$build/libgdalalljni.so" "$lib_dir/libgdalalljni.so"
cp "$build/gdal-$gdal_version.jar" "$gdal_home/gdal.jar"
printf '%s' "$stamp" > "$marker"
rm -rf "$build/classes" "$build"/*.o
log "installed GDAL $gdal_version Java bindings: $jar_in_m2 and $lib_dir/libgdalalljni.so ($(( $(date +%s) - started )) s)"
