// Glyphs land where the layout put them: the content stream is read back by
// a small interpreter of the text operators (Tf, Tz, Tc, Tm, TJ) with the
// embedded widths, and every glyph's x compared with the layout's. The
// painter writes tracking once (Tc) and the text state only when it changes;
// these tests would catch a Tc not divided by Tz, a state carried over that
// was not set, or rounding that adds up along a line.
#include "pdf/ContentStream.h"
#include "pdf/EmbeddedFont.h"
#include "support/Support.h"
#include "text/Text.h"

#include <catch2/catch.hpp>

#include <cctype>
#include <cstdlib>

using namespace heftsatz;

namespace {

// Where each glyph of the stream is shown: x in page space, in order.
struct Shown {
    std::vector<double> x;
    int numbers = 0;  // adjustments inside TJ arrays
    int tc = 0, tf = 0, rg = 0;
};

Shown interpret(const std::string& content, const EmbeddedFont& font) {
    Shown shown;
    double size = 0, scale = 1, spacing = 0, x = 0;
    std::vector<std::string> operands;
    bool in_array = false;
    std::size_t i = 0;
    while (i < content.size()) {
        const char c = content[i];
        if (std::isspace(static_cast<unsigned char>(c))) {
            ++i;
        } else if (c == '[') {
            in_array = true;
            ++i;
        } else if (c == ']') {
            in_array = false;
            ++i;
        } else if (c == '<' && content.compare(i, 2, "<<") == 0) {  // a BDC's dictionary: skipped
            i = content.find(">>", i) + 2;
        } else if (c == '<') {
            const std::size_t end = content.find('>', i);
            const std::string hex = content.substr(i + 1, end - i - 1);
            REQUIRE(hex.size() % 4 == 0);
            for (std::size_t k = 0; k < hex.size(); k += 4) {
                const auto id = static_cast<std::uint32_t>(std::strtoul(hex.substr(k, 4).c_str(), nullptr, 16));
                shown.x.push_back(x);
                x += (font.width(id) / 1000.0 * size + spacing) * scale;
            }
            i = end + 1;
        } else if (c == '(') {  // an ActualText string: skipped
            i = content.find(')', i) + 1;
        } else {
            std::size_t end = i;
            while (end < content.size() && !std::isspace(static_cast<unsigned char>(content[end])) &&
                   content[end] != '[' && content[end] != ']' && content[end] != '<' &&
                   (end == i || content[end] != '/'))
                ++end;
            const std::string token = content.substr(i, end - i);
            i = end;
            const bool number = std::isdigit(static_cast<unsigned char>(token[0])) || token[0] == '-' || token[0] == '.';
            if (number && in_array) {
                x -= std::stod(token) / 1000.0 * size * scale;
                ++shown.numbers;
            } else if (number || token[0] == '/') {
                operands.push_back(token);
            } else {
                if (token == "Tf") size = std::stod(operands.at(1)), ++shown.tf;
                if (token == "Tz") scale = std::stod(operands.at(0)) / 100.0;
                if (token == "Tc") spacing = std::stod(operands.at(0)), ++shown.tc;
                if (token == "Tm") x = std::stod(operands.at(4));
                if (token == "rg") ++shown.rg;
                operands.clear();
            }
        }
    }
    return shown;
}

}  // namespace

TEST_CASE("tracked, expanded and squeezed lines put every glyph where the layout did", "[pdf][content]") {
    auto font = Font::load(test::source_dir() / "fonts/NotoSerif-Regular.ttf").take();
    const std::string text = "Die Verwaltungsdigitalisierung braucht Geduld und gute Schnittstellen.";
    Page page;
    page.width = 595;
    page.height = 842;
    // Spread (letter spacing under 2 % expansion), squeezed, then two plain
    // lines in the same font and size: the last two need no Tf, Tz or Tc of
    // their own but must reset what the first two set.
    std::vector<GlyphRun> runs = {
        test::shaped_run(*font, text, 56.7, 100, 9.5, {1.02, 0.21, 1.4}),
        test::shaped_run(*font, text, 56.7, 112, 9.5, {0.98, -0.12, 0.3}),
        test::shaped_run(*font, text, 56.7, 124, 9.5, {1, 0, 0.9}),
        test::shaped_run(*font, text, 56.7, 136, 9.5),
    };
    runs[3].color = Rgb{0.69, 0.071, 0.169};
    FontUsage usage;
    for (const GlyphRun& run : runs) {
        for (const PositionedGlyph& g : run.glyphs) usage.glyphs.insert(g.id);
        page.items.push_back(run);
    }
    PoDoFo::PdfMemDocument pdf;
    FontTable fonts;
    fonts.emplace(font.get(), embed_font(pdf, *font, prepare_font(*font, usage), "F1"));
    const EmbeddedFont& embedded = fonts.at(font.get());

    const std::string content = paint_content(page, fonts, {});
    INFO(content.substr(0, 1500));
    const Shown shown = interpret(content, embedded);
    std::size_t glyphs = 0;
    for (const GlyphRun& run : runs) glyphs += run.glyphs.size();
    REQUIRE(shown.x.size() == glyphs);
    std::size_t k = 0;
    double worst = 0;
    for (const GlyphRun& run : runs)
        for (const PositionedGlyph& g : run.glyphs) worst = std::max(worst, std::abs(shown.x[k++] - (run.x + g.x)));
    CHECK(worst < 0.002);  // points: 1/1400 mm, below any device's resolution
    // The tracking is said once per line: the TJ numbers are the word spaces
    // and kerning, not one between every two glyphs.
    CHECK(shown.tc == 3);  // 0.21 / 1.02, then -0.12 / 0.98, then back to 0
    CHECK(shown.tf == 1);
    CHECK(shown.rg == 2);  // black once (the initial colour is DeviceGray), then red
    CHECK(shown.numbers < static_cast<int>(glyphs) / 4);
}
