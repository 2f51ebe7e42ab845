#!/usr/bin/env python3
"""Pictures of the sample issue 11/2020 (heftsatz project), drawn from scratch with Pillow.

Run from the repository root: /usr/bin/python3 issues/2020-11/images/make_images.py
Cover: a modern city at dusk in violet and teal, street lamps and roofs sending radio waves.
Figures: a town map with sensors for parking, air and water level (JPEG, across the type
area) and an emergency drill, a locked screen beside a checklist and a clock (PNG, one column).
See README.md for sizes and uses, scripts/sample-art/artlib.py for the helpers.
"""
import os
import sys

from PIL import Image, ImageDraw, ImageFilter

OUT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(OUT, "..", "..", "..", "scripts", "sample-art"))
from artlib import (  # noqa: E402 (after the path to it)
    SS, chart_canvas, finish, gradient_canvas, hexrgb, houses, make_all, save_jpeg, save_png,
    soft_glow)

SEED = 202011


def rings(d, x, y, colour, n=3, step=22, width=3):
    """Radio waves: open arcs above a sensor."""
    for k in range(1, n + 1):
        r = k * step * SS
        d.arc((x - r, y - r, x + r, y + r), 215, 325, fill=colour, width=width * SS)


def make_cover(rng):
    """A modern city at dusk in violet and teal: street lamps and roofs send radio waves, a tram passes."""
    img, W, H = gradient_canvas("#2a1446", "#d9708a")
    img = Image.alpha_composite(img, soft_glow((W, H), (W * 0.25, H * 0.62), 380 * SS, "#ffb07a", 150, 120 * SS))
    ground = H - 190 * SS
    # stars
    d = ImageDraw.Draw(img)
    for _ in range(120):
        x, y = rng.uniform(0, W), rng.uniform(0, H * 0.35)
        r = rng.uniform(1.5, 3.5) * SS
        d.ellipse((x - r, y - r, x + r, y + r), fill=hexrgb("#f4e9ff", 200))
    # back row: towers
    layer = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    x = -20 * SS
    tops = []
    while x < W:
        w = rng.uniform(90, 170) * SS
        h = rng.uniform(300, 620) * SS
        d.rectangle((x, ground - h, x + w, ground), fill=hexrgb("#3b2360", 255))
        for wy in range(int(ground - h + 24 * SS), int(ground - 20 * SS), int(30 * SS)):
            for wx in range(int(x + 12 * SS), int(x + w - 16 * SS), int(24 * SS)):
                if rng.random() < 0.35:
                    d.rectangle((wx, wy, wx + 10 * SS, wy + 14 * SS), fill=hexrgb("#ffd27f", 255))
        tops.append((x + w / 2, ground - h))
        x += w + rng.uniform(10, 40) * SS
    img = Image.alpha_composite(img, layer)
    # front row: lower buildings in teal
    layer = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    houses(rng, d, -40 * SS, W + 40 * SS, ground, 140, 260, hexrgb("#1d4e5c", 255), hexrgb("#9ff0e0", 255))
    d.rectangle((0, ground, W, H), fill=hexrgb("#1a1030", 255))
    img = Image.alpha_composite(img, layer)
    # radio waves from the tallest towers, links between them
    waves = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    wd = ImageDraw.Draw(waves)
    best = sorted(tops, key=lambda p: p[1])[:6]
    for a, b in zip(best, best[1:]):
        wd.line((a, b), fill=hexrgb("#7ff5e6", 110), width=3 * SS)
    for (x, y) in best:
        wd.ellipse((x - 9 * SS, y - 9 * SS, x + 9 * SS, y + 9 * SS), fill=hexrgb("#7ff5e6", 255))
        rings(wd, x, y - 6 * SS, hexrgb("#7ff5e6", 220), n=3, step=26, width=4)
    img = Image.alpha_composite(img, waves.filter(ImageFilter.GaussianBlur(8 * SS)))
    img = Image.alpha_composite(img, waves)
    # street: lamps with sensor rings, a tram
    d = ImageDraw.Draw(img)
    for x in range(int(80 * SS), int(W), int(260 * SS)):
        d.rectangle((x - 4 * SS, ground - 150 * SS, x + 4 * SS, ground + 30 * SS), fill=hexrgb("#0f0a1e"))
        d.rectangle((x - 4 * SS, ground - 150 * SS, x + 40 * SS, ground - 142 * SS), fill=hexrgb("#0f0a1e"))
        img = Image.alpha_composite(img, soft_glow((W, H), (x + 36 * SS, ground - 132 * SS), 40 * SS, "#fff0b0", 200, 14 * SS))
        d = ImageDraw.Draw(img)
    ty = H - 150 * SS
    d.rounded_rectangle((W * 0.18, ty, W * 0.62, ty + 92 * SS), 26 * SS, fill=hexrgb("#e9e4f2"))
    d.rectangle((W * 0.18, ty + 58 * SS, W * 0.62, ty + 70 * SS), fill=hexrgb("#b0122b"))
    for k in range(9):
        x = W * 0.19 + k * 76 * SS
        d.rectangle((x, ty + 14 * SS, x + 52 * SS, ty + 46 * SS), fill=hexrgb("#ffd27f"))
    d.line(((0, ty - 40 * SS), (W, ty - 40 * SS)), fill=hexrgb("#0f0a1e"), width=3 * SS)
    d.line(((W * 0.40, ty), (W * 0.43, ty - 40 * SS)), fill=hexrgb("#0f0a1e"), width=4 * SS)
    d.rectangle((0, H - 52 * SS, W, H - 44 * SS), fill=hexrgb("#4a3a70"))
    save_jpeg(finish(img, 2560, 1920), os.path.join(OUT, "cover.jpg"))


def make_sensoren(rng):
    """Town map from above: lake, street grid, sensors (parking, air, water level) with waves."""
    W, H = 900 * SS, 600 * SS
    img = Image.new("RGBA", (W, H), hexrgb("#eef0e6", 255))
    d = ImageDraw.Draw(img)
    # blocks between streets
    xs = [0, 130, 150, 290, 310, 450, 470, 620, 640, 900]
    ys = [0, 110, 128, 250, 268, 400, 418, 600]
    for i in range(0, len(xs) - 1, 2):
        for j in range(0, len(ys) - 1, 2):
            d.rectangle((xs[i] * SS, ys[j] * SS, xs[i + 1] * SS, ys[j + 1] * SS),
                        fill=hexrgb(rng.choice(["#d9d3c4", "#cfd9c0", "#d9d3c4", "#e3ddd0"])))
    # lake over the right part
    d.ellipse((560 * SS, 250 * SS, 960 * SS, 660 * SS), fill=hexrgb("#8fc3d9"))
    d.ellipse((600 * SS, 300 * SS, 940 * SS, 620 * SS), fill=hexrgb("#9fcfe2"))
    # park
    d.rectangle((150 * SS, 268 * SS, 290 * SS, 400 * SS), fill=hexrgb("#9cc28a"))
    for _ in range(14):
        x, y = rng.uniform(160, 280) * SS, rng.uniform(278, 390) * SS
        d.ellipse((x - 9 * SS, y - 9 * SS, x + 9 * SS, y + 9 * SS), fill=hexrgb("#5f8f4a"))
    # sensors
    layer = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    ld = ImageDraw.Draw(layer)
    kinds = {"park": "#2c6e8f", "air": "#4f8a5b", "water": "#b0122b"}
    sensors = [(140, 60, "park"), (300, 60, "park"), (460, 190, "park"), (140, 330, "air"),
               (300, 470, "air"), (630, 140, "air"), (700, 330, "water"), (620, 500, "water"),
               (460, 470, "park"), (780, 60, "air")]
    for (x, y, k) in sensors:
        x, y = x * SS, y * SS
        rings(ld, x, y - 4 * SS, hexrgb(kinds[k], 200), n=3, step=16, width=4)
        ld.ellipse((x - 14 * SS, y - 14 * SS, x + 14 * SS, y + 14 * SS), fill=hexrgb(kinds[k], 255),
                   outline=hexrgb("#ffffff", 255), width=4 * SS)
    img = Image.alpha_composite(img, layer)
    # gateway on the town hall roof, links to the sensors
    gx, gy = 380 * SS, 330 * SS
    d = ImageDraw.Draw(img)
    d.rectangle((gx - 50 * SS, gy - 30 * SS, gx + 50 * SS, gy + 40 * SS), fill=hexrgb("#f4efe6"), outline=hexrgb("#1f3b52"), width=4 * SS)
    d.polygon([(gx - 60 * SS, gy - 30 * SS), (gx, gy - 70 * SS), (gx + 60 * SS, gy - 30 * SS)], fill=hexrgb("#1f3b52"))
    d.line(((gx, gy - 70 * SS), (gx, gy - 110 * SS)), fill=hexrgb("#1f3b52"), width=6 * SS)
    for r in (24, 44):
        d.arc((gx - r * SS, gy - 110 * SS - r * SS, gx + r * SS, gy - 110 * SS + r * SS), 210, 330,
              fill=hexrgb("#1f3b52"), width=5 * SS)
    save_jpeg(finish(img, 2400, 1600), os.path.join(OUT, "fig-seewalde-sensoren.jpg"))


def make_notfall():
    """Emergency drill: a monitor with a padlock, a checklist and a clock."""
    img, d, SS = chart_canvas("#f4efe6")
    W, H = img.size
    # monitor with red screen and padlock
    d.rounded_rectangle((60 * SS, 90 * SS, 470 * SS, 380 * SS), 16 * SS, fill=hexrgb("#1f3b52"))
    d.rectangle((80 * SS, 110 * SS, 450 * SS, 360 * SS), fill=hexrgb("#b0122b"))
    d.rectangle((240 * SS, 380 * SS, 290 * SS, 440 * SS), fill=hexrgb("#1f3b52"))
    d.rectangle((180 * SS, 440 * SS, 350 * SS, 458 * SS), fill=hexrgb("#1f3b52"))
    d.rounded_rectangle((215 * SS, 210 * SS, 315 * SS, 300 * SS), 10 * SS, fill=hexrgb("#f2b65a"))
    d.arc((230 * SS, 150 * SS, 300 * SS, 250 * SS), 180, 360, fill=hexrgb("#f2b65a"), width=14 * SS)
    d.ellipse((255 * SS, 240 * SS, 275 * SS, 260 * SS), fill=hexrgb("#1f3b52"))
    # checklist
    d.rectangle((520 * SS, 120 * SS, 720 * SS, 470 * SS), fill=hexrgb("#ffffff"), outline=hexrgb("#9fb5c0"), width=3 * SS)
    d.rectangle((585 * SS, 106 * SS, 655 * SS, 132 * SS), fill=hexrgb("#8a8178"))
    for k in range(5):
        y = 160 * SS + k * 60 * SS
        d.rectangle((540 * SS, y, 568 * SS, y + 28 * SS), outline=hexrgb("#1f3b52"), width=4 * SS)
        if k < 3:
            d.line([(544 * SS, y + 14 * SS), (553 * SS, y + 24 * SS), (570 * SS, y - 4 * SS)],
                   fill=hexrgb("#4f8a5b"), width=6 * SS)
        d.rectangle((585 * SS, y + 8 * SS, (700 - (k % 2) * 40) * SS, y + 18 * SS), fill=hexrgb("#9fb5c0"))
    # clock
    cx, cy, r = 790 * SS, 170 * SS, 70 * SS
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=hexrgb("#ffffff"), outline=hexrgb("#1f3b52"), width=8 * SS)
    d.line(((cx, cy), (cx, cy - 48 * SS)), fill=hexrgb("#1f3b52"), width=7 * SS)
    d.line(((cx, cy), (cx + 34 * SS, cy + 18 * SS)), fill=hexrgb("#b0122b"), width=7 * SS)
    d.rectangle((0, 500 * SS, W, H), fill=hexrgb("#ddd4c6"))
    save_png(finish(img, 900, 600), os.path.join(OUT, "fig-eichenau-notfall.png"), colours=16)


if __name__ == "__main__":
    make_all(SEED, [make_cover, make_sensoren], [make_notfall])
