#!/usr/bin/env bash
# Remakes the ICC profiles in data/icc/ from Debian 12 packages (see
# data/icc/README.md): builds the CMYK print profile FOGRA39L-coated.icc from
# the FOGRA39L characterization data of icc-profiles-free with ArgyllCMS
# colprof, and copies sRGB.icc and the licence file of icc-profiles-free.
# Installs what it needs if missing (through setup.sh --deps-only).
#   scripts/make-print-profile.sh           write the files into data/icc/
#   scripts/make-print-profile.sh --check   write nothing; exit 1 when a fresh
#                                           build differs from data/icc/
set -euo pipefail
cd "$(dirname "$0")/.."

check=false
case "${1:-}" in
  "") ;;
  --check) check=true ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

EXTRA_PACKAGES="${EXTRA_PACKAGES:-} argyll icc-profiles-free" scripts/setup.sh --deps-only

# The versions the committed files were made with. Another colprof may give
# a (slightly) different profile; that is fine, but it is not byte-identical.
built_with=("argyll=2.3.1+repack-1.1+b1" "icc-profiles-free=2.0.1+dfsg-1.1")
for pv in "${built_with[@]}"; do
  have=$(dpkg-query -W -f='${Version}' "${pv%%=*}")
  [ "$have" = "${pv#*=}" ] ||
    echo "make-print-profile.sh: note: ${pv%%=*} is $have, data/icc/ was made with ${pv#*=}" >&2
done

src=/usr/share/color/icc
out=data/icc
description="FOGRA39L coated (ISO 12647-2:2004), heftsatz"
copyright="Made with ArgyllCMS colprof from FOGRA39L.ti3 (Fogra characterization data, Debian icc-profiles-free, Zlib licence). No warranty."
# colprof writes the current time into the header (its only varying bytes);
# a fixed creation date (UTC) makes the build byte-reproducible.
created=(2026 11 30 0 0 0)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$src/FOGRA39L.ti3" "$tmp/FOGRA39L.ti3"
# -qm: medium quality (CMYK->Lab A2B tables with a 9^4 grid in colprof
# 2.3.1), -bl: low-quality Lab->CMYK B2A tables (9^3), -kr: black generation
# ramping from 0 to 100 %, -l 330: total ink limit 330 %, -nc: do not embed
# the .ti3 measurements (keeps the file small). No -s/-S: the perceptual and
# saturation tables are the colorimetric ones (no gamut mapping).
if ! (cd "$tmp" && colprof -v -qm -bl -kr -nc -l 330 -D "$description" -C "$copyright" \
        -O FOGRA39L-coated.icc FOGRA39L) >"$tmp/colprof.log" 2>&1; then
  cat "$tmp/colprof.log" >&2
  echo "make-print-profile.sh: colprof failed" >&2
  exit 1
fi
grep '^Profile check complete' "$tmp/colprof.log" || true

icc="$tmp/FOGRA39L-coated.icc"
perl -e 'open(my $f, "+<", $ARGV[0]) or die "$ARGV[0]: $!"; binmode $f;
         seek($f, 24, 0); print $f pack("n6", @ARGV[1..6]); close $f or die' "$icc" "${created[@]}"
# Header sanity: signature, device class, colour space, PCS.
[ "$(dd if="$icc" bs=1 skip=36 count=4 status=none)" = acsp ] &&
  [ "$(dd if="$icc" bs=1 skip=12 count=12 status=none)" = "prtrCMYKLab " ] ||
  { echo "make-print-profile.sh: $icc has an unexpected header" >&2; exit 1; }

cp "$src/sRGB.icc" "$tmp/sRGB.icc"
cp /usr/share/doc/icc-profiles-free/copyright "$tmp/COPYRIGHT.icc-profiles-free"
files=(FOGRA39L-coated.icc sRGB.icc COPYRIGHT.icc-profiles-free)

if $check; then
  status=0
  for f in "${files[@]}"; do
    if cmp -s "$tmp/$f" "$out/$f"; then echo "same:    $out/$f"; else echo "differs: $out/$f"; status=1; fi
  done
  exit $status
fi
mkdir -p "$out"
for f in "${files[@]}"; do
  install -m 644 "$tmp/$f" "$out/$f"
done
sha256sum "${files[@]/#/$out/}"
