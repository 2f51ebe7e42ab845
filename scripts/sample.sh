#!/usr/bin/env bash
# Quick start, command 1: set up, build, and typeset the sample issue.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
build/heftsatz build issues/2020-12 -o out/kommune21-2020-12.pdf "$@"
