#!/usr/bin/env python3
"""Writes the text of the page-count comparison (issue 9, point 3) twice, from one
source: as a heftsatz issue folder and as a LuaLaTeX document.

    python3 bench/pages/make_text.py [--check]

Reads the German corpus data/corpus/handbuch (its issue.xml order) and writes,
next to this script:

  issue/issue.xml, issue/articles/NN-<id>.xml   layout libertine-57mm
  latex/issue.tex                                 multicol, Libertine 9.5/12 pt

How the text is made from the corpus (34 articles, 32,682 body words):

1. "innenleben", the longest article (3,185 words), is split in two at the
   subhead nearest its middle; the second part takes that subhead as its title.
   That makes 35 articles.
2. Each article is cut to the same share of its length: its blocks (paragraphs
   and subheads) are kept from the start while they stay within share × its
   words (the first paragraph always), and a subhead left last is dropped. The
   share is found by bisection so that the body words (paragraphs and subheads)
   of all 35 come nearest to 20,000.
3. The kicker is the corpus section the article stands in ("Das Debian-Projekt",
   "Sicherheit", ...); titles are the corpus titles. No lead, author, figure,
   quote, box or ad: both engines set kicker, title, subheads and paragraphs.
4. Typography is normalised here, once, so that both documents hold the same
   characters: straight double quotes, and the English “…” a few
   paragraphs of the translation use, become „…“; straight single ones ‚…‘
   or the apostrophe ’; "..." becomes …, a spaced hyphen an en dash.

The LaTeX document gets the same words, escaped; it ties "z. B." and friends,
and a number to its unit, with ~, as heftsatz does on its own. After writing,
and with --check, the script reads both documents back and compares their
characters (spaces aside): exit 1 if they differ. Running it again gives the
same files; --check only compares them with what it would write (exit 1 if a
file would change). Python 3 standard library only.
"""

import argparse
import os
import re
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
PROJECT = os.path.dirname(os.path.dirname(HERE))
CORPUS = os.path.join(PROJECT, "data", "corpus", "handbuch")
TARGET_WORDS = 20000
SPLIT_ARTICLE = "innenleben"


# --- reading the corpus ------------------------------------------------------

def runs_of(element):
    """A paragraph or subhead as (style, text) runs; style is "", "em" or "strong"."""
    runs = []

    def walk(e, style):
        if e.text:
            runs.append((style, e.text))
        for child in e:
            walk(child, child.tag if child.tag in ("em", "strong") else style)
            if child.tail:
                runs.append((style, child.tail))

    walk(element, "")
    # Whitespace collapsed as heftsatz (and TeX) read it.
    out = []
    for style, text in runs:
        text = re.sub(r"\s+", " ", text)
        if out and out[-1][0] == style:
            out[-1] = (style, out[-1][1] + text)
        else:
            out.append((style, text))
    if out:
        out[0] = (out[0][0], out[0][1].lstrip())
        out[-1] = (out[-1][0], out[-1][1].rstrip())
    return [r for r in out if r[1]]


def words_of(runs):
    return len("".join(text for _, text in runs).split())


def read_corpus():
    """[(section title, article id, title, [(tag, runs)])] in the corpus's order."""
    manifest = ET.parse(os.path.join(CORPUS, "issue.xml")).getroot()
    articles = []
    for section in manifest.iter("section"):
        for ref in section.iter("article"):
            root = ET.parse(os.path.join(CORPUS, ref.get("src"))).getroot()
            blocks = [(b.tag, runs_of(b)) for b in root.find("body") if b.tag in ("p", "h2")]
            articles.append((section.get("title"), root.get("id"),
                             " ".join(root.findtext("title").split()), blocks))
    return articles


def split_longest(articles):
    """Splits SPLIT_ARTICLE at the subhead nearest its middle: 34 articles become 35."""
    out = []
    for kicker, article_id, title, blocks in articles:
        if article_id != SPLIT_ARTICLE:
            out.append((kicker, article_id, title, blocks))
            continue
        total = sum(words_of(r) for _, r in blocks)
        before, best, best_distance = 0, None, None
        for i, (tag, runs) in enumerate(blocks):
            if tag == "h2" and i > 0 and (best is None or abs(before - total / 2) < best_distance):
                best, best_distance = i, abs(before - total / 2)
            before += words_of(runs)
        second_title = "".join(text for _, text in blocks[best][1])
        out.append((kicker, article_id, title, blocks[:best]))
        out.append((kicker, article_id + "-2", second_title, blocks[best + 1:]))
    return out


def cut(blocks, limit):
    """The blocks from the start that stay within limit words (the first paragraph always)."""
    kept, words = [], 0
    for tag, runs in blocks:
        n = words_of(runs)
        if any(t == "p" for t, _ in kept) and words + n > limit:
            break
        kept.append((tag, runs))
        words += n
    while kept and kept[-1][0] == "h2":
        kept.pop()
    return kept


def cut_all(articles):
    def body_words(cut_articles):
        return sum(words_of(r) for a in cut_articles for _, r in a[3])

    def at(share):
        return [(k, i, t, cut(b, share * sum(words_of(r) for _, r in b))) for k, i, t, b in articles]

    low, high = 0.0, 1.0
    for _ in range(60):
        middle = (low + high) / 2
        if body_words(at(middle)) < TARGET_WORDS:
            low = middle
        else:
            high = middle
    # The share just below and just above the target: take the nearer.
    return min((at(low), at(high)), key=lambda a: abs(body_words(a) - TARGET_WORDS))


# --- typography, once for both documents --------------------------------------

def normalise(runs):
    """Quotes, ellipsis and dashes, with the previous character carried across runs."""
    out, previous = [], " "
    for style, text in runs:
        text = text.replace("...", "\u2026").replace(" - ", " \u2013 ")
        chars = []
        for i, c in enumerate(text):
            after = text[i + 1] if i + 1 < len(text) else " "
            opening = previous.isspace() or previous in "([{/\u2013"
            if c == '"' or c == "\u201c":
                c = "\u201e" if opening else "\u201c"
            elif c == "\u201d":
                c = "\u201c"
            elif c == "'":
                if previous.isalnum() and after.isalnum():
                    c = "\u2019"
                else:
                    c = "\u201a" if opening else "\u2018"
            chars.append(c)
            previous = c
        out.append((style, "".join(chars)))
    return out


# --- heftsatz -----------------------------------------------------------------

def xml_runs(runs):
    return "".join(escape(t) if not s else "<%s>%s</%s>" % (s, escape(t), s) for s, t in runs)


def article_xml(kicker, article_id, title, blocks):
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             "<!-- Generated by bench/pages/make_text.py from data/corpus/handbuch "
             "(Das Debian Administrationshandbuch, GPL-2.0+ or CC-BY-SA-3.0, see "
             "data/corpus/handbuch/COPYRIGHT). Do not edit: run the script. -->",
             '<article id="%s">' % article_id,
             "  <kicker>%s</kicker>" % escape(kicker),
             "  <title>%s</title>" % escape(title),
             "  <body>"]
    for tag, runs in blocks:
        lines.append("    <%s>%s</%s>" % (tag, xml_runs(runs), tag))
    lines += ["  </body>", "</article>", ""]
    return "\n".join(lines)


def issue_xml(files):
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             "<!-- The text of the page-count comparison with LuaLaTeX (bench/README.md):",
             "     35 articles cut from data/corpus/handbuch by bench/pages/make_text.py,",
             "     which also writes ../latex/issue.tex from the same source. Text from Das",
             "     Debian Administrationshandbuch: GPL-2.0+ or CC-BY-SA-3.0, see",
             "     data/corpus/handbuch/COPYRIGHT. -->",
             '<issue magazine="Seitenvergleich" number="1" year="2022" date="2022-09-22" '
             'lang="de-DE" layout="libertine-57mm">',
             '  <section title="Handbuch">']
    lines += ['    <article src="articles/%s"/>' % f for f in files]
    lines += ["  </section>", "</issue>", ""]
    return "\n".join(lines)


# --- LaTeX --------------------------------------------------------------------

TEX_SPECIALS = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#",
                "_": r"\_", "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}",
                "^": r"\textasciicircum{}", '"': r"\textquotedbl{}"}
# Where heftsatz forbids a line break (docs/typesetting.md), LaTeX gets a tie.
TIES = [(re.compile(r"\b(z|d|u|o|s|v)\. (B|h|a|ä|o|u)\."), r"\1.~\2."),
        (re.compile(r"(§|\bS\.|\bNr\.) (?=\d)"), r"\1~"),
        (re.compile(r"(\d) (?=(%|Prozent|Euro|Jahre|Monate|Tage|Bit|Byte|[KMGT]B|[KMG]Hz)\b)"),
         r"\1~")]


def tex_text(text):
    text = "".join(TEX_SPECIALS.get(c, c) for c in text)
    for pattern, replacement in TIES:
        text = pattern.sub(replacement, text)
    return text


def tex_runs(runs):
    commands = {"": "%s", "em": r"\emph{%s}", "strong": r"\textbf{%s}"}
    return "".join(commands[s] % tex_text(t) for s, t in runs)


def tex_document(articles):
    with open(os.path.join(HERE, "latex", "preamble.tex"), encoding="utf-8") as f:
        preamble = f.read()
    body = []
    for kicker, article_id, title, blocks in articles:
        body.append("%% %s" % article_id)
        body.append(r"\begin{beitrag}{%s}{%s}" % (tex_text(kicker), tex_text(title)))
        for tag, runs in blocks:
            if tag == "h2":
                body.append(r"\subhead{%s}" % tex_runs(runs))
            else:
                body.append(tex_runs(runs))
                body.append("")
        body.append(r"\end{beitrag}")
        body.append("")
    return ("% Generated by bench/pages/make_text.py from data/corpus/handbuch (GPL-2.0+ or\n"
            "% CC-BY-SA-3.0, see data/corpus/handbuch/COPYRIGHT). Do not edit: edit\n"
            "% preamble.tex or the script and run the script.\n"
            + preamble + "\n\\begin{document}\n\n" + "\n".join(body) + "\\end{document}\n")


# --- the check: both documents hold the same text ----------------------------

TEX_CHARACTERS = {"textbackslash": "\\", "textasciitilde": "~", "textasciicircum": "^",
                  "textquotedbl": '"', "&": "&", "%": "%", "$": "$", "#": "#", "_": "_",
                  "{": "{", "}": "}"}


def tex_text_back(tex):
    """The characters a LaTeX document written by tex_document sets, without spaces."""
    body = tex.split("\\begin{document}", 1)[1].split("\\end{document}", 1)[0]
    body = "\n".join(line for line in body.split("\n") if not line.startswith("%"))
    out, i = [], 0
    while i < len(body):
        if body[i] == "\\":
            m = re.match(r"\\([A-Za-z]+|.)(\{\})?", body[i:])
            name = m.group(1)
            if name in ("begin", "end"):
                i = body.index("}", i) + 1
            elif name in TEX_CHARACTERS:
                out.append(TEX_CHARACTERS[name])
                i += m.end()
            elif name in ("subhead", "emph", "textbf"):
                i += 1 + len(name)
            else:
                raise ValueError("issue.tex: unexpected command \\%s" % name)
        elif body[i] in "{}~":
            i += 1
        else:
            out.append(body[i])
            i += 1
    return "".join("".join(out).split())


def xml_text(issue_dir):
    """The characters of the issue folder's articles (kicker, title, body), without spaces."""
    manifest = ET.parse(os.path.join(issue_dir, "issue.xml")).getroot()
    parts = []
    for ref in manifest.iter("article"):
        root = ET.parse(os.path.join(issue_dir, ref.get("src"))).getroot()
        parts += [root.findtext("kicker"), root.findtext("title")]
        parts += ["".join(b.itertext()) for b in root.find("body")]
    return "".join("".join(parts).split())


# --- main ---------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="only check that the files are up to date")
    args = parser.parse_args()

    articles = cut_all(split_longest(read_corpus()))
    articles = [(normalise([("", k)])[0][1], i, normalise([("", t)])[0][1],
                 [(tag, normalise(runs)) for tag, runs in b]) for k, i, t, b in articles]

    files = {}
    names = []
    for n, (kicker, article_id, title, blocks) in enumerate(articles, 1):
        name = "%02d-%s.xml" % (n, article_id)
        names.append(name)
        files[os.path.join("issue", "articles", name)] = article_xml(kicker, article_id, title, blocks)
    files[os.path.join("issue", "issue.xml")] = issue_xml(names)
    files[os.path.join("latex", "issue.tex")] = tex_document(articles)

    stale = []
    for relative, text in sorted(files.items()):
        path = os.path.join(HERE, relative)
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if old == text:
            continue
        stale.append(relative)
        if not args.check:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
    article_dir = os.path.join(HERE, "issue", "articles")
    extra = sorted(set(os.listdir(article_dir)) - set(names)) if os.path.isdir(article_dir) else []
    if extra and not args.check:
        for name in extra:
            os.remove(os.path.join(article_dir, name))

    if not args.check or not stale:
        try:
            same = xml_text(os.path.join(HERE, "issue")) == tex_text_back(files[os.path.join("latex", "issue.tex")])
        except ValueError as error:
            same = False
            print("bench/pages: %s" % error, file=sys.stderr)
        if not same:
            print("bench/pages: issue/ and latex/issue.tex do not hold the same text", file=sys.stderr)
            return 1

    body = sum(words_of(r) for a in articles for _, r in a[3])
    heads = sum(len(a[0].split()) + len(a[2].split()) for a in articles)
    paragraphs = sum(1 for a in articles for tag, _ in a[3] if tag == "p")
    subheads = sum(1 for a in articles for tag, _ in a[3] if tag == "h2")
    print("%d articles, %d body words (%d paragraphs, %d subheads), %d words of kickers and titles"
          % (len(articles), body, paragraphs, subheads, heads))
    if args.check:
        for relative in stale + [os.path.join("issue", "articles", e) for e in extra]:
            print("out of date: bench/pages/%s" % relative, file=sys.stderr)
        return 1 if stale or extra else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
