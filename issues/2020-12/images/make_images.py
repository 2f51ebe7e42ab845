#!/usr/bin/env python3
"""Pictures of the sample issue 12/2020 (heftsatz project), drawn from scratch with Pillow.

Run from the repository root: /usr/bin/python3 issues/2020-12/images/make_images.py
Five pictures: the cover (a town hall linked to a network in the night sky), two JPEG figures
spanning the type area (model regions of a country; a data centre behind a shield) and two
one-column PNG figures (applications per hour; the electronic file).
README.md lists their sizes; helpers common to all issues are in scripts/sample-art/artlib.py.
"""
import math
import os
import random
import sys

from PIL import Image, ImageDraw, ImageFilter

OUT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(OUT, "..", "..", "..", "scripts", "sample-art"))
from artlib import (  # noqa: E402 (after the path to it)
    SS, chart_canvas, finish, glow, gradient_canvas, hexrgb, houses, make_all, network,
    save_jpeg, save_png, town_hall)

SEED = 202012


# --------------------------------------------------------------------------- cover
def make_cover(rng):
    img, W, H = gradient_canvas("#0a1a36", "#1d6c84")
    # soft light blobs
    for _ in range(14):
        img = Image.alpha_composite(img, glow((W, H), (rng.uniform(0, W), rng.uniform(0, H * 0.7)),
                                               rng.uniform(60, 200) * SS, "#7fd3e6",
                                               rng.randint(18, 45), 40 * SS))
    img = Image.alpha_composite(img, glow((W, H), (W * 0.5, H * 0.42), 420 * SS, "#f2b65a", 70, 140 * SS))
    ground = H - 150 * SS
    # network in the sky
    nodes, edges = network(rng, 46, (60 * SS, 60 * SS, W - 60 * SS, H * 0.55), k=3)
    net = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    nd = ImageDraw.Draw(net)
    for i, j in edges:
        nd.line((nodes[i], nodes[j]), fill=hexrgb("#9fe3f2", 120), width=3 * SS)
    for (x, y) in nodes:
        r = rng.uniform(6, 13) * SS
        nd.ellipse((x - r, y - r, x + r, y + r), fill=hexrgb("#e6fbff", 230))
    img = Image.alpha_composite(img, net.filter(ImageFilter.GaussianBlur(6 * SS)))
    img = Image.alpha_composite(img, net)
    # back row of houses
    layer = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    houses(rng, d, -40 * SS, W, ground - 40 * SS, 200, 380, hexrgb("#12334f", 255), hexrgb("#2f6d8c", 255))
    img = Image.alpha_composite(img, layer)
    # front row and town hall
    layer = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    houses(rng, d, -40 * SS, W * 0.28, ground, 130, 260, hexrgb("#0c2238", 255), hexrgb("#f6cf7a", 255))
    houses(rng, d, W * 0.73, W + 40 * SS, ground, 130, 260, hexrgb("#0c2238", 255), hexrgb("#f6cf7a", 255))
    tip = town_hall(d, W / 2, ground, SS * 0.95, hexrgb("#e9eef2", 255), hexrgb("#b0122b", 255),
                    hexrgb("#24506b", 255), hexrgb("#f2b65a", 255))
    d.rectangle((0, ground, W, H), fill=hexrgb("#081628", 255))
    img = Image.alpha_composite(img, layer)
    # data links from the flag to the network
    links = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    ld = ImageDraw.Draw(links)
    near = sorted(nodes, key=lambda p: (p[0] - tip[0]) ** 2 + (p[1] - tip[1]) ** 2)[:6]
    for (x, y) in near:
        ld.line((tip, (x, y)), fill=hexrgb("#f2b65a", 220), width=5 * SS)
        ld.ellipse((x - 16 * SS, y - 16 * SS, x + 16 * SS, y + 16 * SS), fill=hexrgb("#f2b65a", 255))
    img = Image.alpha_composite(img, links.filter(ImageFilter.GaussianBlur(10 * SS)))
    img = Image.alpha_composite(img, links)
    # street with light dashes
    d = ImageDraw.Draw(img)
    for x in range(0, W, 120 * SS):
        d.rectangle((x, H - 80 * SS, x + 60 * SS, H - 72 * SS), fill=hexrgb("#2f6d8c", 255))
    save_jpeg(finish(img, 2560, 1920), os.path.join(OUT, "cover.jpg"))


# ----------------------------------------------------------------- NRW (Politik)
def make_nrw(rng):
    img, W, H = gradient_canvas("#f4efe6", "#dfe9ee", (900, 600))
    cx, cy = W * 0.5, H * 0.52
    # irregular "country" shape from a smoothed random radius
    pts = []
    radii = [rng.uniform(0.8, 1.15) for _ in range(9)]
    for k in range(180):
        a = 2 * math.pi * k / 180
        f = a / (2 * math.pi) * 9
        i = int(f) % 9
        t = f - int(f)
        t = (1 - math.cos(t * math.pi)) / 2
        r = radii[i] * (1 - t) + radii[(i + 1) % 9] * t
        pts.append((cx + math.cos(a) * r * 340 * SS, cy + math.sin(a) * r * 230 * SS))
    shadow = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    ImageDraw.Draw(shadow).polygon([(x + 14 * SS, y + 18 * SS) for x, y in pts], fill=(40, 60, 80, 90))
    img = Image.alpha_composite(img, shadow.filter(ImageFilter.GaussianBlur(14 * SS)))
    land = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    ImageDraw.Draw(land).polygon(pts, fill=hexrgb("#2c6e8f", 255))
    img = Image.alpha_composite(img, land)
    # small municipalities, five model regions as hubs
    mask = Image.new("L", (W, H), 0)
    ImageDraw.Draw(mask).polygon(pts, fill=255)
    small = []
    while len(small) < 70:
        x, y = rng.uniform(0, W), rng.uniform(0, H)
        if mask.getpixel((int(x), int(y))) and mask.getpixel((int(x), int(y + 20 * SS))):
            small.append((x, y))
    hubs = [(cx - 210 * SS, cy - 40 * SS), (cx - 40 * SS, cy - 120 * SS), (cx + 190 * SS, cy - 70 * SS),
            (cx + 120 * SS, cy + 110 * SS), (cx - 130 * SS, cy + 120 * SS)]
    layer = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    for (x, y) in small:
        hx, hy = min(hubs, key=lambda h: (h[0] - x) ** 2 + (h[1] - y) ** 2)
        d.line(((x, y), (hx, hy)), fill=hexrgb("#bfe3ef", 150), width=2 * SS)
    for a in range(5):
        for b in range(a + 1, 5):
            d.line((hubs[a], hubs[b]), fill=hexrgb("#f2b65a", 200), width=4 * SS)
    for (x, y) in small:
        d.ellipse((x - 6 * SS, y - 6 * SS, x + 6 * SS, y + 6 * SS), fill=hexrgb("#eaf6fa", 255))
    img = Image.alpha_composite(img, layer)
    for (x, y) in hubs:
        img = Image.alpha_composite(img, glow((W, H), (x, y), 36 * SS, "#f2b65a", 140, 16 * SS))
    d = ImageDraw.Draw(img)
    for (x, y) in hubs:
        d.ellipse((x - 24 * SS, y - 24 * SS, x + 24 * SS, y + 24 * SS), fill=hexrgb("#b0122b"),
                  outline=hexrgb("#ffffff"), width=5 * SS)
        d.ellipse((x - 8 * SS, y - 8 * SS, x + 8 * SS, y + 8 * SS), fill=hexrgb("#ffffff"))
    save_jpeg(finish(img, 2400, 1600), os.path.join(OUT, "fig-nrw-modellregionen.jpg"))


# ------------------------------------------------------- Brackenland (IT-Sicherheit)
def make_brackenland(rng):
    img, W, H = gradient_canvas("#0d1624", "#1a2f45", (900, 600))
    d = ImageDraw.Draw(img)
    floor = H * 0.86
    d.rectangle((0, floor, W, H), fill=hexrgb("#0a111c"))
    # perspective floor lines
    for i in range(-8, 9):
        d.line(((W / 2 + i * 40 * SS, floor), (W / 2 + i * 160 * SS, H)), fill=hexrgb("#1e3550"), width=2 * SS)
    # server racks
    leds = []
    for i in range(7):
        x = 40 * SS + i * 122 * SS
        top = H * 0.18 + abs(3 - i) * 14 * SS
        d.rectangle((x, top, x + 104 * SS, floor), fill=hexrgb("#243b55"))
        d.rectangle((x + 6 * SS, top + 6 * SS, x + 98 * SS, floor - 6 * SS), fill=hexrgb("#17283d"))
        y = top + 16 * SS
        while y < floor - 30 * SS:
            d.rectangle((x + 12 * SS, y, x + 92 * SS, y + 20 * SS), fill=hexrgb("#2b4866"))
            for k in range(3):
                if rng.random() < 0.7:
                    leds.append((x + 20 * SS + k * 12 * SS, y + 10 * SS,
                                 rng.choice(["#52e08a", "#52e08a", "#6ad0ff", "#f2b65a"])))
            y += 28 * SS
    led_layer = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    ld = ImageDraw.Draw(led_layer)
    for (x, y, c) in leds:
        ld.ellipse((x - 4 * SS, y - 4 * SS, x + 4 * SS, y + 4 * SS), fill=hexrgb(c, 255))
    img = Image.alpha_composite(img, led_layer.filter(ImageFilter.GaussianBlur(5 * SS)))
    img = Image.alpha_composite(img, led_layer)
    # protective shield in front
    cx, cy = W / 2, H * 0.5
    img = Image.alpha_composite(img, glow((W, H), (cx, cy), 210 * SS, "#6ad0ff", 110, 50 * SS))

    def shield(scale):
        s = scale * SS
        pts = [(cx, cy - 190 * s), (cx + 150 * s, cy - 130 * s), (cx + 140 * s, cy + 20 * s)]
        for k in range(1, 20):
            t = k / 20
            pts.append((cx + 140 * s * (1 - t) ** 1.3, cy + 20 * s + 190 * s * math.sin(t * math.pi / 2)))
        pts.append((cx, cy + 210 * s))
        mirror = [(2 * cx - x, y) for (x, y) in reversed(pts[1:-1])]
        return pts + mirror

    sh = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    sd = ImageDraw.Draw(sh)
    sd.polygon(shield(1.0), fill=hexrgb("#e9eef2", 240))
    sd.polygon(shield(0.86), fill=hexrgb("#b0122b", 255))
    # check mark
    sd.line([(cx - 70 * SS, cy), (cx - 15 * SS, cy + 60 * SS), (cx + 80 * SS, cy - 70 * SS)],
            fill=hexrgb("#ffffff", 255), width=30 * SS, joint="curve")
    img = Image.alpha_composite(img, sh)
    save_jpeg(finish(img, 2400, 1600), os.path.join(OUT, "fig-brackenland-rechenzentrum.jpg"))


# --------------------------------------------------------- Hohenbrück (Praxis, chart)
def make_hohenbrueck():
    img, d, SS = chart_canvas("#f4efe6")
    # donut: 87 % without follow-up questions
    cx, cy, r, ring = 300 * SS, 300 * SS, 220 * SS, 80 * SS
    box = (cx - r, cy - r, cx + r, cy + r)
    d.pieslice(box, -90, -90 + 360 * 0.87, fill=hexrgb("#2c6e8f"))
    d.pieslice(box, -90 + 360 * 0.87, 270, fill=hexrgb("#b0122b"))
    d.ellipse((cx - r + ring, cy - r + ring, cx + r - ring, cy + r - ring), fill=hexrgb("#f4efe6"))
    # stylised smartphone in the centre of the ring
    d.rounded_rectangle((cx - 42 * SS, cy - 72 * SS, cx + 42 * SS, cy + 72 * SS), 14 * SS, fill=hexrgb("#1f3b52"))
    d.rectangle((cx - 32 * SS, cy - 56 * SS, cx + 32 * SS, cy + 50 * SS), fill=hexrgb("#ffffff"))
    for k in range(4):
        d.rectangle((cx - 24 * SS, cy - 46 * SS + k * 22 * SS, cx + 24 * SS, cy - 34 * SS + k * 22 * SS),
                    fill=hexrgb("#9fc7d8"))
    # bars on the right: a day split in 24 hours, office hours dark
    base = 470 * SS
    rng = random.Random(SEED + 7)
    for hour in range(24):
        x = 590 * SS + hour * 12 * SS
        office = 8 <= hour < 16
        h = (rng.uniform(150, 290) if office else rng.uniform(20, 140)) * SS
        if hour < 6:
            h *= 0.35
        d.rectangle((x, base - h, x + 8 * SS, base), fill=hexrgb("#2c6e8f" if office else "#f2b65a"))
    d.rectangle((580 * SS, base, 880 * SS, base + 4 * SS), fill=hexrgb("#1f3b52"))
    save_png(finish(img, 900, 600), os.path.join(OUT, "fig-hohenbrueck-antraege.png"), colours=20)


# ------------------------------------------------------ Kranichberg (Praxis, E-Akte)
def make_kranichberg():
    img, d, SS = chart_canvas("#e4edf1")
    W, H = img.size
    d.rectangle((0, 470 * SS, W, H), fill=hexrgb("#c9d8df"))
    # shelf with a few remaining folders (left)
    d.rectangle((60 * SS, 120 * SS, 330 * SS, 470 * SS), fill=hexrgb("#8a5a3b"))
    for k in range(3):
        y = 150 * SS + k * 105 * SS
        d.rectangle((75 * SS, y, 315 * SS, y + 90 * SS), fill=hexrgb("#f4efe6"))
        d.rectangle((75 * SS, y + 84 * SS, 315 * SS, y + 90 * SS), fill=hexrgb("#6b4329"))
    colours = ["#b0122b", "#2c6e8f", "#f2b65a", "#4f8a5b"]
    for i in range(4):
        x = 85 * SS + i * 30 * SS
        d.rectangle((x, 160 * SS, x + 24 * SS, 234 * SS), fill=hexrgb(colours[i]))
        d.ellipse((x + 6 * SS, 210 * SS, x + 18 * SS, 222 * SS), fill=hexrgb("#ffffff"))
    x = 85 * SS
    d.rectangle((x, 265 * SS, x + 24 * SS, 339 * SS), fill=hexrgb(colours[1]))
    # arrow of flying pages
    for k in range(5):
        px = 370 * SS + k * 42 * SS
        py = 290 * SS - math.sin(k / 4 * math.pi) * 60 * SS
        d.polygon([(px, py), (px + 30 * SS, py - 8 * SS), (px + 38 * SS, py + 30 * SS), (px + 8 * SS, py + 38 * SS)],
                  fill=hexrgb("#ffffff"), outline=hexrgb("#9fb5c0"))
    d.polygon([(585 * SS, 270 * SS), (615 * SS, 300 * SS), (585 * SS, 330 * SS)], fill=hexrgb("#b0122b"))
    # monitor with document tiles (right)
    d.rounded_rectangle((630 * SS, 140 * SS, 860 * SS, 390 * SS), 14 * SS, fill=hexrgb("#1f3b52"))
    d.rectangle((646 * SS, 156 * SS, 844 * SS, 374 * SS), fill=hexrgb("#f7fafb"))
    d.rectangle((725 * SS, 390 * SS, 765 * SS, 440 * SS), fill=hexrgb("#1f3b52"))
    d.rectangle((690 * SS, 440 * SS, 800 * SS, 456 * SS), fill=hexrgb("#1f3b52"))
    for row in range(3):
        for col in range(3):
            x = 662 * SS + col * 60 * SS
            y = 172 * SS + row * 66 * SS
            d.polygon([(x, y), (x + 34 * SS, y), (x + 46 * SS, y + 12 * SS), (x + 46 * SS, y + 52 * SS), (x, y + 52 * SS)],
                      fill=hexrgb(colours[(row + col) % 4]))
            d.rectangle((x + 8 * SS, y + 24 * SS, x + 38 * SS, y + 28 * SS), fill=hexrgb("#ffffff"))
            d.rectangle((x + 8 * SS, y + 34 * SS, x + 30 * SS, y + 38 * SS), fill=hexrgb("#ffffff"))
    save_png(finish(img, 900, 600), os.path.join(OUT, "fig-kranichberg-e-akte.png"), colours=32)


if __name__ == "__main__":
    make_all(SEED, [make_cover, make_nrw, make_brackenland], [make_hohenbrueck, make_kranichberg])
