// Inputs of up to 8 MB that the limits refuse are refused at once, before
// they cost time or memory (docs/limits.md, "Limits on input"). The inputs
// are generated: too large to keep in the catalogue.
#include "manifest/InputLimits.h"
#include "manifest/XmlDocument.h"
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <regex>

using namespace heftsatz;
namespace fs = std::filesystem;

namespace {

const char* const kIssue = "<issue magazine=\"K\" number=\"12\" year=\"2020\" date=\"2020-12-01\" layout=\"kommune21\">\n"
                           "<section title=\"S\"><article src=\"articles/a.xml\"/></section>\n</issue>\n";

// An issue whose one article has `body`, written by `write_body` up to
// just under the XML size limit.
template <class WriteBody>
fs::path issue_with(const std::string& name, WriteBody write_body) {
    const fs::path dir = test::output_dir(name);
    fs::create_directories(dir / "issue/articles");
    std::ofstream(dir / "issue/issue.xml") << kIssue;
    std::ofstream out(dir / "issue/articles/a.xml");
    out << "<article id=\"a\">\n<title>T</title>\n<body>\n";
    write_body(out, kMaxXmlBytes - 200);
    out << "</body>\n</article>\n";
    return dir;
}

struct Timed {
    test::CommandResult result;
    double seconds = 0;
};

Timed build(const fs::path& dir) {
    const auto start = std::chrono::steady_clock::now();
    Timed t{test::heftsatz("build '" + (dir / "issue").string() + "' -o '" + (dir / "out.pdf").string() + "'"), 0};
    t.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return t;
}

// Refused within seconds even on a loaded machine or under the sanitizers;
// without the limits each of these takes from half a minute to hours.
constexpr double kPromptly = 15;

}  // namespace

TEST_CASE("an 8 MB paragraph is refused at once, naming the limit and the line", "[e2e][limits]") {
    const fs::path dir = issue_with("limits-8mb-paragraph", [](std::ostream& out, std::size_t bytes) {
        out << "<p>Eins.</p>\n<p>";
        const std::string sentence = "Die Verwaltung digitalisiert ihre Verfahren Schritt für Schritt. ";
        for (std::size_t n = 0; n + sentence.size() < bytes; n += sentence.size()) out << sentence;
        out << "</p>\n";
    });
    CHECK(fs::file_size(dir / "issue/articles/a.xml") > 8'000'000);
    const Timed t = build(dir);
    INFO(t.result.out.substr(0, 2000));
    CHECK(t.result.exit_code == 2);
    CHECK(t.result.out.find("a.xml:5:1: error: <p> has ") != std::string::npos);
    CHECK(t.result.out.find("characters, more than the limit of 50,000 for one block of text") != std::string::npos);
    CHECK(t.seconds < kPromptly);
    CHECK_FALSE(fs::exists(dir / "out.pdf"));
}

TEST_CASE("8 MB of empty paragraphs are refused before they are read", "[e2e][limits]") {
    const fs::path dir = issue_with("limits-tiny-blocks", [](std::ostream& out, std::size_t bytes) {
        for (std::size_t n = 0; n + 8 < bytes; n += 8) out << "<p>x</p>";
        out << "\n";
    });
    const Timed t = build(dir);
    INFO(t.result.out.substr(0, 2000));
    CHECK(t.result.exit_code == 2);
    CHECK(t.result.out.find("blocks, more than the limit of 5,000 per article") !=
          std::string::npos);
    CHECK(t.seconds < kPromptly);
}

TEST_CASE("8 MB of attributes are refused before libxml2 parses them", "[e2e][limits]") {
    const fs::path dir = issue_with("limits-attributes", [](std::ostream& out, std::size_t bytes) {
        out << "<p";
        std::size_t n = 0;
        for (std::size_t i = 0; n + 16 < bytes; ++i) {
            const std::string attribute = " a" + std::to_string(i) + "=\"\"";
            out << attribute;
            n += attribute.size();
        }
        out << ">x</p>\n";
    });
    const Timed t = build(dir);
    INFO(t.result.out.substr(0, 2000));
    CHECK(t.result.exit_code == 2);
    CHECK(t.result.out.find("a.xml:4:1: error: <p> has ") != std::string::npos);
    CHECK(t.result.out.find("attributes, more than the limit of 100 per element") != std::string::npos);
    CHECK(t.seconds < kPromptly);
}

TEST_CASE("100,000 articles are refused before any article file is read", "[e2e][limits]") {
    const fs::path dir = test::output_dir("limits-articles");
    fs::create_directories(dir / "issue");
    {
        std::ofstream out(dir / "issue/issue.xml");
        out << "<issue magazine=\"K\" number=\"12\" year=\"2020\" date=\"2020-12-01\" layout=\"kommune21\">\n<section title=\"S\">\n";
        for (int i = 0; i < 100'000; ++i) out << "<article src=\"articles/a" << i << ".xml\"/>\n";
        out << "</section>\n</issue>\n";
    }
    const Timed t = build(dir);
    INFO(t.result.out.substr(0, 2000));
    CHECK(t.result.exit_code == 2);
    CHECK(t.result.out.find("the issue has 100,000 articles, more than the limit of 500 per issue") != std::string::npos);
    CHECK(t.seconds < kPromptly);
}

TEST_CASE("an article at the character limit is set, with all its text", "[e2e][limits]") {
    const fs::path dir = test::output_dir("limits-article-at-limit");
    fs::create_directories(dir / "issue/articles");
    std::ofstream(dir / "issue/issue.xml") << kIssue;
    {
        std::ofstream out(dir / "issue/articles/a.xml");
        out << "<article id=\"a\">\n<title>Lang</title>\n<body>\n";
        // Eight paragraphs just under the block limit: 400,000 characters less a few.
        const std::string sentence = "Die Verwaltung digitalisiert ihre Verfahren Schritt für Schritt. ";  // 65 characters
        for (int p = 0; p < 8; ++p) {
            out << "<p>Absatz " << p << ". ";
            for (int i = 0; i < 768; ++i) out << sentence;
            out << "</p>\n";
        }
        out << "</body>\n</article>\n";
    }
    const Timed t = build(dir);
    INFO(t.result.out.substr(0, 2000));
    REQUIRE(t.result.exit_code == 0);
    test::check_no_text_lost(dir / "issue", dir / "out.pdf");
}

TEST_CASE("an issue that comes to more pages than the limit is refused before it is written", "[e2e][limits]") {
    // A layout with pages six lines high: a long article fills thousands of
    // them. The pages are laid out, then refused before the PDF stage,
    // whose cost grows faster than the pages.
    const fs::path dir = test::output_dir("limits-pages");
    fs::create_directories(dir / "issue/articles");
    fs::create_directories(dir / "issue/layouts");
    std::string layout = test::read_file(test::source_dir() / "layouts/kommune21.xml");
    const std::string page_start = "<page ";
    const std::size_t at = layout.find(page_start);
    const std::size_t end = layout.find("/>", at);
    REQUIRE(at != std::string::npos);
    layout.replace(at, end + 2 - at,
                   "<page width=\"65mm\" height=\"110pt\" margin-top=\"5mm\" margin-bottom=\"8mm\" margin-inner=\"5mm\" "
                   "margin-outer=\"5mm\" columns=\"1\" gutter=\"4mm\" baseline=\"11.5pt\"/>");
    // Its one column is no ad format's width: the page has no ads.
    for (auto ad = layout.find("<ad-size"); ad != std::string::npos; ad = layout.find("<ad-size"))
        layout.erase(ad, layout.find("/>", ad) + 2 - ad);
    std::ofstream(dir / "issue/layouts/winzig.xml") << layout;
    std::ofstream(dir / "issue/issue.xml")
        << "<issue magazine=\"K\" number=\"12\" year=\"2020\" date=\"2020-12-01\" layout=\"winzig\">\n"
           "<section title=\"S\"><article src=\"articles/a.xml\"/><article src=\"articles/b.xml\"/></section>\n"
           "</issue>\n";
    for (const char* id : {"a", "b"}) {  // each under the characters-per-article limit
        std::ofstream out(dir / "issue/articles" / (std::string(id) + ".xml"));
        out << "<article id=\"" << id << "\">\n<title>T</title>\n<body>\n";
        const std::string sentence = "Die Verwaltung digitalisiert ihre Verfahren Schritt für Schritt. ";
        for (int p = 0; p < 8; ++p) {
            out << "<p>";
            for (std::size_t n = 0; n + sentence.size() < 45'000; n += sentence.size()) out << sentence;
            out << "</p>\n";
        }
        out << "</body>\n</article>\n";
    }
    auto r = test::heftsatz("build '" + (dir / "issue").string() + "' -o '" + (dir / "out.pdf").string() + "'");
    INFO(r.out.substr(0, 2000));
    CHECK(r.exit_code == 2);
    CHECK(std::regex_search(r.out, std::regex("issue.xml:[0-9]+:[0-9]+: error: the issue comes to [0-9]+ pages, more "
                                              "than the limit of 2500")));
    CHECK_FALSE(fs::exists(dir / "out.pdf"));
}
