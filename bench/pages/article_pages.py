#!/usr/bin/env python3
"""The pages of a PDF that hold the comparison's articles, whatever else it holds.

    python3 bench/pages/article_pages.py PDF [ISSUE]

Prints "FIRST LAST": the page where the first article's first paragraph begins
and the page where the last article's last paragraph ends (ISSUE defaults to
bench/pages/issue). LAST - FIRST + 1 are the pages the articles need: without
the contents page heftsatz puts before them and the filler pages after them,
which either engine could have or leave out.

A page "holds" a run of words when its text, reduced to lower-case letters and
digits, contains the run reduced the same way: so a word hyphenated at a line
end is found as well, and the engines' quotes and dashes do not matter. Eight
words are searched for; fewer, if the paragraph is shorter, or if a run of
eight falls across a column or page break (it is shortened until found).
Python 3 standard library and pdftotext (poppler-utils).
"""

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
RUN = 8


def reduced(text):
    return re.sub(r"[\W_]+", "", text.lower())


def page_texts(pdf):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], check=True,
                         capture_output=True, text=True).stdout
    return [reduced(page) for page in out.split("\f")]


def paragraphs(issue):
    manifest = ET.parse(os.path.join(issue, "issue.xml")).getroot()
    sources = [a.get("src") for a in manifest.iter("article")]
    first = ET.parse(os.path.join(issue, sources[0])).getroot().find("body").find("p")
    last = ET.parse(os.path.join(issue, sources[-1])).getroot().find("body").findall("p")[-1]
    return "".join(first.itertext()).split(), "".join(last.itertext()).split()


def find(pages, words, from_end):
    """The page holding the run; from_end: the run is the paragraph's last words."""
    for n in range(min(RUN, len(words)), 0, -1):
        run = reduced(" ".join(words[-n:] if from_end else words[:n]))
        hits = [i for i, text in enumerate(pages) if run in text]
        if hits:
            return (hits[-1] if from_end else hits[0]) + 1
    return None


def main():
    if len(sys.argv) not in (2, 3):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    issue = sys.argv[2] if len(sys.argv) == 3 else os.path.join(HERE, "issue")
    pages = page_texts(sys.argv[1])
    first_words, last_words = paragraphs(issue)
    first, last = find(pages, first_words, False), find(pages, last_words, True)
    if first is None or last is None:
        print("%s: the first or last paragraph of the articles is not in the PDF" % sys.argv[1],
              file=sys.stderr)
        return 1
    print(first, last)
    return 0


if __name__ == "__main__":
    sys.exit(main())
