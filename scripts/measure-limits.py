#!/usr/bin/env python3
"""Measures what inputs at and beyond the input limits cost (docs/limits.md).

usage:
  scripts/measure-limits.py [--binary build/heftsatz] [--timeout 120] [--only NAME ...]

Writes each input into a temporary folder (German prose from
data/corpus/handbuch, so line breaking does real work), builds it with the
binary, and prints one Markdown table row per input: its size, the exit
code, wall and CPU time, and peak resident memory (the child's own rusage,
from wait4). Inputs "at" a limit hold as much as the limit allows, up to the
8 MB an XML file may have; inputs "over" a limit are refused, and the row
shows what refusing them costs. Run it with the binary from before the
limits (--binary) to see what the same inputs cost without them; --timeout
stops a run that would not end.

CPU time is the figure to compare on a machine shared with other work; wall
time grows with the load.
"""
import argparse
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MB = 1024 * 1024
XML_LIMIT = 8 * MB


def corpus_text():
    text = []
    articles = os.path.join(ROOT, "data/corpus/handbuch/articles")
    for name in sorted(os.listdir(articles)):
        source = open(os.path.join(articles, name), encoding="utf-8").read()
        for p in re.findall(r"<p>(.*?)</p>", source, re.S):
            text.append(html.unescape(re.sub(r"<[^>]+>", "", p)))
    return " ".join(" ".join(text).split())


class Prose:
    """Consecutive slices of the corpus, escaped for XML."""

    def __init__(self):
        self.text = corpus_text()
        self.at = 0

    def take(self, characters):
        out = ""
        while len(out) < characters:
            if self.at >= len(self.text):
                self.at = 0
            piece = self.text[self.at:self.at + characters - len(out)]
            self.at += len(piece)
            out += piece
        return html.escape(out, quote=False)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def issue(folder, articles, more=""):
    refs = "".join('<article src="articles/%s.xml"/>\n' % a for a in articles)
    write(os.path.join(folder, "issue.xml"),
          '<issue magazine="Kommune21" number="12" year="2020" date="2020-12-01" layout="kommune21">\n'
          '<section title="Praxis">\n%s</section>\n%s</issue>\n' % (refs, more))


def article(folder, name, body, title="Titel"):
    write(os.path.join(folder, "articles", name + ".xml"),
          '<article id="%s">\n<title>%s</title>\n<body>\n%s</body>\n</article>\n' % (name, title, body))


def paragraphs(prose, count, characters):
    return "".join("<p>%s</p>\n" % prose.take(characters) for _ in range(count))


# Each input: (name, what it holds, writer(folder, prose)).
def at_attributes(folder, prose):
    attributes = " ".join('a%d=""' % i for i in range(100))
    issue(folder, ["a0", "a1"])
    for a in ("a0", "a1"):
        article(folder, a, "".join("<p %s>%s</p>\n" % (attributes, prose.take(60)) for _ in range(5000)))


def at_block_characters(folder, prose):
    names = ["a%d" % i for i in range(21)]
    issue(folder, names)
    for a in names:
        article(folder, a, paragraphs(prose, 8, 49_990))


def at_one_paragraph(folder, prose):
    issue(folder, ["a"])
    article(folder, "a", paragraphs(prose, 1, 50_000))


def at_article_characters(folder, prose):
    issue(folder, ["a"])
    article(folder, "a", paragraphs(prose, 666, 600))


def at_article_characters_8mb(folder, prose):
    names = ["a%d" % i for i in range(20)]
    issue(folder, names)
    for a in names:
        article(folder, a, paragraphs(prose, 666, 600))


def at_blocks(folder, prose):
    names = ["a%d" % i for i in range(5)]
    issue(folder, names)
    for a in names:
        article(folder, a, paragraphs(prose, 5000, 75))


def at_articles(folder, prose):
    names = ["a%d" % i for i in range(500)]
    issue(folder, names)
    for a in names:
        article(folder, a, paragraphs(prose, 26, 600))


def at_ads(folder, prose):
    shutil.copy(os.path.join(ROOT, "issues/2020-12/ads/full.pdf"), os.path.join(folder, "full.pdf"))
    issue(folder, ["a"], '<ad src="full.pdf" size="full" alt="Anzeige"/>\n' * 500)
    article(folder, "a", paragraphs(prose, 3, 600))


def at_figures(folder, prose):
    os.makedirs(os.path.join(folder, "images"))
    shutil.copy(os.path.join(ROOT, "issues/2020-12/images/fig-nrw-modellregionen.jpg"),
                os.path.join(folder, "images/bild.jpg"))
    names = ["a%d" % i for i in range(4)]
    issue(folder, names)
    figure = '<figure src="../images/bild.jpg" alt="Bild" span="page"><caption>%s</caption></figure>\n'
    for a in names:
        article(folder, a, "".join("<p>%s</p>\n" % prose.take(600) + figure % prose.take(80) for _ in range(250)))


def at_companies(folder, prose):
    issue(folder, ["a"], '<listings title="Anbieterverzeichnis" src="listings.xml"/>\n')
    article(folder, "a", paragraphs(prose, 3, 600))
    entries = "".join('<company name="Firma %d GmbH" category="Kategorie %d" city="Stadt"/>\n'
                      % (i, i % 40) for i in range(10_000))
    write(os.path.join(folder, "listings.xml"), "<listings>\n%s</listings>\n" % entries)


def at_directory_characters(folder, prose):
    issue(folder, ["a"], '<listings title="Anbieterverzeichnis" src="listings.xml"/>\n')
    article(folder, "a", paragraphs(prose, 3, 600))
    entries = "".join('<company name="Firma %d GmbH" category="Kategorie %d" city="Stadt">%s</company>\n'
                      % (i, i % 40, prose.take(560)) for i in range(660))
    write(os.path.join(folder, "listings.xml"), "<listings>\n%s</listings>\n" % entries)


def over_imprint(folder, prose):
    editors = "".join('<editor role="Redaktion">%s</editor>\n' % prose.take(50) for _ in range(80_000))
    issue(folder, ["a"], "<imprint><publisher>Verlag</publisher>\n%s</imprint>\n" % editors)
    article(folder, "a", paragraphs(prose, 3, 600))


def over_directory(folder, prose):
    issue(folder, ["a"], '<listings title="Anbieterverzeichnis" src="listings.xml"/>\n')
    article(folder, "a", paragraphs(prose, 3, 600))
    entries = "".join('<company name="Firma %d GmbH" category="Kategorie %d" city="Stadt">%s</company>\n'
                      % (i, i % 40, prose.take(3000)) for i in range(2500))
    write(os.path.join(folder, "listings.xml"), "<listings>\n%s</listings>\n" % entries)


def filled(folder, prose, piece):
    """One article whose body is `piece()` repeated up to the XML size limit."""
    issue(folder, ["a"])
    parts, size = [], 0
    while size < XML_LIMIT - 4096:
        p = piece()
        parts.append(p)
        size += len(p.encode("utf-8"))
    article(folder, "a", "".join(parts[:-1]))


def over_attributes(folder, prose):
    issue(folder, ["a"])
    attributes = " ".join('a%d=""' % i for i in range(50_000))
    article(folder, "a", "<p %s>Text.</p>\n" % attributes)


def over_attributes_8mb(folder, prose):
    issue(folder, ["a"])
    count = (XML_LIMIT - 4096) // 11
    article(folder, "a", "<p %s>Text.</p>\n" % " ".join('a%d=""' % i for i in range(count)))


def over_paragraph(folder, prose):
    issue(folder, ["a"])
    article(folder, "a", paragraphs(prose, 1, 440_000))


def over_paragraph_8mb(folder, prose):
    issue(folder, ["a"])
    text = prose.take(XML_LIMIT - 4096)
    while len(text.encode("utf-8")) > XML_LIMIT - 4096:
        text = text[:-1000]
    article(folder, "a", "<p>%s</p>\n" % text)


def over_article_8mb(folder, prose):
    filled(folder, prose, lambda: "<p>%s</p>\n" % prose.take(2000))


def over_tiny_blocks(folder, prose):
    filled(folder, prose, lambda: "<p>x</p>" * 1000 + "\n")


def over_articles(folder, prose):
    names = ["a%d" % i for i in range(5000)]
    issue(folder, names)
    for a in names:
        article(folder, a, "<p>Kurz.</p>")


INPUTS = [
    ("at-attributes", "100 attributes on each of 10,000 paragraphs (2 articles)", at_attributes),
    ("at-paragraph", "one paragraph of 50,000 characters", at_one_paragraph),
    ("at-block-characters", "168 paragraphs of 49,990 characters (21 articles)", at_block_characters),
    ("at-article", "one article of 400,000 characters (666 paragraphs)", at_article_characters),
    ("at-article-8mb", "20 articles of 400,000 characters", at_article_characters_8mb),
    ("at-blocks", "25,000 blocks of 75 characters (5 articles of 5,000)", at_blocks),
    ("at-articles", "500 articles of 15,600 characters", at_articles),
    ("at-ads", "500 full-page PDF ads", at_ads),
    ("at-figures", "1,000 page-wide figures (4 articles)", at_figures),
    ("at-companies", "10,000 directory entries (name, category, city)", at_companies),
    ("at-directory", "660 directory entries with 560 characters of text (400,000)", at_directory_characters),
    ("over-attributes", "one element with 50,000 attributes", over_attributes),
    ("over-attributes-8mb", "one element with 760,000 attributes (8 MB)", over_attributes_8mb),
    ("over-paragraph", "one paragraph of 440,000 characters", over_paragraph),
    ("over-paragraph-8mb", "one paragraph of 8 MB", over_paragraph_8mb),
    ("over-article-8mb", "one article of 8 MB (4,100 paragraphs)", over_article_8mb),
    ("over-tiny-blocks", "one article of 8 MB of <p>x</p> (a million blocks)", over_tiny_blocks),
    ("over-articles", "5,000 articles", over_articles),
    ("over-imprint", "an imprint of 80,000 editors (6.5 MB)", over_imprint),
    ("over-directory", "2,500 directory entries of 3,000 characters (7.7 MB)", over_directory),
]


def folder_size(folder):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(folder) for f in files)


def measure(binary, folder, timeout):
    out = os.path.join(folder, "out.pdf")
    start = time.monotonic()
    child = subprocess.Popen([binary, "build", folder, "-o", out], stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True)
    # The child's own rusage: peak memory of this build alone.
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            child.kill()
            pid, status, usage = os.wait4(child.pid, 0)
            return None, time.monotonic() - start, usage, "stopped after %d s" % timeout
        time.sleep(0.05)
    wall = time.monotonic() - start
    errors = [line for line in child.stderr.read().splitlines() if ": error: " in line]
    return os.waitstatus_to_exitcode(status), wall, usage, errors[0].split(": error: ", 1)[1] if errors else ""


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(ROOT, "build/heftsatz"))
    parser.add_argument("--timeout", type=int, default=120)
    parser.add_argument("--only", nargs="*")
    args = parser.parse_args()
    prose = Prose()
    print("| input | size | exit | wall | CPU | peak RSS | message |")
    print("|---|---|---|---|---|---|---|")
    for name, what, writer in INPUTS:
        if args.only and name not in args.only:
            continue
        with tempfile.TemporaryDirectory(prefix="heftsatz-limits-") as folder:
            writer(folder, prose)
            size = folder_size(folder)
            code, wall, usage, message = measure(args.binary, folder, args.timeout)
            print("| %s | %.1f MB | %s | %.1f s | %.1f s | %d MB | %s |" % (
                what, size / MB, "–" if code is None else code, wall, usage.ru_utime + usage.ru_stime,
                usage.ru_maxrss // 1024, message[:90]))
            sys.stdout.flush()


if __name__ == "__main__":
    main()
