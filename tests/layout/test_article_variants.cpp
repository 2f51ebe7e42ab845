// The variants the page planner may choose (layout/ArticleVariants.h).
#include "layout/ArticleVariants.h"

#include <catch2/catch.hpp>

using namespace heftsatz;

TEST_CASE("leaving out the repeating pull quotes keeps the others after their paragraph", "[layout][planner]") {
    // Paragraph, a quote that repeats its sentence, paragraph, a quote that
    // repeats nothing and follows the paragraph before it, paragraph.
    MeasuredArticle m;
    for (BlockKind kind : {BlockKind::Paragraph, BlockKind::Quote, BlockKind::Paragraph, BlockKind::Quote,
                           BlockKind::Paragraph}) {
        SetBlock b;
        b.kind = kind;
        if (kind == BlockKind::Quote) b.unit_lines = 6;
        m.body.push_back(std::move(b));
    }
    m.body[1].repeats_block = 0;
    m.body[1].repeats_found = true;
    m.body[3].repeats_block = 2;
    const std::optional<MeasuredArticle> without = without_pull_quotes(m, nullptr);
    REQUIRE(without);
    REQUIRE(without->body.size() == 4);
    CHECK(without->body[2].is_pull_quote());
    CHECK_FALSE(without->body[2].repeats_found);
    CHECK(without->body[2].repeats_block == 1);  // still the paragraph before it
    // Nothing to leave out: no variant.
    CHECK_FALSE(without_pull_quotes(*without, nullptr));
}
