// Right-to-left runs in German paragraphs (issue 8): levels from ICU's bidi
// algorithm, Hebrew and Arabic shaped right to left in their own script,
// lines shown in bidi order while the pieces stay in reading order.
#include "support/Support.h"
#include "text/Bidi.h"
#include "text/Text.h"

#include <catch2/catch.hpp>

using namespace heftsatz;

namespace {

std::unique_ptr<Font> dejavu() { return Font::load(test::source_dir() / "fonts/DejaVuSans.ttf").take(); }

}  // namespace

TEST_CASE("bidi levels: German stays at 0, Hebrew and Arabic runs odd, their numbers even", "[text][bidi]") {
    CHECK(bidi_levels("Die Verwaltung digitalisiert 2020 ihre Verfahren.").empty());
    const std::string text = "heißt ירושלים העתיקה auf";
    const auto levels = bidi_levels(text);
    REQUIRE(levels.size() == text.size());
    const std::size_t hebrew = text.find("י"), space = text.find(' ', hebrew), auf = text.find("auf");
    CHECK(levels[0] == 0);
    CHECK(levels[hebrew] == 1);
    CHECK(levels[hebrew + 1] == 1);  // the second byte of the letter too
    CHECK(levels[space] == 1);       // a space between two Hebrew words belongs to the run (UAX #9 N1)
    CHECK(levels[text.find(' ')] == 0);
    CHECK(levels[auf] == 0);
    const std::string numbers = "Satz בשנת 2020 נרשמו und";
    const auto n = bidi_levels(numbers);
    CHECK(n[numbers.find("2020")] == 2);
    CHECK(n[numbers.find("נ")] == 1);
}

TEST_CASE("visual order reverses right-to-left runs (rule L2)", "[text][bidi]") {
    CHECK(visual_order({0, 1, 1, 1, 0}) == std::vector<std::size_t>{0, 3, 2, 1, 4});
    CHECK(visual_order({0, 1, 2, 1, 0}) == std::vector<std::size_t>{0, 3, 2, 1, 4});
    CHECK(visual_order({1, 2, 2, 1}) == std::vector<std::size_t>{3, 1, 2, 0});  // numbers keep their order
}

TEST_CASE("Arabic is shaped right to left with its joining forms", "[text][bidi][shaping]") {
    auto font = dejavu();
    Shaper shaper;
    const std::string word = "القدس";
    const std::vector<Glyph> joined = shaper.shape(*font, word, {}, Direction::RightToLeft);
    REQUIRE(joined.size() == 5);
    // Visual order: the last letter (sin) is drawn first, at the left.
    for (std::size_t i = 1; i < joined.size(); ++i) CHECK(joined[i].cluster < joined[i - 1].cluster);
    // Each letter alone is its isolated form; in the word lam, qaf and dal
    // take their initial, medial and final forms.
    int differs = 0;
    for (const Glyph& g : joined) {
        const std::size_t end = word.find_first_of("\xd8\xd9", g.cluster + 1);
        const std::string letter = word.substr(g.cluster, (end == std::string::npos ? word.size() : end) - g.cluster);
        const std::vector<Glyph> alone = shaper.shape(*font, letter, {}, Direction::RightToLeft);
        REQUIRE(alone.size() == 1);
        differs += alone[0].id != g.id;
    }
    CHECK(differs >= 3);
}

TEST_CASE("a mixed line shows the Hebrew run right to left and keeps reading order", "[text][bidi]") {
    auto font = dejavu();
    Shaper shaper;
    Lexicon lexicon = Lexicon::load().take();
    ParagraphBuilder builder(shaper, lexicon.hyphenator, lexicon.compounds);
    ParagraphInput input;
    input.styles.push_back(TextStyle{font.get(), 10, {}, {}, {}});
    const std::string text = "Die Stadt heißt ירושלים העתיקה auf Hebräisch.";
    input.runs.push_back({text, 0});
    input.align = Align::Left;
    input.hyphenate = false;
    const Paragraph par = builder.build(input);
    const BreakResult breaks = break_lines(par, 1000, LineBreakParams{});
    const std::vector<SetLine> lines = set_lines(par, breaks, 1000);
    REQUIRE(lines.size() == 1);
    const SetLine& line = lines[0];
    CHECK(line_text(par, line) == text);
    auto x_of = [&](const std::string& word) {
        for (const PlacedPiece& p : line.pieces)
            if (par.pieces[static_cast<std::size_t>(p.piece)].text == word) return p.x;
        FAIL("no piece " << word);
        return Pt{0};
    };
    // Reading order: heißt, ירושלים, העתיקה, auf. Shown: heißt העתיקה ירושלים auf.
    CHECK(x_of("heißt") < x_of("העתיקה"));
    CHECK(x_of("העתיקה") < x_of("ירושלים"));
    CHECK(x_of("ירושלים") < x_of("auf"));
    // Pieces stay in reading order, so painters write the text in it.
    std::string order;
    for (const PlacedPiece& p : line.pieces) order += par.pieces[static_cast<std::size_t>(p.piece)].text + "|";
    CHECK(order == "Die|Stadt|heißt|ירושלים|העתיקה|auf|Hebräisch.|");
    // A Hebrew piece's glyphs are drawn right to left: clusters descend.
    for (const PlacedPiece& p : line.pieces) {
        const Piece& piece = par.pieces[static_cast<std::size_t>(p.piece)];
        if (piece.text != "ירושלים") continue;
        REQUIRE(piece.glyphs.size() == 7);
        for (std::size_t i = 1; i < piece.glyphs.size(); ++i) CHECK(piece.glyphs[i].cluster < piece.glyphs[i - 1].cluster);
    }
}
