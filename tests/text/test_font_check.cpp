// Fonts that FreeType opens but that cannot set text (issue 8): no cmap, a
// cmap without basic Latin, glyphs without outlines in glyf or CFF. Each is
// an error naming the file when it is loaded, never boxes or invisible text.
// The fonts are made by tests/fixtures/broken-fonts/make_broken_fonts.py.
#include "support/Support.h"
#include "text/Text.h"

#include <catch2/catch.hpp>

using namespace heftsatz;

TEST_CASE("a font that cannot set text is refused when it is loaded", "[text][font]") {
    struct Broken {
        const char* file;
        const char* why;
    };
    const Broken cases[] = {
        {"tests/bad/tl-font-no-cmap/fonts/OhneCmap.ttf", "no character map (cmap table)"},
        {"tests/bad/tl-font-no-latin/fonts/NurHebraeisch.ttf", "no glyph for the letters a, b, c"},
        {"tests/bad/tl-font-empty-glyf/fonts/Leer.ttf", "have no outlines"},
        {"tests/bad/tl-font-cff-empty/fonts/LeerCff.otf", "have no outlines"},
    };
    for (const Broken& c : cases) {
        INFO(c.file);
        const auto path = test::source_dir() / c.file;
        REQUIRE(std::filesystem::exists(path));
        auto font = Font::load(path);
        REQUIRE_FALSE(font.ok());
        CHECK(font.failure().where.file == path.string());
        CHECK(font.failure().message.find(c.why) != std::string::npos);
        CHECK_FALSE(font.failure().internal);
    }
}

TEST_CASE("every font the project ships can set text", "[text][font]") {
    for (const auto& entry : std::filesystem::directory_iterator(test::source_dir() / "fonts")) {
        const auto ext = entry.path().extension();
        if (ext != ".ttf" && ext != ".otf") continue;
        INFO(entry.path());
        auto font = Font::load(entry.path());
        CHECK(font.ok());
    }
}
