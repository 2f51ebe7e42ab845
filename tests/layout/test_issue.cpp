// The whole sample issue, checked on the layout stage's output: contents
// page numbers, print rules, directory order, type area and overlaps.
#include "layout/IssuePages.h"
#include "layout/PageMaster.h"
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <tuple>

using namespace heftsatz;

namespace {

std::string without_spaces(std::string s) {
    s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
    return s;
}

struct Box {
    Pt left, top, right, bottom;
    bool overlaps(const Box& o, Pt tolerance) const {
        return left < o.right - tolerance && o.left < right - tolerance && top < o.bottom - tolerance &&
               o.top < bottom - tolerance;
    }
};

Box box_of(const GlyphRun& run) { return {run.x, run.y - 0.7 * run.size, run.x + run.width, run.y + 0.2 * run.size}; }

}  // namespace

TEST_CASE("the page count is a multiple of four, every folio is its page number, cover and back page carry none", "[layout][issue]") {
    const Document& doc = test::laid_out_sample().doc;
    CHECK(doc.pages.size() % 4 == 0);
    CHECK(doc.pages.size() >= 16);
    CHECK(doc.pages.front().bare);
    CHECK(doc.pages.back().bare);
    for (std::size_t i = 1; i + 1 < doc.pages.size(); ++i) {
        bool folio = false;
        for (const FrameItem& item : doc.pages[i].items)
            if (const auto* run = std::get_if<GlyphRun>(&item)) folio |= run->text == std::to_string(i + 1);
        INFO("page " << i + 1);
        CHECK((folio || doc.pages[i].bare));
    }
}

TEST_CASE("contents page numbers are the pages where the articles start", "[layout][issue]") {
    const test::LaidOut& out = test::laid_out_sample();
    std::map<std::string, int> start;  // article id → first page
    for (const Page& page : out.doc.pages)
        for (const PageArticle& a : page.articles) start.try_emplace(a.id, page.number);
    // The contents: on each baseline a folio run, then the entry's text.
    std::map<std::string, int> listed;  // entry text without spaces → number
    for (const Page& page : out.doc.pages) {
        if (page.section != "Inhalt") continue;
        std::map<double, std::vector<const GlyphRun*>> lines;
        for (const FrameItem& item : page.items)
            if (const auto* run = std::get_if<GlyphRun>(&item)) lines[run->y].push_back(run);
        for (auto& [y, runs] : lines) {
            std::sort(runs.begin(), runs.end(), [](auto* a, auto* b) { return a->x < b->x; });
            if (runs.size() < 2 || runs[0]->text.find_first_not_of("0123456789") != std::string::npos) continue;
            std::string text;
            for (std::size_t k = 1; k < runs.size(); ++k) text += without_spaces(runs[k]->text);
            listed[text] = std::stoi(runs[0]->text);
        }
    }
    int checked = 0;
    for (const Article* a : out.issue.articles()) {
        const std::string entry = without_spaces(a->kicker.plain_text() + ": " + a->title.plain_text());
        int found = 0;
        for (const auto& [text, number] : listed)
            if (entry.rfind(text, 0) == 0) found = number;  // the entry's first line starts the same
        INFO(a->id << " \"" << entry << "\"");
        REQUIRE(found > 0);
        CHECK(found == start.at(a->id));
        ++checked;
    }
    CHECK(checked == static_cast<int>(out.issue.articles().size()));
}

TEST_CASE("no text leaves the type area or overlaps other text or images", "[layout][issue]") {
    const test::LaidOut& out = test::laid_out_sample();
    PageMaster master(out.layout.page);
    const Pt running_size = out.layout.style("footer").size;
    std::size_t runs = 0, pictures = 0;
    for (const Page& page : out.doc.pages) {
        if (page.bare) continue;
        const Pt left = master.area_left(page.number), right = left + master.area_width();
        std::vector<Box> texts, images;
        for (const FrameItem& item : page.items) {
            if (const auto* image = std::get_if<Image>(&item)) {
                images.push_back({image->x, image->y, image->x + image->width, image->y + image->height});
                continue;
            }
            const auto* run = std::get_if<GlyphRun>(&item);
            if (!run) continue;
            INFO("page " << page.number << ": \"" << run->text << "\" at " << run->x << "," << run->y);
            CHECK(run->x >= left - test::hang_allowed_left(*run));
            CHECK(run->x + run->width <= right + test::hang_allowed_right(*run));
            const bool running_title = run->size == running_size && (run->y < master.area_top() || run->y > master.area_bottom());
            if (!running_title) {
                CHECK(run->y >= master.area_top());
                CHECK(run->y <= master.area_bottom() + 0.01);
            }
            texts.push_back(box_of(*run));
        }
        runs += texts.size();
        pictures += images.size();
        for (std::size_t i = 0; i < texts.size(); ++i) {
            for (std::size_t k = i + 1; k < texts.size(); ++k) {
                INFO("page " << page.number << " runs " << i << " and " << k);
                CHECK_FALSE(texts[i].overlaps(texts[k], 0.5));
            }
            for (const Box& image : images) {
                INFO("page " << page.number << " run " << i << " and an image");
                CHECK_FALSE(texts[i].overlaps(image, 0.5));
            }
        }
    }
    CHECK(runs > 1000);  // every line of the issue was looked at
    CHECK(pictures >= 8);  // figures, ads, logos
}

TEST_CASE("the directory follows German collation within its categories", "[layout][issue]") {
    Listings listings;
    for (const char* name : {"Zeta GmbH", "Ärzteservice GmbH", "Ahorn AG", "brain-SCC GmbH", "Bär & Co", "Abc KG"})
        listings.companies.push_back(Company{name, "Fachverfahren", {}, {}, {}, {}, {}, {}, {}, {}, {}});
    listings.companies.push_back(Company{"Ökodata", "Öffentliche Sicherheit", {}, {}, {}, {}, {}, {}, {}, {}, {}});
    listings.companies.push_back(Company{"Karten AG", "Geoinformation", {}, {}, {}, {}, {}, {}, {}, {}, {}});
    std::vector<std::string> order;
    for (const Company* c : sorted_directory(listings)) order.push_back(c->name);
    CHECK(order == std::vector<std::string>{"Abc KG", "Ahorn AG", "Ärzteservice GmbH", "Bär & Co", "brain-SCC GmbH",
                                            "Zeta GmbH", "Karten AG", "Ökodata"});
}

TEST_CASE("every directory entry is in the issue", "[layout][issue]") {
    const test::LaidOut& out = test::laid_out_sample();
    REQUIRE(out.issue.listings);
    REQUIRE(out.issue.listings->companies.size() >= 12);
    std::string all;
    for (const Page& page : out.doc.pages)
        for (const FrameItem& item : page.items)
            if (const auto* run = std::get_if<GlyphRun>(&item)) all += without_spaces(run->text);
    for (const Company& c : out.issue.listings->companies) {
        INFO(c.name);
        CHECK(all.find(without_spaces(c.name)) != std::string::npos);
        if (!c.text.empty()) CHECK(test::letters(all).find(test::letters(c.text)) != std::string::npos);
    }
}

TEST_CASE("jump lines name the pages where an article stops and goes on", "[layout][issue]") {
    const test::LaidOut& out = test::laid_out_sample();
    int jumps_out = 0, jumps_in = 0;
    std::map<std::string, int> first_page, last_page;
    for (const Page& page : out.doc.pages)
        for (const PageArticle& a : page.articles) {
            first_page.try_emplace(a.id, page.number);
            last_page[a.id] = page.number;
        }
    auto holds = [&](int number, const std::string& id) {
        const auto& ids = out.doc.pages.at(static_cast<std::size_t>(number - 1)).articles;
        return std::any_of(ids.begin(), ids.end(), [&](const PageArticle& a) { return a.id == id; });
    };
    for (const Page& page : out.doc.pages)
        for (const FrameItem& item : page.items) {
            const auto* run = std::get_if<GlyphRun>(&item);
            if (!run) continue;
            const std::string out_prefix = "FortsetzungaufSeite", in_prefix = "FortsetzungvonSeite";
            const std::string text = without_spaces(run->text);
            if (text.rfind(out_prefix, 0) == 0) {
                // The continuation is the next page of the same article after a gap.
                const int to = std::stoi(text.substr(out_prefix.size()));
                // The article stopping here is the last one on the page.
                REQUIRE(!page.articles.empty());
                const std::string& id = page.articles.back().id;
                REQUIRE(to > page.number + 1);
                CHECK(holds(to, id));
                CHECK(!holds(page.number + 1, id));
                CHECK(last_page.at(id) >= to);
                ++jumps_out;
            }
            if (text.rfind(in_prefix, 0) == 0) {
                const int from = std::stoi(text.substr(in_prefix.size()));
                REQUIRE(!page.articles.empty());
                CHECK(holds(from, page.articles.front().id));
                CHECK(from < page.number);
                ++jumps_in;
            }
        }
    CHECK(jumps_out == 1);  // the sample's one article with pages="1"
    CHECK(jumps_in == 1);
}

TEST_CASE("with sections on right-hand pages every section opens on an odd page", "[layout][issue]") {
    namespace fs = std::filesystem;
    const fs::path dir = test::output_dir("right-page");
    fs::copy(test::fixture("small-issue"), dir, fs::copy_options::recursive);
    std::string layout = test::read_file(test::source_dir() / "layouts/kommune21.xml");
    layout.replace(layout.find("name=\"kommune21\""), 16, "name=\"rechts\"");
    layout.replace(layout.find("sections=\"new-page\""), 19, "sections=\"right-page\"");
    fs::create_directories(dir / "layouts");
    std::ofstream(dir / "layouts/rechts.xml") << layout;
    std::string issue = test::read_file(dir / "issue.xml");
    issue.replace(issue.find("layout=\"kommune21\""), 18, "layout=\"rechts\"");
    std::ofstream(dir / "issue.xml") << issue;

    test::LaidOut out = test::lay_out_fixture(dir);
    CHECK(out.layout.sections_on_right);
    std::map<std::string, int> opens;
    for (const Page& page : out.doc.pages)
        if (!page.article_id.empty()) opens.try_emplace(page.section, page.number);
    REQUIRE(opens.size() == 2);
    for (const auto& [section, page] : opens) {
        INFO(section);
        CHECK(page % 2 == 1);
    }
    CHECK(out.doc.pages.size() % 4 == 0);
}

TEST_CASE("no page of the sample ends in a hyphen, not even before a jump", "[layout][issue]") {
    // German practice: the reader must not turn the page (or follow a jump)
    // holding half a word. The last body line of a page is the lowest line
    // of running text in its rightmost column; its last run (a line may hold
    // several: an italic word) is the rightmost on that baseline.
    const test::LaidOut& out = test::laid_out_sample();
    PageMaster master(out.layout.page);
    const Pt body = out.layout.style("body").size;
    int pages = 0, jumps = 0;
    for (const Page& page : out.doc.pages) {
        const GlyphRun* last = nullptr;
        std::tuple<int, Pt, Pt> last_at{-1, 0, 0};  // column, baseline, x
        bool jump = false;
        for (const FrameItem& item : page.items) {
            const auto* run = std::get_if<GlyphRun>(&item);
            if (!run) continue;
            jump |= run->text.rfind("Fortsetzung auf Seite", 0) == 0;
            if (run->size != body || run->y > master.area_bottom()) continue;
            int column = 0;
            while (column + 1 < out.layout.page.columns && run->x >= master.column_left(page.number, column + 1) - 1) ++column;
            const std::tuple<int, Pt, Pt> at{column, run->y, run->x};
            if (!last || at > last_at) {
                last = run;
                last_at = at;
            }
        }
        if (!last) continue;
        ++pages;
        jumps += jump;
        INFO("page " << page.number << ": \"" << last->text << "\"");
        CHECK(last->text.back() != '-');
    }
    CHECK(pages > 10);
    CHECK(jumps == 1);  // the sample's one article continued later
}

namespace {

// The text of a page, without spaces, for finding what a message quotes.
std::string page_text(const Page& page) {
    std::string text;
    for (const FrameItem& item : page.items)
        if (const auto* run = std::get_if<GlyphRun>(&item)) text += without_spaces(run->text);
    return text;
}

}  // namespace

TEST_CASE("every page has the margins of its side, continuations included", "[layout][issue]") {
    // Odd folios are right-hand pages: the wide inner margin on the left.
    // The text's left edge on each page is the type area's left edge of its
    // side, and no text crosses the other side's edge.
    const test::LaidOut& out = test::laid_out_sample();
    PageMaster master(out.layout.page);
    const Pt body = out.layout.style("body").size;
    int checked = 0;
    for (const Page& page : out.doc.pages) {
        if (page.bare) continue;
        Pt left = 1e9, right = 0;
        for (const FrameItem& item : page.items)
            if (const auto* run = std::get_if<GlyphRun>(&item); run && run->size == body) {
                left = std::min(left, run->x);
                right = std::max(right, run->x + run->width);
            }
        if (left > 1e8) continue;
        INFO("page " << page.number);
        // Hanging punctuation may reach a few points into the margin; the
        // other side's margin is 4 mm (11 pt) off.
        CHECK(std::abs(left - master.area_left(page.number)) < 5.0);
        CHECK(right <= master.area_left(page.number) + master.area_width() + 5.0);
        ++checked;
    }
    CHECK(checked > 10);
}

TEST_CASE("messages that quote a line name the page where the reader finds it", "[layout][issue]") {
    // The report's page numbers are the folios: a line quoted in a warning
    // is on the page the warning names, on the continued article's later
    // pages too. The sample has no such warning; a copy gets them from a
    // 26-digit file number (digits never hyphenate) in every paragraph of
    // the article that jumps (pages 14, then 16 and 17).
    namespace fs = std::filesystem;
    const fs::path folder = test::output_dir("quoted-lines") / "2020-12";
    fs::remove_all(folder);
    fs::copy(test::source_dir() / "issues/2020-12", folder, fs::copy_options::recursive);
    const fs::path article = folder / "articles/brackenland-informationssicherheit.xml";
    const std::string text = test::read_file(article);
    std::ofstream(article) << std::regex_replace(text, std::regex("<p>(\\w+) "), "<p>$1 Az. 20180047110008154200013370 ");
    const test::LaidOut out = test::lay_out_fixture(folder);
    std::set<int> pages;
    for (const Diagnostic& d : out.diagnostics.items()) {
        const auto open = d.message.find(": \"");
        if (d.page <= 0 || open == std::string::npos) continue;
        const auto close = d.message.find('"', open + 3);
        std::string line = without_spaces(d.message.substr(open + 3, close - open - 3));
        if (!line.empty() && line.back() == '-') line.pop_back();
        INFO(d.message << " [page " << d.page << "]");
        CHECK(page_text(out.doc.pages.at(static_cast<std::size_t>(d.page - 1))).find(line) != std::string::npos);
        pages.insert(d.page);
    }
    // The first page and at least one after the jump.
    CHECK(pages.size() >= 2);
}

TEST_CASE("cover lines name the pages where their articles start", "[layout][issue]") {
    const test::LaidOut& out = test::laid_out_sample();
    REQUIRE(out.issue.cover);
    std::map<std::string, int> start;
    for (const Page& page : out.doc.pages)
        for (const PageArticle& a : page.articles) start.try_emplace(a.id, page.number);
    const std::string cover = page_text(out.doc.pages.front());
    for (const CoverLine& line : out.issue.cover->lines) {
        INFO(line.article_id);
        // The page number stands before its line.
        CHECK(cover.find(std::to_string(start.at(line.article_id)) + without_spaces(line.text)) != std::string::npos);
    }
}
