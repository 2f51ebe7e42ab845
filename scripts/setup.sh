#!/usr/bin/env bash
# Installs the Debian 12 packages heftsatz needs (only those missing), then
# configures and builds it in build/ (not with --deps-only). Used by
# sample.sh, test.sh, sanitize.sh, fuzz.sh and CI. EXTRA_PACKAGES adds more.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  g++ cmake pkg-config perl
  libpodofo-dev libharfbuzz-dev libfreetype-dev libxml2-dev libicu-dev libhyphen-dev libhunspell-dev libqpdf-dev libjpeg-dev libpng-dev zlib1g-dev libdeflate-dev libjemalloc-dev
  libpoppler-cpp-dev libssl-dev nlohmann-json3-dev
  catch2 poppler-utils qpdf
  ${EXTRA_PACKAGES:-}
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# What to run by hand when this script cannot install: the exact command,
# so a user without root or sudo can ask someone who has them.
explain_missing() {
  {
    echo "setup.sh: these Debian packages are missing: ${missing[*]}"
    echo "$1"
    echo "Install them as root, then run scripts/setup.sh again:"
    echo "  apt-get update && apt-get install -y ${missing[*]}"
    echo "(or, with sudo rights: sudo apt-get update && sudo apt-get install -y ${missing[*]})"
  } >&2
  exit 1
}
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then
    # sudo must exist and either need no password or be able to ask for one.
    command -v sudo >/dev/null 2>&1 || explain_missing "You are not root, and sudo is not installed."
    sudo -n true 2>/dev/null || [ -t 0 ] ||
      explain_missing "You are not root, and sudo needs a password but there is no terminal to ask for it."
    sudo_cmd=(sudo)
  fi
  echo "installing: ${missing[*]}"
  { "${sudo_cmd[@]}" apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null; } ||
    explain_missing "apt-get failed${sudo_cmd:+ under sudo} (see its message above)."
fi

[ "${1:-}" = "--deps-only" ] && exit 0

cmake_args=(-S . -B build -DCMAKE_BUILD_TYPE=Release)
# CI treats warnings as errors; a developer's build only shows them. CI
# builds from scratch, so it compiles the sources eight to a unit (CMake's
# unity build: each header parsed once per unit, not once per file; 3 min 47 s
# against 8 min 16 s here); a developer's build compiles them one by one,
# which rebuilds less after an edit and finds a file's missing #include.
[ "${CI:-}" = "true" ] && cmake_args+=(-DHEFTSATZ_WERROR=ON -DCMAKE_UNITY_BUILD=ON)
cmake "${cmake_args[@]}" >/dev/null
cmake --build build -j"$(nproc)"
