#!/usr/bin/env bash
# Builds the dunefront jar and its runtime libraries (pipeline/target/dunefront.jar + lib/), skipping tests.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -DskipTests package
