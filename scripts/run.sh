#!/usr/bin/env bash
# Builds Twinning Tracker and starts it: on the database given, else the one open
# when its window was last closed, else on the welcome page.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh --run
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTWINNING_BUILD_TESTS=OFF
cmake --build build --target twinning-tracker
exec build/twinning-tracker "$@"
