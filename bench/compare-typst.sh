#!/usr/bin/env bash
# Issue 12, point 3: the corpus issue set by heftsatz and by Typst (the npm
# package @myriaddreamin/typst-ts-node-compiler, Typst as a native module),
# in the same page, columns, fonts and sizes; prints both medians and the
# ratio. Needs node and npm (Debian: nodejs, npm) and the registry: the
# package is installed into a cache folder on the first run, never at build
# time and never into the source tree.
#   bench/compare-typst.sh [RUNS]        (default 5)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
heftsatz=${HEFTSATZ:-$root/build/heftsatz}
cache=${HEFTSATZ_TYPST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/heftsatz-typst}
[ -x "$heftsatz" ] || "$root/scripts/setup.sh" >/dev/null
command -v node >/dev/null && command -v npm >/dev/null || {
  echo "compare-typst.sh: needs node and npm (apt-get install nodejs npm)" >&2; exit 1; }
if [ ! -d "$cache/node_modules/@myriaddreamin/typst-ts-node-compiler" ]; then
  mkdir -p "$cache"
  npm install --prefix "$cache" --silent @myriaddreamin/typst-ts-node-compiler >/dev/null
fi
NODE_PATH="$cache/node_modules" node "$root/bench/typst/compare.mjs" "$root" "$heftsatz" "${1:-5}"
