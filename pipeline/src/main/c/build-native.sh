#!/usr/bin/env bash
# Builds the JNI shim to libdeflate (libdunefront-deflate.so) into OUT_DIR; Maven runs it in the
# compile phase (pipeline/pom.xml), so scripts/build.sh, scripts/test.sh and scripts/run-sample.sh all
# build it. Needs gcc and Debian's libdeflate-dev (scripts/install-deps.sh installs both).
#   build-native.sh OUT_DIR [JAVA_HOME]
# Rebuilds only when the C source or this script is newer than the library.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out_dir=$1
java_home=${2:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}}
src="$here/dunefront_deflate.c"
lib="$out_dir/libdunefront-deflate.so"
if [ -f "$lib" ] && [ "$lib" -nt "$src" ] && [ "$lib" -nt "$0" ]; then exit 0; fi
fail() {
  echo "[build-native] ERROR: $*" >&2
  echo "[build-native] Dunefront's GeoTIFF codec needs gcc and libdeflate: run scripts/install-deps.sh as root" >&2
  echo "[build-native] (or: apt-get install gcc libc6-dev libdeflate-dev)." >&2
  exit 1
}
command -v gcc >/dev/null 2>&1 || fail "gcc not found"
[ -f /usr/include/libdeflate.h ] || fail "/usr/include/libdeflate.h not found (Debian package libdeflate-dev)"
[ -f "$java_home/include/jni.h" ] || fail "$java_home/include/jni.h not found (JAVA_HOME must be a JDK)"
mkdir -p "$out_dir"
gcc -O2 -fPIC -shared -Wall -Wextra -Werror -std=c11 -D_POSIX_C_SOURCE=200809L \
  -I"$java_home/include" -I"$java_home/include/linux" \
  -o "$lib.part" "$src" -ldeflate -lpthread
mv "$lib.part" "$lib"
echo "[build-native] built $lib (libdeflate $(sed -n 's/^#define LIBDEFLATE_VERSION_STRING[[:space:]]*"\(.*\)"/\1/p' /usr/include/libdeflate.h))"
