#!/usr/bin/env bash
# Installs the Debian packages Dunefront's tests and benchmarks use as independent oracles
# (GDAL's command-line tools), the build's C toolchain and libdeflate (docs/geotiff-codec.md) and the map fonts (DejaVu Sans; WenQuanYi Micro Hei for Chinese labels). Idempotent: does nothing when they are already present.
set -euo pipefail
log() { printf '[install-deps] %s\n' "$*"; }
need=()
command -v gdalinfo >/dev/null 2>&1 || need+=(gdal-bin)
command -v ogrinfo >/dev/null 2>&1 || need+=(gdal-bin)
/usr/bin/python3 -c 'from osgeo import gdal' >/dev/null 2>&1 || need+=(python3-gdal)
# The rendered map's text uses DejaVu Sans; the committed map checksums assume it is installed.
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core fontconfig)
# The GeoTIFF codec's JNI shim to libdeflate (pipeline/src/main/c) is compiled by the Maven build: gcc + headers.
command -v gcc >/dev/null 2>&1 || need+=(gcc libc6-dev)
[ -f /usr/include/libdeflate.h ] || need+=(libdeflate-dev)
# Chinese map labels (render.language=ZH or a Chinese render.title) need a CJK font; tests render with it.
[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need+=(fonts-wqy-microhei fontconfig)
if [ ${#need[@]} -eq 0 ]; then log "GDAL tools, gcc and libdeflate-dev present: $(gdalinfo --version)"; exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "[install-deps] need root to apt-get install ${need[*]}; run as root or install them yourself" >&2
  exit 1
fi
log "apt-get install ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
log "installed: $(gdalinfo --version)"
