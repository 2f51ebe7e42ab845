// An offprint's fonts are cut from the issue's subsets (PdfOptions::
// subsets_within), which is faster than cutting them from the fonts, and
// gives the same PDF; a subset that lacks a glyph the offprint needs is not
// cut from but passed by.
#include "pdf/Pdf.h"
#include "support/Support.h"

#include <catch2/catch.hpp>

using namespace heftsatz;

TEST_CASE("fonts cut from the issue's subsets give the offprint the bytes the whole fonts give", "[pdf][archive]") {
    test::LaidOut sample = test::lay_out_fixture(test::source_dir() / "issues/2020-12");
    const Lexicon lexicon = Lexicon::load().take();
    const FontSubsets whole = font_subsets(sample.doc);
    REQUIRE(whole.size() >= 3);
    auto offprint_of = [&](const Section& section, const Article& article) {
        Diagnostics own;
        return lay_out_issue(sample.issue.offprint_of(section, article), sample.layout, sample.fonts, lexicon, own, 1,
                             nullptr, nullptr)
            .take();
    };
    auto pdf_of = [&](const Document& doc, const FontSubsets* within) {
        Diagnostics own;
        PdfOptions options{PdfProfile::Reader, 1, 85};
        options.linearize = false;
        options.subsets_within = within;
        return render_pdf(doc, own, options).take();
    };
    // The issue's own PDF takes its subsets whole.
    CHECK(pdf_of(sample.doc, &whole) == pdf_of(sample.doc, nullptr));

    const Section& section = sample.issue.sections.at(1);
    const Document first = offprint_of(section, section.articles.at(0));
    const std::string plain = pdf_of(first, nullptr);
    CHECK(pdf_of(first, &whole) == plain);

    // The subsets of another article lack glyphs this one needs: its fonts
    // are cut from the fonts themselves, as without them.
    const Section& other = sample.issue.sections.at(0);
    const FontSubsets elsewhere = font_subsets(offprint_of(other, other.articles.at(0)));
    bool lacking = false;
    for (const auto& [font, subset] : font_subsets(first))
        if (auto it = elsewhere.find(font); it != elsewhere.end())
            for (const auto& [n, old] : subset.new_to_old())
                lacking = lacking || (old != 0 && it->second.new_glyph(old) == 0);
    CHECK(lacking);
    CHECK(pdf_of(first, &elsewhere) == plain);
}
