// The parts of issue.xml, the imprint and the layout that issue 9 added:
// house ads, the lead cover line, the imprint's press-law lines, and the
// layout's ad formats.
#include "manifest/Manifest.h"
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

using namespace heftsatz;
namespace fs = std::filesystem;

namespace {

const char* const kStadtblattHead =
    "<issue magazine=\"Stadtblatt\" number=\"1\" year=\"2021\" date=\"2021-01-01\" layout=\"kommune21\">\n";

// An issue folder with one article, the sample's house ads folder, and `more` in <issue>.
fs::path issue_folder(const std::string& name, const std::string& more) {
    const fs::path dir = test::output_dir(name);
    fs::create_directories(dir / "articles");
    fs::copy(test::source_dir() / "issues/2020-12/ads", dir / "ads");
    std::ofstream(dir / "issue.xml") << kStadtblattHead << "<section title=\"S\"><article src=\"articles/a.xml\"/></section>\n"
                                     << more << "</issue>\n";
    std::ofstream(dir / "articles/a.xml") << "<article id=\"a\"><title>T</title><body><p>Eins.</p></body></article>\n";
    return dir;
}

// A copy of kommune21.xml as layouts/probe.xml of `dir`, with `ad_sizes` in place of its own.
fs::path layout_with(const std::string& name, const std::string& ad_sizes) {
    const fs::path dir = test::output_dir(name);
    fs::create_directories(dir / "layouts");
    std::string layout = test::read_file(test::source_dir() / "layouts/kommune21.xml");
    for (auto at = layout.find("<ad-size"); at != std::string::npos; at = layout.find("<ad-size"))
        layout.erase(at, layout.find("/>", at) + 2 - at);
    layout.insert(layout.find("</layout>"), ad_sizes);
    std::ofstream(dir / "layouts/probe.xml") << layout;
    return dir;
}

Result<LayoutSpec> read_probe(const fs::path& dir, Diagnostics& d) {
    return read_layout("probe", DataSearchPath::for_issue(dir, {}), d);
}

}  // namespace

TEST_CASE("house ads are read with their size and advertiser, the magazine's by default", "[manifest][house-ads]") {
    const fs::path dir = issue_folder(
        "house-ads", "<house-ad src=\"ads/abo-half.png\" size=\"half\" alt=\"Abo\"/>\n"
                     "<house-ad src=\"ads/fachforum-quarter.png\" size=\"quarter\" alt=\"Forum\" advertiser=\"Heftwerk Fachverlag\"/>\n");
    Diagnostics d;
    const Issue issue = read_issue(dir, d).take();
    CHECK(d.items().empty());
    REQUIRE(issue.house_ads.size() == 2);
    CHECK(issue.house_ads[0].size == AdSize::Half);
    CHECK(issue.house_ads[0].advertiser == "Stadtblatt");
    CHECK(issue.house_ads[0].alt == "Abo");
    CHECK(issue.house_ads[0].where.line == 3);
    CHECK(issue.house_ads[1].size == AdSize::Quarter);
    CHECK(issue.house_ads[1].advertiser == "Heftwerk Fachverlag");
    CHECK(issue.closing_ads.empty());  // not placed where they stand
    // The files they name are inputs that -o may not replace.
    const auto inputs = issue.inputs();
    CHECK(std::count(inputs.begin(), inputs.end(), issue.house_ads[1].file) == 1);
}

TEST_CASE("the sample lists house ads in half and quarter size for subscription, next issue and event",
          "[manifest][house-ads]") {
    Diagnostics d;
    const Issue issue = read_issue(test::source_dir() / "issues/2020-12", d).take();
    int half = 0, quarter = 0;
    for (const Ad& ad : issue.house_ads) {
        half += ad.size == AdSize::Half;
        quarter += ad.size == AdSize::Quarter;
        CHECK(ad.advertiser == "Kommune21");
        CHECK_FALSE(ad.alt.empty());
    }
    CHECK(half >= 3);
    CHECK(quarter >= 3);
}

TEST_CASE("a house ad with a bad size or a missing file is an error where it stands", "[manifest][house-ads]") {
    {
        const fs::path dir = issue_folder("house-ad-size", "<house-ad src=\"ads/abo-half.png\" size=\"third\" alt=\"A\"/>\n");
        Diagnostics d;
        const auto issue = read_issue(dir, d);
        REQUIRE_FALSE(issue.ok());
        CHECK(issue.failure().message.find("size=\"third\"") != std::string::npos);
        CHECK(issue.failure().where.line == 3);
    }
    {
        const fs::path dir = issue_folder("house-ad-missing", "<house-ad src=\"ads/fehlt.png\" size=\"half\" alt=\"A\"/>\n");
        Diagnostics d;
        const auto issue = read_issue(dir, d);
        REQUIRE_FALSE(issue.ok());
        CHECK(issue.failure().where.line == 3);
    }
}

namespace {

Result<Issue> read_cover(const std::string& name, const std::string& lines, Diagnostics& d) {
    const fs::path dir = issue_folder(name, "<cover image=\"images/cover.jpg\" alt=\"Ein Rathaus\">" + lines + "</cover>\n");
    fs::create_directories(dir / "images");
    fs::copy_file(test::source_dir() / "issues/2020-12/images/cover.jpg", dir / "images/cover.jpg");
    return read_issue(dir, d);
}

}  // namespace

TEST_CASE("the lead cover line is the one marked lead=yes, else the first", "[manifest][cover]") {
    Diagnostics d;
    const Issue first = read_cover("cover-first", "<line article=\"a\">Eins</line><line article=\"a\">Zwei</line>", d).take();
    REQUIRE(first.cover->lines.size() == 2);
    CHECK(first.cover->lines[0].lead);
    CHECK_FALSE(first.cover->lines[1].lead);
    const Issue marked =
        read_cover("cover-marked", "<line article=\"a\" lead=\"no\">Eins</line><line article=\"a\" lead=\"yes\">Zwei</line>", d)
            .take();
    CHECK_FALSE(marked.cover->lines[0].lead);
    CHECK(marked.cover->lines[1].lead);
    CHECK(d.items().empty());
    const auto bad = read_cover("cover-bad", "<line article=\"a\" lead=\"ja\">Eins</line>", d);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.failure().message.find("lead=\"ja\"") != std::string::npos);
    CHECK(bad.failure().where.line == 3);
}

TEST_CASE("a cover image without alt text is a warning that names the cover", "[manifest][cover]") {
    Diagnostics d;
    const fs::path dir = issue_folder("cover-no-alt", "<cover image=\"images/cover.jpg\"><line article=\"a\">Eins</line></cover>\n");
    fs::create_directories(dir / "images");
    fs::copy_file(test::source_dir() / "issues/2020-12/images/cover.jpg", dir / "images/cover.jpg");
    const Issue issue = read_issue(dir, d).take();
    REQUIRE(d.items().size() == 1);
    CHECK(d.items()[0].severity == Severity::Warning);
    CHECK(d.items()[0].message.find("cover image without alt text") != std::string::npos);
    CHECK(d.items()[0].where.line == 3);
}

TEST_CASE("the imprint reads the person responsible, the ad contact, the printer and the e-mail address",
          "[manifest][imprint]") {
    const fs::path dir = issue_folder("imprint-press-law", "<imprint src=\"imprint.xml\"/>\n");
    std::ofstream(dir / "imprint.xml") << "<imprint>\n<publisher>Verlag</publisher>\n<email>post@verlag.example</email>\n"
                                          "<responsible>Erika Muster, Hauptstraße 1, 12345 Musterstadt</responsible>\n"
                                          "<advertising>Max Muster, anzeigen@verlag.example</advertising>\n"
                                          "<printer>Druckerei Nord, Am Hafen 2, 23456 Nordstadt</printer>\n</imprint>\n";
    Diagnostics d;
    const Issue issue = read_issue(dir, d).take();
    CHECK(d.items().empty());
    REQUIRE(issue.imprint);
    CHECK(issue.imprint->email == "post@verlag.example");
    CHECK(issue.imprint->responsible == "Erika Muster, Hauptstraße 1, 12345 Musterstadt");
    CHECK(issue.imprint->advertising == "Max Muster, anzeigen@verlag.example");
    CHECK(issue.imprint->printer == "Druckerei Nord, Am Hafen 2, 23456 Nordstadt");
    CHECK(issue.imprint->copyright.empty());  // none of them is taken for an unknown line
}

TEST_CASE("ad formats are read from the layout in mm, with the columns their width spans", "[manifest][layout][ads]") {
    const fs::path dir = layout_with("ad-size-read", "<ad-size name=\"quarter\" width=\"56.3mm\" height=\"80mm\"/>\n"
                                                     "<ad-size name=\"half\" width=\"178mm\" height=\"120mm\"/>\n");
    Diagnostics d;
    const LayoutSpec layout = read_probe(dir, d).take();
    CHECK(d.items().empty());
    CHECK(layout.ad_formats.at("quarter").columns == 1);
    CHECK(layout.ad_formats.at("quarter").height == Approx(80 / 25.4 * 72));
    CHECK(layout.ad_formats.at("half").columns == 3);
}

TEST_CASE("an ad format that is not whole columns wide, too tall, named full or given twice is an error",
          "[manifest][layout][ads]") {
    struct Case {
        const char* element;
        const char* message;
        const char* hint;
    };
    for (const Case& c : {
             Case{"<ad-size name=\"quarter\" width=\"88mm\" height=\"128mm\"/>", "not the width of whole columns",
                  "56.3 mm, 117.2 mm or 178.0 mm"},
             Case{"<ad-size name=\"half\" width=\"178mm\" height=\"259mm\"/>", "does not fit the type area", "at most"},
             Case{"<ad-size name=\"full\" width=\"210mm\" height=\"297mm\"/>", "fills the trimmed page", "remove"},
             Case{"<ad-size name=\"drittel\" width=\"56.3mm\" height=\"80mm\"/>", "half", "name"},
             Case{"<ad-size name=\"half\" width=\"178mm\"/>", "needs height", "mm"},
             Case{"<ad-size name=\"half\" width=\"178mm\" height=\"100mm\"/><ad-size name=\"half\" width=\"178mm\" height=\"90mm\"/>",
                  "given twice", "keep one"},
         }) {
        INFO(c.element);
        const fs::path dir = layout_with("ad-size-bad", std::string(c.element) + "\n");
        Diagnostics d;
        const auto layout = read_probe(dir, d);
        REQUIRE_FALSE(layout.ok());
        CHECK(layout.failure().message.find(c.message) != std::string::npos);
        CHECK(layout.failure().hint.find(c.hint) != std::string::npos);
        CHECK(layout.failure().where.line > 1);
    }
}
