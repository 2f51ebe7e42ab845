#!/usr/bin/env bash
# Builds the Debian package (cpack -G DEB), installs it into a clean Debian 12
# root with apt-get, which must resolve its Depends, and typesets there, in
# /tmp of that root and with no source tree in it: the sample issue, whose PDF
# must be byte-identical to the build tree's, and the minimal issue of
# /usr/share/doc/heftsatz/examples, which must have no warning. Prints how
# long each step took.
#
# Needs root (debootstrap, chroot, mount) and the Debian mirror the build
# machine uses (its apt sources are copied into the root, so the libraries
# come in the versions heftsatz was built with). The minbase root is made
# once with debootstrap and kept as a tarball, remade after 7 days:
# HEFTSATZ_DEB_ROOT_CACHE (default /var/cache/heftsatz/bookworm-minbase.tar).
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$PWD
started=$SECONDS
step() { echo "test-deb: [$((SECONDS - started)) s] $*"; }

if [ "$(id -u)" -ne 0 ]; then
  echo "test-deb.sh: run it as root: it makes a Debian root with debootstrap and enters it with chroot" >&2
  exit 1
fi
EXTRA_PACKAGES="debootstrap dpkg-dev" scripts/setup.sh
step "built"

work=$(mktemp -d /tmp/heftsatz-deb.XXXXXX)
root=$work/root
cleanup() {
  mountpoint -q "$root/proc" && umount "$root/proc"
  rm -rf "$work"
}
trap cleanup EXIT

cpack -G DEB --config build/CPackConfig.cmake -B "$work/deb" >/dev/null
deb=$(ls "$work"/deb/heftsatz_*.deb)
step "packed $(basename "$deb"), $(stat -c %s "$deb") bytes"
dpkg-deb -f "$deb" Depends

export SOURCE_DATE_EPOCH=1606780800
build/heftsatz build -q issues/2020-12 -o "$work/tree.pdf"

cache=${HEFTSATZ_DEB_ROOT_CACHE:-/var/cache/heftsatz/bookworm-minbase.tar}
mkdir -p "$root"
if [ -f "$cache" ] && [ -n "$(find "$cache" -mtime -7)" ]; then
  tar -xf "$cache" -C "$root"
  step "unpacked the cached minbase root $cache"
else
  # The first source the build machine names is the mirror to use.
  mirror=$(grep -hoE '^(URIs:|deb) +http[^ ]+' /etc/apt/sources.list /etc/apt/sources.list.d/*.sources 2>/dev/null |
           grep -v security | head -1 | awk '{print $2}' || true)
  debootstrap --variant=minbase bookworm "$root" "${mirror:-http://deb.debian.org/debian}" >"$work/debootstrap.log" 2>&1 ||
    { tail -20 "$work/debootstrap.log"; exit 1; }
  step "made a minbase root with debootstrap"
  mkdir -p "$(dirname "$cache")"
  tar -cf "$cache.tmp" -C "$root" . && mv "$cache.tmp" "$cache"
  step "kept it as $cache"
fi

# The build machine's apt sources (bookworm, its updates and security), so
# apt-get finds the library versions heftsatz was built and tested with.
rm -f "$root"/etc/apt/sources.list "$root"/etc/apt/sources.list.d/*
cp -a /etc/apt/sources.list.d/. "$root/etc/apt/sources.list.d/"
[ -f /etc/apt/sources.list ] && cp /etc/apt/sources.list "$root/etc/apt/"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# heftsatz finds its data through /proc/self/exe.
mount -t proc proc "$root/proc"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

cp "$deb" "$root/tmp/heftsatz.deb"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends /tmp/heftsatz.deb \
  >"$work/apt.log" 2>&1 || { tail -30 "$work/apt.log"; exit 1; }
step "installed the package and its Depends: $(grep -c '^Setting up' "$work/apt.log") packages set up"

in_root heftsatz --version | head -1
dirs=$(in_root heftsatz --print-data-dirs)
echo "$dirs"
grep -q '^  installed  */usr/share/heftsatz$' <<<"$dirs" || { echo "the data is not looked for in /usr/share/heftsatz"; exit 1; }
if grep -q "$source_dir" <<<"$dirs"; then echo "the installed heftsatz names the source tree"; exit 1; fi
[ -f "$root/usr/share/man/man1/heftsatz.1.gz" ] && [ -f "$root/usr/share/bash-completion/completions/heftsatz" ] &&
  [ -f "$root/usr/share/doc/heftsatz/copyright" ] || { echo "man page, completion or copyright missing"; exit 1; }

cp -r issues/2020-12 "$root/tmp/issue"
in_root env SOURCE_DATE_EPOCH="$SOURCE_DATE_EPOCH" heftsatz build /tmp/issue -o /tmp/issue.pdf
cmp "$work/tree.pdf" "$root/tmp/issue.pdf"
step "the sample issue built in the root is byte-identical to the build tree's ($(stat -c %s "$work/tree.pdf") bytes)"

in_root cp -r /usr/share/doc/heftsatz/examples/minimal-issue /tmp/minimal-issue
summary=$(in_root sh -c 'cd /tmp && heftsatz build --strict minimal-issue 2>&1')
echo "$summary"
grep -q ', 0 warnings$' <<<"$summary" || { echo "the minimal issue has warnings"; exit 1; }
step "the minimal issue built with 0 warnings; done"
