#!/usr/bin/env bash
# The main job: builds Dunefront and runs the whole pipeline on the bundled sample basin,
# writing the action plan to out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
mkdir -p out
exec scripts/dunefront run --out out "$@"
