#!/usr/bin/env python3
"""Pictures of the sample issue 1/2021 (heftsatz project), drawn from scratch with Pillow.

Run from the repository root: /usr/bin/python3 issues/2021-01/images/make_images.py
A winter cover (filing cabinet in the snow, index cards becoming data cubes), the register
network as a JPEG figure and the share of e-invoices as a one-column PNG chart.
Helpers: scripts/sample-art/artlib.py. Sizes: README.md.
"""
import math
import os
import sys

from PIL import Image, ImageDraw

OUT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(OUT, "..", "..", "..", "scripts", "sample-art"))
from artlib import (  # noqa: E402 (after the path to it)
    SS, chart_canvas, finish, gradient_canvas, hexrgb, houses, make_all, save_jpeg, save_png,
    soft_glow, town_hall)

SEED = 202101


def cube(d, x, y, s, top, left, right):
    """An isometric cube with its top corner at (x, y) and edge s."""
    h = s * 0.5
    d.polygon([(x, y), (x + s, y + h), (x, y + 2 * h), (x - s, y + h)], fill=top)
    d.polygon([(x - s, y + h), (x, y + 2 * h), (x, y + 2 * h + s), (x - s, y + h + s)], fill=left)
    d.polygon([(x, y + 2 * h), (x + s, y + h), (x + s, y + h + s), (x, y + 2 * h + s)], fill=right)


def make_cover(rng):
    """Winter day: a filing cabinet in the snow; its index cards fly up and become a chain of data cubes."""
    img, W, H = gradient_canvas("#9cc4e4", "#f4f9fd")
    img = Image.alpha_composite(img, soft_glow((W, H), (W * 0.82, H * 0.18), 300 * SS, "#ffffff", 170, 110 * SS))
    ground = H - 260 * SS
    d = ImageDraw.Draw(img)
    # distant snowy hills with fir trees
    pts = [(0, H)] + [(x, ground - 90 * SS - 50 * SS * math.sin(x / W * 4.2 + 1.3)) for x in range(0, W + 40, 40)] + [(W, H)]
    d.polygon(pts, fill=hexrgb("#dbe9f4"))
    for _ in range(34):
        x = rng.uniform(0, W)
        base = ground - 90 * SS - 50 * SS * math.sin(x / W * 4.2 + 1.3) + 10 * SS
        h = rng.uniform(70, 150) * SS
        d.polygon([(x, base - h), (x + h * 0.32, base), (x - h * 0.32, base)], fill=hexrgb("#5b7f8f"))
        d.polygon([(x, base - h), (x + h * 0.12, base - h * 0.62), (x - h * 0.12, base - h * 0.62)], fill=hexrgb("#f4f9fd"))
    d.rectangle((0, ground, W, H), fill=hexrgb("#f7fbff"))
    d.ellipse((-200 * SS, ground - 40 * SS, W * 0.7, ground + 120 * SS), fill=hexrgb("#f7fbff"))
    # a snowy little town on the right, its town hall where the chain of cubes ends
    town = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    td = ImageDraw.Draw(town)
    houses(rng, td, W * 0.52, W + 40 * SS, ground + 40 * SS, 110, 200, hexrgb("#8fa9bd", 255), hexrgb("#ffe9a8", 255))
    town_hall(td, W * 0.80, ground + 60 * SS, SS * 0.7, hexrgb("#e8eef3", 255), hexrgb("#365a78", 255),
              hexrgb("#ffe9a8", 255), hexrgb("#1f7a8c", 255))
    img = Image.alpha_composite(img, town)
    d = ImageDraw.Draw(img)
    d.rectangle((0, ground + 60 * SS, W, H), fill=hexrgb("#f7fbff"))
    # filing cabinet with open drawers
    cx0, cx1 = 170 * SS, 470 * SS
    top = ground - 560 * SS
    d.rectangle((cx0 + 24 * SS, top + 24 * SS, cx1 + 24 * SS, ground + 10 * SS), fill=hexrgb("#c3d3df"))
    d.rectangle((cx0, top, cx1, ground), fill=hexrgb("#3e6b63"))
    d.rounded_rectangle((cx0 - 12 * SS, top - 40 * SS, cx1 + 12 * SS, top + 6 * SS), 18 * SS, fill=hexrgb("#ffffff"))
    for k in range(4):
        y = top + 20 * SS + k * 132 * SS
        dx = (0, 60, 0, 30)[k] * SS
        d.rectangle((cx0 + 16 * SS + dx, y, cx1 - 16 * SS + dx, y + 112 * SS), fill=hexrgb("#4f847a"))
        d.rectangle(((cx0 + cx1) / 2 - 40 * SS + dx, y + 46 * SS, (cx0 + cx1) / 2 + 40 * SS + dx, y + 60 * SS),
                    fill=hexrgb("#d7e3e0"))
        if dx:
            for c in range(6):
                d.rectangle((cx1 - 10 * SS + dx - c * 30 * SS, y - 30 * SS, cx1 + 8 * SS + dx - c * 30 * SS, y + 4 * SS),
                            fill=hexrgb("#fffaf0"))
    # flying index cards turning into cubes along an arc
    layer = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    ld = ImageDraw.Draw(layer)
    path = []
    for k in range(14):
        t = k / 13
        x = 560 * SS + t * 900 * SS
        y = top + 40 * SS - math.sin(t * math.pi * 0.9) * 330 * SS + t * 160 * SS
        path.append((x, y, t))
    for (x, y, t), (x2, y2, _) in zip(path, path[1:]):
        ld.line(((x, y + 30 * SS), (x2, y2 + 30 * SS)), fill=hexrgb("#1f7a8c", 160), width=5 * SS)
    for (x, y, t) in path:
        if t < 0.3:
            card = Image.new("RGBA", (90 * SS, 60 * SS), hexrgb("#fffaf0", 255))
            cd = ImageDraw.Draw(card)
            for r in range(3):
                cd.rectangle((10 * SS, (12 + r * 14) * SS, (78 - r * 14) * SS, (18 + r * 14) * SS), fill=hexrgb("#8aa39d", 255))
            card = card.rotate(rng.uniform(-30, 30), expand=True, resample=Image.BICUBIC)
            layer.alpha_composite(card, (int(x - card.size[0] / 2), int(y)))
        else:
            s = (26 + 22 * t) * SS
            cube(ld, x, y, s, hexrgb("#bfeaf2", 255), hexrgb("#1f7a8c", 255), hexrgb("#2fa3b5", 255))
    img = Image.alpha_composite(img, layer)
    # snowflakes
    d = ImageDraw.Draw(img)
    for _ in range(420):
        x, y = rng.uniform(0, W), rng.uniform(0, H)
        r = rng.uniform(2, 7) * SS
        d.ellipse((x - r, y - r, x + r, y + r), fill=hexrgb("#ffffff", 230))
    save_jpeg(finish(img, 2560, 1920), os.path.join(OUT, "cover.jpg"))


def cylinder(d, cx, cy, w, h, side, top):
    d.rectangle((cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2), fill=side)
    d.ellipse((cx - w / 2, cy + h / 2 - w * 0.18, cx + w / 2, cy + h / 2 + w * 0.18), fill=side)
    for k in (1, 2):
        y = cy - h / 2 + k * h / 3
        d.arc((cx - w / 2, y - w * 0.18, cx + w / 2, y + w * 0.18), 0, 180, fill=top, width=3 * SS)
    d.ellipse((cx - w / 2, cy - h / 2 - w * 0.18, cx + w / 2, cy - h / 2 + w * 0.18), fill=top)


def make_verbund(rng):
    """Registers as database cylinders around a central identifier, linked by lines."""
    img, W, H = gradient_canvas("#f3f6f8", "#e1eaef", (900, 600))
    cx, cy = W / 2, H / 2 + 10 * SS
    colours = ["#2c6e8f", "#4f8a5b", "#c98b2b", "#7a4f8a", "#b0122b", "#1f7a8c"]
    spots = []
    for k in range(6):
        a = -math.pi / 2 + 2 * math.pi * k / 6
        spots.append((cx + math.cos(a) * 320 * SS, cy + math.sin(a) * 210 * SS, colours[k]))
    lines = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    ld = ImageDraw.Draw(lines)
    for (x, y, c) in spots:
        ld.line(((cx, cy), (x, y)), fill=hexrgb(c, 200), width=7 * SS)
        for f in (0.35, 0.65):
            px, py = cx + (x - cx) * f, cy + (y - cy) * f
            ld.ellipse((px - 7 * SS, py - 7 * SS, px + 7 * SS, py + 7 * SS), fill=hexrgb(c, 255))
    img = Image.alpha_composite(img, lines)
    d = ImageDraw.Draw(img)
    for (x, y, c) in spots:
        cylinder(d, x, y, 110 * SS, 90 * SS, hexrgb(c), hexrgb("#ffffff"))
    img = Image.alpha_composite(img, soft_glow((W, H), (cx, cy), 95 * SS, "#f2b65a", 150, 22 * SS))
    d = ImageDraw.Draw(img)
    d.ellipse((cx - 70 * SS, cy - 70 * SS, cx + 70 * SS, cy + 70 * SS), fill=hexrgb("#1f3b52"),
              outline=hexrgb("#ffffff"), width=6 * SS)
    # a key as the identifier
    d.ellipse((cx - 40 * SS, cy - 22 * SS, cx - 4 * SS, cy + 14 * SS), outline=hexrgb("#f2b65a"), width=9 * SS)
    d.rectangle((cx - 6 * SS, cy - 8 * SS, cx + 44 * SS, cy + 2 * SS), fill=hexrgb("#f2b65a"))
    d.rectangle((cx + 24 * SS, cy, cx + 32 * SS, cy + 18 * SS), fill=hexrgb("#f2b65a"))
    d.rectangle((cx + 36 * SS, cy, cx + 44 * SS, cy + 14 * SS), fill=hexrgb("#f2b65a"))
    save_jpeg(finish(img, 2400, 1600), os.path.join(OUT, "fig-register-verbund.jpg"))


def make_e_rechnung():
    """Schematic line chart: share of e-invoices over twelve months in three towns."""
    img, d, SS = chart_canvas("#f4efe6")
    x0, x1, y0, y1 = 90 * SS, 860 * SS, 540 * SS, 60 * SS
    for k in range(5):
        y = y0 - k * (y0 - y1) / 4
        d.line(((x0, y), (x1, y)), fill=hexrgb("#ddd4c6"), width=2 * SS)
    series = [("#2c6e8f", [5, 8, 12, 18, 25, 31, 38, 44, 52, 58, 63, 68]),
              ("#b0122b", [2, 3, 5, 6, 9, 14, 20, 27, 33, 37, 42, 47]),
              ("#c98b2b", [0, 0, 1, 2, 4, 6, 9, 12, 15, 20, 24, 29])]
    for colour, vals in series:
        pts = [(x0 + i * (x1 - x0) / 11, y0 - v / 80 * (y0 - y1)) for i, v in enumerate(vals)]
        d.line(pts, fill=hexrgb(colour), width=8 * SS, joint="curve")
        for (x, y) in pts:
            d.ellipse((x - 9 * SS, y - 9 * SS, x + 9 * SS, y + 9 * SS), fill=hexrgb(colour))
    d.rectangle((x0, y0, x1, y0 + 5 * SS), fill=hexrgb("#1f3b52"))
    d.rectangle((x0 - 5 * SS, y1, x0, y0 + 5 * SS), fill=hexrgb("#1f3b52"))
    save_png(finish(img, 900, 600), os.path.join(OUT, "fig-e-rechnung-anteil.png"), colours=16)


if __name__ == "__main__":
    make_all(SEED, [make_cover, make_verbund], [make_e_rechnung])
