#!/usr/bin/env python3
"""Builds the corpus issue in this folder from the German HTML of the Debian
package debian-handbook ("Das Debian Administrationshandbuch").

    python3 data/corpus/handbuch/make_corpus.py [--html DIR] [--out DIR]

Reads /usr/share/doc/debian-handbook/html/de-DE/ (the installed package) and
writes issue.xml and articles/*.xml next to this script. Python 3 standard
library only. The text is extracted, not reworded:

- the paragraphs (<div class="para">, also inside list items and sidebars)
  become <p>, section titles and sidebar titles (without their label such as
  "KULTUR") become <h2>, without their numbers; a chapter's opening summary
  becomes the <lead>, the name of the part a page belongs to (its "up"
  link: the chapter, or the book) the <kicker>;
- inline code, file names, commands, package names, links and cross
  references are kept as their plain text, emphasis as <em>, the run-in
  titles of the free software guidelines as <strong>;
- dropped: program listings and screens (<pre>), examples, figures, tables,
  display URLs (<div class="url">), index terms, navigation and tables of
  contents, the terms of definition lists, paragraphs the German translation
  left in English, paragraphs that are mostly code or under three words, and
  paragraphs with super- or subscripts (plain text would misread them);
- a title whose section or sidebar kept no paragraph is dropped with it.

Running it again gives the same files; it prints the number of articles and
of words (whitespace-separated tokens of the article bodies).
"""

import argparse
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_HTML = "/usr/share/doc/debian-handbook/html/de-DE"

# The issue's sections and their articles: (article id, HTML files). An
# article is one page of the book, or a few short pages of one chapter that
# follow each other; its title is the first page's title, the others' titles
# become subheads. Chosen for prose: the project, its organisation and
# documents, the case study, the background appendix, security policy,
# documentation and community, not the configuration chapters.
SECTIONS = [
    ("Vorwort", [
        ("vorwort", ["preface.html"]),
        ("warum-dieses-buch", ["foreword.html", "sect.who-is-this-book-for.html",
                               "sect.selected-approach.html"]),
        ("gliederung-des-buches", ["sect.book-structure.html", "sect.contributing.html"]),
        ("dank", ["sect.acknowledgments.html"]),
    ]),
    ("Das Debian-Projekt", [
        ("das-debian-projekt", ["the-debian-project.html"]),
        ("gruendungsurkunde", ["sect.foundation-documents.html"]),
        ("innenleben", ["sect.debian-internals.html"]),
        ("neuigkeiten", ["sect.follow-debian-news.html", "sect.role-of-distributions.html"]),
        ("lebenszyklus", ["sect.release-lifecycle.html"]),
    ]),
    ("Fallstudie", [
        ("fallstudie", ["case-study.html", "sect.master-plan.html"]),
        ("warum-gnu-linux", ["sect.why-gnu-linux.html"]),
        ("warum-debian", ["sect.why-debian.html"]),
        ("bestehende-installationen", ["existing-setup.html"]),
        ("migration", ["sect.how-to-migrate.html"]),
        ("installation", ["installation.html"]),
        ("nach-dem-ersten-start", ["sect.after-first-boot.html"]),
    ]),
    ("Pakete und Werkzeuge", [
        ("paketsystem", ["packaging-system.html"]),
        ("apt-oberflaechen", ["sect.apt-frontends.html"]),
        ("regelmaessige-aktualisierungen", ["sect.regular-upgrades.html"]),
        ("problemloesung", ["solving-problems.html"]),
        ("allgemeine-vorgehensweisen", ["sect.common-procedures.html"]),
        ("verwaltungsoberflaechen", ["sect.administration-interfaces.html"]),
    ]),
    ("Arbeitsplatz", [
        ("arbeitsplatz", ["workstation.html", "sect.graphical-desktops.html"]),
        ("bueroprogramme", ["sect.office-suites.html", "sect.web-browsers.html"]),
        ("echtzeitkommunikation", ["sect.rtc-clients.html"]),
    ]),
    ("Sicherheit", [
        ("sicherheit", ["security.html"]),
        ("weitere-sicherheitsueberlegungen", ["sect.other-security-considerations.html"]),
        ("kompromittierter-rechner", ["sect.dealing-with-compromised-machine.html"]),
    ]),
    ("Gemeinschaft", [
        ("paketbetreuer-werden", ["sect.becoming-package-maintainer.html"]),
        ("abgeleitete-distributionen", ["derivative-distributions.html", "sect.ubuntu.html",
                                        "sect.linux-mint.html", "sect.knoppix.html"]),
    ]),
    ("Grundlagen", [
        ("schichten-eines-rechners", ["sect.computer-layers.html"]),
        ("aufgaben-des-kernels", ["sect.kernel-role-and-tasks.html"]),
        ("anwendungsebene", ["sect.user-space.html"]),
        ("dateisystem-hierarchie", ["sect.filesystem-hierarchy.html"]),
    ]),
]

# Blocks dropped with everything inside them (by class), and elements dropped.
DROP_CLASSES = {"toc", "docnav", "indexterm", "url", "example", "informalexample", "figure",
                "table", "informaltable", "mediaobject", "calloutlist", "programlisting",
                "screen", "navfooter", "legalnotice"}
DROP_TAGS = {"pre", "table", "img", "script", "style", "head"}
VOID = {"img", "br", "meta", "link", "hr", "input", "col", "area", "base", "wbr"}

# Paragraph language: the German translation leaves some paragraphs in English.
EN_WORDS = set("the and of to is that in for with are this be by it as on not an which or from "
               "can have has was their its these they you your will what why how when there "
               "been more also would into such only".split())
DE_WORDS = set("der die das und ist nicht zu den von mit sich des auf für im ein eine dem als "
               "auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie "
               "einem über einen so zum war haben nur oder aber vor zur bis mehr durch man "
               "kann können wenn diese dieser ihre sein wir".split())


class Node:
    __slots__ = ("tag", "attrs", "children")

    def __init__(self, tag, attrs):
        self.tag = tag
        self.attrs = dict(attrs)
        self.children = []

    def classes(self):
        return set((self.attrs.get("class") or "").split())


class TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs)
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(Node(tag, attrs))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse(path):
    builder = TreeBuilder()
    with open(path, encoding="utf-8") as f:
        builder.feed(f.read())
    builder.close()
    return builder.root


def find_all(node, pred):
    if isinstance(node, str):
        return
    if pred(node):
        yield node
    for child in node.children:
        yield from find_all(child, pred)


def dropped(node):
    return node.tag in DROP_TAGS or bool(node.classes() & DROP_CLASSES) or \
        node.attrs.get("id") in ("banner", "title")


def plain(node):
    """The text of a node, dropped parts left out, whitespace collapsed."""
    parts = []

    def walk(n):
        if isinstance(n, str):
            parts.append(n)
        elif not dropped(n):
            for c in n.children:
                walk(c)
    walk(node)
    return " ".join("".join(parts).split())


class Inline:
    """A paragraph's content as article XML, its plain text and how much of it is code."""

    def __init__(self):
        self.xml = []
        self.text = []
        self.code_chars = 0

    def add_text(self, s, code=False):
        self.xml.append(escape(s))
        self.text.append(s)
        if code:
            self.code_chars += len(s.strip())

    def render(self):
        xml = re.sub(r"\s+", " ", "".join(self.xml)).strip()
        # Tags hugging spaces: "<em> Wort </em>" -> " <em>Wort</em> ".
        for tag in ("em", "strong"):
            xml = re.sub(r"<%s>\s+" % tag, " <%s>" % tag, xml)
            xml = re.sub(r"\s+</%s>" % tag, "</%s> " % tag, xml)
            xml = xml.replace("<%s></%s>" % (tag, tag), "")
        xml = re.sub(r"\s+", " ", xml).strip()
        text = " ".join("".join(self.text).split())
        return xml, text


CODE_CLASSES = {"userinput", "computeroutput", "keycap", "replaceable", "command", "filename",
                "literal", "varname", "option", "function", "pkg", "email"}


def inline(node, out, code=False, inside=None):
    """Appends a paragraph's inline content to `out`: text escaped, emphasis as
    <em>, a run-in title as <strong> (neither nested), code as plain text."""
    for child in node.children:
        if isinstance(child, str):
            out.add_text(child, code)
            continue
        if dropped(child):
            continue
        cls = child.classes()
        is_code = code or child.tag in ("code", "kbd", "tt") or bool(cls & CODE_CLASSES)
        if child.tag == "br":
            out.add_text(" ")
        elif child.tag == "em" and inside is None:
            out.xml.append("<em>")
            inline(child, out, is_code, "em")
            out.xml.append("</em>")
        elif child.tag == "div" and "title" in cls and inside is None:
            # The run-in title of a paragraph ("Unbeschränkte Weitergabe.").
            out.xml.append("<strong>")
            inline(child, out, is_code, "strong")
            out.xml.append("</strong> ")
            out.text.append(" ")
        else:
            inline(child, out, is_code, inside)


def is_english(text):
    words = re.findall(r"[a-zäöüß]+", text.lower())
    en = sum(w in EN_WORDS for w in words)
    de = sum(w in DE_WORDS for w in words)
    return en > de and en >= 2 or (en >= 1 and de == 0 and len(words) <= 8)


NUMBER = re.compile(r"^(Kapitel\s+\d+\.|Anhang\s+[A-Z]\.|[0-9A-Z]+(\.\d+)*\.)\s+")


def heading_text(node):
    return NUMBER.sub("", plain(node)).strip()


class Page:
    """One HTML page: its title, chapter, lead and blocks in reading order."""

    def __init__(self, path):
        self.path = path
        root = parse(path)
        head = next(find_all(root, lambda n: n.tag == "head"))
        up = next(find_all(head, lambda n: n.tag == "link" and n.attrs.get("rel") == "up"), None)
        self.chapter = NUMBER.sub("", up.attrs.get("title", "")).strip() if up is not None else ""
        body = next(find_all(root, lambda n: n.tag == "body"))
        self.title = None
        self.lead = None
        self.blocks = []  # ("h2", xml, text) or ("p", xml, text)
        self.dropped = {"english": 0, "code": 0, "short": 0, "formula": 0}
        self.walk(body)

    def walk(self, node, skip=None):
        for child in node.children:
            if isinstance(child, str) or dropped(child) or child is skip:
                continue
            cls = child.classes()
            if child.tag in ("h1", "h2", "h3", "h4", "h5") and "title" in cls:
                text = heading_text(child)
                if self.title is None:
                    self.title = text
                else:
                    self.blocks.append(("h2", escape(text), text))
            elif child.tag == "div" and "sidebar" in cls:
                self.sidebar(child)
            elif child.tag == "div" and "para" in cls:
                self.paragraph(child, highlights="highlights" in cls)
            elif child.tag == "div" and "highlights" in cls:
                for para in find_all(child, lambda n: n.tag == "div" and "para" in n.classes()):
                    self.paragraph(para, highlights=True)
            elif child.tag == "dt":
                continue  # terms of a variable list: not sentences
            else:
                self.walk(child)

    def sidebar(self, node):
        """A sidebar ("KULTUR Ursprung des Namens Debian", then paragraphs): its
        paragraphs are kept as running text, its title without the label as a
        subhead, unless none of its paragraphs is kept."""
        start = len(self.blocks)
        title = next(find_all(node, lambda n: n.tag == "p" and "title" in n.classes()), None)
        if title is not None:
            text = plain(title)
            em = next(find_all(title, lambda n: n.tag == "em"), None)
            label = plain(em) if em is not None else ""
            if label and text.startswith(label):
                text = text[len(label):].strip()
            if text:
                self.blocks.append(("h2", escape(text), text))
        self.walk(node, skip=title)
        if not any(kind == "p" for kind, _, _ in self.blocks[start:]):
            del self.blocks[start:]

    def paragraph(self, node, highlights=False):
        out = Inline()
        inline(node, out)
        xml, text = out.render()
        words = text.split()
        if not words:
            return
        if any(find_all(node, lambda n: n.tag in ("sup", "sub"))):
            self.dropped["formula"] += 1  # "2<sup>32</sup>" would read "232"
            return
        if is_english(text):
            self.dropped["english"] += 1
            return
        if out.code_chars > 0.4 * len(text.replace(" ", "")):
            self.dropped["code"] += 1
            return
        if len(words) < 3:
            self.dropped["short"] += 1
            return
        if highlights and self.lead is None and not self.blocks:
            self.lead = (xml, text)
            return
        self.blocks.append(("p", xml, text))


def without_empty_sections(blocks):
    """Drops a subhead with no paragraph before the next subhead or the end."""
    kept = []
    for i, block in enumerate(blocks):
        if block[0] == "h2":
            if is_english(block[2]):
                continue
            nxt = next((b for b in blocks[i + 1:] if b[0] == "p" or b[0] == "h2"), None)
            if nxt is None or nxt[0] == "h2":
                continue
        kept.append(block)
    return kept


def article_xml(article_id, pages):
    first = pages[0]
    blocks = []
    for page in pages:
        if page is not first and page.title:
            blocks.append(("h2", escape(page.title), page.title))
        blocks.extend(page.blocks)
    blocks = without_empty_sections(blocks)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             "<!-- From Das Debian Administrationshandbuch (debian-handbook), "
             + ", ".join(os.path.basename(p.path) for p in pages)
             + ". GPL-2.0+ or CC-BY-SA-3.0; see ../README.md and ../COPYRIGHT. -->",
             "<article id=%s>" % quoteattr(article_id)]
    if first.chapter and first.chapter != first.title:
        lines.append("  <kicker>%s</kicker>" % escape(first.chapter))
    lines.append("  <title>%s</title>" % escape(first.title))
    if first.lead:
        lines.append("  <lead>%s</lead>" % first.lead[0])
    lines.append("  <body>")
    words = 0
    for kind, xml, text in blocks:
        lines.append("    <%s>%s</%s>" % (kind, xml, kind))
        words += len(text.split())
    lines.append("  </body>")
    lines.append("</article>")
    return "\n".join(lines) + "\n", words


def package_version():
    try:
        return subprocess.run(["dpkg-query", "-W", "-f=${Version}", "debian-handbook"],
                              capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--html", default=DEFAULT_HTML, help="the de-DE HTML folder of debian-handbook")
    parser.add_argument("--out", default=HERE, help="where issue.xml and articles/ go")
    args = parser.parse_args()
    if not os.path.isdir(args.html):
        sys.exit("make_corpus.py: %s not found; install the package debian-handbook" % args.html)

    articles_dir = os.path.join(args.out, "articles")
    os.makedirs(articles_dir, exist_ok=True)
    for name in os.listdir(articles_dir):
        if name.endswith(".xml"):
            os.remove(os.path.join(articles_dir, name))

    version = package_version()
    issue = ['<?xml version="1.0" encoding="UTF-8"?>',
             "<!-- A corpus of German prose for measuring justification: text from",
             "     Das Debian Administrationshandbuch, debian-handbook %s, de-DE HTML." % version,
             "     GPL-2.0+ or CC-BY-SA-3.0 (see COPYRIGHT); made by make_corpus.py, see README.md. -->",
             '<issue magazine="Korpus" number="1" year="2022" date="2022-09-22" lang="de-DE" '
             'layout="kommune21">']
    total_words = total_articles = 0
    dropped = {"english": 0, "code": 0, "short": 0, "formula": 0}
    for section, articles in SECTIONS:
        issue.append("  <section title=%s>" % quoteattr(section))
        for article_id, files in articles:
            pages = [Page(os.path.join(args.html, f)) for f in files]
            for page in pages:
                for k, v in page.dropped.items():
                    dropped[k] += v
            xml, words = article_xml(article_id, pages)
            with open(os.path.join(articles_dir, article_id + ".xml"), "w", encoding="utf-8") as f:
                f.write(xml)
            issue.append('    <article src="articles/%s.xml"/>' % article_id)
            total_words += words
            total_articles += 1
            print("%-34s %6d words  %s" % (article_id, words, " ".join(files)))
        issue.append("  </section>")
    issue.append("</issue>")
    with open(os.path.join(args.out, "issue.xml"), "w", encoding="utf-8") as f:
        f.write("\n".join(issue) + "\n")
    print("%d articles, %d words of body text; paragraphs dropped: %d English, %d mostly code, "
          "%d under 3 words, %d with super- or subscripts"
          % (total_articles, total_words, dropped["english"], dropped["code"], dropped["short"],
             dropped["formula"]))


if __name__ == "__main__":
    main()
