#!/usr/bin/env bash
# Benchmarks (not tests): time Dunefront next to GDAL doing the same work, on the same machine, in
# the same run. Each step records wall time, CPU time (user + system, all threads and children) and
# peak resident memory via GNU time; results are printed as one table and appended to out/bench/bench.csv.
#
#   scripts/bench.sh --size N [--repeat R] [--only LIST] [--timeout S] [--pipeline stages|run] [--set KEY=VALUE]... [--stages LIST]
#       The full benchmark (issue 8). Generates the sample basin with `dunefront sample-data --size NxN
#       --cell 30 --seed 7` into out/bench/basin-N (reused when its README's parameters and checksums
#       match), times the pipeline (ingest, drift, migrate, rank, plan, render: by default the analyst's
#       command, one `dunefront run --force`, with each stage's wall time from its log and the run's wall,
#       CPU and peak RSS in the "full run" row; --pipeline stages, or --stages LIST: one `dunefront <stage>`
#       command per stage for per-stage wall, CPU and peak RSS, summed into the "full run" row),
#       then the building blocks below on the same dem.tif and landcover.tif, and prints one table
#       with "GDAL toolchain total" next to Dunefront's full run. --timeout S: time budget of the whole
#       pipeline part (a stage still running is stopped and reported); --only: "pipeline", "blocks"
#       or block names (comma-separated). A failed step (e.g. OutOfMemoryError) is reported in the
#       table, the rest still runs, and the script exits 1 at the end. --set KEY=VALUE (repeatable) is
#       passed to every pipeline command, e.g. --set migrate.modelCellSizeM=150 (regional model grid).
#       --stages drift,migrate: time only those stages (upstream ones must have run before; issue 5's
#       "flux and migration" row). The "full run" row is then the sum of the stages timed.
#   scripts/bench.sh blocks [--size N] [--repeat R] [--only a,b]
#       Only the building blocks on the basin of size N (default 5000): Dunefront
#       (org.dunefront.bench.BlockBench, -Xmx6g) vs gdal_translate, gdaldem slope/aspect,
#       gdal_proximity.py, gdal_calc.py, scipy ndimage.label, gdal_polygonize.py and a scipy 3x3
#       focal mean; --only: blocks by their table names.
#   scripts/bench.sh io [--size N] [--threads T] [--deflate-level L]
#       Read an N x N float32 Deflate-tiled GeoTIFF (default N = 20000), apply v*2+1, write it back:
#       Dunefront (pure Java, -Xmx1g) vs gdal_calc.py, both at Deflate level L (default 6, GDAL's
#       default ZLEVEL; Dunefront's stages write level 2, output.deflateLevel).
#
# --repeat R reports medians of R runs. Installs Debian's time, gdal-bin, python3-gdal, python3-numpy,
# python3-scipy, python3-yaml when missing (as root). Details and results: docs/performance.md.
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

CSV_HEADER="date_utc,benchmark,size,step,wall_s,cpu_s,peak_rss_mb,cells_per_s,ratio_to_gdal,cpu_ratio_to_gdal,load_avg,status"

# csv_open: makes sure $CSV starts with the current header (an older file is kept as bench-<n>.csv).
csv_open() {
  if [ -f "$CSV" ] && [ "$(head -1 "$CSV")" != "$CSV_HEADER" ]; then
    local old; old="$OUT/bench-old-$(date -u +%Y%m%dT%H%M%S).csv"
    mv "$CSV" "$old"; log "older $CSV (other columns) kept as $old"
  fi
  [ -f "$CSV" ] || echo "$CSV_HEADER" >"$CSV"
}

load1() { cut -d' ' -f1 /proc/loadavg; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }
slug() { printf '%s' "$1" | tr -c 'A-Za-z0-9.-' '_'; }
FAILURES=0

# Results of the current run, by key: medians of wall s, CPU s, peak RSS MB; cells; load average when
# the step started; status ("ok", "failed: ...", "reused", "not run (...)"); the step's log files.
declare -A M_WALL M_CPU M_RSS M_CELLS M_LOAD M_STATUS M_LOGS

# failure_reason RC LOG: one line for the table.
failure_reason() {
  local rc=$1 lg=$2
  # exit 5: the workflow caught the heap exhaustion (org.dunefront.error.OutOfMemoryException)
  if [ "$rc" -eq 5 ] || grep -qE 'OutOfMemoryError|ran out of memory' "$lg"; then echo "failed: OutOfMemoryError / exit $rc"
  elif [ "$rc" -eq 124 ]; then echo "failed: timeout after ${LIMIT_S:-?} s / exit 124"
  elif [ "$rc" -gt 128 ]; then echo "failed: killed by signal $((rc - 128)) / exit $rc"
  else echo "failed: exit $rc: $(grep -m1 -iE 'error|exception' "$lg" | cut -c1-80)"; fi
}

# measure KEY CMD...: runs CMD $REPEAT times under GNU time (deleting $CLEAN before each run), stores the
# medians in M_WALL/M_CPU/M_RSS and "ok" in M_STATUS. A failing run stops the repetitions: its own
# numbers are kept with the reason in M_STATUS (the log's last lines are shown); returns 1.
measure() {
  local key=$1; shift
  local walls=() cpus=() rsss=() i tf lg rc
  M_LOAD[$key]=$(load1); M_LOGS[$key]=""
  for ((i = 1; i <= ${REPEAT:-1}; i++)); do
    # shellcheck disable=SC2086
    [ -z "${CLEAN:-}" ] || rm -rf $CLEAN
    tf=$(mktemp); lg="$OUT/logs/$(slug "$key").$i.log"
    mkdir -p "$OUT/logs"; M_LOGS[$key]+="${M_LOGS[$key]:+ }$lg"
    log "$key (run $i/${REPEAT:-1}, load ${M_LOAD[$key]}): $*"
    rc=0; /usr/bin/time -v -o "$tf" "$@" >"$lg" 2>&1 || rc=$?
    walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$tf")")
    cpus+=("$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f", u+s}' "$tf")")
    rsss+=("$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$tf")")
    rm -f "$tf"
    if [ "$rc" -ne 0 ]; then
      M_STATUS[$key]=$(failure_reason "$rc" "$lg")
      M_WALL[$key]=${walls[-1]:--}; M_CPU[$key]=${cpus[-1]:--}; M_RSS[$key]=${rsss[-1]:--}
      tail -3 "$lg" >&2; log "$key ${M_STATUS[$key]} (log: $lg)"
      FAILURES=$((FAILURES + 1))
      return 1
    fi
  done
  M_WALL[$key]=$(median "${walls[@]}"); M_CPU[$key]=$(median "${cpus[@]}"); M_RSS[$key]=$(median "${rsss[@]}")
  M_STATUS[$key]=ok
}

# add_row KEY ROW TOOL [STATUS] [GDAL_KEY]: a line of the table (ratio against GDAL_KEY when given).
ROWS=()
SEP=$'\x1f'
add_row() {
  [ -z "${4:-}" ] || M_STATUS[$1]=$4
  ROWS+=("$1$SEP$2$SEP$3$SEP${5:-}")
}

num2() { [[ "$1" =~ ^[0-9.]+$ ]] && printf '%.2f' "$1" || printf '%s' "$1"; }
ratio() { awk -v a="$1" -v g="$2" 'BEGIN {if (a + 0 > 0 && g + 0 > 0) printf "%.2f", a / g; else print "-"}'; }

# report_table BENCH SIZE: prints ROWS as one table and appends them to $CSV.
report_table() {
  local bench=$1 size=$2 now row key label tool gkey w c r n l st cps rt crt
  now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  csv_open
  printf '\n%s benchmark at %s x %s (%s cells), medians of %s run(s), %s cores, load average now %s\n' \
    "$bench" "$size" "$size" "$((size * size))" "${REPEAT:-1}" "$(nproc)" "$(load1)"
  printf '%-15s %-28s %8s %8s %7s %11s %6s %6s %6s  %s\n' row tool "wall s" "CPU s" "RSS MB" "cells/s" ratio "CPU r" load status
  for row in "${ROWS[@]}"; do
    IFS=$SEP read -r key label tool gkey <<<"$row"
    w=$(num2 "${M_WALL[$key]:--}"); c=$(num2 "${M_CPU[$key]:--}"); r=${M_RSS[$key]:--}; n=${M_CELLS[$key]:-$((size * size))}
    l=${M_LOAD[$key]:--}; st=${M_STATUS[$key]:--}
    cps=$(awk -v n="$n" -v w="$w" 'BEGIN {if (w + 0 > 0) printf "%.0f", n / w; else print "-"}')
    rt="-"; crt="-"
    if [ -n "$gkey" ]; then rt=$(ratio "$w" "${M_WALL[$gkey]:-}"); crt=$(ratio "$c" "${M_CPU[$gkey]:-}"); fi
    printf '%-15s %-28s %8s %8s %7s %11s %6s %6s %6s  %s\n' "$label" "$tool" "$w" "$c" "$r" "$cps" "$rt" "$crt" "$l" "$st"
    echo "$now,$bench,$size,\"${label:-${key%%|*}}: $tool\",$w,$c,$r,$cps,$rt,$crt,$l,\"$st\"" >>"$CSV"
  done
  echo
}

bench_io() {
  local size=20000 threads level=6
  threads=$(nproc)
  while [ $# -gt 0 ]; do
    case "$1" in
      --size) size=$2; shift 2 ;;
      --threads) threads=$2; shift 2 ;;
      --deflate-level) level=$2; shift 2 ;;
      *) die "unknown option for io: $1 (use --size N, --threads T, --deflate-level L)" ;;
    esac
  done
  case "$level" in [1-9]) ;; *) die "--deflate-level must be 1..9, got '$level'" ;; esac
  ensure_time
  command -v gdal_calc.py >/dev/null || die "gdal_calc.py missing: run scripts/install-deps.sh"
  $PY -c 'from osgeo import gdal; import numpy' 2>/dev/null || die "python3-gdal/numpy missing: run scripts/install-deps.sh"
  ensure_jar
  local input="$OUT/io-input-$size.tif" cells=$((size * size))
  if [ ! -f "$input" ]; then
    M_CELLS[generate input]=$cells
    measure "generate input" $PY - "$input" "$size" <<'PYEOF' || die "generating $input failed"
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
    add_row "generate input" "generate input" "gdal python"
  fi
  rm -f "$OUT/io-dunefront.tif" "$OUT/io-gdal.tif"
  M_CELLS[io|dunefront]=$cells; M_CELLS[io|gdal]=$cells
  # like with like: the same Deflate level for both writers (Dunefront's -Dbench.deflateLevel, GDAL's ZLEVEL)
  log "Deflate level $level for both writers (dunefront -Dbench.deflateLevel=$level, gdal_calc.py --co=ZLEVEL=$level)"
  measure "io|dunefront" java -Xmx"$JAVA_HEAP" -Dbench.deflateLevel="$level" -cp "pipeline/target/dunefront.jar:pipeline/target/lib/*" \
    org.dunefront.bench.IoBench "$input" "$OUT/io-dunefront.tif" "$threads" || true
  measure "io|gdal" gdal_calc.py --quiet -A "$input" --outfile="$OUT/io-gdal.tif" --calc="A*2+1" \
    --NoDataValue=-9999 --type=Float32 --co=TILED=YES --co=BLOCKXSIZE=512 --co=BLOCKYSIZE=512 \
    --co=COMPRESS=DEFLATE --co=ZLEVEL="$level" --co=PREDICTOR=3 --co=BIGTIFF=IF_SAFER || true
  # Same result? Compare GDAL's statistics of both outputs (exact: same float32 arithmetic).
  local a b
  a=$(gdalinfo -stats "$OUT/io-dunefront.tif" | grep -E 'STATISTICS_(MINIMUM|MAXIMUM|MEAN|VALID_PERCENT)' | tr -d ' ')
  b=$(gdalinfo -stats "$OUT/io-gdal.tif" | grep -E 'STATISTICS_(MINIMUM|MAXIMUM|MEAN|VALID_PERCENT)' | tr -d ' ')
  rm -f "$OUT"/io-*.tif.aux.xml
  if [ "$a" = "$b" ]; then log "outputs agree: $(echo $a)"; else log "WARNING: outputs differ: dunefront [$(echo $a)] gdal [$(echo $b)]"; fi
  log "file sizes at Deflate level $level: dunefront $(stat -c %s "$OUT/io-dunefront.tif") B, gdal $(stat -c %s "$OUT/io-gdal.tif") B"
  add_row "io|dunefront" "v*2+1" "dunefront java -Xmx$JAVA_HEAP, level $level" "" "io|gdal"
  add_row "io|gdal" "" "gdal_calc.py ZLEVEL=$level"
  report_table io "$size"
}

# parse_options MODE ARGS...: --size, --repeat, --only (and for the full benchmark --timeout, --pipeline).
parse_options() {
  local mode=$1; shift
  SIZE=5000 REPEAT=1 ONLY="" PIPE_TIMEOUT=0 PIPE_MODE="" PIPE_SETS=()
  local stages_given=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --size) SIZE=$2; shift 2 ;;
      --repeat) REPEAT=$2; shift 2 ;;
      --only) ONLY=",$2,"; shift 2 ;;
      --timeout) [ "$mode" = full ] || die "--timeout is for the full benchmark"; PIPE_TIMEOUT=$2; shift 2 ;;
      --pipeline) [ "$mode" = full ] || die "--pipeline is for the full benchmark"; PIPE_MODE=$2; shift 2 ;;
      --set) [ "$mode" = full ] || die "--set is for the full benchmark"; PIPE_SETS+=(--set "$2"); shift 2 ;;
      --stages) [ "$mode" = full ] || die "--stages is for the full benchmark"; IFS=, read -r -a STAGES <<<"$2"; stages_given=1; shift 2
        for st in "${STAGES[@]}"; do [[ " ingest drift migrate rank plan render " == *" $st "* ]] || die "--stages: unknown stage '$st' (ingest, drift, migrate, rank, plan, render)"; done ;;
      *) die "unknown option: $1 (see scripts/bench.sh --help)" ;;
    esac
  done
  [[ "$SIZE" =~ ^[0-9]+$ && "$SIZE" -ge 32 && "$REPEAT" =~ ^[1-9][0-9]*$ && "$PIPE_TIMEOUT" =~ ^[0-9]+$ ]] \
    || die "--size (>= 32), --repeat and --timeout take positive integers"
  # default: one `dunefront run` (what an analyst runs); a subset of stages needs one command per stage
  if [ -z "$PIPE_MODE" ]; then PIPE_MODE=run; [ -n "$stages_given" ] && PIPE_MODE=stages; fi
  [[ "$PIPE_MODE" = stages || "$PIPE_MODE" = run ]] || die "--pipeline takes 'stages' or 'run'"
  [[ -z "$stages_given" || "$PIPE_MODE" = stages ]] || die "--stages needs --pipeline stages (one command per stage)"
}

# finish: exits 1 when any step failed (after the table is printed).
finish() {
  log "results appended to $CSV; logs in $OUT/logs/"
  if [ "$FAILURES" -gt 0 ]; then log "$FAILURES step(s) failed: see the status column"; exit 1; fi
}

bench_blocks() {
  parse_options blocks "$@"
  ensure_time; ensure_gdal; ensure_scipy; ensure_jar
  ensure_basin "$SIZE" || { report_table blocks "$SIZE"; finish; }
  blocks_run "$SIZE"
  report_table blocks "$SIZE"
  log "ratio = Dunefront / GDAL in this run (target <= 0.50), wall and CPU s; load = 1-minute load average when the step started"
  finish
}

bench_full() {
  parse_options full "$@"
  ensure_time; ensure_gdal; ensure_scipy; ensure_jar
  if ensure_basin "$SIZE"; then
    if want pipeline; then pipeline_run "$SIZE" "$PIPE_MODE"; fi
    blocks_run "$SIZE"
  fi
  report_table full "$SIZE"
  local gw gc k names
  read -r gw gc k names < <(toolchain_total)
  if want pipeline && [ -n "${M_STATUS[full run]:-}" ]; then
    printf 'Dunefront full run (%s):  wall %8s s  CPU %8s s  peak RSS %6s MB  %s\n' \
      "$(IFS=' '; s="${STAGES[*]}"; echo "${s// / → }")" "${M_WALL[full run]}" "${M_CPU[full run]}" "${M_RSS[full run]}" "${M_STATUS[full run]}"
  fi
  printf 'GDAL toolchain total (%d of %d: %s):  wall %8s s  CPU %8s s\n' "$k" "${#TOOLCHAIN[@]}" "$names" "$gw" "$gc"
  if want pipeline && [ -n "${M_STATUS[full run]:-}" ]; then
    printf 'full run / GDAL toolchain total:  wall %s  CPU %s\n\n' "$(ratio "${M_WALL[full run]}" "$gw")" "$(ratio "${M_CPU[full run]}" "$gc")"
  fi
  echo "$(date -u +%Y-%m-%dT%H:%M:%SZ),full,$SIZE,\"GDAL toolchain total ($k blocks)\",$gw,$gc,-,-,-,-,$(load1),ok" >>"$CSV"
  finish
}

source "$ROOT/scripts/bench-blocks.sh"
source "$ROOT/scripts/bench-pipeline.sh"

case "${1:-}" in
  io) shift; bench_io "$@" ;;
  blocks) shift; bench_blocks "$@" ;;
  ""|-h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//' ;;
  --*) bench_full "$@" ;;
  *) die "unknown benchmark '$1' (available: the full benchmark with options only, io, blocks)" ;;
esac
