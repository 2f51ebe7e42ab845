#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) in build-fuzz/ and runs
# each for SECONDS (default 30). Inputs that find new paths are kept in a
# scratch corpus; with --keep they are merged into tests/fuzz/corpus/<target>.
#   scripts/fuzz.sh 600 --keep     # ten minutes each, keep what was found
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
keep=${2:-}
EXTRA_PACKAGES="clang libclang-rt-14-dev" scripts/setup.sh --deps-only
# -O1 with line tables only and a unity build, as scripts/sanitize.sh builds,
# for the same reason.
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" -DCMAKE_UNITY_BUILD=ON -DHEFTSATZ_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target fuzz_manifest fuzz_text fuzz_image fuzz_issue hyphenation
status=0
for target in fuzz_manifest fuzz_text fuzz_image fuzz_issue; do
  # Whole issues are larger inputs than one article or one paragraph.
  max_len=16384
  [ "$target" = fuzz_issue ] && max_len=65536
  scratch=$(mktemp -d)
  cp -r tests/fuzz/corpus/$target/. "$scratch/" 2>/dev/null || true
  echo "== $target: $seconds s"
  if ! build-fuzz/tests/fuzz/$target "$scratch" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 \
       -rss_limit_mb=2048 -print_final_stats=1 2>"build-fuzz/$target.log"; then
    status=1
    echo "$target found a problem:"; tail -40 "build-fuzz/$target.log"
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "build-fuzz/$target.log" || true
  if [ "$keep" = "--keep" ]; then
    mkdir -p tests/fuzz/corpus/$target
    build-fuzz/tests/fuzz/$target -merge=1 tests/fuzz/corpus/$target "$scratch" 2>/dev/null
  fi
  rm -rf "$scratch"
done
exit $status
