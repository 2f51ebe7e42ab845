// Copying and searching text across a line end (issue 10, point 4), read
// back with poppler's pdftotext from the sample: a hyphen the breaker
// inserted disappears ("Verwal-" "tung" gives "Verwaltung"), a hyphen of the
// text's own stays ("IT-" "Planungsrat" keeps it).
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace heftsatz;
namespace fs = std::filesystem;

namespace {

// Words as whitespace leaves them, stripped of the punctuation around them.
std::vector<std::string> words(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    static const std::regex edges(R"re(^[„“"'(\[]+|[„“"'),.;:!?\]]+$)re");
    for (std::string w; in >> w;) {
        w = std::regex_replace(w, edges, "");
        if (!w.empty()) out.push_back(w);
    }
    return out;
}

std::string without(std::string s, const std::string& part) {
    for (std::size_t at; (at = s.find(part)) != std::string::npos;) s.erase(at, part.size());
    return s;
}

}  // namespace

TEST_CASE("a compound's own hyphen at a line end survives copying, an inserted one does not", "[e2e][pdf][text]") {
    const std::string text = test::run("pdftotext '" + test::sample_pdf().string() + "' -").out;
    const std::string raw = test::run("pdftotext -raw '" + test::sample_pdf().string() + "' -").out;
    std::set<std::string> copied;
    for (const std::string& w : words(text)) copied.insert(w);

    // The sample's compounds with a hyphen between letters ("IT-Planungsrat").
    std::string source;
    for (const auto& entry : fs::directory_iterator(test::source_dir() / "issues/2020-12/articles"))
        source += test::read_file(entry.path()) + " ";
    std::set<std::string> source_words, compounds;
    static const std::regex compound(R"re([^\s\-<>]+[A-Za-zÄÖÜäöüß0-9]-[A-Za-zÄÖÜäöüß][^\s<>]*)re");
    for (const std::string& w : words(std::regex_replace(source, std::regex("<[^>]*>"), " "))) {
        source_words.insert(w);
        if (std::regex_match(w, compound)) compounds.insert(w);
    }
    REQUIRE(compounds.size() > 20);
    // None is copied without its hyphen; those that fall at a line end end
    // it with U+2010, which pdftotext keeps.
    int at_line_end = 0;
    for (const std::string& c : compounds) {
        const std::string joined = without(c, "-");
        INFO(c);
        if (!source_words.count(joined)) CHECK_FALSE(copied.count(joined));
        at_line_end += text.find(c.substr(0, c.find('-')) + "\u2010\n") != std::string::npos;
    }
    CHECK(at_line_end >= 5);

    // Inserted hyphens: in -raw text (never joined), a line ending in U+002D
    // and the next line's first word make the word; the copied text has it
    // whole, but where the line end is a column's or page's (pdftotext reads
    // the next column as a block of its own and joins nothing there).
    std::vector<std::string> lines;
    std::istringstream in(raw);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    int inserted = 0, whole = 0;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        if (lines[i].empty() || lines[i].back() != '-') continue;
        const std::vector<std::string> here = words(lines[i]), next = words(lines[i + 1]);
        if (here.empty() || next.empty()) continue;
        std::string word = here.back();
        word.pop_back();
        word += next.front();
        ++inserted;
        whole += copied.count(word) > 0;
    }
    INFO(whole << " of " << inserted << " inserted hyphens joined");
    REQUIRE(inserted > 50);
    CHECK(whole * 10 >= inserted * 8);
}
