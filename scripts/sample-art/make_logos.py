#!/usr/bin/env python3
"""Draw the four logos of fictional companies in the issues' listings.xml (heftsatz project).

Deterministic, no input files except the DejaVu fonts (Debian: fonts-dejavu-core).
Every sample issue carries the same four logos; run from the repository root with the
issue folders to draw into:
    /usr/bin/python3 scripts/sample-art/make_logos.py issues/2020-10 issues/2020-11
Without arguments it draws into every issues/*/logos/.
Each logo is 300x120 px, flat colours, the company's initials next to a simple mark.
"""
import glob
import math
import os
import sys

from PIL import Image, ImageDraw, ImageFont

from artlib import BOLD, ROOT, centered, rgb

SS = 4  # draw large, scale down for smooth edges


def logo(out, name, initials, bg, mark, fg, shape):
    W, H = 300 * SS, 120 * SS
    img = Image.new("RGB", (W, H), rgb(bg))
    d = ImageDraw.Draw(img)
    s = SS
    if shape == "bridge":      # Datenbrücke Süd: arch of a bridge
        d.rectangle((20 * s, 78 * s, 120 * s, 88 * s), fill=rgb(mark))
        d.pieslice((30 * s, 30 * s, 110 * s, 126 * s), 180, 360, fill=rgb(mark))
        d.pieslice((44 * s, 46 * s, 96 * s, 112 * s), 180, 360, fill=rgb(bg))
        for x in (34, 54, 86, 106):
            d.rectangle((x * s, 40 * s if x in (54, 86) else 58 * s, (x + 3) * s, 78 * s), fill=rgb(mark))
    elif shape == "leaf":      # Ökodata: leaf made of two arcs
        a = math.radians(-35)
        pts = []
        for k in list(range(0, 41)) + list(range(40, -1, -1)):
            x = k / 40
            y = 0.34 * math.sin(math.pi * x) * (1 if len(pts) < 41 else -1)
            pts.append((x - 0.5, y))
        ca, sa = math.cos(a), math.sin(a)
        tr = [((70 + 100 * (x * ca - y * sa)) * s, (60 + 100 * (x * sa + y * ca)) * s) for x, y in pts]
        d.polygon(tr, fill=rgb(mark))
        d.line((tr[2], tr[38]), fill=rgb(bg), width=4 * s)
    elif shape == "compass":   # regiolotse: compass rose
        c = (70 * s, 60 * s)
        d.ellipse((c[0] - 44 * s, c[1] - 44 * s, c[0] + 44 * s, c[1] + 44 * s), outline=rgb(mark), width=6 * s)
        d.polygon([(c[0], c[1] - 38 * s), (c[0] + 10 * s, c[1]), (c[0], c[1] + 38 * s), (c[0] - 10 * s, c[1])],
                  fill=rgb(mark))
        d.polygon([(c[0] - 38 * s, c[1]), (c[0], c[1] - 8 * s), (c[0] + 38 * s, c[1]), (c[0], c[1] + 8 * s)],
                  fill=rgb(fg))
    elif shape == "waves":     # Kartenwerk Nordsee: map grid and waves
        d.rectangle((26 * s, 18 * s, 114 * s, 102 * s), fill=rgb(mark))
        for k in range(1, 4):
            d.line((26 * s + k * 22 * s, 18 * s, 26 * s + k * 22 * s, 102 * s), fill=rgb(bg), width=2 * s)
            d.line((26 * s, 18 * s + k * 21 * s, 114 * s, 18 * s + k * 21 * s), fill=rgb(bg), width=2 * s)
        for k in range(4):
            x = 30 * s + k * 22 * s
            d.arc((x, 70 * s, x + 22 * s, 92 * s), 180, 360, fill=rgb(fg), width=5 * s)
    font = ImageFont.truetype(BOLD, 64 * s)
    centered(d, (130 * s, 0, 290 * s, H), initials, font, rgb(fg))
    img = img.resize((300, 120), Image.LANCZOS)
    img.quantize(colors=16, dither=Image.NONE).save(os.path.join(out, name), optimize=True)


def make_logos(issue):
    """Draw the four logos into the issue folder's logos/."""
    out = os.path.join(issue, "logos")
    logo(out, "datenbruecke-sued.png", "DS", "#12334f", "#f2b65a", "#ffffff", "bridge")
    logo(out, "oekodata-kommunal.png", "ÖK", "#eef5ea", "#4f8a5b", "#1f3b2a", "leaf")
    logo(out, "regiolotse.png", "rl", "#ffffff", "#b0122b", "#12334f", "compass")
    logo(out, "kartenwerk-nordsee.png", "KN", "#e4f1f6", "#2c6e8f", "#0c2238", "waves")


def main(argv):
    issues = argv or sorted(os.path.dirname(p) for p in glob.glob(os.path.join(ROOT, "issues", "*", "logos")))
    for issue in issues:
        make_logos(issue)


if __name__ == "__main__":
    main(sys.argv[1:])
