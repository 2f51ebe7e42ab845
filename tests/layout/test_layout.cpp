// The layout stage's output, checked without any PDF: baseline grid, type
// area, footers, and ColumnFlow's widow, orphan, heading and hyphen rules.
#include "layout/ColumnFlow.h"
#include "layout/PageMaster.h"
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <map>
#include <set>

using namespace heftsatz;

TEST_CASE("body lines sit on the baseline grid inside the type area", "[layout]") {
    test::LaidOut out = test::lay_out_fixture(test::fixture("small-issue"));
    PageMaster master(out.layout.page);
    const ParagraphStyle& body = out.layout.style("body");
    REQUIRE(out.doc.pages.size() == 4);  // contents, two articles, a filler
    int body_runs = 0;
    for (const Page& page : out.doc.pages) {
        const Pt left = master.area_left(page.number);
        const Pt right = left + master.area_width();
        for (const FrameItem& item : page.items) {
            const auto* run = std::get_if<GlyphRun>(&item);
            if (!run) continue;
            INFO("page " << page.number << " run \"" << run->text << "\" at " << run->x << "," << run->y);
            CHECK(run->x >= left - test::hang_allowed_left(*run));
            CHECK(run->x + run->width <= right + test::hang_allowed_right(*run));
            if (run->size == body.size) {
                double k = (run->y - master.baseline(0)) / master.grid();
                CHECK(std::abs(k - std::round(k)) < 1e-6);
                CHECK(run->y <= master.area_bottom() + 0.01);
                ++body_runs;
            }
        }
    }
    CHECK(body_runs > 40);
}

TEST_CASE("every page but the back page has a footer with folio and edition and section", "[layout]") {
    test::LaidOut out = test::lay_out_fixture(test::fixture("small-issue"));
    const char* sections[] = {"Inhalt", "Politik", "Praxis", "Notizen"};
    REQUIRE(out.doc.pages.size() == 4);
    for (std::size_t i = 0; i < out.doc.pages.size(); ++i) {
        const Page& page = out.doc.pages[i];
        bool folio = false, title = false;
        for (const FrameItem& item : page.items)
            if (const auto* run = std::get_if<GlyphRun>(&item)) {
                folio |= run->text == std::to_string(page.number);
                title |= run->text == std::string("Kommune21 · Ausgabe 12/2020 · ") + sections[i];
            }
        INFO("page " << page.number);
        const bool back_page = i + 1 == out.doc.pages.size();
        CHECK(folio != back_page);
        CHECK(title != back_page);
        CHECK(page.bare == back_page);
    }
}

TEST_CASE("bookmarks list sections and articles with their pages", "[layout]") {
    test::LaidOut out = test::lay_out_fixture(test::fixture("small-issue"));
    std::vector<std::string> titles;
    for (const Bookmark& b : out.doc.bookmarks) titles.push_back(b.title);
    CHECK(titles == std::vector<std::string>{"Inhalt", "Politik", "Praxis"});
    REQUIRE(out.doc.bookmarks.size() == 3);
    CHECK(out.doc.bookmarks[2].children.at(0).title == "Bürgerservice mit Rückmeldefunktion");
    CHECK(out.doc.bookmarks[2].children.at(0).page == 2);  // 0-based: the third page
}

TEST_CASE("column flow: no widows and no orphans and headings keep with text", "[layout][flow]") {
    Diagnostics d;
    LayoutSpec layout = read_layout("kommune21", DataSearchPath::for_issue(test::source_dir(), {}), d).take();
    FontLibrary fonts = FontLibrary::load(layout).take();
    BlockSetter setter(fonts, layout, Lexicon::load().take());
    const char* texts[] = {
        "Die im Sommer beschlossene Novelle des E-Government-Gesetzes erweitert den Geltungsbereich auf "
        "Schulen, Hochschulen und nahezu alle Landesbehörden, sodass die Digitalisierung zügiger vorankommt.",
        "Zusätzlich stellt das Land weitere Mittel bereit.",
        "In den digitalen Modellregionen wird die Verwaltungsdigitalisierung besonders schnell vorangetrieben. "
        "Als Pioniere sollen sie Lösungen für alle Kommunen erschließen, vom Bürgerservice über den "
        "Personalausweis per Smartphone bis zum digitalen Umzugsservice.",
        "Das Onlinezugangsgesetz verpflichtet Bund, Länder und Kommunen, ihre Verwaltungsleistungen bis Ende "
        "2022 auch digital anzubieten. Fachverfahrenshersteller, Rechenzentren und Landesportale müssen dafür "
        "ineinandergreifen.",
    };
    // Every column height from 4 to 12 lines, so splits fall everywhere.
    int hyphens_at_inner_column_ends = 0;
    for (int capacity = 4; capacity <= 12; ++capacity) {
        std::vector<SetBlock> blocks;
        for (int round = 0; round < 3; ++round) {
            blocks.push_back(setter.set(text_block(BlockKind::Heading, {Inline{"Zwischentitel", false, false, {}, {}}}),
                                        layout.style("heading"), 150));
            for (const char* t : texts)
                blocks.push_back(setter.set(text_block(BlockKind::Paragraph, {Inline{t, false, false, {}, {}}}), layout.style("body"), 150));
        }
        ColumnSpace space;
        space.lines_per_column = capacity;
        space.columns_per_page = 3;
        space.first_line = [](int) { return 0; };
        LineMemo memo;
        const Flow flow = flow_columns(blocks, memo, space, layout.page.baseline);
        const auto& placed = flow.placed;

        std::map<std::pair<std::size_t, int>, int> per_column;  // (block, column) → lines
        std::size_t total = 0;
        for (std::size_t b = 0; b < blocks.size(); ++b) total += flow.lines[b]->size();
        CHECK(placed.size() == total);  // nothing dropped
        for (const auto& p : placed) {
            ++per_column[{p.block, p.column}];
            CHECK(p.grid_line < capacity);
        }
        for (std::size_t b = 0; b < blocks.size(); ++b) {
            std::vector<int> parts;
            for (const auto& [key, n] : per_column)
                if (key.first == b) parts.push_back(n);
            if (parts.size() < 2 || blocks[b].kind != BlockKind::Paragraph) continue;
            INFO("capacity " << capacity << ", block " << b);
            CHECK(parts.front() >= 2);  // no orphan
            CHECK(parts.back() >= 2);   // no widow
        }
        // A heading shares its column with the next block's first line.
        for (std::size_t i = 0; i + 1 < placed.size(); ++i)
            if (blocks[placed[i].block].kind == BlockKind::Heading && placed[i + 1].block == placed[i].block + 1)
                CHECK(placed[i + 1].column == placed[i].column);
        // No hyphen at a page's end; at the end of an inner column it may stay.
        for (std::size_t i = 0; i + 1 < placed.size(); ++i) {
            if (placed[i + 1].column == placed[i].column) continue;
            const bool hyphen = (*flow.lines[placed[i].block])[placed[i].line].info.hyphenated;
            INFO("capacity " << capacity << " column " << placed[i].column);
            if (placed[i].column % space.columns_per_page == 2) CHECK_FALSE(hyphen);
            else hyphens_at_inner_column_ends += hyphen;
        }
        // Balancing the last page keeps every line too, even when a trial
        // flow broke a paragraph again; the blocks themselves never change.
        const Flow balanced = flow_balanced(blocks, memo, space, layout.page.baseline);
        std::size_t now = 0;
        for (std::size_t b = 0; b < blocks.size(); ++b) now += balanced.lines[b]->size();
        CHECK(balanced.placed.size() == now);
    }
    CHECK(hyphens_at_inner_column_ends > 0);
}

TEST_CASE("column flow: measure, then place: flows change no block and share the breaking", "[layout][flow]") {
    Diagnostics d;
    LayoutSpec layout = read_layout("kommune21", DataSearchPath::for_issue(test::source_dir(), {}), d).take();
    FontLibrary fonts = FontLibrary::load(layout).take();
    LayoutCounters counters;
    BlockSetter setter(fonts, layout, Lexicon::load().take(), &counters);
    std::vector<SetBlock> blocks;
    for (int i = 0; i < 12; ++i)
        blocks.push_back(setter.set(text_block(BlockKind::Paragraph,
                                               {Inline{"Das Onlinezugangsgesetz verpflichtet Bund, Länder und Kommunen, ihre "
                                                       "Verwaltungsleistungen auch digital anzubieten. Fachverfahrenshersteller, "
                                                       "Rechenzentren und Landesportale müssen dafür ineinandergreifen.",
                                                       false, false, {}, {}}}),
                                    layout.style("body"), 150));
    CHECK(counters.paragraphs_built == 12);
    CHECK(counters.breaker_runs == 12);
    std::vector<std::vector<std::string>> before;
    for (const SetBlock& b : blocks) {
        before.emplace_back();
        for (const SetLine& l : b.lines) before.back().push_back(line_text(b.paragraph(), l));
    }
    int constrained_flows = 0;
    for (int capacity = 4; capacity <= 12; ++capacity) {
        LineMemo memo(&counters);
        ColumnSpace space;
        space.lines_per_column = capacity;
        space.columns_per_page = 3;
        space.first_line = [](int) { return 0; };
        const long runs_before = counters.breaker_runs;
        const Flow first = flow_balanced(blocks, memo, space, layout.page.baseline);
        const long runs_after_first = counters.breaker_runs;
        // Flowing again (a trial with an ad, another balanced height) breaks
        // nothing again: the memo answers.
        const Flow again = flow_balanced(blocks, memo, space, layout.page.baseline);
        INFO("capacity " << capacity);
        CHECK(counters.breaker_runs == runs_after_first);
        CHECK(again.placed.size() == first.placed.size());
        // Each constraint a flow used was broken once, and only those.
        std::set<std::pair<std::size_t, LineConstraints>> distinct;
        for (const auto& [b, c] : first.constraints) distinct.insert({b, c});
        CHECK(runs_after_first - runs_before >= static_cast<long>(distinct.size()));
        constrained_flows += !first.constraints.empty();
        // The blocks are as they were set; what a flow asked for is in the flow.
        for (std::size_t b = 0; b < blocks.size(); ++b) {
            std::vector<std::string> now;
            for (const SetLine& l : blocks[b].lines) now.push_back(line_text(blocks[b].paragraph(), l));
            CHECK(now == before[b]);
            if (first.constraints.count(b)) CHECK(first.lines[b] != &blocks[b].lines);
            else CHECK(first.lines[b] == &blocks[b].lines);
        }
    }
    CHECK(counters.paragraphs_built == 12);
    // Some page ends fell on a hyphenated line, and the paragraph was taken
    // broken again there.
    CHECK(constrained_flows > 0);
}

TEST_CASE("column flow: where a column may end in a hyphen is the layout's choice", "[layout][flow]") {
    Diagnostics d;
    LayoutSpec layout = read_layout("kommune21", DataSearchPath::for_issue(test::source_dir(), {}), d).take();
    FontLibrary fonts = FontLibrary::load(layout).take();
    BlockSetter setter(fonts, layout, Lexicon::load().take());
    std::vector<SetBlock> blocks;
    for (int i = 0; i < 8; ++i)
        blocks.push_back(setter.set(text_block(BlockKind::Paragraph,
                                               {Inline{"Fachverfahrenshersteller, kommunale Rechenzentren und "
                                                       "Landesportale müssen ineinandergreifen, damit die "
                                                       "Verwaltungsdigitalisierung gelingt und Bürgerinnen ihre "
                                                       "Anträge online stellen können.",
                                                       false, false, {}, {}}}),
                                    layout.style("body"), 110));
    // Hyphenated lines at page ends and at inner column ends, over many
    // column heights, for each setting.
    auto count = [&](bool at_page_end, bool at_column_end) {
        std::pair<int, int> ends{0, 0};
        for (int capacity = 4; capacity <= 14; ++capacity) {
            LineMemo memo;
            ColumnSpace space;
            space.lines_per_column = capacity;
            space.columns_per_page = 3;
            space.first_line = [](int) { return 0; };
            space.hyphen_at_page_end = at_page_end;
            space.hyphen_at_column_end = at_column_end;
            const Flow flow = flow_columns(blocks, memo, space, layout.page.baseline);
            for (std::size_t i = 0; i + 1 < flow.placed.size(); ++i) {
                const LinePlacement& p = flow.placed[i];
                if (flow.placed[i + 1].column == p.column) continue;
                if (!(*flow.lines[p.block])[p.line].info.hyphenated) continue;
                (p.column % 3 == 2 ? ends.first : ends.second) += 1;
            }
        }
        return ends;
    };
    const auto german = count(false, true);  // the default
    CHECK(german.first == 0);
    CHECK(german.second > 0);
    const auto strict = count(false, false);
    CHECK(strict.first == 0);
    CHECK(strict.second == 0);
    const auto free = count(true, true);
    CHECK(free.first > 0);
}
