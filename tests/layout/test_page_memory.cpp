// Every page keeps its items until its PDF is written: the glyph runs the
// painter makes of set lines are the largest memory a build holds
// (bench/README.md). They are made at their size, and the last PDF lets
// them go as soon as PoDoFo holds the pages.
#include "layout/BlockSetter.h"
#include "layout/LinePainter.h"
#include "pdf/Pdf.h"
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

TEST_CASE("the laid-out pages hold their items at their size", "[layout][memory]") {
    const test::LaidOut sample = test::lay_out_fixture(test::source_dir() / "issues/2020-12");
    REQUIRE(sample.doc.pages.size() >= 16);
    std::size_t items = 0, spare = 0;
    for (const Page& page : sample.doc.pages) {
        items += page.items.size();
        spare += page.items.capacity() - page.items.size();
    }
    CHECK(items > 1000);
    CHECK(spare == 0);
}

TEST_CASE("a document given up to the PDF stage gives the same bytes and is let go", "[pdf][memory]") {
    test::LaidOut sample = test::lay_out_fixture(test::source_dir() / "issues/2020-12");
    Diagnostics diagnostics;
    for (const bool linearize : {true, false}) {
        INFO("linearized: " << linearize);
        PdfOptions options{PdfProfile::Reader, 2, 85};
        options.linearize = linearize;
        Document doc = sample.doc;
        const std::string kept = render_pdf(sample.doc, diagnostics, options).take();
        const std::string given = render_pdf(std::move(doc), diagnostics, options).take();
        CHECK(given == kept);
        CHECK(doc.pages.empty());  // NOLINT(bugprone-use-after-move): what the overload promises
    }
}
