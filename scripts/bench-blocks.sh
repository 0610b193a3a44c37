# shellcheck shell=bash
# `scripts/bench.sh blocks`: the pipeline's building blocks, Dunefront next to the GDAL/SciPy command
# doing the same work on the same files, in one run. Sourced by scripts/bench.sh (uses its log, die,
# ensure_time, ensure_jar, OUT, CSV and PY). See docs/performance.md.

BLOCKS_HEAP=${BLOCKS_HEAP:-6g}   # the launcher's default ceiling (scripts/dunefront)

# Debian's scipy for the label and focal-mean baselines (root only).
ensure_scipy() {
  $PY -c 'import scipy.ndimage' 2>/dev/null && return 0
  [ "$(id -u)" -eq 0 ] || die "python3-scipy missing: install Debian's python3-scipy"
  log "installing Debian package python3-scipy"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-scipy >/dev/null
}

# Debian's GDAL tools and Python bindings for the baselines (root only).
ensure_gdal() {
  command -v gdaldem >/dev/null && command -v gdal_polygonize.py >/dev/null \
    && $PY -c 'from osgeo import gdal; import numpy' 2>/dev/null && return 0
  [ "$(id -u)" -eq 0 ] || die "GDAL missing: install Debian's gdal-bin python3-gdal python3-numpy"
  log "installing Debian packages gdal-bin python3-gdal python3-numpy"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gdal-bin python3-gdal python3-numpy >/dev/null
}

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }

# measure KEY CMD...: runs CMD $REPEAT times under GNU time (deleting $CLEAN before each run) and
# stores the medians of wall s, CPU s (user+system, all threads and children) and peak RSS MB.
declare -A M_WALL M_CPU M_RSS M_LOAD
measure() {
  local key=$1; shift
  local walls=() cpus=() rsss=() i tf steplog
  steplog="$OUT/blocks-$(printf '%s' "$key" | tr -c 'A-Za-z0-9.-' '_').log"
  M_LOAD[$key]=$(cut -d' ' -f1 /proc/loadavg)
  for ((i = 1; i <= REPEAT; i++)); do
    # shellcheck disable=SC2086
    rm -rf $CLEAN
    tf=$(mktemp)
    log "$key (run $i/$REPEAT, load ${M_LOAD[$key]}): $*"
    if ! /usr/bin/time -v -o "$tf" "$@" >"$steplog" 2>&1; then
      # A failed block (e.g. out of memory at 20000 x 20000) is reported, the others still run.
      tail -3 "$steplog" >&2; rm -f "$tf"; log "$key FAILED (log: $steplog)"
      M_WALL[$key]=failed; M_CPU[$key]=failed; M_RSS[$key]=failed
      return 0
    fi
    walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$tf")")
    cpus+=("$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f", u+s}' "$tf")")
    rsss+=("$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$tf")")
    rm -f "$tf"
  done
  M_WALL[$key]=$(median "${walls[@]}"); M_CPU[$key]=$(median "${cpus[@]}"); M_RSS[$key]=$(median "${rsss[@]}")
}

# want BLOCK: whether --only (comma-separated block names) selects BLOCK.
want() { [ -z "$ONLY" ] || [[ "$ONLY" == *",$1,"* ]]; }

# check WHAT CMD...: runs a correctness check (not timed); logs its verdict, never stops the benchmark.
check() {
  local what=$1; shift
  local msg
  if msg=$("$@" 2>&1); then log "check $what: OK: $(echo "$msg" | tail -1)"
  else log "check $what: MISMATCH: $(echo "$msg" | tail -1)"; fi
}

bench_blocks() {
  local size=5000
  REPEAT=1 ONLY=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --size) size=$2; shift 2 ;;
      --repeat) REPEAT=$2; shift 2 ;;
      --only) ONLY=",$2,"; shift 2 ;;
      *) die "unknown option for blocks: $1 (use --size N, --repeat R, --only a,b)" ;;
    esac
  done
  [[ "$size" =~ ^[0-9]+$ && "$REPEAT" =~ ^[1-9][0-9]*$ ]] || die "--size and --repeat take positive integers"
  ensure_time
  ensure_gdal
  ensure_scipy
  ensure_jar

  local in="$OUT/basin-$size" w="$OUT/blocks-$size" cells=$((size * size))
  if [ ! -f "$in/landcover.tif" ]; then
    log "generating the synthetic basin $size x $size in $in"
    $PY scripts/bench_blocks.py generate "$in" "$size"
  fi
  mkdir -p "$w"
  export GDAL_NUM_THREADS=ALL_CPUS   # GDAL at its best: multi-threaded decode and compression
  local co=(-co TILED=YES -co BLOCKXSIZE=512 -co BLOCKYSIZE=512 -co COMPRESS=DEFLATE -co NUM_THREADS=ALL_CPUS -co BIGTIFF=IF_SAFER)
  local java=(java -Xmx"$BLOCKS_HEAP" -cp "pipeline/target/dunefront.jar:pipeline/target/lib/*" org.dunefront.bench.BlockBench)
  local dem="$in/dem.tif" lc="$in/landcover.tif" cov="$in/cover.tif"

  # block|label of the GDAL side; the order of the table.
  local blocks=("read/write|gdal_translate" "slope|gdaldem slope" "aspect|gdaldem aspect"
    "slope+aspect|gdaldem slope + aspect" "focal mean 3x3|scipy uniform_filter" "calc 3 rasters|gdal_calc.py"
    "proximity|gdal_proximity.py" "label|scipy ndimage.label" "polygonize|gdal_polygonize.py")

  if want "read/write"; then
    CLEAN="$w/df-copy.tif";  measure "read/write|dunefront" "${java[@]}" copy "$dem" "$w/df-copy.tif"
    CLEAN="$w/gd-copy.tif";  measure "read/write|gdal" gdal_translate -q "${co[@]}" -co PREDICTOR=3 "$dem" "$w/gd-copy.tif"
    check read/write $PY scripts/bench_blocks.py compare "$w/df-copy.tif" "$w/gd-copy.tif" 0
  fi

  if want "slope"; then
    CLEAN="$w/df-slope.tif"; measure "slope|dunefront" "${java[@]}" slope "$dem" "$w/df-slope.tif"
    CLEAN="$w/gd-slope.tif"; measure "slope|gdal" gdaldem slope -q "${co[@]}" -co PREDICTOR=3 "$dem" "$w/gd-slope.tif"
    check slope $PY scripts/bench_blocks.py compare "$w/df-slope.tif" "$w/gd-slope.tif" 0.001
  fi

  if want "aspect"; then
    CLEAN="$w/df-aspect.tif"; measure "aspect|dunefront" "${java[@]}" aspect "$dem" "$w/df-aspect.tif"
    CLEAN="$w/gd-aspect.tif"; measure "aspect|gdal" gdaldem aspect -q "${co[@]}" -co PREDICTOR=3 "$dem" "$w/gd-aspect.tif"
    check aspect $PY scripts/bench_blocks.py compare "$w/df-aspect.tif" "$w/gd-aspect.tif" 1 angle
  fi

  if want "slope+aspect"; then
    CLEAN="$w/df-s2.tif $w/df-a2.tif"; measure "slope+aspect|dunefront" "${java[@]}" slope-aspect "$dem" "$w/df-s2.tif" "$w/df-a2.tif"
    CLEAN="$w/gd-s2.tif $w/gd-a2.tif"; measure "slope+aspect|gdal" bash -c 'gdaldem slope -q "${@:3}" "$1" "$2/gd-s2.tif" && gdaldem aspect -q "${@:3}" "$1" "$2/gd-a2.tif"' _ "$dem" "$w" "${co[@]}" -co PREDICTOR=3
  fi

  if want "focal mean 3x3"; then
    CLEAN="$w/df-mean.tif"; measure "focal mean 3x3|dunefront" "${java[@]}" focal-mean "$dem" "$w/df-mean.tif"
    CLEAN="$w/gd-mean.tif"; measure "focal mean 3x3|gdal" $PY scripts/bench_blocks.py focal-mean "$dem" "$w/gd-mean.tif"
    check "focal mean" $PY scripts/bench_blocks.py compare "$w/df-mean.tif" "$w/gd-mean.tif" 0.001
  fi

  if want "calc 3 rasters"; then
    CLEAN="$w/df-calc.tif"; measure "calc 3 rasters|dunefront" "${java[@]}" calc "$dem" "$lc" "$cov" "$w/df-calc.tif"
    CLEAN="$w/gd-calc.tif"; measure "calc 3 rasters|gdal" gdal_calc.py --quiet -A "$dem" -B "$lc" -C "$cov" \
      --outfile="$w/gd-calc.tif" --calc="(A-1000)*C*(B!=1)" --NoDataValue=-9999 --type=Float32 \
      --co=TILED=YES --co=BLOCKXSIZE=512 --co=BLOCKYSIZE=512 --co=COMPRESS=DEFLATE --co=PREDICTOR=3 \
      --co=NUM_THREADS=ALL_CPUS --co=BIGTIFF=IF_SAFER
    check calc $PY scripts/bench_blocks.py compare "$w/df-calc.tif" "$w/gd-calc.tif" 0
  fi

  if want "proximity"; then
    CLEAN="$w/df-prox.tif"; measure "proximity|dunefront" "${java[@]}" proximity "$lc" 1 "$w/df-prox.tif"
    # Without GDAL_NUM_THREADS / NUM_THREADS: gdal_proximity writes scanlines up then down through the
    # tiled output, and multi-threaded tile compression makes that 20-60x slower (measured at 1000 x 1000).
    CLEAN="$w/gd-prox.tif"; measure "proximity|gdal" env -u GDAL_NUM_THREADS gdal_proximity.py "$lc" "$w/gd-prox.tif" -q -values 1 \
      -distunits GEO -ot Float32 "${co[@]/NUM_THREADS=ALL_CPUS/NUM_THREADS=1}" -co PREDICTOR=3
    # gdal_proximity's two sweeps are not an exact EDT: allow a fraction of a cell.
    check proximity $PY scripts/bench_blocks.py compare "$w/df-prox.tif" "$w/gd-prox.tif" 15
  fi

  if want "label"; then
    CLEAN="$w/df-label.tif"; measure "label|dunefront" "${java[@]}" label "$lc" "$w/df-label.tif"
    CLEAN="$w/gd-label.tif"; measure "label|gdal" $PY scripts/bench_blocks.py label "$lc" "$w/gd-label.tif"
    check "label (patch count)" bash -c '[ "$(gdalinfo -stats "$1" | sed -n "s/.*STATISTICS_MAXIMUM=//p")" = "$(gdalinfo -stats "$2" | sed -n "s/.*STATISTICS_MAXIMUM=//p")" ] && echo "$(gdalinfo "$1" | sed -n "s/.*STATISTICS_MAXIMUM=//p") patches"' _ "$w/df-label.tif" "$w/gd-label.tif"
    rm -f "$w"/*.aux.xml
  fi

  if want "polygonize"; then
    CLEAN="$w/df-poly.wkb"; measure "polygonize|dunefront" "${java[@]}" polygonize "$lc" "$w/df-poly.wkb"
    CLEAN="$w/gd-poly.fgb"; measure "polygonize|gdal" gdal_polygonize.py -q "$lc" -of FlatGeobuf "$w/gd-poly.fgb" patches class
    check "polygonize (polygon count)" bash -c 'a=$(sed -n "s/^polygons: //p" "$1"); b=$(ogrinfo -so -al "$2" | sed -n "s/^Feature Count: //p"); echo "dunefront $a, gdal $b"; [ "$a" = "$b" ]' _ "$OUT/blocks-polygonize_dunefront.log" "$w/gd-poly.fgb"
  fi

  report_blocks "$size" "$cells" "${blocks[@]}"
}

# report_blocks SIZE CELLS BLOCK|GDAL_LABEL...: the table (ratio = Dunefront / GDAL, wall and CPU), CSV rows.
report_blocks() {
  local size=$1 cells=$2; shift 2
  [ -f "$CSV" ] || echo "date_utc,benchmark,size,step,wall_s,cpu_s,peak_rss_mb,cells_per_s,ratio_to_gdal,cpu_ratio_to_gdal,load_avg" >"$CSV"
  local now entry b label side key ratio cratio cps tool
  now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  printf '\nblocks at %s x %s (%s cells), medians of %s run(s), %s cores\n' "$size" "$size" "$cells" "$REPEAT" "$(nproc)"
  printf '%-15s %-26s %8s %8s %8s %12s %6s %6s %6s\n' block tool "wall s" "CPU s" "RSS MB" "cells/s" ratio "CPU r" load
  for entry in "$@"; do
    b=${entry%%|*}; label=${entry#*|}
    for side in dunefront gdal; do
      key="$b|$side"
      [ -n "${M_WALL[$key]:-}" ] || continue
      tool=$([ $side = dunefront ] && echo "dunefront (Java)" || echo "$label")
      ratio=$(awk -v a="${M_WALL[$b|dunefront]}" -v g="${M_WALL[$b|gdal]}" 'BEGIN {if (a + 0 > 0 && g + 0 > 0) printf "%.2f", a / g; else print "-"}')
      cratio=$(awk -v a="${M_CPU[$b|dunefront]}" -v g="${M_CPU[$b|gdal]}" 'BEGIN {if (a + 0 > 0 && g + 0 > 0) printf "%.2f", a / g; else print "-"}')
      [ $side = gdal ] && ratio=1.00 && cratio=1.00
      cps=$(awk -v n="$cells" -v w="${M_WALL[$key]}" 'BEGIN {printf "%.0f", (w + 0 > 0 ? n / w : 0)}')
      printf '%-15s %-26s %8s %8s %8s %12s %6s %6s %6s\n' "$([ $side = dunefront ] && echo "$b")" "$tool" \
        "${M_WALL[$key]}" "${M_CPU[$key]}" "${M_RSS[$key]}" "$cps" "$ratio" "$cratio" "${M_LOAD[$key]}"
      echo "$now,blocks,$size,$b: $tool,${M_WALL[$key]},${M_CPU[$key]},${M_RSS[$key]},$cps,$ratio,$cratio,${M_LOAD[$key]}" >>"$CSV"
    done
  done
  echo
  log "ratio = Dunefront wall / GDAL wall in this run (target <= 0.50); CPU r = the same for CPU seconds;"
  log "load = 1-minute load average when the block started, on $(nproc) cores. Appended to $CSV"
}
