#!/usr/bin/env bash
# Times `heftsatz watch` (issue 12, point 4): a copy of the sample issue is
# watched, and a new paragraph is inserted into one article EDITS times, two
# seconds apart, as an editor saves. Prints watch's line per rebuild (total,
# read, layout and PDF milliseconds), the median of each, and the median
# time from the save to the new PDF in place.
#   [HEFTSATZ=path/to/heftsatz] bench/watch.sh [EDITS]     (default 7)
# Target on the 2-core machine: the new PDF in place within 50 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
edits=${1:-7}
binary=${HEFTSATZ:-build/heftsatz}  # HEFTSATZ=path: another build, to compare
[ -x "$binary" ] || scripts/setup.sh >/dev/null
work=$(mktemp -d)
pid=
cleanup() {
  [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
cp -r issues/2020-12 "$work/issue"
article="$work/issue/articles/blockchain-verwaltung.xml"
# SIGINT is ignored by a background job of a script; watch ends on SIGTERM too.
"$binary" watch "$work/issue" -o "$work/out.pdf" >"$work/log" 2>&1 &
pid=$!
for _ in $(seq 100); do grep -q "wrote" "$work/log" && break; sleep 0.1; done
grep -q "wrote" "$work/log" || { cat "$work/log" >&2; exit 1; }

sentences=(
  "Die Kreisverwaltung erprobt im Frühjahr neue Formulare für den Antrag auf Bewohnerparken."
  "Bürgerinnen und Bürger können den Antrag künftig online stellen und den Bescheid herunterladen."
  "Der Personalrat begleitet die Einführung und hat eine Dienstvereinbarung mit ausgehandelt."
  "Im Sommer folgt eine Auswertung, die auch die Rückmeldungen aus den Bürgerbüros berücksichtigt."
  "Die Software stammt von einem kommunalen Dienstleister und läuft im Rechenzentrum des Landes."
  "Für Menschen ohne Internetzugang bleibt der Weg über das Bürgerbüro selbstverständlich offen."
  "Eine Schulung für die Sachbearbeitung ist für Ende des Monats angesetzt."
  "Die Kosten teilen sich Kreis und Gemeinden nach dem Schlüssel der Einwohnerzahl."
  "Weitere Verfahren sollen nach denselben Bausteinen digitalisiert werden."
)
saved_to_pdf=()
for ((k = 0; k < edits; k++)); do
  sentence=${sentences[$((k % ${#sentences[@]}))]}
  # Into the article's first paragraph's place, as an editor would type it.
  perl -0pi -e "s|<p>|<p>$sentence</p>\n    <p>|" "$article"
  saved=$(date +%s.%N)
  sleep 2
  # From the save to the new PDF in place (its rename changes its ctime):
  # what the editor waits, the watcher's settling time included.
  saved_to_pdf+=("$(perl -e 'printf "%.0f", 1000 * ($ARGV[0] - $ARGV[1])' "$(stat -c %.9Z "$work/out.pdf")" "$saved")")
done
grep "wrote" "$work/log" | tail -n +2 | sed 's/.*pages in/rebuild in/'
grep "wrote" "$work/log" | tail -n +2 | perl -ne '
  /in (\d+) ms \(read (\d+), layout (\d+), pdf (\d+)\)/ or next;
  push @{$v[$_]}, (0, $1, $2, $3, $4)[$_ + 1] for 0 .. 3;
  END {
    sub median { my @s = sort { $a <=> $b } @_; my $n = @s; $n % 2 ? $s[($n - 1) / 2] : ($s[$n / 2 - 1] + $s[$n / 2]) / 2 }
    printf "median of %d rebuilds: %s ms (read %s, layout %s, pdf %s)\n", scalar @{$v[0]}, map { median(@$_) } @v;
  }'
printf '%s\n' "${saved_to_pdf[@]}" | perl -e '
  my @s = sort { $a <=> $b } map { chomp; $_ } <STDIN>; my $n = @s;
  printf "from the save to the PDF in place: %s ms (median of %d; each: %s)\n",
    ($n % 2 ? $s[($n - 1) / 2] : ($s[$n / 2 - 1] + $s[$n / 2]) / 2), $n, join(" ", @s);'
