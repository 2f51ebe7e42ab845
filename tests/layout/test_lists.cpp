// Lists in articles (<ul>, <ol>): each item a block with a hanging indent,
// its bullet or number at the column's edge; in the PDF an L of LIs, each
// with its Lbl and LBody (issue 10, point 3).
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <set>

using namespace heftsatz;
namespace fs = std::filesystem;

namespace {

const std::string kList =
    "<ul><li>Anträge rund um die Uhr stellen, ohne Wartemarke und ohne Öffnungszeiten, von zu Hause oder "
    "unterwegs</li><li>Bescheide digital erhalten</li></ul>"
    "<ol><li>Konto anlegen</li><li>Leistung wählen</li><li>Antrag absenden</li></ol>";

// The small fixture with a bulleted and a numbered list after an article's first paragraph.
fs::path issue_with_lists(const std::string& name) {
    const fs::path dir = test::process_dir(name);
    fs::copy(test::fixture("small-issue"), dir / "issue", fs::copy_options::recursive);
    const fs::path article = dir / "issue/articles/effizienz.xml";
    std::string xml = test::read_file(article);
    const std::string end = "</p>";
    REQUIRE(xml.find(end) != std::string::npos);
    xml.insert(xml.find(end) + end.size(), kList);
    std::ofstream(article, std::ios::trunc) << xml;
    return dir / "issue";
}

}  // namespace

TEST_CASE("a list item hangs: its label at the column's edge, every line of its text indented", "[layout][lists]") {
    const test::LaidOut out = test::lay_out_fixture(issue_with_lists("lists-layout"));
    const GlyphRun* bullet = nullptr;
    std::vector<const GlyphRun*> after;  // the runs of the first item's text, on its lines
    std::set<std::string> labels;
    for (const Page& page : out.doc.pages)
        for (const FrameItem& item : page.items)
            if (const auto* run = std::get_if<GlyphRun>(&item)) {
                if (run->tag.part_role == StructRole::ListLabel) labels.insert(run->text);
                if (run->text == "\u2022" && !bullet) bullet = run;
                else if (bullet && after.size() < 3 && run->tag.part_role == StructRole::ListBody &&
                         run->tag.block == bullet->tag.block)
                    after.push_back(run);
            }
    REQUIRE(bullet);
    CHECK(labels == std::set<std::string>{"\u2022", "1.", "2.", "3."});
    REQUIRE(after.size() >= 2);  // the first item takes more than one line
    for (const GlyphRun* run : after) {
        CHECK(run->x > bullet->x + bullet->width);
        // The second line hangs under the first's text (give or take the
        // optical margin's protrusion of a line's first letter).
        CHECK(run->x == Approx(after[0]->x).margin(1.0));
    }
    CHECK(after[1]->y > after[0]->y);
}

TEST_CASE("a list is an L of LIs, each with its Lbl and LBody, in the tagged PDF", "[pdf][lists]") {
    const fs::path issue = issue_with_lists("lists-pdf");
    const fs::path pdf = issue.parent_path() / "lists.pdf";
    const auto r = test::heftsatz("build '" + issue.string() + "' -o '" + pdf.string() + "'");
    INFO(r.out);
    REQUIRE(r.exit_code == 0);
    const std::string tree = test::run("pdfinfo -struct-text '" + pdf.string() + "'").out;
    // pdfinfo prints each element on a line, its kids indented below it:
    // the bulleted list, then the numbered one, each an L of its own.
    const std::size_t ul = tree.find("    L (block)\n");
    REQUIRE(ul != std::string::npos);
    const std::size_t ol = tree.find("    L (block)\n", ul + 1);
    REQUIRE(ol != std::string::npos);
    const std::string bullets = tree.substr(ul, ol - ul), numbers = tree.substr(ol, tree.find("    P", ol) - ol);
    CHECK(bullets.find("      LI (block)\n        Lbl (block)\n          \"\u2022\"\n        LBody (block)\n          \"Anträge") !=
          std::string::npos);
    CHECK(bullets.find("\"Bescheide digital erhalten\"") != std::string::npos);
    CHECK(bullets.find("1.") == std::string::npos);
    CHECK(numbers.find("\"1.\"\n        LBody (block)\n          \"Konto anlegen\"") != std::string::npos);
    CHECK(numbers.find("\"3.\"") != std::string::npos);
}

TEST_CASE("a list inside an info box keeps its bullets, in the box's type", "[layout][lists]") {
    const fs::path dir = test::process_dir("lists-box");
    fs::copy(test::fixture("small-issue"), dir / "issue", fs::copy_options::recursive);
    const fs::path article = dir / "issue/articles/effizienz.xml";
    std::string xml = test::read_file(article);
    const std::string end = "</p>";
    xml.insert(xml.find(end) + end.size(),
               "<box title=\"Kurz erklärt\"><ul><li>Erstens im Kasten</li><li>Zweitens im Kasten</li></ul></box>");
    std::ofstream(article, std::ios::trunc) << xml;
    const test::LaidOut out = test::lay_out_fixture(dir / "issue");
    int bullets = 0, items = 0;
    for (const Page& page : out.doc.pages)
        for (const FrameItem& item : page.items)
            if (const auto* run = std::get_if<GlyphRun>(&item)) {
                bullets += run->text == "\u2022" && run->tag.part_role == StructRole::ListLabel;
                if (run->text.find("im Kasten") != std::string::npos) {
                    ++items;
                    CHECK(run->size == out.layout.style("box").size);
                    CHECK(run->tag.role == StructRole::ListItem);
                }
            }
    CHECK(bullets == 2);
    CHECK(items == 2);
}
