#!/usr/bin/env python3
"""Generate the pictures of the Kommune21 sample issue 1/2021 (heftsatz project).

All images are drawn from scratch with Pillow; nothing is taken from elsewhere.
The script is deterministic (fixed random seed), run it from any directory:

    /usr/bin/python3 images/make_images.py

Output (next to this script):
    cover.jpg                    2560x1920, JPEG q85  - cover illustration (210 mm wide: about 310 ppi)
    fig-register-verbund.jpg     2400x1600, JPEG q85  - Politik (spans the type area, 180 mm: 339 ppi)
    fig-e-rechnung-anteil.png     900x600,  PNG palette - Praxis (one column, 57 mm: about 400 ppi)

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
SEED = 202101
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


def cube(d, x, y, s, top, left, right):
    """An isometric cube with its top corner at (x, y) and edge s."""
    h = s * 0.5
    d.polygon([(x, y), (x + s, y + h), (x, y + 2 * h), (x - s, y + h)], fill=top)
    d.polygon([(x - s, y + h), (x, y + 2 * h), (x, y + 2 * h + s), (x - s, y + h + s)], fill=left)
    d.polygon([(x, y + 2 * h), (x + s, y + h), (x + s, y + h + s), (x, y + 2 * h + s)], fill=right)


def make_cover(rng):
    """Winter day: a filing cabinet in the snow; its index cards fly up and become a chain of data cubes."""
    W, H = 1600 * SS, 1200 * SS
    img = vgradient(W, H, "#9cc4e4", "#f4f9fd").convert("RGBA")
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
    save_jpeg(finish(img, 2560, 1920), "cover.jpg")


def cylinder(d, cx, cy, w, h, side, top):
    d.rectangle((cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2), fill=side)
    d.ellipse((cx - w / 2, cy + h / 2 - w * 0.18, cx + w / 2, cy + h / 2 + w * 0.18), fill=side)
    for k in (1, 2):
        y = cy - h / 2 + k * h / 3
        d.arc((cx - w / 2, y - w * 0.18, cx + w / 2, y + w * 0.18), 0, 180, fill=top, width=3 * SS)
    d.ellipse((cx - w / 2, cy - h / 2 - w * 0.18, cx + w / 2, cy - h / 2 + w * 0.18), fill=top)


def make_verbund(rng):
    """Registers as database cylinders around a central identifier, linked by lines."""
    W, H = 900 * SS, 600 * SS
    img = vgradient(W, H, "#f3f6f8", "#e1eaef").convert("RGBA")
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
    save_jpeg(finish(img, 2400, 1600), "fig-register-verbund.jpg")


def make_e_rechnung():
    """Schematic line chart: share of e-invoices over twelve months in three towns."""
    SS = 2
    W, H = 900 * SS, 600 * SS
    img = Image.new("RGB", (W, H), hexrgb("#f4efe6"))
    d = ImageDraw.Draw(img)
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
    save_png(finish(img, 900, 600), "fig-e-rechnung-anteil.png", colours=16)


def main():
    make_cover(random.Random(SEED))
    make_verbund(random.Random(SEED + 1))
    make_e_rechnung()


if __name__ == "__main__":
    main()
