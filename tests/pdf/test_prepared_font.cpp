// A font's embedding prepared once and kept for the next PDF of the run
// (pdf/EmbeddedFont.h, pdf/PdfCaches.h): the same glyphs of the same font
// are the kept result; other glyphs, or the same glyph ids of another font,
// are prepared anew; and a kept result is what preparing without the cache
// gives.
#include "pdf/EmbeddedFont.h"
#include "support/Support.h"

#include <catch2/catch.hpp>

using namespace heftsatz;

namespace {

FontUsage usage_of(std::initializer_list<std::uint32_t> glyphs) {
    FontUsage usage;
    for (std::uint32_t g : glyphs) {
        usage.glyphs.insert(g);
        usage.text[g] = std::string(1, static_cast<char>('a' + g % 26));
    }
    return usage;
}

}  // namespace

TEST_CASE("a prepared font is kept by the font's digest and its glyphs", "[pdf][fonts]") {
    auto serif = Font::load(test::source_dir() / "fonts/NotoSerif-Regular.ttf").take();
    auto bold = Font::load(test::source_dir() / "fonts/NotoSerif-Bold.ttf").take();
    auto serif_again = Font::load(test::source_dir() / "fonts/NotoSerif-Regular.ttf").take();
    const FontUsage usage = usage_of({36, 37, 38, 70, 71});
    PreparedFontCache cache;

    const auto first = prepare_font(*serif, usage, nullptr, &cache);
    CHECK(cache.size() == 1);
    // The same glyphs of the same font, even loaded again: the kept result.
    CHECK(prepare_font(*serif, usage, nullptr, &cache) == first);
    CHECK(prepare_font(*serif_again, usage, nullptr, &cache) == first);
    // Another glyph, another text for a glyph, another font: prepared anew.
    CHECK(prepare_font(*serif, usage_of({36, 37, 38, 70, 72}), nullptr, &cache) != first);
    FontUsage retexted = usage;
    retexted.text[70] = "fi";
    CHECK(prepare_font(*serif, retexted, nullptr, &cache) != first);
    const auto other = prepare_font(*bold, usage, nullptr, &cache);
    CHECK(other != first);
    CHECK(other->program != first->program);
    CHECK(cache.size() == 4);

    // What the cache keeps is what preparing without it makes.
    const auto fresh = prepare_font(*serif, usage);
    CHECK(fresh != first);
    CHECK(fresh->program == first->program);
    CHECK(fresh->cmap == first->cmap);
    CHECK(fresh->widths == first->widths);
    CHECK(fresh->unicode == first->unicode);
    CHECK(fresh->subset.base_font() == first->subset.base_font());
}
