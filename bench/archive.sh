#!/usr/bin/env bash
# Times `heftsatz archive` on 24 issues of 48 pages (issue 11, point 7): copies
# of the corpus issue data/corpus/handbuch (34 articles, 32,682 words of real
# German prose), numbered 1/2019 to 12/2020. Cold (an empty archive) and warm
# (nothing changed) with 1 and 2 jobs; prints the median of RUNS runs each.
#   bench/archive.sh [RUNS] [ISSUES]     (default 3 runs, 24 issues)
# Targets on the 2-core machine: cold under 10 s with 2 jobs, warm under 1 s.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
count=${2:-24}
binary=${HEFTSATZ:-build/heftsatz}  # HEFTSATZ=path: another build, to compare
[ -x "$binary" ] || scripts/setup.sh >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/issues"
for ((k = 0; k < count; k++)); do
  year=$((2019 + k / 12)); month=$((k % 12 + 1))
  folder=$(printf "%s/issues/%04d-%02d" "$work" "$year" "$month")
  cp -r data/corpus/handbuch "$folder"
  sed -i -E "s/number=\"[0-9]+\" year=\"[0-9]+\" date=\"[0-9-]+\"/number=\"$month\" year=\"$year\" date=\"$(printf %04d-%02d-01 "$year" "$month")\"/" \
    "$folder/issue.xml"
done

seconds() { # command... : wall seconds of one run
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f\n", b - a}'
}
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }

echo "heftsatz archive: $count issues of 48 pages, median of $runs runs"
for jobs in 1 2; do
  cold=(); warm=()
  for ((r = 0; r < runs; r++)); do
    # A new folder for each cold run, the old ones removed only at the end:
    # ext4 searches past inodes freed in the last seconds, so creating the
    # site's 1,646 files right after removing an archive took 1 s instead of
    # 0.1 s, which a cold archive in CI (a fresh folder) does not pay.
    out="$work/out-$jobs-$r"
    cold+=("$(seconds "$binary" archive "$work/issues" -o "$out" -j "$jobs")")
    warm+=("$(seconds "$binary" archive "$work/issues" -o "$out" -j "$jobs")")
  done
  printf "  -j %d: cold %6.2f s, warm %5.2f s\n" "$jobs" \
    "$(printf "%s\n" "${cold[@]}" | median)" "$(printf "%s\n" "${warm[@]}" | median)"
done
pages=$(find "$out" -name '*-archive.pdf' | wc -l)
echo "  $pages issues in the archive, $(du -sh "$out" | cut -f1)"
