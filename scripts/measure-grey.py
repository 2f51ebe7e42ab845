#!/usr/bin/env python3
"""Measures the grey of justified columns in a finished PDF, as a reviewer would.

usage:
  scripts/measure-grey.py PDF [--source ISSUE] [--layout NAME|FILE]
                          [--body-size PT] [--space-em EM] [--min-words N]
                          [--pages A-B] [--json]

  PDF            the typeset issue (any engine's: only the PDF is read)
  --source DIR   the issue folder (issue.xml and its articles, in manifest order)
                 or a folder of article XML files: the words for completeness,
                 and, unless --layout is given, the layout issue.xml names
  --layout X     a layout name (layouts/X.xml of this project or of the issue
                 folder) or file: the body size and the body font, whose space
                 advance is the natural space; a PDF built with heftsatz
                 --layout X needs the same --layout X here
  --body-size PT the body size (gaps are given in em of it); overrides the layout
  --space-em EM  the body font's natural space in em (Libertine 0.25, see
                 below); overrides the value read from the layout's body font
  --min-words N  words a full line needs (default 2)
  --pages A-B    only these pages (completeness is then not measured)
  --json         print the figures as JSON

Example:
  build/heftsatz build data/corpus/handbuch --layout libertine-57mm -o /tmp/l.pdf
  scripts/measure-grey.py /tmp/l.pdf --source data/corpus/handbuch --layout libertine-57mm

The method (the project's note "Measuring the grey of justified columns"):

1. Word boxes from `pdftotext -bbox-layout`; poppler's own line and block
   grouping is not used. A word belongs to the column under its left edge: the
   columns' left edges are the most frequent left edges of body words, found
   separately for odd and even pages (mirrored margins), and each page takes
   the set more of its words start at; a word up to 3 pt left of an edge
   (protrusion) belongs to that column. Words of one column whose box
   bottoms (yMax) lie within 3 pt form a line.
2. Body lines: the most frequent word-box height is the body height; a line whose
   median word height is within ±12 % of it is a body line.
3. Full justified line: a body line of at least 2 words whose right end reaches
   the column's measured right edge (the median right end of its long lines)
   within 1.5 pt; an end past the edge (hanging hyphen or punctuation) counts,
   up to 0.5 em: a line ending further out runs across columns (a contents
   entry, a kicker) or is overfull, and is counted apart as "overlong".
4. A line's gap: the mean of its inter-word gaps (next word's xMin minus this
   word's xMax) in em of the body size. Over the full lines: median, p95 (linear
   interpolation), max, standard deviation (of the sample), min, "loose" lines
   (gap over twice the median), and lines whose gap exceeds 2× and 3× the
   natural space.
5. Hyphen lines: body lines whose last word ends in U+002D, U+2010 or U+00AD;
   per 1000 body lines, and the longest run of them in one column (any other
   line ends a run).
6. Completeness: the words of `pdftotext -raw`, normalized (NFKC, lower case,
   letters and digits only), a hyphenated line end joined with the next line's
   first word where the joined form is a word of the source, against the source
   words (kicker, title, lead and body of each article, figures left out since
   they float): the longest common subsequence (exact, computed bit-parallel)
   over the number of source words. Words run together by spaces squeezed below
   about 0.15 em show up here as missing words; so does the part of an article
   continued further on (pages="N" with a jump), which is out of order.

The natural space is the advance of the body font's U+0020 glyph over its units
per em, read from the font file's cmap, hmtx and head tables (no libraries
needed): Linux Libertine O Regular 250/1000 = 0.25 em, Noto Serif Regular
260/1000 = 0.26 em, DejaVu Sans 651/2048 = 0.318 em.

Needs python3 (standard library only) and poppler-utils (pdftotext).
"""

import argparse
import bisect
import json
import os
import re
import statistics
import struct
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET

PROJECT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HYPHENS = ("-", "\u2010", "\u00ad")
LINE_TOLERANCE = 3.0     # pt: box bottoms of one line
LEFT_TOLERANCE = 3.0     # pt: a line start may protrude this far left of its column
EDGE_TOLERANCE = 1.5     # pt: a full line's right end before the column's edge
OVERLONG = 0.5           # em: past the edge further than protrusion goes
HEIGHT_TOLERANCE = 0.12  # body lines: median word height within ±12 % of the body height


# --- fonts: the natural space ------------------------------------------------

def space_advance_em(font_path):
    """The advance of the font's space glyph in em, from its cmap, hmtx and head tables."""
    with open(font_path, "rb") as f:
        data = f.read()
    num_tables = struct.unpack_from(">H", data, 4)[0]
    tables = {}
    for i in range(num_tables):
        tag, _, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        tables[tag.decode("latin-1")] = (offset, length)
    units_per_em = struct.unpack_from(">H", data, tables["head"][0] + 18)[0]
    metrics = struct.unpack_from(">H", data, tables["hhea"][0] + 34)[0]
    glyph = cmap_lookup(data, tables["cmap"][0], 0x20)
    if glyph is None:
        raise ValueError("%s has no space character" % font_path)
    advance = struct.unpack_from(">H", data, tables["hmtx"][0] + 4 * min(glyph, metrics - 1))[0]
    return advance / units_per_em


def cmap_lookup(data, cmap, code):
    count = struct.unpack_from(">H", data, cmap + 2)[0]
    subtables = []
    for i in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * i)
        subtables.append((platform, encoding, cmap + offset))
    # Unicode subtables first: Windows (3,10), (3,1), then platform 0.
    subtables.sort(key=lambda s: {(3, 10): 0, (3, 1): 1}.get((s[0], s[1]), 2 if s[0] == 0 else 3))
    for platform, encoding, at in subtables:
        if not (platform == 0 or (platform == 3 and encoding in (1, 10))):
            continue
        fmt = struct.unpack_from(">H", data, at)[0]
        if fmt == 4:
            segments = struct.unpack_from(">H", data, at + 6)[0] // 2
            ends = at + 14
            starts = ends + 2 * segments + 2
            deltas = starts + 2 * segments
            ranges = deltas + 2 * segments
            for s in range(segments):
                end, start = struct.unpack_from(">H", data, ends + 2 * s)[0], \
                    struct.unpack_from(">H", data, starts + 2 * s)[0]
                if start <= code <= end:
                    delta = struct.unpack_from(">h", data, deltas + 2 * s)[0]
                    range_offset = struct.unpack_from(">H", data, ranges + 2 * s)[0]
                    if range_offset == 0:
                        return (code + delta) & 0xFFFF
                    glyph = struct.unpack_from(
                        ">H", data, ranges + 2 * s + range_offset + 2 * (code - start))[0]
                    return (glyph + delta) & 0xFFFF if glyph else None
        elif fmt == 12:
            groups = struct.unpack_from(">I", data, at + 12)[0]
            for g in range(groups):
                start, end, glyph = struct.unpack_from(">III", data, at + 16 + 12 * g)
                if start <= code <= end:
                    return glyph + code - start
    return None


# --- the layout and the source -------------------------------------------------

def find_layout(layout, issue_dir):
    if os.path.isfile(layout):
        return layout
    for root in ([issue_dir] if issue_dir else []) + [PROJECT]:
        path = os.path.join(root, "layouts", layout + ".xml")
        if os.path.isfile(path):
            return path
    sys.exit("measure-grey: layout %s not found" % layout)


def length_pt(text):
    m = re.fullmatch(r"\s*([0-9.]+)\s*(pt|mm|cm|in)?\s*", text or "")
    if not m:
        raise ValueError("not a length: %r" % text)
    return float(m.group(1)) * {"pt": 1, None: 1, "mm": 72 / 25.4, "cm": 72 / 2.54, "in": 72}[m.group(2)]


def read_layout(path, issue_dir):
    """The body style's size and the path of its regular font."""
    root = ET.parse(path).getroot()
    body = next((s for s in root.iter("style") if s.get("name") == "body"), None)
    if body is None:
        sys.exit("measure-grey: %s has no body style" % path)
    size = length_pt(body.get("size"))
    font = next((f for f in root.iter("font") if f.get("family") == body.get("family")), None)
    font_path = None
    if font is not None and font.get("regular"):
        for base in ([issue_dir] if issue_dir else []) + [os.path.dirname(os.path.dirname(path)), PROJECT]:
            candidate = os.path.join(base, "fonts", font.get("regular"))
            if os.path.isfile(candidate):
                font_path = candidate
                break
    return size, font_path


def element_text(node):
    return " ".join("".join(node.itertext()).split())


def article_words(path):
    """Kicker, title, lead and body of an article, figures left out (they float)."""
    root = ET.parse(path).getroot()
    parts = []
    for name in ("kicker", "title", "lead"):
        node = root.find(name)
        if node is not None:
            parts.append(element_text(node))
    body = root.find("body")
    if body is not None:
        for child in body:
            if child.tag != "figure":
                parts.append(element_text(child))
    return " ".join(parts).split()


def source_articles(source):
    """The article files of an issue in manifest order, or the XML files of a folder."""
    issue = os.path.join(source, "issue.xml")
    if os.path.isfile(issue):
        root = ET.parse(issue).getroot()
        files = []
        editorial = root.find("editorial")
        if editorial is not None and editorial.get("src"):
            files.append(editorial.get("src"))
        for section in root.iter("section"):
            files.extend(a.get("src") for a in section.iter("article") if a.get("src"))
        return [os.path.join(source, f) for f in files], root.get("layout")
    folder = os.path.join(source, "articles") if os.path.isdir(os.path.join(source, "articles")) else source
    return sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".xml")), None


def normalize(token):
    return "".join(c for c in unicodedata.normalize("NFKC", token).lower() if c.isalnum())


# --- the PDF: word boxes, columns, lines ---------------------------------------

def run_pdftotext(args):
    try:
        return subprocess.run(["pdftotext"] + args, capture_output=True, text=True, check=True).stdout
    except FileNotFoundError:
        sys.exit("measure-grey: pdftotext not found; install poppler-utils")
    except subprocess.CalledProcessError as e:
        sys.exit("measure-grey: pdftotext failed: %s" % e.stderr.strip())


def page_args(pages):
    return ["-f", str(pages[0]), "-l", str(pages[1])] if pages else []


def read_words(pdf, pages):
    """Every page's words as (text, xMin, yMin, xMax, yMax), and the page numbers."""
    xhtml = run_pdftotext(["-bbox-layout"] + page_args(pages) + [pdf, "-"])
    xhtml = re.sub(r"<!DOCTYPE[^>]*>", "", xhtml, count=1)
    root = ET.fromstring(xhtml)
    ns = "{http://www.w3.org/1999/xhtml}"
    result = []
    first = pages[0] if pages else 1
    for number, page in enumerate(root.iter(ns + "page"), start=first):
        words = [(w.text or "", float(w.get("xMin")), float(w.get("yMin")),
                  float(w.get("xMax")), float(w.get("yMax"))) for w in page.iter(ns + "word")]
        result.append((number, words))
    return result


def most_frequent(values, step):
    counts = {}
    for v in values:
        key = round(v / step)
        counts[key] = counts.get(key, 0) + 1
    return max(counts, key=lambda k: (counts[k], -k)) * step if counts else 0.0


def column_edges(pages, body_height, min_separation):
    """The columns' left edges for odd and even pages: the most frequent left
    edges of body-height words, at least min_separation apart."""
    edges = {}
    for parity in (0, 1):
        counts = {}
        for number, words in pages:
            if number % 2 != parity:
                continue
            for w in words:
                if abs((w[4] - w[2]) - body_height) <= HEIGHT_TOLERANCE * body_height:
                    key = round(w[1] * 2) / 2
                    counts[key] = counts.get(key, 0) + 1
        if not counts:
            edges[parity] = []
            continue
        # Each half-point's count with its neighbours within 1 pt, strongest first.
        window = {k: sum(counts.get(k + d / 2, 0) for d in range(-2, 3)) for k in counts}
        strongest = max(window.values())
        chosen = []
        for x in sorted(window, key=lambda k: (-window[k], k)):
            if window[x] < max(5, 0.2 * strongest):
                break
            if all(abs(x - c) >= min_separation for c in chosen):
                chosen.append(x)
        edges[parity] = sorted(chosen)
    return edges


def page_sides(pages, edges, body_height):
    """Which set of column edges (odd or even pages) each page follows: the one
    more of its body words start at. Usually the page number's parity, but not
    for an engine that does not mirror, or a page set as the other side."""
    sides = {}
    for number, words in pages:
        starts = [w[1] for w in words
                  if abs((w[4] - w[2]) - body_height) <= HEIGHT_TOLERANCE * body_height]
        hits = {side: sum(any(abs(x - e) <= 1.0 for e in edges.get(side, [])) for x in starts)
                for side in (0, 1)}
        sides[number] = max((0, 1), key=lambda side: (hits[side], side == number % 2))
    return sides


def build_lines(pages, edges, sides):
    """Lines per (page, column), top to bottom: each a list of words left to right."""
    lines = []  # (page, column, words)
    for number, words in pages:
        left = edges.get(sides[number]) or [0.0]
        by_column = {}
        for w in words:
            column = max(0, bisect.bisect_right(left, w[1] + LEFT_TOLERANCE) - 1)
            by_column.setdefault(column, []).append(w)
        for column in sorted(by_column):
            current, bottom = [], None
            for w in sorted(by_column[column], key=lambda w: (w[4], w[1])):
                if current and w[4] - bottom > LINE_TOLERANCE:
                    lines.append((number, column, sorted(current, key=lambda w: w[1])))
                    current = []
                if not current:
                    bottom = w[4]
                current.append(w)
            if current:
                lines.append((number, column, sorted(current, key=lambda w: w[1])))
    return lines


def percentile(sorted_values, p):
    if not sorted_values:
        return 0.0
    k = (len(sorted_values) - 1) * p
    lo = int(k)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (k - lo)


def measure_lines(pages, body_size, space_em, min_words):
    heights = [w[4] - w[2] for _, words in pages for w in words]
    if not heights:
        sys.exit("measure-grey: no text in the PDF")
    body_height = most_frequent(heights, 0.05)
    edges = column_edges(pages, body_height, min_separation=4 * body_size)
    sides = page_sides(pages, edges, body_height)
    lines = build_lines(pages, edges, sides)

    def is_body(words):
        return abs(statistics.median(w[4] - w[2] for w in words) - body_height) <= HEIGHT_TOLERANCE * body_height

    body = [(p, c, ws) for p, c, ws in lines if is_body(ws)]
    # Each column's right edge (per page parity): the median right end of its long lines.
    ends = {}
    for p, c, ws in body:
        if len(ws) >= 4:
            ends.setdefault((sides[p], c), []).append(ws[-1][3])
    right = {}
    for key, values in ends.items():
        values.sort()
        top = percentile(values, 0.9)
        left = edges[key[0]][key[1]] if key[1] < len(edges[key[0]]) else values[0]
        long_lines = [v for v in values if v >= top - 0.1 * (top - left)]
        right[key] = statistics.median(long_lines)

    gaps = []
    full_lines = overlong = 0
    for p, c, ws in body:
        edge = right.get((sides[p], c))
        if edge is None or len(ws) < min_words or ws[-1][3] < edge - EDGE_TOLERANCE:
            continue
        if ws[-1][3] > edge + OVERLONG * body_size:
            overlong += 1  # text across columns (contents, kickers) or an overfull line
            continue
        spaces = [ws[i + 1][1] - ws[i][3] for i in range(len(ws) - 1)]
        gaps.append(statistics.fmean(spaces) / body_size)
        full_lines += 1

    # Hyphen lines and the longest run of them in one column.
    body_ids = {id(ws) for _, _, ws in body}
    hyphen_lines = 0
    longest = run = 0
    previous_column = None
    for p, c, ws in lines:
        if (p, c) != previous_column:
            run = 0
            previous_column = (p, c)
        if id(ws) in body_ids and ws[-1][0].endswith(HYPHENS):
            hyphen_lines += 1
            run += 1
            longest = max(longest, run)
        else:
            run = 0

    gaps_sorted = sorted(gaps)
    median = statistics.median(gaps_sorted) if gaps else 0.0
    result = {
        "pages": len(pages),
        "body_height_pt": round(body_height, 2),
        "body_size_pt": body_size,
        "columns": {("odd" if parity else "even"): [round(x, 1) for x in xs] for parity, xs in edges.items()},
        "body_lines": len(body),
        "full_lines": full_lines,
        "overlong_lines": overlong,
        "gap_min_em": round(gaps_sorted[0], 3) if gaps else 0.0,
        "gap_median_em": round(median, 3),
        "gap_p95_em": round(percentile(gaps_sorted, 0.95), 3),
        "gap_max_em": round(gaps_sorted[-1], 3) if gaps else 0.0,
        "gap_stdev_em": round(statistics.stdev(gaps), 3) if len(gaps) > 1 else 0.0,
        "loose_lines": sum(g > 2 * median for g in gaps),
        "hyphen_lines": hyphen_lines,
        "hyphen_lines_per_1000": round(1000 * hyphen_lines / len(body), 1) if body else 0.0,
        "longest_hyphen_run": longest,
    }
    if space_em:
        result["space_em"] = round(space_em, 4)
        result["lines_over_2x_space"] = sum(g > 2 * space_em for g in gaps)
        result["lines_over_3x_space"] = sum(g > 3 * space_em for g in gaps)
    return result


# --- completeness --------------------------------------------------------------

def pdf_words(pdf, vocabulary):
    """The words of pdftotext -raw, normalized, line-end hyphens joined where the
    joined form is a source word."""
    words = []
    pending = None  # a line's last token ending in a hyphen
    for line in run_pdftotext(["-raw", pdf, "-"]).splitlines():
        tokens = line.split()
        if not tokens:
            continue
        if pending is not None:
            joined = normalize(pending + tokens[0])
            if joined in vocabulary:
                tokens[0] = pending + tokens[0]
            else:
                words.append(normalize(pending))
            pending = None
        if tokens[-1].endswith(HYPHENS) and len(tokens[-1]) > 1:
            pending = tokens.pop()
        words.extend(normalize(t) for t in tokens)
    if pending is not None:
        words.append(normalize(pending))
    return [w for w in words if w]


def lcs_length(a, b):
    """Length of the longest common subsequence of two word lists, bit-parallel
    (Allison and Dix; Hyyrö): one big-integer step per word of a."""
    if not a or not b:
        return 0
    masks = {}
    for j, word in enumerate(b):
        masks[word] = masks.get(word, 0) | (1 << j)
    full = (1 << len(b)) - 1
    v = full
    for word in a:
        m = masks.get(word)
        if m:
            u = v & m
            v = ((v + u) | (v - u)) & full
    return len(b) - bin(v).count("1")


def completeness(pdf, source_files):
    source = [w for f in source_files for w in map(normalize, article_words(f)) if w]
    found = pdf_words(pdf, set(source))
    common = lcs_length(found, source)
    return {
        "source_words": len(source),
        "pdf_words": len(found),
        "source_words_found": common,
        "completeness": round(common / len(source), 4) if source else 0.0,
    }


# --- output --------------------------------------------------------------------

def report(r):
    out = ["pages %d, body size %.2f pt (word-box height %.2f pt), columns at %s" % (
        r["pages"], r["body_size_pt"], r["body_height_pt"],
        "; ".join("%s pages %s" % (k, ", ".join("%.1f" % x for x in v)) for k, v in r["columns"].items())),
        "body lines %d, full justified lines %d (and %d lines ending over 0.5 em past the edge,"
        " left out)" % (r["body_lines"], r["full_lines"], r["overlong_lines"]),
        "word gap (em): median %.3f  p95 %.3f  max %.3f  stdev %.3f  (min %.3f)" % (
            r["gap_median_em"], r["gap_p95_em"], r["gap_max_em"], r["gap_stdev_em"], r["gap_min_em"]),
        "loose lines (gap > 2 x median): %d" % r["loose_lines"]]
    if "space_em" in r:
        out.append("natural space %.3f em: lines with gap > 2x it %d, > 3x it %d" % (
            r["space_em"], r["lines_over_2x_space"], r["lines_over_3x_space"]))
    out.append("hyphen lines %d, %.1f per 1000 body lines, longest run in a column %d" % (
        r["hyphen_lines"], r["hyphen_lines_per_1000"], r["longest_hyphen_run"]))
    if "completeness" in r:
        out.append("completeness: %d of %d source words in order (%.2f %%), %d words in the PDF" % (
            r["source_words_found"], r["source_words"], 100 * r["completeness"], r["pdf_words"]))
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(
        description="Measures word-space evenness and hyphenation of justified columns in a PDF.",
        epilog="See the top of this script for the method.")
    parser.add_argument("pdf")
    parser.add_argument("--source", metavar="DIR", help="issue folder or folder of article XML files")
    parser.add_argument("--layout", metavar="NAME|FILE", help="layout for body size and body font")
    parser.add_argument("--body-size", type=float, metavar="PT")
    parser.add_argument("--space-em", type=float, metavar="EM")
    parser.add_argument("--min-words", type=int, default=2, metavar="N")
    parser.add_argument("--pages", metavar="A-B")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    pages = None
    if args.pages:
        m = re.fullmatch(r"(\d+)-(\d+)", args.pages)
        if not m or int(m.group(1)) > int(m.group(2)):
            parser.error("--pages takes A-B, e.g. 3-40")
        pages = (int(m.group(1)), int(m.group(2)))

    source_files, issue_layout = ([], None)
    if args.source:
        source_files, issue_layout = source_articles(args.source)
    body_size, space_em = args.body_size, args.space_em
    layout = args.layout or issue_layout
    font = None
    if layout:
        layout_size, font = read_layout(find_layout(layout, args.source), args.source)
        body_size = body_size or layout_size
    if not body_size:
        parser.error("give --body-size, --layout or --source (whose issue.xml names the layout)")
    if space_em is None and font:
        space_em = space_advance_em(font)

    pages_words = read_words(args.pdf, pages)
    result = measure_lines(pages_words, body_size, space_em, args.min_words)
    result["pdf"] = args.pdf
    if layout:
        result["layout"] = layout
    if font and args.space_em is None:
        result["space_font"] = os.path.basename(font)
    if source_files and not pages:
        result.update(completeness(args.pdf, source_files))
    print(json.dumps(result, indent=2, ensure_ascii=False) if args.json else report(result))


if __name__ == "__main__":
    main()
