#!/usr/bin/env bash
# The page-count comparison of issue 9, point 3: the same 35 articles (20,004
# words, bench/pages/) set by heftsatz in the layout libertine-57mm and by
# LuaLaTeX with multicol in the same page, measure and fonts, each under two
# rules for where an article's head may begin (never in the page's bottom
# third; anywhere with four lines under it). Prints, for each, the pages, the
# words in the PDF, the body lines and the time. See bench/README.md.
#
#   bench/compare-pages.sh [-o DIR] [--heftsatz PATH]
#
#   -o DIR          keep the PDFs and logs in DIR (default: a temporary folder,
#                   removed at the end)
#   --heftsatz PATH the binary (default: build/heftsatz, or $HEFTSATZ)
#
# Needs python3 and poppler-utils (pdftotext). The LaTeX side needs lualatex
# and the packages fontspec, babel (ngerman hyphenation), microtype, multicol
# and xcolor (Debian: texlive-luatex texlive-latex-recommended
# texlive-lang-german); without them the heftsatz side is measured alone, the
# script says what is missing and exits with 1. TeX Live is not part of
# scripts/setup.sh: only this comparison needs it.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
pages="$root/bench/pages"
heftsatz=${HEFTSATZ:-$root/build/heftsatz}
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    -o) out=$2; shift 2 ;;
    --heftsatz) heftsatz=$2; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "compare-pages.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
keep=yes
if [ -z "$out" ]; then
  out=$(mktemp -d)
  keep=""
  trap 'rm -rf "$out"' EXIT
fi
mkdir -p "$out"
out=$(cd "$out" && pwd)

for tool in python3 pdftotext pdfinfo; do
  command -v "$tool" >/dev/null || { echo "compare-pages.sh: $tool is missing (apt-get install python3 poppler-utils)" >&2; exit 2; }
done
if [ ! -x "$heftsatz" ]; then
  echo "compare-pages.sh: no heftsatz binary at $heftsatz: build it (cmake --build build --target heftsatz) or pass --heftsatz PATH" >&2
  exit 2
fi
if ! python3 "$pages/make_text.py" --check >/dev/null; then
  echo "compare-pages.sh: bench/pages/ is out of date with make_text.py: run python3 bench/pages/make_text.py" >&2
  exit 2
fi

latex_missing=""
if ! command -v lualatex >/dev/null; then
  latex_missing="lualatex"
else
  for sty in fontspec.sty babel.sty microtype.sty multicol.sty xcolor.sty hyph-de-1996.tex; do
    kpsewhich "$sty" >/dev/null || latex_missing="$latex_missing $sty"
  done
fi

if [ -n "$latex_missing" ]; then
  echo "compare-pages.sh: LuaLaTeX is not usable (missing:$latex_missing): measuring heftsatz alone" >&2
fi

now() { date +%s.%N; }
seconds() { python3 -c "import sys; print('%.2f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$1" "$2"; }
words() { pdftotext -enc UTF-8 "$1" - | wc -w; }
page_count() { pdfinfo "$1" | awk '/^Pages:/ { print $2 }'; }
# measure-grey.py's body lines (lines of body-sized words, subheads and kickers
# among them) on the article pages only, and its completeness on the whole PDF.
grey() {
  python3 "$root/scripts/measure-grey.py" "$1" --source "$pages/issue" --layout libertine-57mm \
    --json ${2:+--pages "$2"} | python3 -c "import json, sys; print(json.load(sys.stdin)['$3'])"
}

# One column of the table per setting: name, pdf, seconds, the engine's own line count.
names=(); pdfs=(); times=(); own_lines=()

# heftsatz twice, with the same two rules as LuaLaTeX below: the layout as it
# is (a head never in the page's bottom third), and with run-on-heads="anywhere"
# (a head wherever four lines of text fit under it, as multicol sets it).
mkdir -p "$out/data/layouts"
sed -e 's/name="libertine-57mm"/name="libertine-57mm-anywhere"/' -e 's/articles="run-on"/articles="run-on" run-on-heads="anywhere"/' \
  "$root/layouts/libertine-57mm.xml" > "$out/data/layouts/libertine-57mm-anywhere.xml"
grep -q 'run-on-heads="anywhere"' "$out/data/layouts/libertine-57mm-anywhere.xml" || {
  echo "compare-pages.sh: layouts/libertine-57mm.xml no longer says articles=\"run-on\"" >&2; exit 1; }
for rule in third anywhere; do
  job="heftsatz-$rule"
  layout=(); if [ "$rule" = anywhere ]; then layout=(--data-dir "$out/data" --layout libertine-57mm-anywhere); fi
  start=$(now)
  "$heftsatz" build "$pages/issue" "${layout[@]}" -o "$out/$job.pdf" --report "$out/$job.json" -q 2> "$out/$job.log" || {
    cat "$out/$job.log" >&2; echo "compare-pages.sh: heftsatz failed" >&2; exit 1; }
  end=$(now)
  names+=("$job"); pdfs+=("$out/$job.pdf"); times+=("$(seconds "$start" "$end")")
  own_lines+=("$(python3 -c "import json, sys
try: print(json.load(open(sys.argv[1]))['typography']['total']['lines'])
except (KeyError, TypeError): print('-')" "$out/$job.json")")
done

# LuaLaTeX twice, with two rules for where an article's head may start
# (bench/pages/latex/preamble.tex): where the head and multicol's \premulticols
# (50 pt) below it fit, and "third": never in the bottom third of the type
# area, the rule heftsatz's planner is to keep.
if [ -z "$latex_missing" ]; then
  for rule in multicol third; do
    job="lualatex-$rule"
    setting="\\def\\FontDir{$root/fonts/}"
    if [ "$rule" = third ]; then setting="$setting\\def\\HeadRoom{third}"; fi
    start=$(now)
    (cd "$pages/latex" && lualatex -interaction=nonstopmode -halt-on-error -output-directory="$out" \
       -jobname="$job" "$setting\\input{issue.tex}" > "$out/$job.out" 2>&1) || {
      tail -20 "$out/$job.log" >&2; echo "compare-pages.sh: lualatex failed, see $out/$job.log" >&2; exit 1; }
    end=$(now)
    names+=("$job"); pdfs+=("$out/$job.pdf"); times+=("$(seconds "$start" "$end")")
    own_lines+=("$(sed -n 's/.*texcompare: body lines \([0-9]*\).*/\1/p' "$out/$job.log" | head -1)")
  done
fi

row() { printf '%-48s' "$1"; shift; for v in "$@"; do printf '%18s' "$v"; done; printf '\n'; }
total=(); span=(); rounded=(); word=(); grey=(); complete=()
for i in "${!pdfs[@]}"; do
  n=$(page_count "${pdfs[$i]}")
  found=$(python3 "$pages/article_pages.py" "${pdfs[$i]}" "$pages/issue")
  read -r first last <<< "$found"
  total+=("$n")
  span+=("$((last - first + 1)) ($first-$last)")
  rounded+=("$(( (last - first + 4) / 4 * 4 ))")
  word+=("$(words "${pdfs[$i]}")")
  grey+=("$(grey "${pdfs[$i]}" "$first-$last" body_lines)")
  complete+=("$(grey "${pdfs[$i]}" "" completeness | python3 -c "print('%.2f %%' % (100 * float(input())))")")
done

echo "35 articles, $(python3 "$pages/make_text.py" --check | sed 's/^35 articles, //')"
row "" "${names[@]}"
row "pages in the PDF" "${total[@]}"
row "pages of article text (first-last)" "${span[@]}"
row "  rounded up to a multiple of 4" "${rounded[@]}"
row "words in the PDF (pdftotext | wc -w)" "${word[@]}"
row "body lines, the engine's own count" "${own_lines[@]}"
row "body-size lines on those pages (measure-grey)" "${grey[@]}"
row "source words found in order" "${complete[@]}"
row "time (s)" "${times[@]}"
# Columns: heftsatz-third, heftsatz-anywhere, lualatex-multicol, lualatex-third.
if [ ${#pdfs[@]} -gt 2 ]; then
  compare() {  # title, heftsatz's column, LuaLaTeX's column
    local hs=${span[$2]%% *} tex=${span[$3]%% *} verdict
    if [ "$hs" -le "$tex" ]; then verdict="met"; else verdict="not met, $((hs - tex)) pages more"; fi
    echo "$1: $hs vs $tex, $verdict"
  }
  compare "issue 9, point 3 (article pages of heftsatz <= LuaLaTeX multicol's, heads anywhere)" 1 2
  compare "the same with a head never in the bottom third (heftsatz-third <= lualatex-third)" 0 3
fi
if [ -n "$keep" ]; then echo "PDFs and logs in $out"; fi

if [ -n "$latex_missing" ]; then
  echo >&2
  echo "compare-pages.sh: LuaLaTeX side not run, missing:$latex_missing" >&2
  echo "  install: apt-get install texlive-luatex texlive-latex-recommended texlive-lang-german" >&2
  exit 1
fi
