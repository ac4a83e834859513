#!/usr/bin/env bash
# Builds Twinning Tracker and starts it on its default database.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTWINNING_BUILD_TESTS=OFF
cmake --build build --target twinning-tracker
exec build/twinning-tracker "$@"
