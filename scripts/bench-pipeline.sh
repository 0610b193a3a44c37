# shellcheck shell=bash
# The Dunefront side of the full benchmark (`scripts/bench.sh --size N`): the synthetic basin from
# `dunefront sample-data` (reused when its README's parameters and checksums match) and the pipeline
# (ingest → drift → migrate → rank → plan → render) under GNU time. Sourced by scripts/bench.sh (uses
# its log, die, measure, add_row, OUT and the M_* tables). See docs/performance.md.

SEED=${SEED:-7}
CELL_M=30
STAGES=(ingest drift migrate rank plan render)
# The launcher's default heap. A stage that exhausts it exits 5 (the workflow's OutOfMemoryException),
# reported as "failed: OutOfMemoryError / exit 5" in the table.
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx6g}

# basin_matches DIR SIZE: DIR holds a complete sample-data basin of SIZE x SIZE, seed $SEED, $CELL_M m
# (the README quotes the command; its SHA-256 list matches every file). Prints why not, otherwise nothing.
basin_matches() {
  local d=$1 n=$2
  [ -f "$d/README.md" ] || { echo "no README.md (not a sample-data basin)"; return 1; }
  grep -qE -- "--seed $SEED --size ${n}x${n} --cell $CELL_M( |\`|$)" "$d/README.md" \
    || { echo "README.md quotes other parameters"; return 1; }
  (cd "$d" && grep -E '^[0-9a-f]{64}  [^ ]+$' README.md | sha256sum -c --quiet --status) \
    || { echo "a file differs from the README's checksums"; return 1; }
}

# ensure_basin SIZE: generates out/bench/basin-SIZE with `dunefront sample-data` (timed: row
# "sample-data") unless a matching one is there.
ensure_basin() {
  local n=$1 d="$OUT/basin-$1" why
  BASIN=$d
  if why=$(basin_matches "$d" "$n"); then
    log "reusing $d: README parameters (seed $SEED, ${n}x${n}, $CELL_M m) and SHA-256 checksums match"
    add_row "sample-data" "sample-data" "dunefront sample-data" reused
    return 0
  fi
  [ -d "$d" ] && log "regenerating $d: $why"
  rm -rf "$d"
  log "generating the sample basin ${n} x ${n} in $d"
  CLEAN="" JAVA_OPTS="$BENCH_JAVA_OPTS" REPEAT=1 measure "sample-data" \
    scripts/dunefront sample-data --out "$d" --size "${n}x${n}" --cell "$CELL_M" --seed "$SEED" || true
  add_row "sample-data" "sample-data" "dunefront sample-data"
  [ "${M_STATUS[sample-data]}" = ok ] || { BASIN=""; return 1; }
}

# remaining_s: seconds left of the pipeline's --timeout budget (a large number without one).
remaining_s() {
  if [ "${PIPE_TIMEOUT:-0}" -le 0 ]; then echo 999999; return; fi
  echo $((PIPE_DEADLINE - $(date +%s)))
}

# stage_seconds LOG STAGE: the in-process wall seconds of STAGE from the CLI's "stage X: done in N s" line.
stage_seconds() { sed -n "s/.*stage $2: done in \([0-9.]*\) s.*/\1/p" "$1" | tail -1; }

# pipeline_run SIZE MODE: MODE "stages" runs `dunefront <stage> --from <stage>` once per stage (each its
# own JVM under GNU time: per-stage wall, CPU and peak RSS; upstream stages are up to date and skipped)
# and sums them into the "full run" row; MODE "run" runs one `dunefront run --force` under GNU time and
# takes each stage's wall time from its "stage X: done in N s" lines (no per-stage CPU or RSS).
pipeline_run() {
  local n=$1 mode=$2 cells=$(($1 * $1)) s key rem failed="" cfg="$BASIN/sample.yaml"
  local out="$OUT/pipeline-$n" common
  common=(--config "$cfg" --out "$out" --run bench "${PIPE_SETS[@]}")
  PIPE_DEADLINE=$(($(date +%s) + ${PIPE_TIMEOUT:-0}))
  if [ "$mode" = run ]; then
    rem=$(remaining_s)
    CLEAN="" JAVA_OPTS="$BENCH_JAVA_OPTS" LIMIT_S=$rem measure "full run" \
      timeout -k 60 "$rem" scripts/dunefront run "${common[@]}" --force || true
    for s in "${STAGES[@]}"; do
      local walls=() log sec
      for log in ${M_LOGS[full run]}; do
        sec=$(stage_seconds "$log" "$s"); [ -n "$sec" ] && walls+=("$sec")
      done
      key="stage $s"
      M_CELLS[$key]=$cells; M_CPU[$key]="-"; M_RSS[$key]="-"; M_LOAD[$key]=${M_LOAD[full run]}
      if [ ${#walls[@]} -gt 0 ]; then M_WALL[$key]=$(median "${walls[@]}"); M_STATUS[$key]=ok
      else M_WALL[$key]="-"; M_STATUS[$key]="not finished (see full run)"; fi
      add_row "$key" "$s" "(in dunefront run)"
    done
    M_CELLS[full run]=$cells
    add_row "full run" "full run" "dunefront run --force"
    return 0
  fi
  local wsum=0 csum=0 rmax=0
  for s in "${STAGES[@]}"; do
    key="stage $s"
    M_CELLS[$key]=$cells
    if [ -n "$failed" ]; then
      M_STATUS[$key]="not run ($failed failed)"; M_LOAD[$key]="-"
    elif [ "$(remaining_s)" -le 0 ]; then
      M_STATUS[$key]="not run (--timeout $PIPE_TIMEOUT s spent)"; M_LOAD[$key]="-"; failed=$s
    else
      rem=$(remaining_s)
      CLEAN="" JAVA_OPTS="$BENCH_JAVA_OPTS" LIMIT_S=$rem measure "$key" \
        timeout -k 60 "$rem" scripts/dunefront "$s" "${common[@]}" --from "$s" || failed=$s
      local sec; sec=$(stage_seconds "${M_LOGS[$key]##* }" "$s")
      [ -n "$sec" ] && log "stage $s: ${sec} s inside the JVM (the rest of the command's wall time: JVM start, configuration, cache check of upstream outputs)"
    fi
    add_row "$key" "$s" "dunefront $s"
    if [ -n "${M_WALL[$key]:-}" ] && [ "${M_WALL[$key]}" != "-" ]; then
      wsum=$(awk -v a="$wsum" -v b="${M_WALL[$key]}" 'BEGIN {printf "%.2f", a + b}')
      csum=$(awk -v a="$csum" -v b="${M_CPU[$key]}" 'BEGIN {printf "%.2f", a + b}')
      rmax=$(awk -v a="$rmax" -v b="${M_RSS[$key]}" 'BEGIN {print (b + 0 > a + 0 ? b : a)}')
    fi
  done
  key="full run"
  M_CELLS[$key]=$cells; M_WALL[$key]=$wsum; M_CPU[$key]=$csum; M_RSS[$key]=$rmax; M_LOAD[$key]=${M_LOAD[stage ${STAGES[0]}]:-}
  if [ -n "$failed" ]; then M_STATUS[$key]="failed ($failed: ${M_STATUS[stage $failed]})"; FAILURES=$((FAILURES + 1))
  else M_STATUS[$key]=ok; fi
  add_row "$key" "full run" "sum of the ${#STAGES[@]} stage commands"
}
