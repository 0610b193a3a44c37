# shellcheck shell=bash
# The building blocks: Dunefront (org.dunefront.bench.BlockBench, the pipeline's own code paths) next to
# the GDAL/SciPy command doing the same work on the same files of the sample basin, in one run. Sourced
# by scripts/bench.sh (uses its log, die, measure, add_row, OUT, PY and the M_* tables). See
# docs/performance.md.

BLOCKS_HEAP=${BLOCKS_HEAP:-6g}   # the launcher's default ceiling (scripts/dunefront)
LEGEND=${LEGEND:-styles/legend.yaml}

# block|label of the GDAL side, in the order of the table.
BLOCKS=("read/write|gdal_translate" "slope|gdaldem slope" "aspect|gdaldem aspect"
  "slope+aspect|gdaldem slope + aspect" "focal mean 3x3|scipy uniform_filter" "calc 3 rasters|gdal_calc.py"
  "proximity|gdal_proximity.py" "label|scipy ndimage.label" "polygonize|gdal_polygonize.py")
# The GDAL toolchain of issue 8 (summed into "GDAL toolchain total"): every block once; slope+aspect
# repeats slope and aspect, the focal mean is not in the issue's list.
TOOLCHAIN=("read/write" "slope" "aspect" "calc 3 rasters" "proximity" "label" "polygonize")

# Debian's scipy for the label and focal-mean baselines (root only).
ensure_scipy() {
  $PY -c 'import scipy.ndimage, yaml' 2>/dev/null && return 0
  [ "$(id -u)" -eq 0 ] || die "python3-scipy or python3-yaml missing: install Debian's python3-scipy python3-yaml"
  log "installing Debian packages python3-scipy python3-yaml"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-scipy python3-yaml >/dev/null
}

# Debian's GDAL tools and Python bindings for the baselines (root only).
ensure_gdal() {
  command -v gdaldem >/dev/null && command -v gdal_polygonize.py >/dev/null \
    && $PY -c 'from osgeo import gdal; import numpy' 2>/dev/null && return 0
  [ "$(id -u)" -eq 0 ] || die "GDAL missing: install Debian's gdal-bin python3-gdal python3-numpy"
  log "installing Debian packages gdal-bin python3-gdal python3-numpy"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gdal-bin python3-gdal python3-numpy >/dev/null
}

# want NAME: whether --only selects NAME (a block name, or "blocks" for all of them, "pipeline").
want() { [ -z "$ONLY" ] || [[ "$ONLY" == *",$1,"* ]] || { [[ "$1" != pipeline ]] && [[ "$ONLY" == *",blocks,"* ]]; }; }

# check WHAT CMD...: runs a correctness check (not timed); logs its verdict, never stops the benchmark.
check() {
  local what=$1; shift
  local msg
  if msg=$("$@" 2>&1); then log "check $what: OK: $(echo "$msg" | tail -1)"
  else log "check $what: MISMATCH: $(echo "$msg" | tail -1)"; fi
}

# pair BLOCK GDAL_LABEL CLEAN_DF CLEAN_GDAL -- DUNEFRONT_CMD... -- GDAL_CMD...: measures both sides, adds rows.
pair() {
  local b=$1 label=$2 cdf=$3 cgd=$4; shift 5
  local df=() gd=()
  while [ "$1" != "--" ]; do df+=("$1"); shift; done
  shift
  gd=("$@")
  M_CELLS[$b|dunefront]=$CELLS; M_CELLS[$b|gdal]=$CELLS
  CLEAN=$cdf measure "$b|dunefront" "${df[@]}" || true
  CLEAN=$cgd measure "$b|gdal" "${gd[@]}" || true
  add_row "$b|dunefront" "$b" "dunefront (Java)" "" "$b|gdal"
  add_row "$b|gdal" "" "$label"
}

# blocks_run SIZE: every selected block on the basin's dem.tif and landcover.tif (BASIN).
blocks_run() {
  local size=$1 w="$OUT/blocks-$1"
  CELLS=$((size * size))
  mkdir -p "$w"
  local water codes
  read -r water codes < <($PY scripts/bench_blocks.py legend "$LEGEND" water) || die "cannot read $LEGEND"
  log "legend $LEGEND: water = code $water (proximity, calc); label classes $codes"
  export GDAL_NUM_THREADS=ALL_CPUS   # GDAL at its best: multi-threaded decode and compression
  local co=(-co TILED=YES -co BLOCKXSIZE=512 -co BLOCKYSIZE=512 -co COMPRESS=DEFLATE -co NUM_THREADS=ALL_CPUS -co BIGTIFF=IF_SAFER)
  local java=(java -Xmx"$BLOCKS_HEAP" -XX:+ExitOnOutOfMemoryError -cp "pipeline/target/dunefront.jar:pipeline/target/lib/*" org.dunefront.bench.BlockBench)
  local dem="$BASIN/dem.tif" lc="$BASIN/landcover.tif" fac="$BASIN/plantation_mask.tif"

  if want "read/write"; then
    pair "read/write" gdal_translate "$w/df-copy.tif" "$w/gd-copy.tif" -- "${java[@]}" copy "$dem" "$w/df-copy.tif" \
      -- gdal_translate -q "${co[@]}" -co PREDICTOR=3 "$dem" "$w/gd-copy.tif"
    check read/write $PY scripts/bench_blocks.py compare "$w/df-copy.tif" "$w/gd-copy.tif" 0
  fi
  if want "slope"; then
    pair slope "gdaldem slope" "$w/df-slope.tif" "$w/gd-slope.tif" -- "${java[@]}" slope "$dem" "$w/df-slope.tif" \
      -- gdaldem slope -q "${co[@]}" -co PREDICTOR=3 "$dem" "$w/gd-slope.tif"
    check slope $PY scripts/bench_blocks.py compare "$w/df-slope.tif" "$w/gd-slope.tif" 0.001
  fi
  if want "aspect"; then
    pair aspect "gdaldem aspect" "$w/df-aspect.tif" "$w/gd-aspect.tif" -- "${java[@]}" aspect "$dem" "$w/df-aspect.tif" \
      -- gdaldem aspect -q "${co[@]}" -co PREDICTOR=3 "$dem" "$w/gd-aspect.tif"
    check aspect $PY scripts/bench_blocks.py compare "$w/df-aspect.tif" "$w/gd-aspect.tif" 1 angle
  fi
  if want "slope+aspect"; then
    pair "slope+aspect" "gdaldem slope + aspect" "$w/df-s2.tif $w/df-a2.tif" "$w/gd-s2.tif $w/gd-a2.tif" \
      -- "${java[@]}" slope-aspect "$dem" "$w/df-s2.tif" "$w/df-a2.tif" \
      -- bash -c 'gdaldem slope -q "${@:3}" "$1" "$2/gd-s2.tif" && gdaldem aspect -q "${@:3}" "$1" "$2/gd-a2.tif"' _ "$dem" "$w" "${co[@]}" -co PREDICTOR=3
  fi
  if want "focal mean 3x3"; then
    pair "focal mean 3x3" "scipy uniform_filter" "$w/df-mean.tif" "$w/gd-mean.tif" -- "${java[@]}" focal-mean "$dem" "$w/df-mean.tif" \
      -- $PY scripts/bench_blocks.py focal-mean "$dem" "$w/gd-mean.tif"
    check "focal mean" $PY scripts/bench_blocks.py compare "$w/df-mean.tif" "$w/gd-mean.tif" 0.001
  fi
  if want "calc 3 rasters"; then
    # (DEM − 1000) · plantation mask · (land cover ≠ water): three inputs, nodata of any → nodata.
    pair "calc 3 rasters" gdal_calc.py "$w/df-calc.tif" "$w/gd-calc.tif" -- "${java[@]}" calc "$dem" "$lc" "$fac" "$water" "$w/df-calc.tif" \
      -- gdal_calc.py --quiet -A "$dem" -B "$lc" -C "$fac" \
      --outfile="$w/gd-calc.tif" --calc="(A-1000)*C*(B!=$water)" --NoDataValue=-9999 --type=Float32 \
      --co=TILED=YES --co=BLOCKXSIZE=512 --co=BLOCKYSIZE=512 --co=COMPRESS=DEFLATE --co=PREDICTOR=3 \
      --co=NUM_THREADS=ALL_CPUS --co=BIGTIFF=IF_SAFER
    check calc $PY scripts/bench_blocks.py compare "$w/df-calc.tif" "$w/gd-calc.tif" 0
  fi
  if want "proximity"; then
    # Without GDAL_NUM_THREADS / NUM_THREADS: gdal_proximity writes scanlines up then down through the
    # tiled output, and multi-threaded tile compression makes that 20-60x slower (measured at 1000 x 1000).
    pair proximity gdal_proximity.py "$w/df-prox.tif" "$w/gd-prox.tif" -- "${java[@]}" proximity "$lc" "$water" "$w/df-prox.tif" \
      -- env -u GDAL_NUM_THREADS gdal_proximity.py "$lc" "$w/gd-prox.tif" -q -values "$water" \
      -distunits GEO -ot Float32 "${co[@]/NUM_THREADS=ALL_CPUS/NUM_THREADS=1}" -co PREDICTOR=3
    # gdal_proximity's two sweeps are not an exact EDT: allow half a cell.
    check proximity $PY scripts/bench_blocks.py compare "$w/df-prox.tif" "$w/gd-prox.tif" 15
  fi
  if want "label"; then
    pair label "scipy ndimage.label" "$w/df-label.tif" "$w/gd-label.tif" -- "${java[@]}" label "$lc" "$w/df-label.tif" \
      -- $PY scripts/bench_blocks.py label "$lc" "$w/gd-label.tif" "$codes"
    check "label (patch count)" bash -c '[ "$(gdalinfo -stats "$1" | sed -n "s/.*STATISTICS_MAXIMUM=//p")" = "$(gdalinfo -stats "$2" | sed -n "s/.*STATISTICS_MAXIMUM=//p")" ] && echo "$(gdalinfo "$1" | sed -n "s/.*STATISTICS_MAXIMUM=//p") patches"' _ "$w/df-label.tif" "$w/gd-label.tif"
    rm -f "$w"/*.aux.xml
  fi
  if want "polygonize"; then
    pair polygonize gdal_polygonize.py "$w/df-poly.wkb" "$w/gd-poly.fgb" -- "${java[@]}" polygonize "$lc" "$w/df-poly.wkb" \
      -- gdal_polygonize.py -q "$lc" -of FlatGeobuf "$w/gd-poly.fgb" patches class
    check "polygonize (polygon count)" bash -c 'a=$(sed -n "s/^polygons: //p" "$1"); b=$(ogrinfo -so -al "$2" | sed -n "s/^Feature Count: //p"); echo "dunefront $a, gdal $b"; [ "$a" = "$b" ]' _ "${M_LOGS[polygonize|dunefront]##* }" "$w/gd-poly.fgb"
  fi
}

# toolchain_total: "wall_s cpu_s count names": the GDAL sides of the TOOLCHAIN blocks measured
# successfully, summed (names comma-separated).
toolchain_total() {
  local b gw=0 gc=0 k=0 names=""
  for b in "${TOOLCHAIN[@]}"; do
    [ "${M_STATUS[$b|gdal]:-}" = ok ] || continue
    gw=$(awk -v a="$gw" -v b="${M_WALL[$b|gdal]}" 'BEGIN {printf "%.2f", a + b}')
    gc=$(awk -v a="$gc" -v b="${M_CPU[$b|gdal]}" 'BEGIN {printf "%.2f", a + b}')
    k=$((k + 1)); names+="${names:+,}$b"
  done
  echo "$gw $gc $k ${names:-none}"
}
