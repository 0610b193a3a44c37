#!/usr/bin/env bash
# Regenerates the sample basin's action maps and compares every output's SHA-256 with the
# committed rasters/expected-checksums.sha256. Exit 0 when identical; exit 1 and list the
# differences (changed, missing, new files) when they differ; the run's own exit code (2/3/4/1)
# when the run fails.
#
#   scripts/regenerate-maps.sh                 # CI: regenerate and compare
#   scripts/regenerate-maps.sh --update        # accept the current outputs as the new reference
#   scripts/regenerate-maps.sh --set drift.thresholdWindKn=10   # extra run options (a changed
#                                              # parameter must make the comparison fail)
set -uo pipefail
cd "$(dirname "$0")/.."
expected=rasters/expected-checksums.sha256
update=0
args=()
for a in "$@"; do
  if [ "$a" = "--update" ]; then update=1; else args+=("$a"); fi
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

scripts/dunefront run --out "$work" --run sample --quiet ${args[@]+"${args[@]}"}
rc=$?
if [ $rc -ne 0 ]; then
  echo "regenerate-maps: the sample run failed with exit code $rc" >&2
  exit $rc
fi
actual="$work/sample/checksums.sha256"

if [ $update -eq 1 ]; then
  cp "$actual" "$expected"
  echo "regenerate-maps: wrote $expected ($(wc -l < "$expected") files)"
  exit 0
fi
if [ ! -f "$expected" ]; then
  echo "regenerate-maps: $expected is missing; create it with: scripts/regenerate-maps.sh --update" >&2
  exit 2
fi

# lines are "<sha256>  <path>", sorted by path
join -1 2 -2 2 -a 1 -a 2 -e MISSING -o 0,1.1,2.1 \
  <(awk '{print $1, $2}' "$expected" | sort -k2) <(awk '{print $1, $2}' "$actual" | sort -k2) > "$work/joined"
status=0
while read -r path want got; do
  if [ "$want" = MISSING ]; then echo "new:     $path"; status=1
  elif [ "$got" = MISSING ]; then echo "missing: $path"; status=1
  elif [ "$want" != "$got" ]; then echo "changed: $path"; status=1
  fi
done < "$work/joined"
if [ $status -eq 0 ]; then
  echo "regenerate-maps: all $(wc -l < "$expected") outputs match $expected"
else
  echo "regenerate-maps: outputs differ from $expected (run with --update to accept them)" >&2
fi
exit $status
