// The line breaker's cost grows linearly with the paragraph: the active list
// stays bounded and the break records kept are about one per line set.
// Synthetic paragraphs (boxes, glue, penalties), so nothing but the breaker
// is measured.
#include "text/LineBreaker.h"

#include <catch2/catch.hpp>

using namespace heftsatz;

namespace {

Item box(Pt width) {
    Item it;
    it.type = ItemType::Box;
    it.width = width;
    it.glyphs = width > 0 ? 4 : 0;
    return it;
}

Item glue(Pt width, Pt stretch, Pt shrink, bool fil = false) {
    Item it;
    it.type = ItemType::Glue;
    it.width = width;
    it.stretch = stretch;
    it.shrink = shrink;
    it.fil = fil;
    return it;
}

Item penalty(int value, Pt width = 0, bool flagged = false) {
    Item it;
    it.type = ItemType::Penalty;
    it.penalty = value;
    it.width = width;
    it.flagged = flagged;
    it.piece = flagged ? 0 : -1;
    return it;
}

void end_paragraph(Paragraph& par) {
    par.items.push_back(penalty(kInfinitePenalty));
    par.items.push_back(glue(0, 0, 0, true));
    par.items.push_back(penalty(-kInfinitePenalty));
}

// Words of 3 to 9 letters' width with a hyphenation point in the longer
// ones, like prose in a 36-character column.
Paragraph prose(int words) {
    Paragraph par;
    par.microtype.max_expansion = 0.02;
    for (int w = 0; w < words; ++w) {
        const Pt width = 12 + (w * 7 % 13) * 3;
        if (width > 30) {
            par.items.push_back(box(width / 2));
            par.items.push_back(penalty(50, 3, true));
            par.items.push_back(box(width / 2));
        } else {
            par.items.push_back(box(width));
        }
        if (w + 1 < words) par.items.push_back(glue(2.5, 1.25, 0.8));
    }
    end_paragraph(par);
    return par;
}

// Characters without width (joiners, combining marks alone) with a break
// opportunity after each: no line ever gets wider than the measure.
Paragraph weightless(int characters) {
    Paragraph par;
    for (int c = 0; c < characters; ++c) {
        par.items.push_back(box(0));
        par.items.push_back(penalty(0));
    }
    end_paragraph(par);
    return par;
}

std::size_t breakpoints(const Paragraph& par) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < par.items.size(); ++i) {
        const Item& it = par.items[i];
        if (it.type == ItemType::Penalty ? it.penalty < kInfinitePenalty
                                         : it.type == ItemType::Glue && i > 0 && par.items[i - 1].type == ItemType::Box)
            ++n;
    }
    return n;
}

// Every item is in some line, in order, up to the paragraph's end.
void check_all_set(const Paragraph& par, const BreakResult& result) {
    REQUIRE_FALSE(result.lines.empty());
    bool ascending = true;
    for (std::size_t l = 1; l < result.lines.size(); ++l) ascending = ascending && result.lines[l - 1].item < result.lines[l].item;
    CHECK(ascending);
    CHECK(result.lines.back().item == par.items.size() - 1);
}

}  // namespace

TEST_CASE("break records kept grow with the lines, not with the nodes tried", "[text][linebreak][limits]") {
    for (int words : {5000, 40000}) {
        const Paragraph par = prose(words);
        const BreakResult result = break_lines(par, 160, LineBreakParams{});
        check_all_set(par, result);
        INFO(words << " words: " << result.lines.size() << " lines, " << result.records_peak << " records at most, "
                   << breakpoints(par) << " breakpoints");
        // Swept when the list has doubled: at most twice what the best path
        // and the open branches of the active nodes need (a record or two per
        // line), plus the first sweep's threshold. Without the sweep every
        // node tried is kept: about 27 records per line here.
        CHECK(result.records_peak <= 4 * result.lines.size() + 4096);
        CHECK(result.lines.size() < static_cast<std::size_t>(words) / 3);  // prose: several words a line
    }
}

TEST_CASE("text without width costs at most kMaxBreaksPerLine tries per breakpoint", "[text][linebreak][limits]") {
    const Paragraph par = weightless(20000);
    const BreakResult result = break_lines(par, 160, LineBreakParams{});
    check_all_set(par, result);
    const std::size_t n = breakpoints(par);
    INFO(result.lines_rated << " lines rated for " << n << " breakpoints");
    // Three passes; each rates at most one line per breakpoint and active node.
    CHECK(result.lines_rated <= 3 * 300 * n);
}

TEST_CASE("the span limit leaves a wide line of short words alone", "[text][linebreak][limits]") {
    // 200 words of 2 pt on a measure that holds all of them: one line, as
    // TeX would set it, since 200 breakpoints are within the limit.
    Paragraph par;
    for (int w = 0; w < 200; ++w) {
        par.items.push_back(box(2));
        if (w + 1 < 200) par.items.push_back(glue(1, 0.5, 0.3));
    }
    end_paragraph(par);
    const BreakResult result = break_lines(par, 2 * 200 + 199 + 10, LineBreakParams{});
    CHECK(result.lines.size() == 1);
}
