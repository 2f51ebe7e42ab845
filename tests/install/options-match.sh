#!/usr/bin/env bash
# `heftsatz --help` and the man page must define the same options: every
# option line of --help ("  -o, --output FILE   ...") against every .TP item
# of the man page's OPTIONS section.
#   options-match.sh HEFTSATZ MANPAGE               pass if the sets are equal
#   options-match.sh --must-differ HEFTSATZ MANPAGE pass if dropping --timings
#     from the man page is caught (so the comparison can fail)
set -euo pipefail
must_differ=false
if [ "$1" = --must-differ ]; then must_differ=true; shift; fi
heftsatz=$1 manpage=$2

# The option names in a definition: "-o, --output FILE" gives -o and --output.
names() { grep -oE -- '(^|[ ,])--?[a-zA-Z][a-zA-Z0-9-]*' | sed -E 's/^[ ,]*//' | sort -u; }

help_options() {
  "$heftsatz" --help | grep -E '^  -' | sed -E 's/^  //; s/  +.*//' | names
}
# The line after each .TP in OPTIONS, with roff's font escapes and \- undone.
man_options() {
  awk '/^\.SH /{in_options = ($2 == "OPTIONS")} in_options && tp {print; tp = 0} in_options && /^\.TP/{tp = 1}' "$1" |
    sed -E 's/\\f[BIRP]//g; s/\\-/-/g' | names
}

manpage_used=$manpage
if $must_differ; then
  manpage_used=$(mktemp)
  trap 'rm -f "$manpage_used"' EXIT
  # Remove the .TP item whose next line defines --timings.
  awk '/^\.TP/{held = $0; next} held != "" {if ($0 !~ /\\-\\-timings/) {print held; print}; held = ""; next} {print}' \
    "$manpage" > "$manpage_used"
fi

help_set=$(help_options)
man_set=$(man_options "$manpage_used")
[ -n "$help_set" ] || { echo "no options found in heftsatz --help"; exit 1; }
[ -n "$man_set" ] || { echo "no options found in $manpage_used"; exit 1; }
only_help=$(comm -23 <(echo "$help_set") <(echo "$man_set"))
only_man=$(comm -13 <(echo "$help_set") <(echo "$man_set"))

if $must_differ; then
  if [ "$only_help" = "--timings" ] && [ -z "$only_man" ]; then
    echo "a man page without --timings is caught"
    exit 0
  fi
  echo "dropping --timings from the man page was not caught: only in --help: [$only_help], only in man: [$only_man]"
  exit 1
fi
if [ -n "$only_help" ] || [ -n "$only_man" ]; then
  [ -z "$only_help" ] || echo "in heftsatz --help but not in $manpage:" $only_help
  [ -z "$only_man" ] || echo "in $manpage but not in heftsatz --help:" $only_man
  exit 1
fi
echo "heftsatz --help and the man page define the same $(echo "$help_set" | wc -l) options:" $help_set
