// The archive's site from records: names, dates, order, the pages' parts,
// the feed and the JSON, without building an issue.
#include "archive/Archive.h"
#include "archive/ArticleText.h"
#include "archive/Site.h"
#include "support/Support.h"

#include <catch2/catch.hpp>
#include <libxml/parser.h>
#include <nlohmann/json.hpp>

#include <fstream>

using namespace heftsatz;

namespace {

ArticleRecord article(std::string id, std::string date, std::string title) {
    ArticleRecord a;
    a.id = std::move(id);
    a.date = std::move(date);
    a.title = std::move(title);
    a.kicker = "Ort";
    a.lead = "Ein Vorspann.";
    a.page = 4;
    a.page_label = "4";
    a.keywords = {"Politik", "OZG"};
    a.body = {WebBlock{"p", "Text &amp; mehr.", {}, {}, {}, {}}, WebBlock{"h2", "Zwischentitel", {}, {}, {}, {}}};
    return a;
}

IssueRecord issue(std::string id, std::string date, int number, std::vector<ArticleRecord> politik) {
    IssueRecord r;
    r.id = std::move(id);
    r.magazine = "Kommune21";
    r.number = number;
    r.year = 2020;
    r.edition = "Ausgabe " + std::to_string(number) + "/2020";
    r.date = std::move(date);
    r.pages = 20;
    r.reader_pdf = {r.id + "/k.pdf", 725013, "a"};
    r.archive_pdf = {r.id + "/k-archive.pdf", 1359556, "b"};
    r.thumbnail = {r.id + "/k-titel.png", 1000, "c"};
    r.thumbnail_width = 360;
    r.thumbnail_height = 509;
    r.sections = {SectionRecord{"Politik", std::move(politik)}};
    r.companies = {CompanyRecord{"con terra GmbH", "Geodaten", "48155", "Münster", "www.conterra.example", 19}};
    return r;
}

SiteModel two_issues() {
    // Given oldest first: the model sorts them.
    return SiteModel({issue("2020-11", "2020-11-02", 11, {article("alt", "2020-10-20", "Älterer Beitrag")}),
                      issue("2020-12", "2020-12-01", 12,
                            {article("neu", "2020-11-27", "Neuer Beitrag"), article("mitte", "2020-11-10", "Mittlerer")})},
                     SiteOptions{});
}

}  // namespace

TEST_CASE("a shard is K of N with 1 <= K <= N", "[archive]") {
    REQUIRE(parse_shard("2/3"));
    CHECK(parse_shard("2/3")->index == 2);
    CHECK(parse_shard("2/3")->count == 3);
    CHECK(parse_shard("1/1"));
    for (const char* bad : {"0/3", "4/3", "a/3", "3", "1/0", "/3", "1/", "-1/3", "1/3x", " 1/3"}) {
        INFO(bad);
        CHECK_FALSE(parse_shard(bad));
    }
}

TEST_CASE("dates and sizes are written the German way", "[archive]") {
    CHECK(german_date("2020-11-27") == "27.11.2020");
    CHECK(german_date("2021-01-04") == "4.1.2021");
    CHECK(german_long_date("2020-12-01") == "1. Dezember 2020");
    CHECK(german_long_date("kein Datum") == "kein Datum");
    CHECK(german_size(725013) == "708\u00A0KB");
    CHECK(german_size(1359556) == "1,3\u00A0MB");
}

TEST_CASE("an article's text for the web is escaped and set with German typography", "[archive]") {
    Article a;
    a.id = "x";
    a.keywords = "Politik,  OZG , ,Open Data";
    a.title = text_block(BlockKind::Title, {Inline{"\"Rathaus\" <online>", false, false, {}, {}}});
    Block p = text_block(BlockKind::Paragraph, {Inline{"Die ", false, false, {}, {}}, Inline{"E-Akte", true, false, {}, {}},
                                                 Inline{" als ", false, false, {}, {}},
                                                 Inline{"Open Source", false, false, {}, "en"},
                                                 Inline{" & mehr", false, false, "https://a.example/?a=1&b=2", {}}});
    a.body = {p, text_block(BlockKind::Heading, {Inline{"Ein Zwischentitel", false, false, {}, {}}})};
    const GermanTypography typography;
    const ArticleRecord r = article_record(a, typography, [](const std::filesystem::path&) { return std::string("b.png"); });
    CHECK(r.title == "\u201ERathaus\u201C <online>");  // text: typography, not escaped
    REQUIRE(r.body.size() == 2);
    CHECK(r.body[0].kind == "p");
    CHECK(r.body[0].html ==
          "Die <em>E-Akte</em> als <span lang=\"en\">Open Source</span><a href=\"https://a.example/?a=1&amp;b=2\"> &amp; mehr</a>");
    CHECK(r.body[1].kind == "h2");
    CHECK(r.keywords == std::vector<std::string>{"Politik", "OZG", "Open Data"});
}

TEST_CASE("issues are listed newest first, and a section's articles across issues", "[archive]") {
    const SiteModel site = two_issues();
    REQUIRE(site.issues().size() == 2);
    CHECK(site.issues()[0].id == "2020-12");
    const std::vector<ArticleRef> politik = site.section_articles("Politik");
    REQUIRE(politik.size() == 3);
    CHECK(politik[0].article->id == "neu");
    CHECK(politik[1].article->id == "mitte");
    CHECK(politik[2].article->id == "alt");
    CHECK(site.section_titles() == std::vector<std::string>{"Politik"});

    const std::string index = index_page(site);
    const auto newer = index.find("Kommune21, Ausgabe 12/2020"), older = index.find("Kommune21, Ausgabe 11/2020");
    CHECK(newer < older);
    CHECK(older != std::string::npos);
    CHECK(index.find("href=\"2020-12/k.pdf#page=4\"") != std::string::npos);
    CHECK(index.find("<html lang=\"de\">") != std::string::npos);
    CHECK(index.find("<main id=\"inhalt\">") != std::string::npos);
}

TEST_CASE("an article page has the article, its section's other items and the side column", "[archive]") {
    const SiteModel site = two_issues();
    const std::vector<ArticleRef> politik = site.section_articles("Politik");
    const std::string page = article_page(site, politik[0]);
    CHECK(page.find("<h1>Neuer Beitrag</h1>") != std::string::npos);
    CHECK(page.find("[27.11.2020]") != std::string::npos);
    CHECK(page.find("Stichwörter: Politik, OZG") != std::string::npos);
    CHECK(page.find("Weitere Meldungen und Beiträge aus dem Bereich Politik") != std::string::npos);
    CHECK(page.find("Mittlerer") != std::string::npos);
    CHECK(page.find("Älterer Beitrag") != std::string::npos);
    // Not itself among the others.
    CHECK(page.find("aria-label=\"mehr: Neuer Beitrag\"") == std::string::npos);
    CHECK(page.find(">Druckversion<") != std::string::npos);
    CHECK(page.find("48155 Münster") != std::string::npos);
    CHECK(page.find("../2020-11/k.pdf") != std::string::npos);  // the issue list

    const std::string print = print_page(site, politik[0]);
    CHECK(print.find("druck.css") != std::string::npos);
    CHECK(print.find("<aside") == std::string::npos);
    CHECK(print.find("<nav") == std::string::npos);
}

TEST_CASE("the feed is Atom with an entry per issue, and index.json has the same issues", "[archive]") {
    const SiteModel site = two_issues();
    const std::string feed = atom_feed(site);
    xmlDocPtr doc = xmlReadMemory(feed.data(), static_cast<int>(feed.size()), "feed.xml", nullptr, XML_PARSE_NONET);
    REQUIRE(doc != nullptr);
    int entries = 0;
    for (xmlNodePtr n = xmlDocGetRootElement(doc)->children; n; n = n->next)
        entries += n->type == XML_ELEMENT_NODE && std::string(reinterpret_cast<const char*>(n->name)) == "entry";
    xmlFreeDoc(doc);
    CHECK(entries == 2);
    CHECK(feed.find("<updated>2020-12-01T00:00:00Z</updated>") != std::string::npos);

    const nlohmann::json j = nlohmann::json::parse(index_json(site));
    REQUIRE(j["issues"].size() == 2);
    CHECK(j["issues"][0]["title"] == "Kommune21, Ausgabe 12/2020");
    CHECK(j["issues"][0]["sections"][0]["articles"][0]["kicker"] == "Ort");
    CHECK(j["issues"][1]["companies"][0]["postcode"] == "48155");
}

TEST_CASE("an issue's record reads back as it was written", "[archive]") {
    IssueRecord r = issue("2020-12", "2020-12-01", 12, {article("neu", "2020-11-27", "Neuer „Beitrag“")});
    r.images = {ArchivedFile{"2020-12/bilder/a.png", 12, "d"}};
    r.input_key = "k";
    const std::filesystem::path file = test::output_dir("archive-record") / "issue.json";
    {
        std::ofstream out(file, std::ios::binary);
        out << record_json(r);
    }
    auto back = read_record(file);
    REQUIRE(back);
    CHECK(record_json(*back) == record_json(r));
    CHECK(back->sections.at(0).articles.at(0).title == "Neuer „Beitrag“");

    std::ofstream(file, std::ios::binary) << "{\"format\": 99}";
    auto other = read_record(file);
    REQUIRE_FALSE(other);
    CHECK(other.failure().message.find("another version") != std::string::npos);
    std::ofstream(file, std::ios::binary) << "kein JSON";
    CHECK_FALSE(read_record(file));
}
