#!/usr/bin/env bash
# The whole test suite, on a fresh machine: installs what the tests need (Debian's GDAL tools as
# the independent oracle, and GDAL's Java bindings when the setup script exists), then runs
# Maven's full build with all tests, then regenerates the sample basin's action maps and compares
# their checksums with the committed ones (scripts/regenerate-maps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
if [ -x scripts/setup-gdal.sh ]; then bash scripts/setup-gdal.sh; fi
mvn -B -ntp verify "$@"
# Deterministic regeneration: the sample basin's outputs must match the committed checksums.
bash scripts/regenerate-maps.sh
