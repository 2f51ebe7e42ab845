// The grey of the columns, end to end: the typography report, the work the
// layout does, the targets on the German prose corpus in both layouts, and
// what a reader copies from tightly set lines.
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <sstream>

using namespace heftsatz;
namespace fs = std::filesystem;

namespace {

// One figure of the "total" object of a --report file.
double total_figure(const std::string& report, const std::string& name) {
    const std::size_t total = report.find("\"total\": {");
    REQUIRE(total != std::string::npos);
    std::smatch m;
    const std::string rest = report.substr(total);
    REQUIRE(std::regex_search(rest, m, std::regex("\"" + name + "\": (-?[0-9.]+)")));
    return std::stod(m[1].str());
}

struct Grey {
    double median, p95, stdev, hyphens_per_1000;
    int full_lines, longest_run, over_2, over_3;
};

Grey measure(const fs::path& issue, const std::string& options, const std::string& name) {
    const fs::path report = test::output_dir("grey-" + name) / "report.json";
    auto r = test::heftsatz("check -q '" + issue.string() + "' " + options + " --report '" + report.string() + "'");
    INFO(r.out.substr(0, 2000));
    REQUIRE(r.exit_code == 0);
    const std::string json = test::read_file(report);
    return Grey{total_figure(json, "median"),
                total_figure(json, "p95"),
                total_figure(json, "stdev"),
                total_figure(json, "hyphens_per_1000"),
                static_cast<int>(total_figure(json, "full_lines")),
                static_cast<int>(total_figure(json, "longest_hyphen_run")),
                static_cast<int>(total_figure(json, "lines_spaces_over_2x")),
                static_cast<int>(total_figure(json, "lines_spaces_over_3x"))};
}

}  // namespace

TEST_CASE("check --typography prints the grey per article and in total", "[e2e][typography]") {
    auto r = test::heftsatz("check '" + test::fixture("small-issue").string() + "' --typography");
    INFO(r.out);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("article                             lines median    p95  stdev hyph/k  run >1.5x   >2x   >3x  tight w+o") !=
          std::string::npos);
    // One row per article, then the total, each with its figures.
    for (const char* row : {"effizienz", "rueckmeldung", "total"})
        CHECK(std::regex_search(r.out, std::regex(std::string("\n") + row +
                                                  " +[0-9]+ +0\\.[0-9]{3} +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9]+ ")));
    CHECK(r.out.find("full lines, widest word space") != std::string::npos);
}

TEST_CASE("the layout measures each block once (a variant again) and breaks again only for page ends and copyfitting", "[e2e][typography]") {
    auto r = test::heftsatz("check -q '" + (test::source_dir() / "issues/2020-12").string() + "' --timings");
    INFO(r.out);
    REQUIRE(r.exit_code == 0);
    std::smatch m;
    REQUIRE(std::regex_search(r.out, m, std::regex("work: +([0-9]+) blocks, ([0-9]+) paragraphs built, ([0-9]+) breaker runs \\(([0-9]+) to copyfit\\)")));
    const double blocks = std::stod(m[1].str()), built = std::stod(m[2].str()), runs = std::stod(m[3].str());
    const double copyfit = std::stod(m[4].str());
    CHECK(blocks > 300);  // the sample: articles, directory, contents, footers
    // Each block is built once; an article the planner tries in a variant
    // (its figures a column wide) is built again, a few in an issue.
    CHECK(built >= blocks);
    CHECK(built <= 1.1 * blocks);
    // Each built paragraph is broken once, a few again for a page's foot.
    CHECK(runs - copyfit >= built);
    CHECK(runs - copyfit <= 1.1 * built);
    // Copyfitting tries each paragraph of a ragged last page a line longer
    // and shorter, once (the memo keeps the lines): at most two runs a block.
    CHECK(copyfit > 0);
    CHECK(copyfit <= 2 * blocks);
}

// The targets of the "even grey" issue, on 32,000 words of German prose
// (data/corpus/handbuch), measured with heftsatz's own report.
namespace {
void check_targets(const Grey& g, int allowed_over_3) {
    CHECK(g.full_lines > 5000);
    CHECK(g.p95 <= 0.45);
    CHECK(g.stdev <= 0.10);
    CHECK(g.hyphens_per_1000 <= 300);
    CHECK(g.longest_run <= 2);
    CHECK(g.over_2 <= 0.01 * g.full_lines);
    CHECK(g.over_3 <= allowed_over_3);
}
}  // namespace

TEST_CASE("German prose in the magazine's columns: an even grey", "[e2e][typography][corpus]") {
    // One line misses: the corpus has "Administrators(DSA)-Team" with no
    // space, too long for a line's end after "Das Debian System", so the
    // first line of that paragraph stays loose (3.9 times). Any other would
    // count here.
    check_targets(measure(test::corpus_issue(), "", "kommune21"), 1);
}

TEST_CASE("German prose in Linux Libertine 9.5/12 pt, 57 mm columns: an even grey", "[e2e][typography][corpus]") {
    check_targets(measure(test::corpus_issue(), "--layout libertine-57mm", "libertine"), 0);
}

TEST_CASE("tight lines keep their spaces for a reader who copies the text", "[e2e][typography][corpus]") {
    // pdftotext -raw runs words together where a space is narrower than
    // about 0.15 em; heftsatz never sets one below min-space (0.17 em).
    const fs::path pdf = test::output_dir("grey-copy") / "corpus.pdf";
    auto r = test::heftsatz("build -q '" + test::corpus_issue().string() + "' --layout libertine-57mm -o '" + pdf.string() + "'");
    REQUIRE(r.exit_code == 0);
    std::set<std::string> vocabulary;
    for (const auto& entry : fs::directory_iterator(test::corpus_issue() / "articles"))
        for (const std::string& block : test::article_text(entry.path()).blocks)
            for (const std::string& w : test::words(block)) vocabulary.insert(w);
    // Running heads and footers: the magazine, its sections, the edition.
    for (const std::string& w : test::words(test::read_file(test::corpus_issue() / "issue.xml"))) vocabulary.insert(w);
    const std::string raw = test::run("pdftotext -raw -enc UTF-8 '" + pdf.string() + "' -").out;
    std::istringstream lines(raw);
    std::string line, carry;
    int tokens = 0, unknown = 0;
    std::vector<std::string> strays;
    while (std::getline(lines, line)) {
        std::istringstream in(line);
        std::vector<std::string> parts;
        for (std::string t; in >> t;) parts.push_back(t);
        for (std::size_t i = 0; i < parts.size(); ++i) {
            std::string token = parts[i];
            if (i == 0 && !carry.empty()) {
                // A word hyphenated at the line end, or "Rollen- und".
                const auto joined = test::words(carry + token), alone = test::words(token);
                carry.clear();
                const bool known = (joined.size() == 1 && vocabulary.count(joined[0])) ||
                                   (alone.size() == 1 && vocabulary.count(alone[0]));
                ++tokens;
                if (!known && strays.size() < 20) strays.push_back(token);
                unknown += !known;
                continue;
            }
            if (i + 1 == parts.size() && token.size() > 1 && token.back() == '-') {
                carry = token.substr(0, token.size() - 1);
                continue;
            }
            for (const std::string& w : test::words(token)) {
                ++tokens;
                if (vocabulary.count(w) || w.find_first_not_of("0123456789") == std::string::npos) continue;
                ++unknown;
                if (strays.size() < 20) strays.push_back(w);
            }
        }
    }
    std::string list;
    for (const std::string& s : strays) list += s + " ";
    INFO("words not in the source: " << list);
    CHECK(tokens > 30000);
    // Folios, running heads and the odd split address are allowed; words run
    // together would be thousands.
    CHECK(unknown < 0.005 * tokens);
}
