#!/usr/bin/env bash
# Installs the Debian 12 packages heftsatz needs (only those missing), then
# configures and builds it in build/. Used by sample.sh, test.sh and CI.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  g++ cmake pkg-config perl
  libpodofo-dev libharfbuzz-dev libfreetype-dev libxml2-dev libicu-dev libhyphen-dev libqpdf-dev libjpeg-dev libpng-dev zlib1g-dev
  catch2 poppler-utils qpdf
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

cmake_args=(-S . -B build -DCMAKE_BUILD_TYPE=Release)
# CI treats warnings as errors; a developer's build only shows them.
[ "${CI:-}" = "true" ] && cmake_args+=(-DHEFTSATZ_WERROR=ON)
cmake "${cmake_args[@]}" >/dev/null
cmake --build build -j"$(nproc)"
