#!/usr/bin/env bash
# Benchmarks (not tests): time Dunefront next to GDAL doing the same work, on the same machine, in
# the same run. Each step records wall time, CPU time (user + system) and peak resident memory via
# GNU time; results are printed as a table and appended to out/bench/bench.csv.
#
#   scripts/bench.sh io [--size N] [--threads T]   read an N x N float32 Deflate-tiled GeoTIFF
#                                                  (default N = 20000), apply v*2+1 (nodata
#                                                  propagates), write it back as Deflate-tiled GeoTIFF:
#                                                  Dunefront (pure Java, -Xmx1g) vs gdal_calc.py.
#   scripts/bench.sh blocks [--size N] [--repeat R] [--only a,b]
#                                                  the building blocks on a synthetic N x N basin
#                                                  (default N = 5000; use --size 5000 and --size 20000),
#                                                  Dunefront (org.dunefront.bench.BlockBench, -Xmx6g) vs
#                                                  gdal_translate, gdaldem slope/aspect, gdal_proximity.py,
#                                                  gdal_calc.py, scipy ndimage.label, gdal_polygonize.py,
#                                                  a scipy 3x3 focal mean; medians of R runs (default 1);
#                                                  --only: blocks by their table names. docs/performance.md
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT="$ROOT/out/bench"
CSV="$OUT/bench.csv"
PY=/usr/bin/python3          # Debian's python, the one with python3-gdal (osgeo) and numpy
JAVA_HEAP=${JAVA_HEAP:-1g}
mkdir -p "$OUT"

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] error: %s\n' "$*" >&2; exit 1; }

# GNU time gives peak RSS; install Debian's `time` when missing (root only).
ensure_time() {
  [ -x /usr/bin/time ] && return 0
  [ "$(id -u)" -eq 0 ] || die "/usr/bin/time missing: install Debian's 'time' package"
  log "installing Debian package 'time'"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
}

ensure_jar() {
  if [ ! -f pipeline/target/dunefront.jar ] || [ -n "$(find pipeline/src/main -newer pipeline/target/dunefront.jar -type f | head -1)" ]; then
    log "building pipeline/target/dunefront.jar"
    bash scripts/build.sh
  fi
}

# Results of the current run, one "step|wall|cpu|rss_mb|cells" line each.
RESULTS=()

# timed STEP CELLS CMD...: runs CMD under GNU time, records wall s, CPU s and peak RSS MB.
timed() {
  local step=$1 cells=$2; shift 2
  local tf steplog; tf=$(mktemp)
  steplog="$OUT/$(printf '%s' "$step" | tr -c 'A-Za-z0-9.-' '_').log"
  log "$step: $*"
  if ! /usr/bin/time -v -o "$tf" "$@" >"$steplog" 2>&1; then
    cat "$steplog" >&2; rm -f "$tf"; die "$step failed (log: $steplog)"
  fi
  local wall cpu rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$tf")
  cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f", u+s}' "$tf")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$tf")
  rm -f "$tf"
  RESULTS+=("$step|$wall|$cpu|$rss|$cells")
}

# report REFERENCE_STEP BENCH SIZE: prints the table (ratio = wall / reference wall), appends the CSV.
report() {
  local ref=$1 bench=$2 size=$3 refwall="" refcpu="" line
  for line in "${RESULTS[@]}"; do IFS='|' read -r s w c _ _ <<<"$line"; [ "$s" = "$ref" ] && refwall=$w && refcpu=$c; done
  [ -f "$CSV" ] || echo "date_utc,benchmark,size,step,wall_s,cpu_s,peak_rss_mb,cells_per_s,ratio_to_gdal,cpu_ratio_to_gdal,load_avg" >"$CSV"
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  printf '\n%-34s %9s %9s %13s %14s %8s %10s\n' step "wall s" "CPU s" "peak RSS MB" "cells/s" ratio "CPU ratio"
  local now; now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  for line in "${RESULTS[@]}"; do
    IFS='|' read -r s w c r n <<<"$line"
    local cps ratio cratio
    cps=$(awk -v n="$n" -v w="$w" 'BEGIN {printf "%.0f", (w > 0 ? n / w : 0)}')
    ratio=$(awk -v w="$w" -v r="$refwall" 'BEGIN {if (r > 0) printf "%.2f", w / r; else print "-"}')
    cratio=$(awk -v w="$c" -v r="$refcpu" 'BEGIN {if (r > 0) printf "%.2f", w / r; else print "-"}')
    printf '%-34s %9.2f %9.2f %13s %14s %8s %10s\n' "$s" "$w" "$c" "$r" "$cps" "$ratio" "$cratio"
    echo "$now,$bench,$size,$s,$w,$c,$r,$cps,$ratio,$cratio,$load" >>"$CSV"
  done
  echo
  log "load average at the end: $load on $(nproc) cores (wall-time ratios mean little on a busy machine; see CPU ratio)"
  log "results appended to $CSV"
}

bench_io() {
  local size=20000 threads
  threads=$(nproc)
  while [ $# -gt 0 ]; do
    case "$1" in
      --size) size=$2; shift 2 ;;
      --threads) threads=$2; shift 2 ;;
      *) die "unknown option for io: $1 (use --size N, --threads T)" ;;
    esac
  done
  ensure_time
  command -v gdal_calc.py >/dev/null || die "gdal_calc.py missing: run scripts/install-deps.sh"
  $PY -c 'from osgeo import gdal; import numpy' 2>/dev/null || die "python3-gdal/numpy missing: run scripts/install-deps.sh"
  ensure_jar
  local input="$OUT/io-input-$size.tif" cells=$((size * size))
  if [ ! -f "$input" ]; then
    timed "generate input (gdal python)" "$cells" $PY - "$input" "$size" <<'PYEOF'
import sys
import numpy as np
from osgeo import gdal
path, n = sys.argv[1], int(sys.argv[2])
drv = gdal.GetDriverByName("GTiff")
opts = ["TILED=YES", "BLOCKXSIZE=512", "BLOCKYSIZE=512", "COMPRESS=DEFLATE", "PREDICTOR=3",
        "BIGTIFF=IF_SAFER"]
ds = drv.Create(path + ".part", n, n, 1, gdal.GDT_Float32, opts)
ds.SetGeoTransform([300000, 30, 0, 4300000 + 30 * n, 0, -30])
ds.SetProjection('EPSG:32648')
band = ds.GetRasterBand(1)
band.SetNoDataValue(-9999)
rng = np.random.default_rng(20000)
x = np.arange(n, dtype=np.float32)
for r0 in range(0, n, 512):
    rows = min(512, n - r0)
    y = np.arange(r0, r0 + rows, dtype=np.float32)[:, None]
    # A terrain-like surface (m) with noise, and a nodata hole: realistic compressibility.
    v = 1500 + 300 * np.sin(x / 700.0)[None, :] * np.cos(y / 900.0) + rng.normal(0, 2, (rows, n)).astype(np.float32)
    v[(y > n * 0.4) & (y < n * 0.45) & (x[None, :] < n * 0.3)] = -9999
    band.WriteArray(v.astype(np.float32), 0, r0)
ds = None
import os
os.replace(path + ".part", path)
PYEOF
  fi
  rm -f "$OUT/io-dunefront.tif" "$OUT/io-gdal.tif"
  timed "dunefront java -Xmx$JAVA_HEAP" "$cells" java -Xmx"$JAVA_HEAP" -cp "pipeline/target/dunefront.jar:pipeline/target/lib/*" \
    org.dunefront.bench.IoBench "$input" "$OUT/io-dunefront.tif" "$threads"
  timed "gdal_calc.py" "$cells" gdal_calc.py --quiet -A "$input" --outfile="$OUT/io-gdal.tif" --calc="A*2+1" \
    --NoDataValue=-9999 --type=Float32 --co=TILED=YES --co=BLOCKXSIZE=512 --co=BLOCKYSIZE=512 \
    --co=COMPRESS=DEFLATE --co=PREDICTOR=3 --co=BIGTIFF=IF_SAFER
  # Same result? Compare GDAL's statistics of both outputs (exact: same float32 arithmetic).
  local a b
  a=$(gdalinfo -stats "$OUT/io-dunefront.tif" | grep -E 'STATISTICS_(MINIMUM|MAXIMUM|MEAN|VALID_PERCENT)' | tr -d ' ')
  b=$(gdalinfo -stats "$OUT/io-gdal.tif" | grep -E 'STATISTICS_(MINIMUM|MAXIMUM|MEAN|VALID_PERCENT)' | tr -d ' ')
  rm -f "$OUT"/io-*.tif.aux.xml
  if [ "$a" = "$b" ]; then log "outputs agree: $(echo $a)"; else log "WARNING: outputs differ: dunefront [$(echo $a)] gdal [$(echo $b)]"; fi
  log "file sizes: dunefront $(stat -c %s "$OUT/io-dunefront.tif") B, gdal $(stat -c %s "$OUT/io-gdal.tif") B"
  report "gdal_calc.py" io "$size"
}

source "$ROOT/scripts/bench-blocks.sh"

case "${1:-}" in
  io) shift; bench_io "$@" ;;
  blocks) shift; bench_blocks "$@" ;;
  ""|-h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//' ;;
  *) die "unknown benchmark '$1' (available: io, blocks)" ;;
esac
