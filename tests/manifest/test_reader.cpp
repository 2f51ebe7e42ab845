// Reading manifests: the model, and errors that say where and what to do.
#include "manifest/Manifest.h"
#include "manifest/XmlDocument.h"
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace heftsatz;
namespace fs = std::filesystem;

TEST_CASE("the small issue reads into the model", "[manifest]") {
    Diagnostics d;
    Issue issue = read_issue(test::fixture("small-issue"), d).take();
    CHECK(issue.magazine == "Kommune21");
    CHECK(issue.edition() == "Ausgabe 12/2020");
    REQUIRE(issue.sections.size() == 2);
    const Article& a = issue.sections[0].articles.at(0);
    CHECK(a.id == "effizienz");
    CHECK(a.kicker.plain_text() == "Testland");
    CHECK(a.body.size() == 5);
    CHECK(a.body[2].kind == BlockKind::Heading);
    CHECK(a.body[1].inlines.at(1).emphasis);
    CHECK(a.body[3].inlines.at(1).href == "https://www.example.org/verordnung");
    CHECK(a.source_href == "https://www.example.org");
    CHECK(a.body[0].where.line == 7);
    CHECK(d.items().empty());
}

TEST_CASE("an offprint keeps the issue's facts and holds its one article alone", "[manifest][archive]") {
    Diagnostics d;
    const Issue issue = read_issue(test::source_dir() / "issues/2020-12", d).take();
    REQUIRE((issue.cover && issue.imprint && issue.listings && issue.editorial && !issue.house_ads.empty()));
    const Section& section = issue.sections.at(1);
    const Issue one = issue.offprint_of(section, section.articles.at(0));
    CHECK(one.offprint);
    CHECK(one.folder == issue.folder);
    CHECK(one.manifest == issue.manifest);
    CHECK(one.where.line == issue.where.line);
    CHECK(one.magazine == issue.magazine);
    CHECK(one.edition() == issue.edition());
    CHECK(one.date == issue.date);
    CHECK(one.lang == issue.lang);
    CHECK(one.layout == issue.layout);
    CHECK(one.file_stem() == issue.file_stem());
    CHECK_FALSE(one.cover);
    CHECK_FALSE(one.editorial);
    CHECK_FALSE(one.imprint);
    CHECK_FALSE(one.listings);
    CHECK(one.closing_ads.empty());
    CHECK(one.house_ads.empty());
    REQUIRE(one.sections.size() == 1);
    CHECK(one.sections[0].title == section.title);
    REQUIRE(one.sections[0].articles.size() == 1);
    CHECK(one.sections[0].articles[0].id == section.articles[0].id);
    CHECK(one.sections[0].articles[0].pages_in_place == 0);  // a jump would lead nowhere
}

TEST_CASE("XML errors carry line and column", "[manifest]") {
    auto r = XmlDocument::parse("<?xml version=\"1.0\"?>\n<issue>\n  <section>\n</issue>\n", "x.xml");
    REQUIRE_FALSE(r.ok());
    CHECK(r.failure().where.file == "x.xml");
    CHECK(r.failure().where.line == 4);
    CHECK(r.failure().where.column > 0);
    CHECK_FALSE(r.failure().hint.empty());
}

TEST_CASE("Latin-1 bytes in a UTF-8 file are an error", "[manifest]") {
    auto r = XmlDocument::parse("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<p>Stra\xDF" "e</p>\n", "l.xml");
    REQUIRE_FALSE(r.ok());
    CHECK(r.failure().where.line == 2);
}

TEST_CASE("unknown elements are warned about and with their text kept", "[manifest]") {
    const auto dir = test::output_dir("unknown");
    std::filesystem::create_directories(dir / "articles");
    std::ofstream(dir / "issue.xml") << "<issue magazine=\"K\" number=\"1\" year=\"2020\" date=\"2020-01-01\" layout=\"kommune21\">\n"
                                        "<section title=\"S\"><article src=\"articles/a.xml\"/></section></issue>\n";
    std::ofstream(dir / "articles/a.xml") << "<article id=\"a\">\n<title>T</title>\n<body>\n<p>Eins <u>zwei</u> drei</p>\n"
                                             "<blink>vier</blink>\n</body>\n</article>\n";
    Diagnostics d;
    Issue issue = read_issue(dir, d).take();
    REQUIRE(d.items().size() == 2);
    CHECK(d.items()[0].where.line == 4);
    CHECK(d.items()[0].message.find("<u>") != std::string::npos);
    CHECK(d.items()[1].where.line == 5);
    const auto& body = issue.sections[0].articles[0].body;
    REQUIRE(body.size() == 2);
    CHECK(body[0].plain_text() == "Eins zwei drei");
    CHECK(body[1].plain_text() == "vier");
}

TEST_CASE("paths may not leave the issue folder", "[manifest]") {
    const auto dir = test::output_dir("escape");
    std::ofstream(dir / "issue.xml") << "<issue magazine=\"K\" number=\"1\" year=\"2020\" date=\"2020-01-01\" layout=\"kommune21\">\n"
                                        "<section title=\"S\">\n<article src=\"../../etc/passwd\"/></section></issue>\n";
    Diagnostics d;
    auto r = read_issue(dir, d);
    REQUIRE_FALSE(r.ok());
    CHECK(r.failure().message.find("outside the issue folder") != std::string::npos);
    CHECK(r.failure().where.line == 3);
}

TEST_CASE("a layout's justification settings are read, with defaults for what it leaves out", "[manifest][layout]") {
    const fs::path dir = test::output_dir("justification-layout");
    fs::create_directories(dir / "layouts");
    std::string kommune = test::read_file(test::source_dir() / "layouts/kommune21.xml");
    auto write = [&](const std::string& justification) {
        std::string text = kommune;
        text.replace(text.rfind("</layout>"), 9, justification + "</layout>");
        std::ofstream(dir / "layouts/probe.xml") << text;
    };
    auto read = [&](Diagnostics& d) { return read_layout("probe", DataSearchPath::for_issue(dir, {}), d); };

    write("");
    Diagnostics d;
    const JustificationSpec defaults = read(d).take().justification;
    CHECK(defaults.max_expansion == Approx(0.02));
    CHECK(defaults.hyphen_min_before == 2);
    CHECK(defaults.hyphen_min_after == 2);
    CHECK(defaults.max_hyphens_in_row == 2);
    CHECK_FALSE(defaults.hyphen_at_page_end);
    CHECK(defaults.hyphen_at_column_end);
    CHECK(defaults.protrusion);

    write("<justification expansion=\"1.5%\" letter-spacing=\"0.01em\" min-space=\"0.2em\" hyphen-min-after=\"3\" "
          "max-hyphens-in-row=\"3\" hyphen-at-column-end=\"false\" joint-penalty=\"80\">"
          "<protrusion chars=\"-–\" right=\"400\"/></justification>");
    const JustificationSpec j = read(d).take().justification;
    CHECK(j.max_expansion == Approx(0.015));
    CHECK(j.max_letter_space_em == Approx(0.01));
    CHECK(j.min_space_em == Approx(0.2));
    CHECK(j.hyphen_min_after == 3);
    CHECK(j.max_hyphens_in_row == 3);
    CHECK_FALSE(j.hyphen_at_column_end);
    CHECK(j.joint_penalty == 80);
    REQUIRE(j.protrusion_settings.size() == 2);
    CHECK(j.protrusion_settings[1].character == U'–');
    CHECK(j.protrusion_settings[1].right == 400);

    // Bad values name the file and line and what to write.
    write("<justification\n expansion=\"two\"/>");
    auto bad = read(d);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.failure().where.line > 0);
    CHECK(bad.failure().message.find("expansion=\"two\" is not a share") != std::string::npos);
    write("<justification hyphen-min-before=\"1\"/>");
    CHECK_FALSE(read(d).ok());  // the dictionary is built for two at least
}
