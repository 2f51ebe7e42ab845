#!/usr/bin/env python3
"""Draw the raster display ads of the sample issue (heftsatz project).

Both advertisers are fictional. Deterministic, needs only Pillow and the DejaVu fonts
(Debian: python3-pil, fonts-dejavu-core):
    /usr/bin/python3 ads/make_ads.py
Output next to this script:
    half.png     1075x756 px (182x128 mm at 150 ppi), palette PNG
    quarter.jpg   520x756 px (88x128 mm at 150 ppi), JPEG quality 85
The full-page ad is the vector file full.svg (converted to full.pdf with rsvg-convert).
"""
import math
import os

from PIL import Image, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def rgb(h):
    h = h.lstrip("#")
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


def font(size):
    return ImageFont.truetype(BOLD, size)


def fitted(d, text, size, width):
    """Largest font up to size whose rendering of text fits into width."""
    while size > 8:
        f = font(size)
        l, _, r, _ = d.textbbox((0, 0), text, font=f)
        if r - l <= width:
            return f
        size -= 1
    return font(8)


def text(d, xy, s, size, fill, width):
    f = fitted(d, s, size, width)
    d.text(xy, s, font=f, fill=fill)
    _, t, _, b = d.textbbox(xy, s, font=f)
    return b


def leaf(d, cx, cy, length, colour, vein):
    a = math.radians(-35)
    upper = [(k / 40 - 0.5, 0.34 * math.sin(math.pi * k / 40)) for k in range(41)]
    lower = [(x, -y) for x, y in reversed(upper)]
    ca, sa = math.cos(a), math.sin(a)
    pts = [(cx + length * (x * ca - y * sa), cy + length * (x * sa + y * ca)) for x, y in upper + lower]
    d.polygon(pts, fill=colour)
    d.line((pts[2], pts[38]), fill=vein, width=max(2, int(length / 40)))


def make_half():
    W, H = 1075, 756
    img = Image.new("RGB", (W, H), rgb("#eef5ea"))
    d = ImageDraw.Draw(img)
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
    img.quantize(colors=32, dither=Image.NONE).save(os.path.join(OUT, "half.png"), optimize=True)


def make_quarter():
    W, H = 520, 756
    img = Image.new("RGB", (W, H), rgb("#0c2238"))
    d = ImageDraw.Draw(img)
    red, white, gold, light = rgb("#b0122b"), rgb("#ffffff"), rgb("#f2b65a"), rgb("#9fe3f2")
    # diagonal bands
    for k in range(6):
        off = k * 46
        d.polygon([(W - 230 + off, 0), (W - 200 + off, 0), (W - 460 + off, 330), (W - 490 + off, 330)],
                  fill=rgb("#12334f"))
    # falcon wing made of chevrons above a shield
    cx, cy = W / 2, 200
    for k in range(5):
        y = cy - 120 + k * 26
        d.line([(cx - 150 + k * 14, y), (cx - 20, y + 60), (cx + 150 - k * 14, y)], fill=light, width=10)
    shield = [(cx, cy - 30), (cx + 90, cy + 5), (cx + 80, cy + 90), (cx, cy + 150), (cx - 80, cy + 90),
              (cx - 90, cy + 5)]
    d.polygon(shield, fill=white)
    inner = [(cx + (x - cx) * 0.82, cy + 40 + (y - cy - 40) * 0.82) for x, y in shield]
    d.polygon(inner, fill=red)
    d.line([(cx - 36, cy + 58), (cx - 8, cy + 88), (cx + 42, cy + 30)], fill=white, width=14, joint="curve")
    # message
    x, w = 36, W - 72
    y = text(d, (x, 372), "Wachsam für", 46, white, w) + 10
    y = text(d, (x, y), "Ihre Verwaltung.", 46, gold, w) + 26
    for item in ("Beratung zum IT-Grundschutz", "Notfallübungen im Rathaus", "Phishing-Simulationen"):
        d.rectangle((x, y + 9, x + 12, y + 21), fill=red)
        y = text(d, (x + 26, y), item, 23, white, w - 26) + 14
    d.rectangle((0, H - 112, W, H), fill=red)
    text(d, (x, H - 94), "Amtsfalke Informationssicherheit GmbH", 24, white, w)
    text(d, (x, H - 52), "www.amtsfalke.example", 24, white, w)
    img.save(os.path.join(OUT, "quarter.jpg"), "JPEG", quality=85, optimize=True)


if __name__ == "__main__":
    make_half()
    make_quarter()
