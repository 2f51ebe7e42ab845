#!/usr/bin/env bash
# cmake --install into a scratch prefix, move the prefix, and typeset with
# the moved program: it must find its data from its own place, name only
# the prefix in --print-data-dirs, make the same PDF as the build tree, and
# build the README's minimal issue without a warning. As root, the source
# tree is also hidden under an empty tmpfs (a private mount namespace) while
# the moved program runs, so reading it would fail.
#   relocated-install.sh BUILD_DIR SOURCE_DIR TREE_HEFTSATZ
set -euo pipefail
build_dir=$(readlink -f "$1") source_dir=$(readlink -f "$2") tree_heftsatz=$(readlink -f "$3")
scratch=$(mktemp -d /tmp/heftsatz-install-test.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
export SOURCE_DATE_EPOCH=1606780800
unset HEFTSATZ_DATA

cmake --install "$build_dir" --prefix "$scratch/prefix" >/dev/null
mv "$scratch/prefix" "$scratch/moved"
prefix=$scratch/moved
for f in bin/heftsatz share/heftsatz/layouts/kommune21.xml share/heftsatz/fonts/NotoSerif.LICENSE.txt \
         share/heftsatz/hyphenation/hyph_de-x-dehyphn.dic share/heftsatz/hyphenation/hyph_de-x-dehyphn.LICENSE.txt \
         share/heftsatz/hunspell/de_DE.aff share/heftsatz/icc/sRGB.icc share/man/man1/heftsatz.1.gz \
         share/bash-completion/completions/heftsatz share/doc/heftsatz/copyright \
         share/doc/heftsatz/examples/minimal-issue/issue.xml; do
  [ -f "$prefix/$f" ] || { echo "not installed: $f"; exit 1; }
done
[ ! -e "$prefix/bin/heftsatz-build-tree" ] || { echo "the build-tree marker was installed"; exit 1; }

cp -r "$source_dir/issues/2020-12" "$scratch/issue"
cp -r "$prefix/share/doc/heftsatz/examples/minimal-issue" "$scratch/minimal"
mkdir "$scratch/elsewhere"
"$tree_heftsatz" build -q "$source_dir/issues/2020-12" -o "$scratch/tree.pdf"

# Everything the moved program reads, as it reports it: the issue and the prefix only.
dirs=$(cd "$scratch/elsewhere" && "$prefix/bin/heftsatz" --print-data-dirs "$scratch/issue")
echo "$dirs"
grep -q "^  installed  *$prefix/share/heftsatz\$" <<<"$dirs" || { echo "the installed data is not $prefix/share/heftsatz"; exit 1; }
paths=$(grep -oE '/[^ ]*$' <<<"$dirs")
while read -r path; do
  case $path in
    "$scratch/issue" | "$prefix"/share/heftsatz*) ;;
    *) echo "--print-data-dirs names $path, outside the prefix"; exit 1 ;;
  esac
done <<<"$paths"

# Under scripts/sanitize.sh, LeakSanitizer reads its suppressions from the
# source tree, which is about to be hidden: it gets a copy.
if [[ ${LSAN_OPTIONS:-} =~ suppressions=([^:]+) ]] && [ -f "${BASH_REMATCH[1]}" ]; then
  cp "${BASH_REMATCH[1]}" "$scratch/lsan.supp"
  export LSAN_OPTIONS=${LSAN_OPTIONS/${BASH_REMATCH[1]}/$scratch/lsan.supp}
fi

# The builds, run from another folder; the tree hidden if we may.
run_moved() {
  cd "$scratch/elsewhere"
  "$prefix/bin/heftsatz" build -q "$scratch/issue" -o "$scratch/installed.pdf"
  "$prefix/bin/heftsatz" build --strict "$scratch/minimal" -o "$scratch/minimal.pdf" >"$scratch/minimal.log" 2>&1
}
# The probe mounts in a namespace of its own, which ends with it: a
# container without the right to mount falls back to the tree in place.
if [ "$(id -u)" = 0 ] && unshare -m mount -t tmpfs none "$scratch/elsewhere" 2>/dev/null; then
  export -f run_moved
  export scratch prefix
  unshare -m bash -c "mount -t tmpfs none '$source_dir' && [ ! -e '$source_dir/layouts' ] && run_moved"
  echo "built with $source_dir hidden"
else
  run_moved
  echo "built with $source_dir in place (not root: cannot hide it)"
fi
cmp "$scratch/tree.pdf" "$scratch/installed.pdf"
echo "the moved program's PDF is byte-identical to the build tree's ($(stat -c %s "$scratch/installed.pdf") bytes)"
cat "$scratch/minimal.log"
grep -q ", 0 warnings\$" "$scratch/minimal.log" || { echo "the minimal issue has warnings"; exit 1; }
