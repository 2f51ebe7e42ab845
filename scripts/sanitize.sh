#!/usr/bin/env bash
# Builds with AddressSanitizer + UndefinedBehaviorSanitizer in build-asan/ and
# runs the whole test suite there (the binary under test is the sanitized one).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --deps-only
# -O1 with line tables only: the sanitizers' reports still name file, line and
# function, and the build takes half the time of -O2 -g (GCC 12: 20 against
# 41 s for layout/PagePlanner.cpp), which is most of CI's time. A unity
# build (eight sources to a unit, as CI's release build in setup.sh) halves
# it again.
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" \
  -DCMAKE_UNITY_BUILD=ON -DHEFTSATZ_SANITIZE=ON >/dev/null
cmake --build build-asan -j"$(nproc)"
cd build-asan
# Leak checking stays on, with PoDoFo's one known leak suppressed
# (tests/sanitizers/lsan.supp says which and why).
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
LSAN_OPTIONS=suppressions="$PWD/../tests/sanitizers/lsan.supp" \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --output-on-failure -j"$(nproc)" "$@"
