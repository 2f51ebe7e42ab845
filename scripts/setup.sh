#!/usr/bin/env bash
# Installs the Debian 12 packages heftsatz needs (only those missing), then
# configures and builds it in build/ (not with --deps-only). Used by
# sample.sh, test.sh, sanitize.sh, fuzz.sh and CI. EXTRA_PACKAGES adds more.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  g++ cmake pkg-config perl
  libpodofo-dev libharfbuzz-dev libfreetype-dev libxml2-dev libicu-dev libhyphen-dev libhunspell-dev libqpdf-dev libjpeg-dev libpng-dev zlib1g-dev
  catch2 poppler-utils qpdf
  ${EXTRA_PACKAGES:-}
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

[ "${1:-}" = "--deps-only" ] && exit 0

cmake_args=(-S . -B build -DCMAKE_BUILD_TYPE=Release)
# CI treats warnings as errors; a developer's build only shows them.
[ "${CI:-}" = "true" ] && cmake_args+=(-DHEFTSATZ_WERROR=ON)
cmake "${cmake_args[@]}" >/dev/null
cmake --build build -j"$(nproc)"
