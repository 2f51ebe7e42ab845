// The catalogue of bad inputs (tests/bad/*): each folder is an issue with a
// case.txt giving the exit code, fragments of the message, and text the PDF
// must hold. CMake registers one ctest per folder, naming it in HEFTSATZ_CASE.
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <sys/resource.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace heftsatz;
namespace fs = std::filesystem;

namespace {

struct Case {
    int exit = 0;
    std::vector<std::string> messages, texts, generate;
};

Case read_case(const fs::path& file) {
    Case c;
    std::istringstream lines(test::read_file(file));
    std::string line;
    while (std::getline(lines, line)) {
        const auto colon = line.find(':');
        if (line.empty() || line[0] == '#' || colon == std::string::npos) continue;
        const std::string key = line.substr(0, colon);
        std::string value = line.substr(colon + 1);
        value.erase(0, value.find_first_not_of(' '));
        if (key == "exit") c.exit = std::stoi(value);
        else if (key == "message") c.messages.push_back(value);
        else if (key == "text") c.texts.push_back(value);
        else if (key == "generate") c.generate.push_back(value);
    }
    return c;
}

// Files a case needs that are not committed: too big, or made by a tool.
void generate(const std::string& what, const fs::path& issue) {
    if (what == "symlink-out") {
        fs::create_directories(issue / "articles");
        fs::create_symlink("/etc/hostname", issue / "articles/link.xml");
    } else if (what == "big-article") {
        // 20 MB of German paragraphs: larger than the XML limit.
        fs::create_directories(issue / "articles");
        std::ofstream out(issue / "articles/a.xml");
        out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<article id=\"a\">\n<title>Sehr lang</title>\n<body>\n";
        const std::string p = "<p>Die Verwaltung digitalisiert ihre Verfahren Schritt für Schritt und berichtet darüber.</p>\n";
        for (std::size_t written = 0; written < 20u * 1024 * 1024; written += p.size()) out << p;
        out << "</body>\n</article>\n";
    } else if (what == "truncated-font") {
        fs::create_directories(issue / "fonts");
        const std::string font = test::read_file(test::source_dir() / "fonts/NotoSerif-Regular.ttf");
        std::ofstream(issue / "fonts/Halb.ttf", std::ios::binary) << font.substr(0, 2000);
    } else if (what == "encrypted-ad") {
        fs::create_directories(issue / "ads");
        const fs::path plain = test::source_dir() / "issues/2020-12/ads/full.pdf";
        auto r = test::run("qpdf --encrypt nutzer besitzer 256 -- '" + plain.string() + "' '" +
                           (issue / "ads/anzeige.pdf").string() + "'");
        REQUIRE(r.exit_code == 0);
    } else {
        FAIL("unknown generator " << what);
    }
}

}  // namespace

TEST_CASE("bad input catalogue case", "[.catalogue]") {
    const char* name = std::getenv("HEFTSATZ_CASE");
    REQUIRE(name);
    const fs::path source = test::source_dir() / "tests/bad" / name;
    REQUIRE(fs::is_directory(source));
    const Case expected = read_case(source / "case.txt");
    const fs::path work = test::output_dir(std::string("catalogue-") + name);
    const fs::path issue = work / "issue";
    fs::copy(source, issue, fs::copy_options::recursive | fs::copy_options::copy_symlinks);
    for (const std::string& g : expected.generate) generate(g, issue);

    const fs::path fresh = work / "fresh.pdf";
    const fs::path existing = work / "existing.pdf";
    std::ofstream(existing) << "the previous issue";
    auto result = test::heftsatz("build '" + issue.string() + "' -o '" + fresh.string() + "'");
    INFO(name << ":\n" << result.out);
    CHECK(result.exit_code == expected.exit);
    for (const std::string& m : expected.messages) {
        INFO("expected message: " << m);
        CHECK(result.out.find(m) != std::string::npos);
    }
    if (expected.exit == 0 || expected.exit == 1) {
        REQUIRE(fs::exists(fresh));
        // Compared without spaces: pdftotext -raw reads a tightly shrunk word
        // space as no space (its default mode sees it), and the order is what counts.
        auto squeeze = [](std::string s) {
            s.erase(std::remove_if(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\n'; }), s.end());
            return s;
        };
        const std::string text = squeeze(test::pdf_text(fresh));
        for (const std::string& t : expected.texts) {
            INFO("expected text: " << t);
            CHECK(text.find(squeeze(t)) != std::string::npos);
        }
        test::check_no_text_lost(issue, fresh);  // nothing lost, in order
    } else {
        CHECK_FALSE(fs::exists(fresh));
        auto again = test::heftsatz("build '" + issue.string() + "' -o '" + existing.string() + "'");
        CHECK(again.exit_code == expected.exit);
        CHECK(test::read_file(existing) == "the previous issue");
    }
    for (const auto& entry : fs::directory_iterator(work))
        CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);
    // docs/limits.md: no input may take more than 1 GiB.
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    CHECK(usage.ru_maxrss < 1024L * 1024L);  // KiB
}
