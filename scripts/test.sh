#!/usr/bin/env bash
# The whole test suite, on a fresh machine: installs what the tests need (Debian's GDAL tools as
# the independent oracle, and GDAL's Java bindings when the setup script exists), then runs
# Maven's full build with all tests, then regenerates the sample basin's action maps and compares
# their checksums with the committed ones (scripts/regenerate-maps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
if [ -x scripts/setup-gdal.sh ]; then bash scripts/setup-gdal.sh; fi
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
mvn -B -ntp verify "$@" 2>&1 | tee "$log"
# Deterministic regeneration: the sample basin's outputs must match the committed checksums.
bash scripts/regenerate-maps.sh
# One closing line for CI: Surefire's totals (the last "Tests run:" line is the module total).
summary=$(grep -E '^\[(INFO|WARNING|ERROR)\] Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$' "$log" | tail -1)
if [ -n "$summary" ]; then
run=$(sed -E 's/.*Tests run: ([0-9]+).*/\1/' <<<"$summary"); fail=$(sed -E 's/.*Failures: ([0-9]+).*/\1/' <<<"$summary")
err=$(sed -E 's/.*Errors: ([0-9]+).*/\1/' <<<"$summary"); skip=$(sed -E 's/.*Skipped: ([0-9]+).*/\1/' <<<"$summary")
echo "tests: $((run - fail - err - skip)) passed, $((fail + err)) failed, $skip skipped"
fi
