// The measured fill of a page (layout/PageFill.h), on pages built item by
// item, and on the sample issue.
#include "layout/PageFill.h"
#include "layout/PageMaster.h"
#include "support/Support.h"

#include <catch2/catch.hpp>

using namespace heftsatz;

namespace {

// The Kommune21 page: A4, three columns, an 11.5 pt grid.
PageSpec a4() {
    PageSpec spec;
    spec.width = 595.28;
    spec.height = 841.89;
    spec.margin_top = 45.35;
    spec.margin_bottom = 56.69;
    spec.margin_inner = 51.02;
    spec.margin_outer = 39.69;
    spec.columns = 3;
    spec.gutter = 12.76;
    spec.baseline = 11.5;
    return spec;
}

Page page_numbered(int number) {
    Page page;
    page.number = number;
    page.width = 595.28;
    page.height = 841.89;
    return page;
}

// A body line filling column `column` on grid line `line`.
GlyphRun body_line(const PageMaster& m, int page, int column, int line) {
    GlyphRun run;
    run.size = 8.6;
    run.x = m.column_left(page, column);
    run.y = m.baseline(line);
    run.width = m.column_width();
    run.text = "Zeile";
    return run;
}

void fill_column(Page& page, const PageMaster& m, int column, int from = 0, int to = -1) {
    if (to < 0) to = m.grid_lines();
    for (int line = from; line < to; ++line) page.items.push_back(body_line(m, page.number, column, line));
}

}  // namespace

TEST_CASE("an empty page is 0 full, and so is a page of running heads, folios and rules", "[layout][fill]") {
    const PageSpec spec = a4();
    const PageMaster m(spec);
    Page page = page_numbered(5);
    CHECK(measure_fill(page, spec).fill == 0);
    CHECK(measure_fill(page, spec).columns == std::vector<double>{0, 0, 0});
    // Running head above the type area, folio and footer rule below it.
    GlyphRun head = body_line(m, 5, 0, 0);
    head.y = m.area_top() - 14;
    GlyphRun folio = body_line(m, 5, 2, 0);
    folio.y = m.footer_baseline();
    page.items.push_back(head);
    page.items.push_back(folio);
    page.items.push_back(Rule{m.area_left(5), m.area_bottom() + 4, m.area_left(5) + m.area_width(), m.area_bottom() + 4, 0.5, {}});
    // The "Notizen" lines and a link are no text, figure or ad.
    for (int line = 2; line < m.grid_lines(); line += 2)
        page.items.push_back(Rule{m.area_left(5), m.baseline(line), m.area_left(5) + m.area_width(), m.baseline(line), 0.3, {}});
    page.items.push_back(Link{m.column_left(5, 1), m.area_top() + 50, 100, 10, "https://example.org", 0, {}});
    CHECK(measure_fill(page, spec).fill == 0);
}

TEST_CASE("a full column is a third of a three-column page", "[layout][fill]") {
    const PageSpec spec = a4();
    const PageMaster m(spec);
    for (int number : {4, 5}) {  // left- and right-hand pages place their columns differently
        INFO("page " << number);
        Page page = page_numbered(number);
        fill_column(page, m, 1);
        const PageFill fill = measure_fill(page, spec);
        CHECK(fill.fill == Approx(1.0 / 3));
        CHECK(fill.columns[0] == 0);
        CHECK(fill.columns[1] == Approx(1.0));
        CHECK(fill.columns[2] == 0);
        fill_column(page, m, 0);
        fill_column(page, m, 2);
        CHECK(measure_fill(page, spec).fill == Approx(1.0));
    }
}

TEST_CASE("a column filled half way down counts half, and a hole of two lines counts as empty, one line of spacing does not", "[layout][fill]") {
    const PageSpec spec = a4();
    const PageMaster m(spec);
    const Pt height = m.area_bottom() - m.area_top();
    Page page = page_numbered(7);
    fill_column(page, m, 0, 0, 32);
    // 32 of the grid's lines: 32 steps of the height.
    CHECK(measure_fill(page, spec).columns[0] == Approx(32 * m.grid() / height));
    // Two lines left out in the middle: a hole of two lines.
    Page holed = page_numbered(7);
    fill_column(holed, m, 0, 0, 20);
    fill_column(holed, m, 0, 22);
    CHECK(measure_fill(holed, spec).columns[0] == Approx(1 - 2 * m.grid() / height));
    // One line left out is the line a subhead keeps above itself: held.
    Page spaced = page_numbered(7);
    fill_column(spaced, m, 0, 0, 20);
    fill_column(spaced, m, 0, 21);
    CHECK(measure_fill(spaced, spec).columns[0] == Approx(1.0));
    // The same line at the column's foot is white the column could hold,
    // with the rest of the area below the last grid line.
    Page short_foot = page_numbered(7);
    fill_column(short_foot, m, 0, 0, m.grid_lines() - 1);
    const Pt held = m.baseline(m.grid_lines() - 2) + 0.25 * m.grid() - m.area_top();
    CHECK(measure_fill(short_foot, spec).columns[0] == Approx(held / height));
    CHECK(held / height < 1 - m.grid() / height + 1e-9);
}

TEST_CASE("white narrower than a grid line is no hole: the leading of a head, the space under a figure", "[layout][fill]") {
    const PageSpec spec = a4();
    const PageMaster m(spec);
    Page page = page_numbered(3);
    // A figure from the area top down to 0.6 grid lines above line 10's band;
    // the body under it from line 10.
    const Pt band_top = m.baseline(10) - 0.75 * m.grid();
    page.items.push_back(Image{m.column_left(3, 0), m.area_top(), m.column_width(), band_top - 0.6 * m.grid() - m.area_top(),
                               "bild.jpg", ImageKind::Jpeg, "", {}});
    fill_column(page, m, 0, 10);
    CHECK(measure_fill(page, spec).columns[0] == Approx(1.0));
    // A line's worth of white is a hole.
    Page spaced = page_numbered(3);
    spaced.items.push_back(Image{m.column_left(3, 0), m.area_top(), m.column_width(), band_top - 1.2 * m.grid() - m.area_top(),
                                 "bild.jpg", ImageKind::Jpeg, "", {}});
    fill_column(spaced, m, 0, 10);
    CHECK(measure_fill(spaced, spec).columns[0] == Approx(1 - 1.2 * m.grid() / (m.area_bottom() - m.area_top())));
}

TEST_CASE("an image across two columns counts in each, an ad across the page in all", "[layout][fill]") {
    const PageSpec spec = a4();
    const PageMaster m(spec);
    const Pt height = m.area_bottom() - m.area_top();
    Page page = page_numbered(9);
    const Pt width = 2 * m.column_width() + spec.gutter;
    page.items.push_back(Image{m.column_left(9, 1), m.area_top(), width, height / 2, "bild.jpg", ImageKind::Jpeg, "", {}});
    PageFill fill = measure_fill(page, spec);
    CHECK(fill.columns[0] == 0);
    CHECK(fill.columns[1] == Approx(0.5));
    CHECK(fill.columns[2] == Approx(0.5));
    CHECK(fill.fill == Approx(1.0 / 3));
    // A full-page ad bleeds past the type area: only the area counts.
    Page ad = page_numbered(24);
    ad.items.push_back(Image{0, 0, 595.28, 841.89, "anzeige.pdf", ImageKind::Pdf, "", {}});
    CHECK(measure_fill(ad, spec).fill == Approx(1.0));
}

TEST_CASE("a line hanging into the gutter stays in its column; a head across the page counts in each column it crosses", "[layout][fill]") {
    const PageSpec spec = a4();
    const PageMaster m(spec);
    Page page = page_numbered(11);
    GlyphRun hanging = body_line(m, 11, 0, 5);
    hanging.width += 1.3 * spec.gutter;  // past the gutter, a little into the next column
    page.items.push_back(hanging);
    PageFill fill = measure_fill(page, spec);
    CHECK(fill.columns[0] > 0);
    CHECK(fill.columns[1] == 0);
    // A title line across two and a half columns and more.
    GlyphRun title = body_line(m, 11, 0, 5);
    title.size = 25;
    title.width = 2.6 * m.column_width() + 2 * spec.gutter;
    page.items.push_back(title);
    fill = measure_fill(page, spec);
    CHECK(fill.columns[1] > 0);
    CHECK(fill.columns[2] > 0);
    // Large type holds more than a grid step.
    CHECK(fill.columns[1] * (m.area_bottom() - m.area_top()) > m.grid());
    // A tinted box ground holds its rectangle.
    Page box = page_numbered(11);
    box.items.push_back(FilledRect{m.column_left(11, 2), m.area_top(), m.column_width(), (m.area_bottom() - m.area_top()) / 4, {}});
    CHECK(measure_fill(box, spec).columns[2] == Approx(0.25));
}

TEST_CASE("the sample's pages: a full-page ad is full, a notes page nearly empty, no page over 1", "[layout][fill][sample]") {
    const test::LaidOut out = test::lay_out_fixture(test::source_dir() / "issues/2020-12");
    int ads = 0, notes = 0;
    for (const Page& page : out.doc.pages) {
        INFO("page " << page.number << " " << page.section);
        const PageFill fill = measure_fill(page, out.layout.page);
        CHECK(fill.fill >= 0);
        CHECK(fill.fill <= 1);
        REQUIRE(fill.columns.size() == static_cast<std::size_t>(out.layout.page.columns));
        bool full_ad = false;
        for (const PageAd& ad : page.ads) full_ad |= ad.size == AdSize::Full;
        if (full_ad) {
            CHECK(fill.fill == Approx(1.0));
            ++ads;
        }
        if (page.section == "Notizen") {
            CHECK(fill.fill < 0.05);  // its title only
            ++notes;
        }
        // A page that starts an article holds at least its head and some text.
        for (const PageArticle& a : page.articles)
            if (a.opens) CHECK(fill.fill > 0.1);
    }
    CHECK(ads >= 1);
    (void)notes;  // the planner may leave none
}

TEST_CASE("a head's line holds its band across the type area, however short its title", "[layout][fill]") {
    const PageSpec spec = a4();
    const PageMaster m(spec);
    Page page = page_numbered(4);
    GlyphRun title = body_line(m, 4, 0, 3);
    title.size = 25;
    title.width = 1.8 * m.column_width();  // the title ends in the second column
    page.items.push_back(title);
    const PageFill fill = measure_fill(page, spec);
    CHECK(fill.columns[2] == Approx(fill.columns[0]));
    CHECK(fill.columns[2] > 0);
}


TEST_CASE("items measured as standing on a page fill it as they would added to it", "[layout][fill]") {
    // The planner measures news and ads it might add (PagePlanner's
    // fill_gap) without copying the page: the fill must be the same.
    const PageSpec spec = a4();
    const PageMaster m(spec);
    Page page = page_numbered(8);
    fill_column(page, m, 0);
    fill_column(page, m, 1, 0, 30);
    Page part = page_numbered(8);
    fill_column(part, m, 1, 30);  // the rest of column 2, with no white between
    fill_column(part, m, 2, 0, 12);
    part.items.push_back(Image{m.column_left(8, 2), m.baseline(20), m.column_width(), 100, "anzeige.png",
                               ImageKind::Png, "", {}});
    Page joined = page;
    joined.items.insert(joined.items.end(), part.items.begin(), part.items.end());
    const PageFill alone = measure_fill(page, spec), beside = measure_fill(page, part.items, spec),
                   added = measure_fill(joined, spec);
    CHECK(beside.fill == added.fill);
    CHECK(beside.columns == added.columns);
    CHECK(beside.fill > alone.fill);
    CHECK(measure_fill(page, {}, spec).columns == alone.columns);
}
