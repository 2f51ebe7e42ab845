// The pages heftsatz makes rather than flows, as a production editor reads
// them (issue 9, point 7): contents without repeated labels, cover lines in
// a hierarchy, an imprint with what press law asks, in balanced columns.
#include "layout/PageMaster.h"
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <map>

using namespace heftsatz;

namespace {

// A page's text lines, top to bottom: the runs on one baseline, left to
// right, joined by spaces.
struct TextLine {
    Pt y = 0, x = 0;
    Pt size = 0;  // of its last run
    std::string text;
};
std::vector<TextLine> text_lines(const Page& page) {
    std::map<double, std::vector<const GlyphRun*>> by_y;
    for (const FrameItem& item : page.items)
        if (const auto* run = std::get_if<GlyphRun>(&item)) by_y[run->y].push_back(run);
    std::vector<TextLine> out;
    for (auto& [y, runs] : by_y) {
        std::sort(runs.begin(), runs.end(), [](auto* a, auto* b) { return a->x < b->x; });
        TextLine line{y, runs.front()->x, runs.back()->size, {}};
        for (const GlyphRun* run : runs) line.text += (line.text.empty() ? "" : " ") + run->text;
        out.push_back(line);
    }
    return out;
}

bool is_number(const std::string& s) { return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos; }

const Page& page_of(const Document& doc, const std::string& section) {
    for (const Page& page : doc.pages)
        if (page.section == section) return page;
    FAIL("no page of " << section);
    return doc.pages.front();
}

}  // namespace

TEST_CASE("the contents list each part once, with no label repeating its head", "[layout][made-pages]") {
    const test::LaidOut& out = test::laid_out_sample();
    const Pt head_size = out.layout.style("contents-section").size;
    std::string head;
    std::map<std::string, int> listed;  // a part listed by its head alone → its page
    int entries = 0;
    for (const TextLine& line : text_lines(page_of(out.doc, "Inhalt"))) {
        if (line.y < PageMaster(out.layout.page).area_top() + 40) continue;  // the running head and the title
        // "20 Anbieterverzeichnis": the page number, then the text.
        const auto space = line.text.find(' ');
        const bool numbered = space != std::string::npos && is_number(line.text.substr(0, space));
        const std::string text = numbered ? line.text.substr(space + 1) : line.text;
        INFO("\"" << line.text << "\" under \"" << head << "\"");
        if (line.size == head_size) {
            CHECK(text != head);
            head = text;
            if (numbered) listed[text] = std::stoi(line.text.substr(0, space));
            continue;
        }
        if (!numbered) continue;  // an entry's second line
        ++entries;
        CHECK(text != head);
        CHECK(text.rfind(head + ":", 0) == std::string::npos);
    }
    CHECK(entries == static_cast<int>(out.issue.articles().size()) + 1);  // and the editorial
    // The directory and the imprint: once each, by their heads, with the pages they start on.
    REQUIRE(listed.count("Anbieterverzeichnis"));
    REQUIRE(listed.count("Impressum"));
    CHECK(out.doc.pages.at(static_cast<std::size_t>(listed["Anbieterverzeichnis"] - 1)).section == "Anbieterverzeichnis");
    CHECK(out.doc.pages.at(static_cast<std::size_t>(listed["Impressum"] - 1)).section == "Impressum");
}

namespace {

// The size of each cover line's text, in the manifest's order.
std::vector<Pt> cover_line_sizes(const test::LaidOut& out) {
    std::vector<Pt> sizes;
    const Page& cover = out.doc.pages.front();
    for (const CoverLine& line : out.issue.cover->lines) {
        Pt size = 0;
        for (const FrameItem& item : cover.items)
            if (const auto* run = std::get_if<GlyphRun>(&item); run && line.text.find(run->text) == 0)
                size = run->size;
        sizes.push_back(size);
    }
    return sizes;
}

}  // namespace

TEST_CASE("the lead story's cover line is set larger than the others", "[layout][made-pages]") {
    const test::LaidOut& out = test::laid_out_sample();
    REQUIRE(out.issue.cover);
    REQUIRE(out.issue.cover->lines.size() >= 3);
    CHECK(out.issue.cover->lines.front().lead);  // none is marked: the first leads
    const std::vector<Pt> sizes = cover_line_sizes(out);
    for (std::size_t i = 1; i < sizes.size(); ++i) {
        INFO("line " << i + 1);
        CHECK(sizes[i] > 0);
        CHECK(sizes.front() > sizes[i] * 1.3);
    }
}

TEST_CASE("a cover line marked lead=yes is the large one", "[layout][made-pages]") {
    const std::filesystem::path dir = test::output_dir("cover-lead");
    std::filesystem::copy(test::source_dir() / "issues/2020-12", dir, std::filesystem::copy_options::recursive);
    std::string manifest = test::read_file(dir / "issue.xml");
    const std::string third = "<line article=\"hohenbrueck-buergerserviceportal\"";
    REQUIRE(manifest.find(third) != std::string::npos);
    manifest.insert(manifest.find(third) + third.size(), " lead=\"yes\"");
    std::ofstream(dir / "issue.xml") << manifest;
    const test::LaidOut out = test::lay_out_fixture(dir);
    REQUIRE_FALSE(out.issue.cover->lines[0].lead);
    REQUIRE(out.issue.cover->lines[2].lead);
    const std::vector<Pt> sizes = cover_line_sizes(out);
    CHECK(sizes[2] > sizes[0] * 1.3);
    CHECK(sizes[0] == sizes[1]);
}

TEST_CASE("the imprint names the person responsible, the printer, the ad contact and an e-mail address",
          "[layout][made-pages]") {
    const test::LaidOut& out = test::laid_out_sample();
    std::string text;
    for (const TextLine& line : text_lines(page_of(out.doc, "Impressum"))) text += line.text + "\n";
    for (const char* needed : {"V.i.S.d.P.", "Druck", "Anzeigen", "E-Mail", "Sibylle Brenneke", "Druckhaus Elbaue",
                               "anzeigen@", "redaktion@heftwerk-fachverlag.example"}) {
        INFO(needed);
        CHECK(text.find(needed) != std::string::npos);
    }
    // Each role once: "Redaktion: Valentin Ebert, Jana Stolzenberg, …".
    std::size_t roles = 0;
    for (auto at = text.find("Redaktion:"); at != std::string::npos; at = text.find("Redaktion:", at + 1)) ++roles;
    CHECK(roles == 1);
    CHECK(text.find("Valentin Ebert, Jana Stolzenberg") != std::string::npos);
}

TEST_CASE("the imprint's columns are balanced, not one narrow column on an empty page", "[layout][made-pages]") {
    const test::LaidOut& out = test::laid_out_sample();
    const PageMaster master(out.layout.page);
    const Page& page = page_of(out.doc, "Impressum");
    std::map<int, Pt> column_end;  // column → its last baseline
    for (const FrameItem& item : page.items) {
        const auto* run = std::get_if<GlyphRun>(&item);
        if (!run || run->y < master.area_top() + 30 || run->y > master.area_bottom()) continue;  // title, running titles
        if (run->text == "Anzeige") continue;  // a house ad's label: the planner may fill the room below
        int column = 0;
        for (int c = 0; c < out.layout.page.columns; ++c)
            if (run->x >= master.column_left(page.number, c) - 1) column = c;
        column_end[column] = std::max(column_end[column], run->y);
    }
    REQUIRE(column_end.size() == static_cast<std::size_t>(out.layout.page.columns));
    Pt shortest = master.area_bottom(), longest = 0;
    for (const auto& [column, end] : column_end) {
        shortest = std::min(shortest, end);
        longest = std::max(longest, end);
    }
    // Columns end within a few lines of each other (an item is kept whole),
    // well above the page's foot.
    CHECK(longest - shortest < 6 * master.grid());
    CHECK(longest < (master.area_top() + master.area_bottom()) / 2);
}
