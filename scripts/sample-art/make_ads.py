#!/usr/bin/env python3
"""Draw the raster display ads and house ads of the sample issues (heftsatz project).

The advertisers are fictional; the house ads are the magazine's own. Deterministic,
needs only Pillow and the DejaVu fonts (Debian: python3-pil, fonts-dejavu-core); the
house ads use the magazine's Linux Biolinum from fonts/. Run from the repository root
with the issue folders to draw into:
    /usr/bin/python3 scripts/sample-art/make_ads.py issues/2020-10 issues/2020-11
Without arguments it draws into every issues/*/ that has an ads/naechste-ausgabe.json.
Output in <issue>/ads/, at 300 ppi in the formats of layouts/kommune21.xml
(half 178x125 mm, quarter 117.2x100 mm, strip 178x50 mm):
    half.png      2102x1476 px, palette PNG
    quarter.jpg   1384x1182 px, JPEG quality 85
    abo-*.png, naechste-ausgabe-*.png, fachforum-*.png, newsletter-*.png, archiv-*.png:
        house ads, half (2102x1476), quarter (1384x1182) and strip (2102x590, a quarter
        page across), palette PNGs
The texts of the house ads are in house-ads.json next to this script; the next-issue ad
(headline, items, footer and its calendar sheet's day and month) comes from each issue's
ads/naechste-ausgabe.json, the only part that differs between the issues.
The designs are written in 150-ppi units (the hard-coded coordinates and font sizes
below); artlib.Draw scales them by S = 2 to the 300 ppi of the files.
The full-page ad is the vector file <issue>/ads/full.svg (converted to full.pdf with rsvg-convert).
"""
import glob
import json
import math
import os
import sys

from PIL import Image

from artlib import BIOLINUM, BIOLINUM_BOLD, HERE, ROOT, canvas, font, rgb, text

# The formats of layouts/kommune21.xml in drawing units (150 ppi); the files have
# S times the pixels in each direction: 300 ppi, the same aspect ratio.
HALF = (1051, 738)
QUARTER = (692, 591)
STRIP = (1051, 295)


def leaf(d, cx, cy, length, colour, vein):
    a = math.radians(-35)
    upper = [(k / 40 - 0.5, 0.34 * math.sin(math.pi * k / 40)) for k in range(41)]
    lower = [(x, -y) for x, y in reversed(upper)]
    ca, sa = math.cos(a), math.sin(a)
    pts = [(cx + length * (x * ca - y * sa), cy + length * (x * sa + y * ca)) for x, y in upper + lower]
    d.polygon(pts, fill=colour)
    d.line((pts[2], pts[38]), fill=vein, width=max(2, int(length / 40)))


def make_half(out):
    W, H = HALF
    img, d = canvas(HALF, rgb("#eef5ea"))
    green, dark, cream, gold = rgb("#4f8a5b"), rgb("#1f3b2a"), rgb("#eef5ea"), rgb("#f2b65a")
    # left panel: a leaf growing out of stacked documents
    d.rectangle((0, 0, 380, H), fill=green)
    for k in range(4):
        x, y = 70 + k * 18, 420 - k * 22
        d.rectangle((x, y, x + 190, y + 250), fill=cream if k % 2 == 0 else rgb("#d9e8d3"))
        for line in range(5):
            d.rectangle((x + 24, y + 40 + line * 36, x + 160 - (line % 2) * 40, y + 52 + line * 36), fill=green)
    leaf(d, 200, 200, 280, gold, green)
    # right side: message
    x, w = 430, W - 430 - 50
    y = text(d, (x, 70), "Fachverfahren,", 74, dark, w) + 14
    y = text(d, (x, y), "die mitdenken.", 74, green, w) + 40
    y = text(d, (x, y), "Vom Onlineantrag bis zum Bescheid:", 30, dark, w) + 10
    y = text(d, (x, y), "durchgängig digital, ohne Medienbruch.", 30, dark, w) + 44
    for item in ("Schnittstellen nach XÖV-Standards", "Betrieb im kommunalen Rechenzentrum",
                 "Schulung und Support vor Ort"):
        d.ellipse((x, y + 8, x + 18, y + 26), fill=gold)
        y = text(d, (x + 36, y), item, 26, dark, w - 36) + 24
    # footer band with advertiser and address
    d.rectangle((380, H - 130, W, H), fill=dark)
    text(d, (x, H - 110), "Ökodata Kommunal GmbH", 38, cream, w)
    text(d, (x, H - 56), "www.oekodata-kommunal.example", 26, gold, w)
    img.quantize(colors=32, dither=Image.NONE).save(os.path.join(out, "half.png"), optimize=True)


def make_quarter(out):
    W, H = QUARTER
    img, d = canvas(QUARTER, rgb("#0c2238"))
    red, white, gold, light = rgb("#b0122b"), rgb("#ffffff"), rgb("#f2b65a"), rgb("#9fe3f2")
    # diagonal bands behind the emblem
    for k in range(6):
        off = k * 40
        d.polygon([(off, 0), (off + 26, 0), (off - 150, 470), (off - 176, 470)], fill=rgb("#12334f"))
    # falcon wing made of chevrons above a shield, on the left
    cx, cy = 150, 190
    for k in range(5):
        y = cy - 120 + k * 24
        d.line([(cx - 125 + k * 12, y), (cx - 15, y + 52), (cx + 125 - k * 12, y)], fill=light, width=9)
    shield = [(cx, cy - 30), (cx + 80, cy + 2), (cx + 72, cy + 80), (cx, cy + 135), (cx - 72, cy + 80),
              (cx - 80, cy + 2)]
    d.polygon(shield, fill=white)
    inner = [(cx + (x - cx) * 0.82, cy + 36 + (y - cy - 36) * 0.82) for x, y in shield]
    d.polygon(inner, fill=red)
    d.line([(cx - 32, cy + 52), (cx - 7, cy + 79), (cx + 37, cy + 27)], fill=white, width=12, joint="curve")
    # message on the right
    x, w = 310, W - 310 - 30
    y = text(d, (x, 50), "Wachsam für", 50, white, w) + 10
    y = text(d, (x, y), "Ihre Verwaltung.", 50, gold, w) + 34
    for item in ("Beratung zum IT-Grundschutz", "Notfallübungen im Rathaus", "Phishing-Simulationen"):
        d.rectangle((x, y + 9, x + 12, y + 21), fill=red)
        y = text(d, (x + 26, y), item, 24, white, w - 26) + 16
    d.rectangle((0, H - 112, W, H), fill=red)
    text(d, (36, H - 94), "Amtsfalke Informationssicherheit GmbH", 30, white, W - 72)
    text(d, (36, H - 50), "www.amtsfalke.example", 26, white, W - 72)
    img.save(os.path.join(out, "quarter.jpg"), "JPEG", quality=85, optimize=True)


# House ads: the magazine's own, in its colours and its typeface (Biolinum).
ACCENT, INK, PAPER, TINT = rgb("#b0122b"), rgb("#1d1d1b"), rgb("#ffffff"), rgb("#efe9df")


def cover_stack(d, x, y, scale):
    """Three issues of the magazine, fanned: the subscription's picture."""
    for k in range(3):
        cx, cy = x + k * 34 * scale, y + k * 22 * scale
        w, h = 150 * scale, 212 * scale
        d.rectangle((cx + 6, cy + 6, cx + w + 6, cy + h + 6), fill=rgb("#cfc6b8"))
        d.rectangle((cx, cy, cx + w, cy + h), fill=PAPER, outline=rgb("#8a8178"))
        d.rectangle((cx + 10 * scale, cy + 12 * scale, cx + w - 10 * scale, cy + 34 * scale), fill=ACCENT)
        d.rectangle((cx + 10 * scale, cy + 44 * scale, cx + w - 10 * scale, cy + 130 * scale),
                    fill=(rgb("#3f6e8c"), rgb("#4f8a5b"), rgb("#c98b2b"))[k])
        for line in range(4):
            ly = cy + (144 + line * 16) * scale
            d.rectangle((cx + 10 * scale, ly, cx + w - (30 + 20 * (line % 2)) * scale, ly + 7 * scale), fill=INK)


def calendar_sheet(d, x, y, scale, day, month):
    """A tear-off calendar sheet: the next issue's date."""
    w, h = 190 * scale, 210 * scale
    d.rectangle((x + 6, y + 6, x + w + 6, y + h + 6), fill=rgb("#7d0c1f"))
    d.rectangle((x, y, x + w, y + h), fill=PAPER)
    d.rectangle((x, y, x + w, y + 52 * scale), fill=INK)
    for k in range(4):
        rx = x + (30 + k * 42) * scale
        d.ellipse((rx, y - 12 * scale, rx + 16 * scale, y + 14 * scale), fill=rgb("#8a8178"))
    f = font(int(30 * scale), BIOLINUM_BOLD)
    l, _, r, _ = d.textbbox((0, 0), month, font=f)
    d.text((x + (w - (r - l)) / 2, y + 8 * scale), month, font=f, fill=PAPER)
    f = font(int(120 * scale), BIOLINUM_BOLD)
    l, t, r, b = d.textbbox((0, 0), day, font=f)
    d.text((x + (w - (r - l)) / 2 - l, y + 60 * scale - t + (150 * scale - (b - t)) / 2), day, font=f, fill=ACCENT)


def forum_picture(d, x, y, scale):
    """A lectern before rows of seats: the event."""
    for row in range(3):
        for seat in range(6 - row):
            sx = x + (20 + row * 16 + seat * 34) * scale
            sy = y + (170 - row * 34) * scale
            d.rounded_rectangle((sx, sy, sx + 26 * scale, sy + 24 * scale), radius=int(6 * scale),
                                fill=rgb("#d9d0c3") if row else rgb("#c4b8a7"))
    d.polygon([(x + 80 * scale, y + 40 * scale), (x + 150 * scale, y + 40 * scale),
               (x + 140 * scale, y + 120 * scale), (x + 90 * scale, y + 120 * scale)], fill=ACCENT)
    d.rectangle((x + 70 * scale, y + 28 * scale, x + 160 * scale, y + 40 * scale), fill=INK)
    d.line([(x + 115 * scale, y + 28 * scale), (x + 125 * scale, y + 6 * scale)], fill=INK, width=max(2, int(4 * scale)))
    d.ellipse((x + 120 * scale, y, x + 134 * scale, y + 12 * scale), fill=INK)


def make_house_strip(out, name, ad):
    # A quarter page across the columns: picture, then kicker and headline,
    # the first two items, and the footer band at the right.
    W, H = STRIP
    img, d = canvas((W, H), TINT)
    d.rectangle((0, 0, W, 12), fill=ACCENT)
    panel, band = 260, 340
    d.rectangle((0, 12, panel, H), fill=rgb("#e2d9cb"))
    picture(d, ad, 30, 36, 0.9)
    x, w = panel + 36, W - panel - band - 60
    y = text(d, (x, 40), ad["kicker"], 28, ACCENT, w, BIOLINUM_BOLD) + 12
    y = text(d, (x, y), " ".join(ad["headline"]), 36, INK, w, BIOLINUM_BOLD) + 18
    for item in ad["items"][:2]:
        d.rectangle((x, y + 9, x + 10, y + 19), fill=ACCENT)
        y = text(d, (x + 24, y), item, 25, INK, w - 24, BIOLINUM) + 14
    d.rectangle((W - band, 12, W, H), fill=INK)
    fy = 60
    for k, line in enumerate(ad["footer"]):
        fy = text(d, (W - band + 24, fy), line, 24, PAPER if k == 0 else rgb("#f2b65a"), band - 48,
                  BIOLINUM_BOLD) + 14
    img.quantize(colors=48, dither=Image.NONE).save(os.path.join(out, f"{name}-strip.png"), optimize=True)


def make_house_ad(out, name, ad, size):
    W, H = HALF if size == "half" else QUARTER
    img, d = canvas((W, H), TINT)
    band = 108 if size == "half" else 96
    # the magazine's accent rule at the head, as on its own pages
    d.rectangle((0, 0, W, 14), fill=ACCENT)
    if size == "half":
        panel = 400
        d.rectangle((0, 14, panel, H - band), fill=rgb("#e2d9cb"))
        picture(d, ad, 60, 130, 1.4)
        x, w, y = panel + 50, W - panel - 90, 64
        head_size, item_size, head_width = 62, 31, W - panel - 90
    else:
        x, w, y = 40, W - 300, 44
        head_size, item_size, head_width = 44, 24, W - 80
    y = text(d, (x, y), ad["kicker"], item_size + 4, ACCENT, head_width, BIOLINUM_BOLD) + 18
    for line in ad["headline"]:
        y = text(d, (x, y), line, head_size, INK, head_width, BIOLINUM_BOLD) + 10
    y += 30
    if size == "quarter":
        picture(d, ad, W - 245, y + 6, 0.95)
    for item in ad["items"]:
        d.rectangle((x, y + item_size // 2 - 2, x + 12, y + item_size // 2 + 10), fill=ACCENT)
        y = text(d, (x + 28, y), item, item_size, INK, w - 28, BIOLINUM) + 18
    d.rectangle((0, H - band, W, H), fill=INK)
    fy = H - band + 18
    for k, line in enumerate(ad["footer"]):
        fy = text(d, (40, fy), line, 30 if size == "half" else 24, PAPER if k == 0 else rgb("#f2b65a"),
                  W - 80, BIOLINUM_BOLD) + 10
    img.quantize(colors=48, dither=Image.NONE).save(os.path.join(out, f"{name}-{size}.png"), optimize=True)


def picture(d, ad, x, y, scale):
    """Draw the ad's picture: ad["picture"] names the function, then its extra arguments."""
    name, *args = ad["picture"]
    PICTURES[name](d, x, y, scale, *args)


PICTURES = {"cover_stack": cover_stack, "calendar_sheet": calendar_sheet, "forum_picture": forum_picture}


def house_ads(issue):
    """The house ads in order, the next-issue ad completed from the issue's file."""
    with open(os.path.join(HERE, "house-ads.json"), encoding="utf-8") as f:
        ads = json.load(f)
    with open(os.path.join(issue, "ads", "naechste-ausgabe.json"), encoding="utf-8") as f:
        ads["naechste-ausgabe"].update(json.load(f))
    return ads


def make_ads(issue):
    """Draw every raster ad of the issue folder into its ads/."""
    out = os.path.join(issue, "ads")
    make_half(out)
    make_quarter(out)
    for name, ad in house_ads(issue).items():
        for size in ("half", "quarter"):
            make_house_ad(out, name, ad, size)
        make_house_strip(out, name, ad)


def main(argv):
    issues = argv or sorted(os.path.dirname(os.path.dirname(p))
                            for p in glob.glob(os.path.join(ROOT, "issues", "*", "ads", "naechste-ausgabe.json")))
    for issue in issues:
        make_ads(issue)


if __name__ == "__main__":
    main(sys.argv[1:])
