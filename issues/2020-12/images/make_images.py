#!/usr/bin/env python3
"""Generate the pictures of the Kommune21 sample issue 12/2020 (heftsatz project).

All images are drawn from scratch with Pillow; nothing is taken from elsewhere.
The script is deterministic (fixed random seed), run it from any directory:

    /usr/bin/python3 images/make_images.py

Output (next to this script):
    cover.jpg                      2560x1920, JPEG q85  - cover illustration (210 mm wide: about 310 ppi)
    fig-nrw-modellregionen.jpg     2400x1600, JPEG q85  - Politik (spans the type area, 180 mm: 339 ppi)
    fig-brackenland-rechenzentrum.jpg 2400x1600, JPEG q85 - Informationstechnik (spans the type area)
    fig-hohenbrueck-antraege.png    900x600,  PNG palette - Praxis (one column, 57 mm: about 400 ppi)
    fig-kranichberg-e-akte.png      900x600,  PNG palette - Praxis (one column)

Print (PDF/X) wants at least 300 ppi where an image is printed; the sizes above give that.
Every picture is drawn at SS times a base size (900x600 or 1600x1200) and scaled down
with Lanczos, so the base drawing is never upsampled.
"""
import math
import os
import random

from PIL import Image, ImageDraw, ImageFilter

OUT = os.path.dirname(os.path.abspath(__file__))
SEED = 202012
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


def make_cover(rng):
    W, H = 1600 * SS, 1200 * SS
    img = vgradient(W, H, "#0a1a36", "#1d6c84").convert("RGBA")
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
    save_jpeg(finish(img, 2560, 1920), "cover.jpg")


# ----------------------------------------------------------------- NRW (Politik)
def make_nrw(rng):
    W, H = 900 * SS, 600 * SS
    img = vgradient(W, H, "#f4efe6", "#dfe9ee").convert("RGBA")
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
    save_jpeg(finish(img, 2400, 1600), "fig-nrw-modellregionen.jpg")


# ------------------------------------------------------- Brackenland (IT-Sicherheit)
def make_brackenland(rng):
    W, H = 900 * SS, 600 * SS
    img = vgradient(W, H, "#0d1624", "#1a2f45").convert("RGBA")
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
    save_jpeg(finish(img, 2400, 1600), "fig-brackenland-rechenzentrum.jpg")


# --------------------------------------------------------- Hohenbrück (Praxis, chart)
def make_hohenbrueck():
    SS = 2  # 900x600 are enough for one column (about 400 ppi); SS 2 keeps this file unchanged
    W, H = 900 * SS, 600 * SS
    img = Image.new("RGB", (W, H), hexrgb("#f4efe6"))
    d = ImageDraw.Draw(img)
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
    save_png(finish(img, 900, 600), "fig-hohenbrueck-antraege.png", colours=20)


# ------------------------------------------------------ Kranichberg (Praxis, E-Akte)
def make_kranichberg():
    SS = 2  # 900x600 are enough for one column (about 400 ppi); SS 2 keeps this file unchanged
    W, H = 900 * SS, 600 * SS
    img = Image.new("RGB", (W, H), hexrgb("#e4edf1"))
    d = ImageDraw.Draw(img)
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
    save_png(finish(img, 900, 600), "fig-kranichberg-e-akte.png", colours=32)


def main():
    rng = random.Random(SEED)
    make_cover(rng)
    make_nrw(random.Random(SEED + 1))
    make_brackenland(random.Random(SEED + 2))
    make_hohenbrueck()
    make_kranichberg()


if __name__ == "__main__":
    main()
