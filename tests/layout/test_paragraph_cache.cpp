// The paragraph cache (layout/ParagraphCache.h) saves work and changes
// nothing: the sample laid out without it, with a fresh one and with one
// that holds every paragraph already gives the same PDF bytes, and an
// offprint of an article reuses the issue's paragraphs.
#include "pdf/Pdf.h"
#include "support/Support.h"

#include <catch2/catch.hpp>

using namespace heftsatz;

TEST_CASE("the paragraph cache gives the same PDF as building every paragraph", "[layout][cache]") {
    test::LaidOut sample = test::lay_out_fixture(test::source_dir() / "issues/2020-12");
    const Lexicon lexicon = Lexicon::load().take();
    auto pdf_of = [&](ParagraphCache* cache, LayoutStatistics* statistics = nullptr) {
        Diagnostics diagnostics;
        Document doc = lay_out_issue(sample.issue, sample.layout, sample.fonts, lexicon, diagnostics, 2, statistics, cache)
                           .take();
        return render_pdf(doc, diagnostics, PdfOptions{PdfProfile::Archive, 2, 85}).take();
    };
    LayoutStatistics built;
    const std::string plain = pdf_of(nullptr, &built);
    ParagraphCache cache;
    CHECK(pdf_of(&cache) == plain);
    const std::size_t kept = cache.size();
    CHECK(kept > 300);  // the sample's paragraphs, headings, captions, entries
    LayoutStatistics again;
    CHECK(pdf_of(&cache, &again) == plain);
    CHECK(cache.size() == kept);  // every paragraph found, none added
    // The work is counted as the layout asked for it, cache or not.
    CHECK(again.paragraphs_built == built.paragraphs_built);
    CHECK(again.breaker_runs == built.breaker_runs);

    // An article alone, as the archive's offprint sets it: its paragraphs are the issue's.
    const Section& first = sample.issue.sections.front();
    const Issue one = sample.issue.offprint_of(first, first.articles.front());
    Diagnostics diagnostics;
    const std::size_t before = cache.size();
    const Document offprint = lay_out_issue(one, sample.layout, sample.fonts, lexicon, diagnostics, 1, nullptr, &cache).take();
    CHECK(offprint.pages.size() >= 1);
    CHECK(cache.size() <= before + 3);  // at most its running heads and folios' texts are new

    // Between builds, what the last build did not use is forgotten.
    cache.drop_unused();  // marks: every entry unused
    cache.drop_unused();  // nothing used since: all go
    CHECK(cache.size() == 0);
}
