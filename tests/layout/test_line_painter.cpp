// The painter turns set lines into glyph runs, which every page keeps until
// its PDF is written: their memory is the issue's largest (bench/README.md).
#include "layout/BlockSetter.h"
#include "layout/LinePainter.h"
#include "support/Support.h"

#include <catch2/catch.hpp>

using namespace heftsatz;

TEST_CASE("a painted line's runs are made at their size, not grown by doubling", "[layout][memory]") {
    Diagnostics d;
    LayoutSpec layout = read_layout("kommune21", DataSearchPath::for_issue(test::source_dir(), {}), d).take();
    FontLibrary fonts = FontLibrary::load(layout).take();
    BlockSetter setter(fonts, layout, Lexicon::load().take());
    const std::string text =
        "Die Verwaltung der Stadt stellt ihre Fachverfahren Schritt für Schritt auf die neue Plattform um. "
        "Dabei prüft das Team jede Schnittstelle zweimal, bevor die Bürgerinnen und Bürger sie nutzen, "
        "und schreibt auf, was es dabei über die alten Verfahren gelernt hat.";
    const SetBlock set =
        setter.set(text_block(BlockKind::Paragraph, {Inline{text, false, false, {}, {}}}), layout.style("body"), 160);
    REQUIRE(set.lines.size() >= 4);
    std::size_t glyphs = 0;
    for (const SetLine& line : set.lines) {
        Page page;
        paint_line(set, line, 0, 0, page, kArtifact);
        REQUIRE(page.items.size() == 1);
        const GlyphRun& run = std::get<GlyphRun>(page.items[0]);
        glyphs += run.glyphs.size();
        // The rest of the line is counted with a space before each of its
        // pieces, so a piece that follows without one (a word's syllables)
        // leaves a slot; doubling leaves up to half the run.
        const std::size_t pieces = line.pieces.size();
        CHECK(run.glyphs.capacity() <= run.glyphs.size() + pieces);
        CHECK(run.text.capacity() <= run.text.size() + pieces + kLineEndHyphen.size());
    }
    CHECK(glyphs > 100);
}
