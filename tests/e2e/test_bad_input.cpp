// Bad input: exit code 2, a message with file:line:col, and no PDF written;
// an existing PDF at the output path survives untouched.
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <fstream>
#include <regex>

using namespace heftsatz;
namespace fs = std::filesystem;

namespace {

struct BadInputCase {
    const char* fixture;
    const char* message;   // a fragment of the error
    const char* location;  // file:line:col the error names
};

const BadInputCase kCases[] = {
    {"malformed", "malformed XML", "articles/kaputt.xml:6:"},
    {"missing-article", "article file not found: articles/gibt-es-nicht.xml", "issue.xml:4:5"},
    {"external-entity", "DOCTYPE declarations are not allowed", "articles/xxe.xml:2:1"},
    {"billion-laughs", "DOCTYPE declarations are not allowed", "issue.xml:2:1"},
};

}  // namespace

TEST_CASE("bad input exits 2 and writes no PDF", "[e2e][bad]") {
    for (const BadInputCase& c : kCases) {
        const fs::path dir = test::output_dir(std::string("bad-") + c.fixture);
        const fs::path fresh = dir / "fresh.pdf";
        const fs::path existing = dir / "existing.pdf";
        {
            std::ofstream old(existing);
            old << "the previous issue";
        }
        const std::string issue = test::fixture(std::string("bad/") + c.fixture).string();
        auto result = test::heftsatz("build '" + issue + "' -o '" + fresh.string() + "'");
        INFO(c.fixture << ":\n" << result.out);
        CHECK(result.exit_code == 2);
        CHECK(result.out.find(c.message) != std::string::npos);
        CHECK(result.out.find(c.location) != std::string::npos);
        CHECK(result.out.find("hint: ") != std::string::npos);
        CHECK_FALSE(fs::exists(fresh));

        auto again = test::heftsatz("build '" + issue + "' -o '" + existing.string() + "'");
        CHECK(again.exit_code == 2);
        CHECK(test::read_file(existing) == "the previous issue");
        for (const auto& entry : fs::directory_iterator(dir))
            CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);
    }
}

TEST_CASE("figures: a missing or damaged image is an error naming it and a coarse one a warning", "[e2e][bad]") {
    const fs::path dir = test::output_dir("bad-images");
    fs::create_directories(dir / "issue/articles");
    fs::create_directories(dir / "issue/images");
    std::ofstream(dir / "issue/issue.xml")
        << "<issue magazine=\"Kommune21\" number=\"12\" year=\"2020\" date=\"2020-12-01\" layout=\"kommune21\">\n"
           "<section title=\"Praxis\"><article src=\"articles/bild.xml\"/></section></issue>\n";
    auto article = [&](const std::string& image, const std::string& span) {
        std::ofstream(dir / "issue/articles/bild.xml")
            << "<article id=\"bild\">\n<title>Bild</title>\n<body>\n<p>Ein Absatz vor dem Bild.</p>\n"
               "<figure src=\"../images/" << image << "\" alt=\"Ein Bild\" span=\"" << span
            << "\"><caption>Bildunterschrift.</caption></figure>\n<p>Ein Absatz danach.</p>\n</body>\n</article>\n";
    };
    const std::string build = "build '" + (dir / "issue").string() + "' -o '" + (dir / "out.pdf").string() + "'";

    article("fehlt.jpg", "column");
    auto missing = test::heftsatz(build);
    INFO(missing.out);
    CHECK(missing.exit_code == 2);
    CHECK(missing.out.find("bild.xml:5:1: error: image not found: ../images/fehlt.jpg") != std::string::npos);

    std::ofstream(dir / "issue/images/kaputt.jpg") << "\xFF\xD8\xFF\xE0 nicht wirklich ein JPEG";
    article("kaputt.jpg", "column");
    auto damaged = test::heftsatz(build);
    INFO(damaged.out);
    CHECK(damaged.exit_code == 2);
    CHECK(damaged.out.find("kaputt.jpg: the image is damaged") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "out.pdf"));

    // The sample's 900-pixel PNG across the page: below 150 ppi.
    fs::copy_file(test::source_dir() / "issues/2020-12/images/fig-kranichberg-e-akte.png", dir / "issue/images/grob.png");
    article("grob.png", "page");
    auto coarse = test::heftsatz(build);
    INFO(coarse.out);
    CHECK(coarse.exit_code == 0);
    CHECK(std::regex_search(coarse.out, std::regex("warning: grob.png prints at 1[0-9]{2} ppi, below the 150 ppi print needs \\[article bild, page [0-9]+\\]")));
}

TEST_CASE("the JSON report lists every warning with article and page and line and strict mode exits 1", "[e2e][report]") {
    const fs::path dir = test::output_dir("report");
    const std::string issue = (test::source_dir() / "tests/bad/cjk-missing").string();
    auto r = test::heftsatz("build -q --strict '" + issue + "' -o '" + (dir / "out.pdf").string() + "' --report '" +
                            (dir / "report.json").string() + "'");
    CHECK(r.exit_code == 1);  // warnings with --strict
    const std::string report = test::read_file(dir / "report.json");
    INFO(report);
    CHECK(std::regex_search(report, std::regex("\\{\"severity\": \"warning\", \"file\": \"[^\"]*articles/a.xml\", "
                                               "\"line\": [1-9][0-9]*, \"column\": [0-9]+, \"article\": \"a\", "
                                               "\"page\": [1-9][0-9]*, \"message\": \"character U\\+4E2D is not in the font")));
}

TEST_CASE("a line no break can fill is reported as very loose, with article and page and in the report",
          "[e2e][report]") {
    // The fixture ties most of a column's width with no-break spaces, so the
    // line before the tied group has nothing to fill it.
    const fs::path dir = test::output_dir("loose-line");
    auto r = test::heftsatz("check '" + test::fixture("loose-line").string() + "' --report '" +
                            (dir / "report.json").string() + "'");
    INFO(r.out);
    CHECK(r.exit_code == 0);
    CHECK(std::regex_search(r.out, std::regex("locker.xml:5:5: warning: very loose line: \"Es gilt ab sofort\" "
                                              "\\(word spaces [0-9.]+ times their natural width\\) "
                                              "\\[article locker, page 2\\]")));
    // Only that line: the second paragraph sets evenly. (-q would hide the
    // warning: it prints only errors.) The one-article issue also has
    // "Notizen" pages to make four, each with its warning.
    const auto count = [&](const std::string& what) {
        std::size_t n = 0;
        for (auto at = r.out.find(what); at != std::string::npos; at = r.out.find(what, at + 1)) ++n;
        return n;
    };
    CHECK(count("very loose line") == 1);
    CHECK(count("warning:") == 1 + count("\"Notizen\" page"));
    CHECK(std::regex_search(r.out, std::regex("\nchecked [^\n]*loose-line: [0-9]+ pages in [0-9.]+ s, [0-9]+ warnings?\n$")));
    const std::string report = test::read_file(dir / "report.json");
    CHECK(std::regex_search(report, std::regex(R"("message": "very loose line: \\"Es gilt ab sofort\\")")));
    CHECK(std::regex_search(report, std::regex(R"("typography": \{"articles": \[\{"article": "locker")")));
    CHECK(std::regex_search(report, std::regex(R"("lines_spaces_over_3x": 1,)")));
}

TEST_CASE("the external entity is never read", "[e2e][bad]") {
    auto result = test::heftsatz("check '" + test::fixture("bad/external-entity").string() + "'");
    CHECK(result.out.find("root:") == std::string::npos);
}

TEST_CASE("usage errors exit 2", "[e2e][bad]") {
    CHECK(test::heftsatz("").exit_code == 2);
    CHECK(test::heftsatz("frobnicate x").exit_code == 2);
    CHECK(test::heftsatz("build").exit_code == 2);
    CHECK(test::heftsatz("--version").exit_code == 0);
}
