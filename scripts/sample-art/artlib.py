"""Drawing helpers shared by the sample issues' art scripts (heftsatz project).

Used by scripts/sample-art/make_ads.py, scripts/sample-art/make_logos.py and every
issues/*/images/make_images.py. Needs Pillow and the DejaVu fonts (Debian: python3-pil,
fonts-dejavu-core); the house ads use the magazine's Linux Biolinum from fonts/.

Three kinds of drawing live here:
- colours, gradients, glows, networks, houses and town halls for the pictures, drawn at
  SS (3) times a base size, scaled down with finish() and written by save_jpeg() and
  save_png();
- fonts and fitted text in drawing units for the ads: the designs are written in 150-ppi
  units, Draw and font() scale them by S = 2 to the 300 ppi of the files;
- centered() text, used by the logos.
"""
import os
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTS = os.path.join(ROOT, "fonts")
BIOLINUM = os.path.join(FONTS, "LinBiolinum_R.otf")
BIOLINUM_BOLD = os.path.join(FONTS, "LinBiolinum_RB.otf")
SS = 3  # supersampling factor of the pictures: the drawing (base size x SS) is at least as large as the output
CHART_SS = 2  # supersampling of the one-column PNG figures (chart_canvas)
# The ads' designs are in drawing units (150 ppi); the files have S times the pixels in
# each direction: 300 ppi, the same aspect ratio.
S = 2


def hexrgb(h, a=None):
    """The colour "#rrggbb" as an RGB tuple, or RGBA with alpha a."""
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


def gradient_canvas(top, bottom, base=(1600, 1200)):
    """An RGBA picture of SS times the base size with a vertical gradient, and its size:
    img, W, H. Covers have the base 1600x1200, the JPEG figures 900x600."""
    W, H = base[0] * SS, base[1] * SS
    return vgradient(W, H, top, bottom).convert("RGBA"), W, H


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
    """Scale the supersampled drawing down to the output size (Lanczos)."""
    return img.resize((w, h), Image.LANCZOS)


def save_jpeg(img, path):
    """RGB JPEG, quality 85 (the pictures' format)."""
    img.convert("RGB").save(path, "JPEG", quality=85, optimize=True)


def save_png(img, path, colours=24):
    """Palette PNG of at most colours colours (median cut, no dithering)."""
    pal = img.convert("RGB").quantize(colors=colours, method=Image.MEDIANCUT, dither=Image.NONE)
    pal.save(path, "PNG", optimize=True)


def chart_canvas(colour):
    """A one-column PNG figure (900x600): the RGB image drawn at CHART_SS times that size
    in colour, its ImageDraw and CHART_SS; 900x600 give about 400 ppi in a 57-mm column."""
    img = Image.new("RGB", (900 * CHART_SS, 600 * CHART_SS), hexrgb(colour))
    return img, ImageDraw.Draw(img), CHART_SS


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


def rgb(h):
    """The colour "#rrggbb" as an RGB tuple."""
    return hexrgb(h)


def centered(d, box, text, font, fill):
    """Draw text centred in box (pixels of d's image)."""
    x0, y0, x1, y1 = box
    l, t, r, b = d.textbbox((0, 0), text, font=font)
    d.text(((x0 + x1 - (r - l)) / 2 - l, (y0 + y1 - (b - t)) / 2 - t), text, font=font, fill=fill)


def font(size, face=BOLD):
    """The face at size drawing units (150-ppi pixels), loaded S times as large.

    It keeps the face at size as measure: Draw.textbbox measures with it, so every
    line is fitted and placed exactly as in the 150-ppi design and only drawn sharper.
    """
    f = ImageFont.truetype(face, size * S)
    f.measure = ImageFont.truetype(face, size)
    return f


class Draw:
    """ImageDraw.Draw on an image S times the drawing size, taking drawing units.

    A drawing-unit pixel becomes an S x S block: boxes (rectangle, ellipse) cover
    S*x0 .. S*x1 + S - 1; points of lines and polygons, text origins, widths and radii
    are multiplied by S. Fonts come from font(): text is drawn with the large face,
    text boxes are measured with the small one, in drawing units.
    """

    def __init__(self, img):
        self.d = ImageDraw.Draw(img)

    @staticmethod
    def _box(box):
        x0, y0, x1, y1 = box
        return (x0 * S, y0 * S, x1 * S + S - 1, y1 * S + S - 1)

    @staticmethod
    def _points(xy):
        return [(x * S, y * S) for x, y in xy]

    def rectangle(self, box, fill=None, outline=None, width=1):
        self.d.rectangle(self._box(box), fill=fill, outline=outline, width=width * S)

    def rounded_rectangle(self, box, radius=0, fill=None, outline=None, width=1):
        self.d.rounded_rectangle(self._box(box), radius=radius * S, fill=fill, outline=outline, width=width * S)

    def ellipse(self, box, fill=None, outline=None, width=1):
        self.d.ellipse(self._box(box), fill=fill, outline=outline, width=width * S)

    def polygon(self, xy, fill=None, outline=None, width=1):
        self.d.polygon(self._points(xy), fill=fill, outline=outline, width=width * S)

    def line(self, xy, fill=None, width=0, joint=None):
        self.d.line(self._points(xy), fill=fill, width=width * S, joint=joint)

    def text(self, xy, text, fill=None, font=None):
        self.d.text((xy[0] * S, xy[1] * S), text, fill=fill, font=font)

    def textbbox(self, xy, text, font=None):
        return self.d.textbbox(xy, text, font=font.measure)


def canvas(size, colour):
    """A new RGB image of size (drawing units) at S times the pixels, and its Draw."""
    img = Image.new("RGB", (size[0] * S, size[1] * S), colour)
    return img, Draw(img)


def fitted(d, text, size, width, face=BOLD):
    """Largest font up to size whose rendering of text fits into width."""
    while size > 8:
        f = font(size, face)
        l, _, r, _ = d.textbbox((0, 0), text, font=f)
        if r - l <= width:
            return f
        size -= 1
    return font(8, face)


def text(d, xy, s, size, fill, width, face=BOLD):
    """Draw s at xy in the largest size up to size that fits width; return its bottom."""
    f = fitted(d, s, size, width, face)
    d.text(xy, s, font=f, fill=fill)
    _, t, _, b = d.textbbox(xy, s, font=f)
    return b


def make_all(seed, with_rng, without_rng=()):
    """Draw an issue's pictures: the k-th function of with_rng is called with
    random.Random(seed + k), each of without_rng with no argument."""
    for k, make in enumerate(with_rng):
        make(random.Random(seed + k))
    for make in without_rng:
        make()
