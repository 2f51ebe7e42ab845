#!/usr/bin/env bash
# Quick start, command 2: set up, build, and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
# The browser the web edition is tested in (tests/archive/test_web_browser.cpp).
EXTRA_PACKAGES="chromium ${EXTRA_PACKAGES:-}" scripts/setup.sh
cd build
ctest --output-on-failure -j"$(nproc)" "$@"
