// Display ads on the page: the "Anzeige" label over each, and each filling
// the width of its format's columns (issue 9, point 5).
#include "layout/AdPlacement.h"
#include "layout/PageMaster.h"
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <map>
#include <set>

using namespace heftsatz;
namespace fs = std::filesystem;

namespace {

// Every ad file the issue names, with its size.
std::map<fs::path, AdSize> ad_files(const Issue& issue) {
    std::map<fs::path, AdSize> out;
    for (const Section& s : issue.sections)
        for (const auto& [after, ad] : s.ads) out.emplace(ad.file, ad.size);
    for (const Ad& ad : issue.closing_ads) out.emplace(ad.file, ad.size);
    for (const Ad& ad : issue.house_ads) out.emplace(ad.file, ad.size);
    return out;
}

std::vector<const GlyphRun*> labels_on(const Page& page) {
    std::vector<const GlyphRun*> out;
    for (const FrameItem& item : page.items)
        if (const auto* run = std::get_if<GlyphRun>(&item); run && run->text == kAdLabel) out.push_back(run);
    return out;
}

// The label of a half or quarter ad: on the line just above it, starting
// at its left edge; of a full-page ad: inside its top edge, above the type area.
bool labelled(const Image& ad, AdSize size, const Page& page, const PageMaster& master) {
    for (const GlyphRun* run : labels_on(page)) {
        if (size == AdSize::Full) {
            if (run->y > ad.y && run->y < master.area_top() && run->x > ad.x && run->x + run->width < ad.x + ad.width)
                return true;
        } else if (run->y < ad.y && ad.y - run->y < 2 * run->size && std::abs(run->x - ad.x) < 0.5) {
            return true;
        }
    }
    return false;
}

Pt span_width(int columns, const PageMaster& m) { return columns * m.column_width() + (columns - 1) * m.spec().gutter; }

}  // namespace

TEST_CASE("every ad of the sample has an Anzeige label directly above it", "[layout][ads]") {
    const test::LaidOut& out = test::laid_out_sample();
    const PageMaster master(out.layout.page);
    const auto files = ad_files(out.issue);
    std::set<AdSize> seen;
    for (const Page& page : out.doc.pages)
        for (const FrameItem& item : page.items) {
            const auto* image = std::get_if<Image>(&item);
            if (!image || !files.count(image->file)) continue;
            INFO("page " << page.number << ": " << image->file.filename());
            CHECK(labelled(*image, files.at(image->file), page, master));
            seen.insert(files.at(image->file));
        }
    // The sample's own ads; the planner adds house ads of any size as it needs.
    CHECK(seen.count(AdSize::Full));
    CHECK(seen.count(AdSize::Half));
    CHECK(seen.count(AdSize::Quarter));
}

TEST_CASE("half and quarter ads fill the width of their columns, with no dead space beside them", "[layout][ads]") {
    const test::LaidOut& out = test::laid_out_sample();
    const PageMaster master(out.layout.page);
    const auto files = ad_files(out.issue);
    int checked = 0;
    for (const Page& page : out.doc.pages)
        for (const FrameItem& item : page.items) {
            const auto* image = std::get_if<Image>(&item);
            if (!image || !files.count(image->file) || files.at(image->file) == AdSize::Full) continue;
            const int columns = files.at(image->file) == AdSize::Quarter ? 2 : 3;  // half and strip: all
            INFO("page " << page.number << ": " << image->file.filename());
            CHECK(image->width == Approx(span_width(columns, master)).margin(1));
            // It starts where a column starts, and ends on the type area's foot.
            bool on_column = false;
            for (int c = 0; c + columns <= out.layout.page.columns; ++c)
                on_column |= std::abs(image->x - master.column_left(page.number, c)) < 1;
            CHECK(on_column);
            CHECK(image->y + image->height == Approx(master.area_bottom()).margin(0.5));
            ++checked;
        }
    CHECK(checked >= 2);
}

TEST_CASE("the layouts give the ad formats in mm, whole columns wide", "[layout][ads]") {
    for (const char* name : {"kommune21", "libertine-57mm"}) {
        Diagnostics d;
        const LayoutSpec layout = read_layout(name, DataSearchPath::for_issue(test::source_dir(), {}), d).take();
        INFO(name);
        REQUIRE(layout.ad_formats.count("half"));
        REQUIRE(layout.ad_formats.count("quarter"));
        const PageMaster master(layout.page);
        CHECK(layout.ad_formats.at("half").columns == layout.page.columns);
        CHECK(layout.ad_formats.at("quarter").columns == 2);
        CHECK(layout.ad_formats.at("quarter").width == Approx(span_width(2, master)).margin(0.5 / 25.4 * 72));
    }
}

TEST_CASE("an ad too tall for its format is printed smaller, with a warning naming the format", "[layout][ads]") {
    const fs::path dir = test::output_dir("ad-too-tall");
    fs::create_directories(dir / "articles");
    fs::create_directories(dir / "ads");
    fs::copy_file(test::source_dir() / "tests/bad/figure-taller-than-page/images/hoch.png", dir / "ads/hoch.png");
    std::ofstream(dir / "issue.xml")
        << "<issue magazine=\"K\" number=\"1\" year=\"2020\" date=\"2020-01-01\" layout=\"kommune21\">\n"
           "<section title=\"S\"><article src=\"articles/a.xml\"/>\n"
           "<ad src=\"ads/hoch.png\" size=\"quarter\" alt=\"Eine sehr hohe Anzeige\"/></section>\n</issue>\n";
    std::ofstream(dir / "articles/a.xml")
        << "<article id=\"a\"><title>Titel</title><body><p>Ein Absatz, der die erste Spalte beginnt.</p></body></article>\n";
    const test::LaidOut out = test::lay_out_fixture(dir);
    const Diagnostic* warned = nullptr;
    for (const Diagnostic& d : out.diagnostics.items())
        if (d.message.find("too tall for the quarter ad format") != std::string::npos) warned = &d;
    REQUIRE(warned);
    CHECK(warned->where.line == 3);
    CHECK(warned->hint.find("117.2 × 100.0 mm") != std::string::npos);
    const PageMaster master(out.layout.page);
    bool painted = false;
    for (const Page& page : out.doc.pages)
        for (const FrameItem& item : page.items)
            if (const auto* image = std::get_if<Image>(&item); image && image->file.filename() == "hoch.png") {
                painted = true;
                CHECK(image->height == Approx(out.layout.ad_formats.at("quarter").height).margin(0.5));
                CHECK(image->width < span_width(2, master) / 2);
                CHECK(labelled(*image, AdSize::Quarter, page, master));
            }
    CHECK(painted);
}
