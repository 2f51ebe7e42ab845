#include "pdf/ContentStream.h"

#include "pdf/GlyphText.h"
#include "pdf/StructureTree.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <optional>

namespace heftsatz {

std::string pdf_number(double v) {
    // Thousandths as an integer, then the decimal point put in by hand:
    // several times faster than printf, and exact to the digit.
    long long m = std::llround(v * 1000.0);
    if (m == 0) return "0";
    char b[32];
    char* end = std::to_chars(b, b + sizeof b, m < 0 ? -m : m).ptr;
    std::string digits(b, end);
    if (digits.size() < 4) digits.insert(0, 4 - digits.size(), '0');
    std::string out = m < 0 ? "-" : "";
    out.append(digits, 0, digits.size() - 3);
    std::string frac = digits.substr(digits.size() - 3);
    while (!frac.empty() && frac.back() == '0') frac.pop_back();
    if (!frac.empty()) out += "." + frac;
    return out;
}

namespace {

std::string color_operands(const Rgb& c) {
    return pdf_number(c.r) + " " + pdf_number(c.g) + " " + pdf_number(c.b);
}

// Glyph ranges [begin, end) whose text the font's ToUnicode map cannot
// give: .notdef (one glyph for every missing character), or a glyph whose
// first use mapped it to other text. Whole clusters are taken, and
// neighbouring ones join, so that each range reads as its characters.
struct ActualText {
    std::size_t begin = 0, end = 0;
    std::string text;
};

std::vector<ActualText> actual_texts(const GlyphRun& run, const EmbeddedFont& font) {
    const std::vector<std::string> texts = glyph_texts(run);
    std::vector<ActualText> spans;
    for (std::size_t i = 0; i < run.glyphs.size();) {
        std::size_t end = i + 1;
        while (end < run.glyphs.size() && run.glyphs[end].cluster == run.glyphs[i].cluster) ++end;
        std::string mapped;
        for (std::size_t k = i; k < end; ++k) mapped += font.text(font.subset().new_glyph(run.glyphs[k].id));
        if (mapped != texts[i]) {
            if (!spans.empty() && spans.back().end == i) {
                spans.back().end = end;
                spans.back().text += texts[i];
            } else {
                spans.push_back({i, end, texts[i]});
            }
        }
        i = end;
    }
    return spans;
}

// A number as pdf_number writes it, read back: what a viewer computes with.
double as_written(double v) { return static_cast<double>(std::llround(v * 1000.0)) / 1000.0; }

// The text state in force (ISO 32000-1, 9.3): font and size (Tf), the
// horizontal scaling (Tz), the character spacing (Tc) and the fill colour
// are part of the graphics state and outlive BT/ET, so each is written only
// when it changes. Runs are never painted inside q/Q, which would restore
// them behind the painter's back.
struct TextState {
    const EmbeddedFont* font = nullptr;
    Pt size = 0;
    double scale = 1;    // Tz 100, the PDF's initial horizontal scaling
    double spacing = 0;  // Tc 0
    // The fill colour is always set by the first run: the initial one is
    // DeviceGray, which the print profile's /DefaultRGB does not cover.
    std::optional<std::string> fill;  // the operands as written
};

// Glyph ids as hex strings, consecutive ones in one string: "<00170031>".
class GlyphHex {
public:
    explicit GlyphHex(std::string& out) : out_(out) {}
    void glyph(std::uint32_t id) {
        static constexpr char kHex[] = "0123456789ABCDEF";
        if (!open_) out_ += '<';
        open_ = true;
        const char digits[4] = {kHex[(id >> 12) & 15], kHex[(id >> 8) & 15], kHex[(id >> 4) & 15], kHex[id & 15]};
        out_.append(digits, sizeof digits);
    }
    void close() {
        if (open_) out_ += '>';
        open_ = false;
    }

private:
    std::string& out_;
    bool open_ = false;
};

void paint_run(const GlyphRun& run, const EmbeddedFont& font, Pt page_height, TextState& state, std::string& out) {
    // Layout's y points down from the top; PDF's up from the bottom.
    const Pt baseline = page_height - run.y;
    out += "BT\n";
    if (state.font != &font || state.size != run.size) {
        state.font = &font;
        state.size = run.size;
        out += "/" + font.resource + " " + pdf_number(run.size) + " Tf\n";
    }
    if (std::abs(run.horizontal_scale - state.scale) > 1e-6) {
        state.scale = run.horizontal_scale;
        out += pdf_number(state.scale * 100) + " Tz\n";
    }
    // The line's tracking (letter_space after every glyph) as Tc rather than
    // a number between every two glyphs of the TJ: Tc is scaled by Tz.
    const double spacing = as_written(run.letter_space / state.scale);
    if (spacing != state.spacing) {
        state.spacing = spacing;
        out += pdf_number(spacing) + " Tc\n";
    }
    if (std::string fill = color_operands(run.color); fill != state.fill) {
        out += fill + " rg\n";
        state.fill = std::move(fill);
    }
    // Under Tz both the glyphs' advances and TJ's adjustments are scaled.
    const double unit = run.size * state.scale / 1000.0;
    const double tracking = spacing * state.scale;
    // Marked content (PDF 32000-1 §14.9.4) replaces what the glyphs inside
    // extract as; it nests inside the text object, so a TJ array is closed
    // before it begins and after it ends.
    const std::vector<ActualText> spans = actual_texts(run, font);
    std::size_t span = 0;
    bool array_open = false;
    GlyphHex hex(out);
    auto open_array = [&] {
        if (!array_open) out += '[';
        array_open = true;
    };
    auto close_array = [&] {
        hex.close();
        if (array_open) out += "] TJ\n";
        array_open = false;
    };
    float shift = 0;
    // Where the PDF's own advances put the next glyph, from the numbers as
    // written, so that rounding never adds up along a line.
    double pen = 0;
    for (std::size_t i = 0; i < run.glyphs.size(); ++i) {
        const PositionedGlyph& g = run.glyphs[i];
        // One text matrix per stretch of glyphs on the same baseline shift.
        if (i == 0 || g.y != shift) {
            close_array();
            shift = g.y;
            out += "1 0 0 1 " + pdf_number(run.x + g.x) + " " + pdf_number(baseline + shift) + " Tm\n";
            pen = g.x;
        }
        if (span < spans.size() && spans[span].begin == i) {
            close_array();
            out += "/Span <</ActualText " + pdf_text_string(spans[span].text) + ">> BDC\n";
        }
        open_array();
        const std::uint32_t id = font.subset().new_glyph(g.id);
        const double gap = g.x - pen;  // points the glyph must move right
        if (std::abs(gap) > 0.0005) {
            const double adjust = as_written(-gap / unit);
            if (adjust != 0) {
                hex.close();
                out += pdf_number(adjust);
                pen -= adjust * unit;
            }
        }
        hex.glyph(id);
        pen += font.width(id) * unit + tracking;
        if (span < spans.size() && spans[span].end == i + 1) {
            close_array();
            out += "EMC\n";
            ++span;
        }
    }
    close_array();
    out += "ET\n";
}

void paint_image(const Image& image, const EmbeddedImage& embedded, Pt page_height, std::string& out) {
    // An image XObject fills the unit square; a form fills its own box.
    const Pt bottom = page_height - image.y - image.height;
    if (embedded.form) {
        const double sx = image.width / embedded.width, sy = image.height / embedded.height;
        out += "q " + pdf_number(sx) + " 0 0 " + pdf_number(sy) + " " + pdf_number(image.x - embedded.llx * sx) +
               " " + pdf_number(bottom - embedded.lly * sy) + " cm /" + embedded.resource + " Do Q\n";
    } else {
        out += "q " + pdf_number(image.width) + " 0 0 " + pdf_number(image.height) + " " + pdf_number(image.x) +
               " " + pdf_number(bottom) + " cm /" + embedded.resource + " Do Q\n";
    }
}

// A rectangle (y the top edge) grown by `bleed` on each side where it
// touches the page's edge.
struct Box {
    Pt x, y, width, height;
};

Box into_bleed(Box b, const Page& page, Pt bleed) {
    constexpr Pt kTouch = 0.5;  // points: an edge this close to the trim touches it
    const Pt right = b.x + b.width, bottom = b.y + b.height;
    const Pt x0 = b.x <= kTouch ? -bleed : b.x, y0 = b.y <= kTouch ? -bleed : b.y;
    const Pt x1 = right >= page.width - kTouch ? page.width + bleed : right;
    const Pt y1 = bottom >= page.height - kTouch ? page.height + bleed : bottom;
    return {x0, y0, x1 - x0, y1 - y0};
}

void paint_item(const FrameItem& item, const Page& page, const FontTable& fonts, const ImageTable& images,
                Pt bleed, TextState& text, std::string& out) {
    if (const auto* image = std::get_if<Image>(&item)) {
        auto it = images.find(image->file);
        if (it == images.end()) return;
        const Box area = into_bleed({image->x, image->y, image->width, image->height}, page, bleed);
        if (bleed <= 0 || (area.width == image->width && area.height == image->height)) {
            paint_image(*image, it->second, page.height, out);
            return;
        }
        // Scaled to cover `area` about its middle, clipped to it.
        const double s = std::max(area.width / image->width, area.height / image->height);
        Image grown = *image;
        grown.width = image->width * s;
        grown.height = image->height * s;
        grown.x = area.x + area.width / 2 - grown.width / 2;
        grown.y = area.y + area.height / 2 - grown.height / 2;
        out += "q " + pdf_number(area.x) + " " + pdf_number(page.height - area.y - area.height) + " " +
               pdf_number(area.width) + " " + pdf_number(area.height) + " re W n\n";
        paint_image(grown, it->second, page.height, out);
        out += "Q\n";
        return;
    }
    if (const auto* fill = std::get_if<FilledRect>(&item)) {
        const Box b = bleed > 0 ? into_bleed({fill->x, fill->y, fill->width, fill->height}, page, bleed)
                                : Box{fill->x, fill->y, fill->width, fill->height};
        out += "q " + color_operands(fill->color) + " rg " + pdf_number(b.x) + " " +
               pdf_number(page.height - b.y - b.height) + " " + pdf_number(b.width) + " " + pdf_number(b.height) +
               " re f Q\n";
        return;
    }
    if (const auto* run = std::get_if<GlyphRun>(&item)) {
        auto it = fonts.find(run->font);
        if (it != fonts.end()) paint_run(*run, it->second, page.height, text, out);
    } else if (const auto* rule = std::get_if<Rule>(&item)) {
        out += "q " + color_operands(rule->color) + " RG " + pdf_number(rule->thickness) + " w " +
               pdf_number(rule->x0) + " " + pdf_number(page.height - rule->y0) + " m " +
               pdf_number(rule->x1) + " " + pdf_number(page.height - rule->y1) + " l S Q\n";
    }
}

// The marks' length, beyond their gap from the trim.
constexpr Pt kMarkLength = 5 * 72 / 25.4;

// Crop marks: at each corner, a hairline in line with each trim edge, from
// the bleed's edge outwards, black on every plate (registration colour
// would need a separation; black prints on the key plate, which is enough
// for the guillotine). Artifacts: not content.
void paint_crop_marks(const Page& page, const PrintArea& print, std::string& out) {
    const Pt from = print.bleed, to = print.bleed + kMarkLength;
    out += "/Artifact BMC\nq 0 G 0.25 w\n";
    for (const Pt x : {Pt{0}, page.width})
        for (const Pt y : {Pt{0}, page.height}) {
            const Pt dx = x == 0 ? -1 : 1, dy = y == 0 ? -1 : 1;
            out += pdf_number(x + dx * from) + " " + pdf_number(y) + " m " + pdf_number(x + dx * to) + " " +
                   pdf_number(y) + " l S\n";
            out += pdf_number(x) + " " + pdf_number(y + dy * from) + " m " + pdf_number(x) + " " +
                   pdf_number(y + dy * to) + " l S\n";
        }
    out += "Q\nEMC\n";
}

}  // namespace

Pt crop_marks_reach(const PrintArea& print) { return print.crop_marks ? print.bleed + kMarkLength : print.bleed; }

std::string paint_content(const Page& page, const FontTable& fonts, const ImageTable& images, const PrintArea& print) {
    const Pt bleed = print.bleed;
    std::string out;
    out.reserve(64 * 1024);
    TextState text;
    int mcid = 0;      // numbered as StructureTree numbers them
    for (const FrameItem& item : page.items) {
        // Each item is marked content of its structure element, or an
        // artifact (running heads, folios, rules, tints): nothing painted
        // is left out of the tagged PDF's two kinds.
        if (std::holds_alternative<Link>(item)) continue;
        if (is_marked(item)) {
            const auto* run = std::get_if<GlyphRun>(&item);
            const StructTag& tag = run ? run->tag : std::get<Image>(item).tag;
            // Words in another language say so where they are (ISO 32000-1,
            // 14.9.2.2): a screen reader switches its voice.
            // (A BCP 47 tag is ASCII letters, digits and hyphens: a literal string.)
            const std::string lang = run && !run->lang.empty() ? " /Lang (" + run->lang + ")" : "";
            out += "/" + std::string(structure_type(marked_role(tag))) + " <</MCID " + std::to_string(mcid++) + lang +
                   ">> BDC\n";
        } else {
            out += "/Artifact BMC\n";
        }
        paint_item(item, page, fonts, images, bleed, text, out);
        out += "EMC\n";
    }
    if (print.crop_marks) paint_crop_marks(page, print, out);
    return out;
}

}  // namespace heftsatz

