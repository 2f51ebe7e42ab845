#!/usr/bin/env python3
"""Pictures of the sample issue 10/2020 (heftsatz project), drawn from scratch with Pillow.

Run from the repository root: /usr/bin/python3 issues/2020-10/images/make_images.py
The autumn cover shows a village with a red school above a glowing fibre trunk; the JPEG figure
turns paper lists into a contact network, the PNG chart stacks the connections by speed.
Sizes and uses: README.md here; the shared helpers: scripts/sample-art/artlib.py.
"""
import math
import os
import sys

from PIL import Image, ImageDraw, ImageFilter

OUT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(OUT, "..", "..", "..", "scripts", "sample-art"))
from artlib import (  # noqa: E402 (after the path to it)
    SS, chart_canvas, finish, gradient_canvas, hexrgb, houses, make_all, save_jpeg, save_png,
    soft_glow)

SEED = 202010


def tree(d, x, ground, h, trunk, crown):
    d.rectangle((x - 6 * SS, ground - h * 0.45, x + 6 * SS, ground), fill=trunk)
    r = h * 0.32
    d.ellipse((x - r, ground - h, x + r, ground - h + 2 * r), fill=crown)


def make_cover(rng):
    """Autumn morning over a village on hills; glowing fibre lines run under the ground."""
    img, W, H = gradient_canvas("#f7c873", "#fbeedd")
    img = Image.alpha_composite(img, soft_glow((W, H), (W * 0.72, H * 0.22), 260 * SS, "#fff3c4", 150, 90 * SS))
    img = Image.alpha_composite(img, soft_glow((W, H), (W * 0.72, H * 0.22), 110 * SS, "#fffbe8", 255, 8 * SS))
    # far hills
    layer = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    for k, (base, amp, col) in enumerate([(0.50, 60, "#c9a15d"), (0.58, 80, "#8fa35a"), (0.66, 70, "#5f7f45")]):
        pts = [(0, H)]
        ph = rng.uniform(0, 6)
        for x in range(0, W + 40, 40):
            y = H * base - amp * SS * math.sin(x / W * 5 + ph) - 30 * SS * math.sin(x / W * 13 + 2 * ph)
            pts.append((x, y))
        pts.append((W, H))
        d.polygon(pts, fill=hexrgb(col, 255))
    img = Image.alpha_composite(img, layer)
    # earth cross-section below the village
    ground = H * 0.70
    d = ImageDraw.Draw(img)
    d.rectangle((0, ground, W, H), fill=hexrgb("#6b4a2e"))
    d.rectangle((0, ground, W, ground + 26 * SS), fill=hexrgb("#4f7a3a"))
    for _ in range(260):
        x, y = rng.uniform(0, W), rng.uniform(ground + 40 * SS, H)
        r = rng.uniform(3, 9) * SS
        d.ellipse((x - r, y - r, x + r, y + r), fill=hexrgb(rng.choice(["#5c3f26", "#7a5737", "#84613f"])))
    # village: houses, a school with a flag, trees in autumn colours
    layer = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    houses(rng, d, 40 * SS, W * 0.36, ground, 120, 210, hexrgb("#f1e4cf", 255), hexrgb("#3f6e8c", 255))
    houses(rng, d, W * 0.64, W - 30 * SS, ground, 120, 210, hexrgb("#f1e4cf", 255), hexrgb("#3f6e8c", 255))
    sx0, sx1 = W * 0.40, W * 0.60
    d.rectangle((sx0, ground - 230 * SS, sx1, ground), fill=hexrgb("#d8553d", 255))
    d.polygon([(sx0 - 20 * SS, ground - 230 * SS), ((sx0 + sx1) / 2, ground - 330 * SS),
               (sx1 + 20 * SS, ground - 230 * SS)], fill=hexrgb("#7b2b20", 255))
    for row in range(2):
        for col in range(6):
            x = sx0 + 24 * SS + col * 52 * SS
            y = ground - 205 * SS + row * 80 * SS
            d.rectangle((x, y, x + 30 * SS, y + 48 * SS), fill=hexrgb("#fbeedd", 255))
    d.rectangle(((sx0 + sx1) / 2 - 30 * SS, ground - 80 * SS, (sx0 + sx1) / 2 + 30 * SS, ground),
                fill=hexrgb("#7b2b20", 255))
    for _ in range(11):
        x = rng.uniform(0, W)
        if sx0 - 40 * SS < x < sx1 + 40 * SS:
            continue
        tree(d, x, ground, rng.uniform(130, 220) * SS, hexrgb("#5c3f26", 255),
             hexrgb(rng.choice(["#d9822b", "#c8512a", "#e6b03a", "#9c6b2e"]), 255))
    img = Image.alpha_composite(img, layer)
    # fibre trunk and house connections under the ground
    net = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    nd = ImageDraw.Draw(net)
    trunk_y = ground + 170 * SS
    nd.line(((0, trunk_y), (W, trunk_y)), fill=hexrgb("#ffb347", 255), width=14 * SS)
    for x in range(int(70 * SS), int(W), int(120 * SS)):
        xx = x + rng.uniform(-30, 30) * SS
        nd.line(((xx, trunk_y), (xx, ground + 30 * SS)), fill=hexrgb("#7fe3f0", 255), width=5 * SS)
        nd.ellipse((xx - 11 * SS, trunk_y - 11 * SS, xx + 11 * SS, trunk_y + 11 * SS), fill=hexrgb("#fff3c4", 255))
    for k in range(3):
        y = trunk_y + (60 + 50 * k) * SS
        nd.line(((0, y), (W, y)), fill=hexrgb("#7fe3f0", 150), width=4 * SS)
    img = Image.alpha_composite(img, net.filter(ImageFilter.GaussianBlur(12 * SS)))
    img = Image.alpha_composite(img, net)
    save_jpeg(finish(img, 2560, 1920), os.path.join(OUT, "cover.jpg"))


def make_kontakte(rng):
    """Contact tracing: paper lists on the left turn into a network around one case."""
    img, W, H = gradient_canvas("#eef3f1", "#d7e6e2", (900, 600))
    d = ImageDraw.Draw(img)
    # paper lists, slightly rotated stack
    for k in range(5):
        x, y = 60 * SS + k * 10 * SS, 120 * SS + k * 14 * SS
        sheet = Image.new("RGBA", (170 * SS, 230 * SS), (0, 0, 0, 0))
        sd = ImageDraw.Draw(sheet)
        sd.rectangle((0, 0, 170 * SS - 1, 230 * SS - 1), fill=hexrgb("#ffffff", 255), outline=hexrgb("#9fb5b0", 255),
                     width=2 * SS)
        for line in range(9):
            sd.rectangle((16 * SS, (24 + line * 22) * SS, (150 - (line % 3) * 30) * SS, (30 + line * 22) * SS),
                         fill=hexrgb("#8aa39d", 255))
        sheet = sheet.rotate(rng.uniform(-9, 9), expand=True, resample=Image.BICUBIC)
        img.alpha_composite(sheet, (int(x), int(y)))
    # arrow to the network
    d = ImageDraw.Draw(img)
    d.polygon([(300 * SS, 285 * SS), (350 * SS, 285 * SS), (350 * SS, 265 * SS), (390 * SS, 300 * SS),
               (350 * SS, 335 * SS), (350 * SS, 315 * SS), (300 * SS, 315 * SS)], fill=hexrgb("#b0122b"))
    # network: index case in the centre, first and second ring of contacts
    cx, cy = 640 * SS, 300 * SS
    layer = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    ld = ImageDraw.Draw(layer)
    first = []
    for k in range(9):
        a = 2 * math.pi * k / 9 + rng.uniform(-0.15, 0.15)
        r = rng.uniform(120, 150) * SS
        first.append((cx + math.cos(a) * r, cy + math.sin(a) * r * 0.95))
    second = []
    for (x, y) in first:
        a0 = math.atan2(y - cy, x - cx)
        for j in range(rng.randint(1, 3)):
            a = a0 + rng.uniform(-0.45, 0.45)
            r = rng.uniform(210, 260) * SS
            p = (cx + math.cos(a) * r, cy + math.sin(a) * r * 0.95)
            if 20 * SS < p[1] < H - 20 * SS and p[0] < W - 20 * SS:
                second.append(((x, y), p))
    for (x, y) in first:
        ld.line(((cx, cy), (x, y)), fill=hexrgb("#2c6e8f", 230), width=5 * SS)
    for (a, b) in second:
        ld.line((a, b), fill=hexrgb("#7aa7bd", 200), width=3 * SS)
    for (_, (x, y)) in second:
        ld.ellipse((x - 12 * SS, y - 12 * SS, x + 12 * SS, y + 12 * SS), fill=hexrgb("#9fc7d8", 255))
    for (x, y) in first:
        ld.ellipse((x - 20 * SS, y - 20 * SS, x + 20 * SS, y + 20 * SS), fill=hexrgb("#f2b65a", 255),
                   outline=hexrgb("#ffffff", 255), width=4 * SS)
    img = Image.alpha_composite(img, soft_glow((W, H), (cx, cy), 60 * SS, "#b0122b", 120, 20 * SS))
    img = Image.alpha_composite(img, layer)
    d = ImageDraw.Draw(img)
    d.ellipse((cx - 34 * SS, cy - 34 * SS, cx + 34 * SS, cy + 34 * SS), fill=hexrgb("#b0122b"),
              outline=hexrgb("#ffffff"), width=6 * SS)
    save_jpeg(finish(img, 2400, 1600), os.path.join(OUT, "fig-ostermoor-kontakte.jpg"))


def make_gigabit():
    """Schematic stacked bars: households by the speed they can book, 2016 to 2020."""
    img, d, SS = chart_canvas("#f4efe6")
    shares = [(0.46, 0.50, 0.04), (0.38, 0.55, 0.07), (0.30, 0.58, 0.12), (0.22, 0.58, 0.20), (0.15, 0.55, 0.30)]
    colours = ["#b9b2a6", "#f2b65a", "#2c6e8f"]
    base, top = 540 * SS, 60 * SS
    for i, parts in enumerate(shares):
        x = 110 * SS + i * 150 * SS
        y = base
        for share, col in zip(parts, colours):
            h = share * (base - top)
            d.rectangle((x, y - h, x + 100 * SS, y), fill=hexrgb(col))
            y -= h
    d.rectangle((80 * SS, base, 860 * SS, base + 5 * SS), fill=hexrgb("#1f3b52"))
    save_png(finish(img, 900, 600), os.path.join(OUT, "fig-gigabit-anschluesse.png"), colours=16)


if __name__ == "__main__":
    make_all(SEED, [make_cover, make_kontakte], [make_gigabit])
