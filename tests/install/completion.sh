#!/usr/bin/env bash
# Sources the bash completion in a plain bash (no bash-completion package)
# and checks what <Tab> offers after a few prefixes, in a scratch folder with
# two issue folders, a folder without issue.xml and a layout.
#   completion.sh COMPLETION_SCRIPT
set -euo pipefail
script=$(readlink -f "$1")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"
mkdir -p issues/2020-12 issues/2021-01 issues/entwuerfe notes layouts
touch issues/2020-12/issue.xml issues/2021-01/issue.xml layouts/kommune21.xml layouts/libertine-57mm.xml
# shellcheck source=/dev/null
source "$script"

failures=0
# expect "WORDS OF THE LINE|" "OFFERED..." — the line is split as bash does;
# a trailing space in it means the cursor is on a new, empty word.
expect() {
  local line=$1 want=$2
  read -r -a COMP_WORDS <<<"$line"
  [[ $line == *" " ]] && COMP_WORDS+=("")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _heftsatz
  local got
  got=$(printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//')
  if [[ $got == "$want" ]]; then
    echo "ok:   '$line' -> $got"
  else
    echo "FAIL: '$line' -> '$got', expected '$want'"
    failures=$((failures + 1))
  fi
}

expect "heftsatz b" "build"
expect "heftsatz " "--help --print-data-dirs --version archive build check plan watch"
expect "heftsatz --p" "--print-data-dirs"
expect "heftsatz build --pro" "--profile"
expect "heftsatz build --profile " "archive print reader"
expect "heftsatz build --profile a" "archive"
expect "heftsatz check --pro" ""
expect "heftsatz plan -" "--data-dir --jobs --layout --output --quiet --report --strict --timings --typography -j -o -q"
expect "heftsatz build is" "issues/"
expect "heftsatz build issues/" "issues/2020-12 issues/2021-01"
expect "heftsatz check issues/2021" "issues/2021-01"
expect "heftsatz build no" ""
expect "heftsatz build issues/2020-12 --all" "--all-profiles"
expect "heftsatz build issues/2020-12 " "--all-profiles --data-dir --jobs --jpeg-quality --layout --linearize --no-linearize --output --profile --quiet --report --strict --timings --typography -j -o -q"
expect "heftsatz build issues/2020-12 --layout k" "kommune21"
expect "heftsatz --print-data-dirs --d" "--data-dir"
expect "heftsatz build --data-dir la" "layouts"
expect "heftsatz w" "watch"
expect "heftsatz watch issues/2020-12 --pro" "--profile"
expect "heftsatz watch issues/2020-12 --li" "--linearize"
expect "heftsatz archive --sh" "--shard"
expect "heftsatz archive --shard 2" "2/2 2/3"
expect "heftsatz archive iss" "issues"
expect "heftsatz archive issues -" "--base-url --data-dir --jobs --merge --output --quiet --shard --strict -j -o -q"

if ((failures > 0)); then
  echo "$failures completions differ"
  exit 1
fi
