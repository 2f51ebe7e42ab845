#!/usr/bin/env python3
"""Generate the pictures of the Kommune21 sample issue 11/2020 (heftsatz project).

All images are drawn from scratch with Pillow; nothing is taken from elsewhere.
The script is deterministic (fixed random seed), run it from any directory:

    /usr/bin/python3 images/make_images.py

Output (next to this script):
    cover.jpg                     2560x1920, JPEG q85  - cover illustration (210 mm wide: about 310 ppi)
    fig-seewalde-sensoren.jpg     2400x1600, JPEG q85  - Politik (spans the type area, 180 mm: 339 ppi)
    fig-eichenau-notfall.png       900x600,  PNG palette - Informationstechnik (one column, 57 mm: about 400 ppi)

Print (PDF/X) wants at least 300 ppi where an image is printed; the sizes above give that.
Every picture is drawn at SS times a base size and scaled down with Lanczos, so the base
drawing is never upsampled. The helpers (gradient, glow, network, houses, town hall) are
the same as in the script of issue 12/2020.
"""
import math
import os
import random

from PIL import Image, ImageDraw, ImageFilter

OUT = os.path.dirname(os.path.abspath(__file__))
SEED = 202011
SS = 3  # supersampling factor: the drawing (base size x SS) is at least as large as the output


def hexrgb(h, a=None):
    h = h.lstrip("#")
    c = tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))
    return c if a is None else c + (a,)


def vgradient(w, h, top, bottom):
    """Vertical linear gradient from colour top to colour bottom."""
    t, b = hexrgb(top), hexrgb(bottom)
    col = Image.new("RGB", (1, h))
    px = col.load()
    for y in range(h):
        f = y / max(1, h - 1)
        px[0, y] = tuple(round(t[i] + (b[i] - t[i]) * f) for i in range(3))
    return col.resize((w, h))


def glow(size, xy, radius, colour, alpha, blur):
    """Soft round glow as an RGBA layer."""
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    x, y = xy
    d.ellipse((x - radius, y - radius, x + radius, y + radius), fill=hexrgb(colour, alpha))
    return layer.filter(ImageFilter.GaussianBlur(blur))


def network(rng, n, box, k=3):
    """Random nodes in box and edges to the k nearest neighbours."""
    x0, y0, x1, y1 = box
    nodes = [(rng.uniform(x0, x1), rng.uniform(y0, y1)) for _ in range(n)]
    edges = set()
    for i, (ax, ay) in enumerate(nodes):
        near = sorted(range(n), key=lambda j: (nodes[j][0] - ax) ** 2 + (nodes[j][1] - ay) ** 2)
        for j in near[1:k + 1]:
            edges.add((min(i, j), max(i, j)))
    return nodes, sorted(edges)


def finish(img, w, h):
    return img.resize((w, h), Image.LANCZOS)


def save_jpeg(img, name):
    img.convert("RGB").save(os.path.join(OUT, name), "JPEG", quality=85, optimize=True)


def save_png(img, name, colours=24):
    pal = img.convert("RGB").quantize(colors=colours, method=Image.MEDIANCUT, dither=Image.NONE)
    pal.save(os.path.join(OUT, name), "PNG", optimize=True)


# --------------------------------------------------------------------------- cover
def town_hall(d, cx, ground, s, body, roof, window, accent):
    """Stylised town hall: wide gabled block, central clock tower, flag."""
    w, h = 520 * s, 260 * s
    # main building
    d.rectangle((cx - w / 2, ground - h, cx + w / 2, ground), fill=body)
    d.polygon([(cx - w / 2 - 20 * s, ground - h), (cx, ground - h - 120 * s),
               (cx + w / 2 + 20 * s, ground - h)], fill=roof)
    # side wings
    for sx in (-1, 1):
        wx = cx + sx * (w / 2 + 90 * s)
        d.rectangle((wx - 90 * s, ground - 190 * s, wx + 90 * s, ground), fill=body)
        d.polygon([(wx - 100 * s, ground - 190 * s), (wx, ground - 250 * s),
                   (wx + 100 * s, ground - 190 * s)], fill=roof)
        for row in range(2):
            for col in range(3):
                x = wx - 65 * s + col * 50 * s
                y = ground - 160 * s + row * 70 * s
                d.rectangle((x, y, x + 30 * s, y + 42 * s), fill=window)
    # tower
    tw = 130 * s
    d.rectangle((cx - tw / 2, ground - h - 330 * s, cx + tw / 2, ground - h), fill=body)
    d.polygon([(cx - tw / 2 - 14 * s, ground - h - 330 * s), (cx, ground - h - 470 * s),
               (cx + tw / 2 + 14 * s, ground - h - 330 * s)], fill=roof)
    # clock
    cy = ground - h - 250 * s
    r = 42 * s
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=window)
    d.line((cx, cy, cx, cy - 30 * s), fill=roof, width=int(7 * s))
    d.line((cx, cy, cx + 22 * s, cy + 8 * s), fill=roof, width=int(7 * s))
    # flag
    top = ground - h - 470 * s
    d.line((cx, top, cx, top - 90 * s), fill=window, width=int(5 * s))
    d.polygon([(cx, top - 90 * s), (cx + 70 * s, top - 72 * s), (cx, top - 54 * s)], fill=accent)
    # windows of the main block with arches
    for row in range(2):
        for col in range(7):
            x = cx - w / 2 + 40 * s + col * 66 * s
            y = ground - h + 45 * s + row * 105 * s
            d.rectangle((x, y + 18 * s, x + 36 * s, y + 70 * s), fill=window)
            d.pieslice((x, y, x + 36 * s, y + 36 * s), 180, 360, fill=window)
    # portal and steps
    d.rectangle((cx - 45 * s, ground - 120 * s, cx + 45 * s, ground), fill=roof)
    d.pieslice((cx - 45 * s, ground - 165 * s, cx + 45 * s, ground - 75 * s), 180, 360, fill=roof)
    for i in range(3):
        d.rectangle((cx - (110 + 25 * i) * s, ground - (3 - i) * 12 * s,
                     cx + (110 + 25 * i) * s, ground - (2 - i) * 12 * s), fill=window)
    return (cx, top - 90 * s)


def houses(rng, d, x0, x1, ground, hmin, hmax, colour, window=None):
    x = x0
    while x < x1:
        w = rng.uniform(70, 150) * SS
        h = rng.uniform(hmin, hmax) * SS
        d.rectangle((x, ground - h, x + w, ground), fill=colour)
        kind = rng.random()
        if kind < 0.45:
            d.polygon([(x - 4 * SS, ground - h), (x + w / 2, ground - h - w * 0.45),
                       (x + w + 4 * SS, ground - h)], fill=colour)
        elif kind < 0.6:
            d.rectangle((x + w * 0.6, ground - h - 40 * SS, x + w * 0.75, ground - h), fill=colour)
        if window:
            for wy in range(int(ground - h + 22 * SS), int(ground - 30 * SS), int(38 * SS)):
                for wx in range(int(x + 14 * SS), int(x + w - 24 * SS), int(32 * SS)):
                    if rng.random() < 0.55:
                        d.rectangle((wx, wy, wx + 12 * SS, wy + 16 * SS), fill=window)
        x += w + rng.uniform(4, 22) * SS



def soft_glow(size, xy, radius, colour, alpha, blur):
    """Like glow(), but blurs only the mask, so the edge fades without a dark rim."""
    mask = Image.new("L", size, 0)
    x, y = xy
    ImageDraw.Draw(mask).ellipse((x - radius, y - radius, x + radius, y + radius), fill=alpha)
    layer = Image.new("RGBA", size, hexrgb(colour, 0))
    layer.putalpha(mask.filter(ImageFilter.GaussianBlur(blur)))
    return layer


def rings(d, x, y, colour, n=3, step=22, width=3):
    """Radio waves: open arcs above a sensor."""
    for k in range(1, n + 1):
        r = k * step * SS
        d.arc((x - r, y - r, x + r, y + r), 215, 325, fill=colour, width=width * SS)


def make_cover(rng):
    """A modern city at dusk in violet and teal: street lamps and roofs send radio waves, a tram passes."""
    W, H = 1600 * SS, 1200 * SS
    img = vgradient(W, H, "#2a1446", "#d9708a").convert("RGBA")
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
    save_jpeg(finish(img, 2560, 1920), "cover.jpg")


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
    save_jpeg(finish(img, 2400, 1600), "fig-seewalde-sensoren.jpg")


def make_notfall():
    """Emergency drill: a monitor with a padlock, a checklist and a clock."""
    SS = 2
    W, H = 900 * SS, 600 * SS
    img = Image.new("RGB", (W, H), hexrgb("#f4efe6"))
    d = ImageDraw.Draw(img)
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
    save_png(finish(img, 900, 600), "fig-eichenau-notfall.png", colours=16)


def main():
    make_cover(random.Random(SEED))
    make_sensoren(random.Random(SEED + 1))
    make_notfall()


if __name__ == "__main__":
    main()
