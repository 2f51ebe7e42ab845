// `heftsatz plan` and the pages of --report, end to end: the binary on the
// sample and on issues made here, read back as files, text and PDF.
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <regex>

using namespace heftsatz;
namespace fs = std::filesystem;

namespace {

const fs::path kSample = test::source_dir() / "issues/2020-12";

int pdf_pages(const fs::path& pdf) {
    auto info = test::run("pdfinfo '" + pdf.string() + "'");
    std::smatch pages;
    REQUIRE(std::regex_search(info.out, pages, std::regex("Pages: +(\\d+)")));
    return std::stoi(pages[1].str());
}

// The running footer of page `n`: its folio and section, if it has one
// ("4     Kommune21 · Ausgabe 12/2020 · Politik" on the left, the folio
// last on the right).
struct Footer {
    int folio = 0;
    std::string section;
};
std::optional<Footer> footer(const fs::path& pdf, int n) {
    const std::string text =
        test::run("pdftotext -layout -f " + std::to_string(n) + " -l " + std::to_string(n) + " '" + pdf.string() + "' -").out;
    std::smatch m;
    static const std::regex left("\n *(\\d+) +Kommune21 · Ausgabe 12/2020(?: · ([^\n]*?))? *\n");
    static const std::regex right("Kommune21 · Ausgabe 12/2020(?: · ([^\n]*?))? +(\\d+) *\n");
    if (std::regex_search(text, m, left)) return Footer{std::stoi(m[1].str()), m[2].str()};
    if (std::regex_search(text, m, right)) return Footer{std::stoi(m[2].str()), m[1].str()};
    return std::nullopt;
}

// An issue with one article and two ads, one naming its advertiser.
fs::path issue_with_ads(const fs::path& dir) {
    fs::create_directories(dir / "articles");
    fs::create_directories(dir / "ads");
    fs::copy_file(test::fixture("small-issue/articles/effizienz.xml"), dir / "articles/effizienz.xml");
    fs::copy_file(kSample / "ads/quarter.jpg", dir / "ads/viertel.jpg");
    fs::copy_file(kSample / "ads/half.png", dir / "ads/halb.png");
    std::ofstream(dir / "issue.xml")
        << "<issue magazine=\"Kommune21\" number=\"12\" year=\"2020\" date=\"2020-12-01\" layout=\"kommune21\">\n"
           "<section title=\"Politik\"><article src=\"articles/effizienz.xml\"/>\n"
           "<ad src=\"ads/viertel.jpg\" size=\"quarter\" advertiser=\"Kraus &amp; Partner GmbH\" alt=\"Anzeige\"/>\n"
           "<ad src=\"ads/halb.png\" size=\"half\" alt=\"Anzeige\"/>\n"
           "</section></issue>\n";
    return dir;
}

}  // namespace

TEST_CASE("plan writes out/<name>-plan.html beside the PDF's default name and prints a line per page", "[e2e][plan]") {
    const fs::path dir = test::output_dir("plan-default");
    auto result = test::run("cd '" + dir.string() + "' && '" + HEFTSATZ_BINARY + "' plan '" + kSample.string() + "'");
    INFO(result.out);
    REQUIRE(result.exit_code == 0);
    const fs::path html = dir / "out/kommune21-2020-12-plan.html";
    REQUIRE(fs::exists(html));
    CHECK(fs::exists(dir / "out/kommune21-2020-12.pdf") == false);  // no PDF: plan only lays out
    std::smatch m;
    REQUIRE(std::regex_search(result.out, m, std::regex("wrote out/kommune21-2020-12-plan\\.html: (\\d+) pages")));
    const int pages = std::stoi(m[1].str());
    // One line per page, in order, with side, fill and warnings.
    std::regex line("\n +(\\d+) ([lr])  .*? +(\\d+) % +(\\d+)");
    int expected = 1;
    for (auto it = std::sregex_iterator(result.out.begin(), result.out.end(), line); it != std::sregex_iterator(); ++it) {
        CHECK(std::stoi((*it)[1].str()) == expected);
        CHECK((*it)[2].str() == (expected % 2 ? "r" : "l"));
        CHECK(std::stoi((*it)[3].str()) <= 100);
        ++expected;
    }
    CHECK(expected - 1 == pages);
    CHECK(result.out.find("Datenbrücke Süd GmbH, 1/1 Seite") != std::string::npos);
    const std::string page = test::read_file(html);
    CHECK(page.find("<html lang=\"de\">") != std::string::npos);
    CHECK(page.find("<script") == std::string::npos);

    // -q: nothing but errors.
    auto quiet = test::run("cd '" + dir.string() + "' && '" + HEFTSATZ_BINARY + "' plan -q '" + kSample.string() + "'");
    CHECK(quiet.exit_code == 0);
    CHECK(quiet.out.empty());
}

TEST_CASE("plan's -o is held to build's rules: never an input, a folder or the report", "[e2e][plan]") {
    const fs::path dir = test::output_dir("plan-output-safety");
    fs::copy(test::fixture("small-issue"), dir / "issue", fs::copy_options::recursive);
    const std::string issue = (dir / "issue").string();
    const std::string before = test::read_file(dir / "issue/articles/effizienz.xml");
    auto input = test::heftsatz("plan '" + issue + "' -o '" + issue + "/articles/effizienz.xml'");
    CHECK(input.exit_code == 2);
    CHECK(input.out.find("plan failed") != std::string::npos);
    CHECK(input.out.find("no flatplan written") != std::string::npos);
    CHECK(test::read_file(dir / "issue/articles/effizienz.xml") == before);
    auto folder = test::heftsatz("plan '" + issue + "' -o '" + dir.string() + "'");
    CHECK(folder.exit_code == 2);
    auto same = test::heftsatz("plan '" + issue + "' -o '" + (dir / "a.html").string() + "' --report '" +
                               (dir / "a.html").string() + "'");
    CHECK(same.exit_code == 2);
    CHECK_FALSE(fs::exists(dir / "a.html"));
    // And a good one, with the report beside it.
    auto good = test::heftsatz("plan '" + issue + "' -o '" + (dir / "plan.html").string() + "' --report '" +
                               (dir / "plan.json").string() + "'");
    INFO(good.out);
    CHECK(good.exit_code == 0);
    CHECK(fs::exists(dir / "plan.html"));
    CHECK(test::read_file(dir / "plan.json").find("\"pages\": [") != std::string::npos);
    for (const auto& entry : fs::directory_iterator(dir))
        CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);
}

TEST_CASE("the plan names each ad by its advertiser, or by its file where none is given", "[e2e][plan]") {
    const fs::path dir = test::output_dir("plan-ads");
    const fs::path issue = issue_with_ads(dir / "issue");
    auto result = test::heftsatz("plan '" + issue.string() + "' -o '" + (dir / "plan.html").string() + "'");
    INFO(result.out);
    REQUIRE(result.exit_code == 0);
    CHECK(result.out.find("Anzeige Kraus & Partner GmbH, 1/4 Seite") != std::string::npos);
    CHECK(result.out.find("Anzeige halb.png, 1/2 Seite") != std::string::npos);
    const std::string html = test::read_file(dir / "plan.html");
    CHECK(html.find("Kraus &amp; Partner GmbH, <span class=\"format\">1/4 Seite</span>") != std::string::npos);
    CHECK(html.find("halb.png, <span class=\"format\">1/2 Seite</span>") != std::string::npos);
    // advertiser is a known attribute: no warning about it.
    CHECK(result.out.find("advertiser") == std::string::npos);
}

TEST_CASE("the report gives the page count and each page's folio, side, section and fill", "[e2e][plan][sample]") {
    const fs::path dir = test::output_dir("report-pages");
    const fs::path pdf = dir / "sample.pdf";
    auto result = test::heftsatz("build -q '" + kSample.string() + "' -o '" + pdf.string() + "' --report '" +
                                 (dir / "report.json").string() + "'");
    INFO(result.out);
    REQUIRE(result.exit_code == 0);
    const std::string report = test::read_file(dir / "report.json");
    const int pages = pdf_pages(pdf);
    CHECK(report.find("\"page_count\": " + std::to_string(pages) + ",") != std::string::npos);
    std::regex entry(R"re(\{"page": (\d+), "folio": (\d+), "side": "(left|right)", "section": "([^"]*)", "fill": ([01]\.\d{3}), "columns": \[([^\]]*)\]\})re");
    int n = 0;
    for (auto it = std::sregex_iterator(report.begin(), report.end(), entry); it != std::sregex_iterator(); ++it) {
        const std::smatch& m = *it;
        ++n;
        INFO("page " << n << ": " << m.str());
        CHECK(std::stoi(m[1].str()) == n);
        CHECK(m[3].str() == (n % 2 ? "right" : "left"));
        const double fill = std::stod(m[5].str());
        CHECK(fill >= 0);
        CHECK(fill <= 1);
        CHECK(std::count(m[6].first, m[6].second, ',') == 2);  // three columns
        // What the report says is what the page prints.
        if (auto printed = footer(pdf, n)) {
            CHECK(std::stoi(m[2].str()) == printed->folio);
            CHECK(m[4].str() == printed->section);
        }
        if (m[4].str() == "Notizen") CHECK(fill < 0.05);
        if (n == pages) CHECK(m[5].str() == "1.000");  // the back page: a full-page ad
    }
    CHECK(n == pages);
    // check reports the pages too; a run that fails before the layout has none.
    auto check = test::heftsatz("check -q '" + kSample.string() + "' --report '" + (dir / "check.json").string() + "'");
    CHECK(check.exit_code == 0);
    CHECK(test::read_file(dir / "check.json").find("\"page_count\": " + std::to_string(pages)) != std::string::npos);
    auto failed = test::heftsatz("check -q '" + (dir / "nirgends").string() + "' --report '" + (dir / "failed.json").string() + "'");
    CHECK(failed.exit_code == 2);
    CHECK(test::read_file(dir / "failed.json").find("\"pages\"") == std::string::npos);
}
