// Shaping with HarfBuzz: kerning and standard ligatures, in both font
// formats, and ligatures copied back as their letters from the PDF.
#include "support/Support.h"
#include "text/Text.h"

#include <catch2/catch.hpp>

using namespace heftsatz;

namespace {
std::unique_ptr<Font> load(const char* file) {
    return Font::load(test::source_dir() / "fonts" / file).take();
}

// Glyphs that stand for more than one character of the text.
int ligatures(const std::vector<Glyph>& glyphs, std::size_t text_size) {
    int count = 0;
    for (std::size_t i = 0; i < glyphs.size(); ++i) {
        std::size_t end = i + 1 < glyphs.size() ? glyphs[i + 1].cluster : text_size;
        count += end - glyphs[i].cluster > 1;
    }
    return count;
}
}  // namespace

TEST_CASE("fonts of both outline formats load", "[text][shaping]") {
    auto serif = load("NotoSerif-Regular.ttf");
    auto sans = load("LinBiolinum_R.otf");
    CHECK_FALSE(serif->is_cff());
    CHECK(sans->is_cff());
    CHECK(serif->metrics().units_per_em > 0);
    CHECK(sans->postscript_name() == "LinBiolinumO");
}

TEST_CASE("standard ligatures are formed", "[text][shaping]") {
    Shaper shaper;
    const std::string text = "Effizienz offiziell fließt";
    for (const char* file : {"NotoSerif-Regular.ttf", "LinBiolinum_R.otf"}) {
        auto font = load(file);
        const auto& glyphs = shaper.shape(*font, text);
        INFO(file);
        CHECK(glyphs.size() < 26);  // fewer glyphs than characters
        CHECK(ligatures(glyphs, text.size()) >= 2);
    }
}

TEST_CASE("kerning changes advances", "[text][shaping]") {
    Shaper shaper;
    auto font = load("NotoSerif-Regular.ttf");
    // "AV" kerns tighter than the two letters' advances side by side.
    int32_t pair = 0, single = 0;
    for (const auto& g : shaper.shape(*font, "AV")) pair += g.advance;
    for (const auto& g : shaper.shape(*font, "A")) single += g.advance;
    for (const auto& g : shaper.shape(*font, "V")) single += g.advance;
    CHECK(pair < single);
}

TEST_CASE("a missing character is reported and not dropped", "[text][shaping]") {
    Shaper shaper;
    Hyphenator hyphenator = Hyphenator::load(Hyphenator::default_dictionary()).take();
    ParagraphBuilder builder(shaper, hyphenator);
    auto font = load("NotoSerif-Regular.ttf");
    ParagraphInput input;
    input.styles.push_back(TextStyle{font.get(), 9, {}, {}});
    input.runs.push_back({"Ein Haus \u4E2D und mehr", 0});
    Paragraph par = builder.build(input);
    REQUIRE(par.missing.size() == 1);
    CHECK(par.missing[0].codepoint == 0x4E2D);
    CHECK(par.text.find("\u4E2D") != std::string::npos);
}
