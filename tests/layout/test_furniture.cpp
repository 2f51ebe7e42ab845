// An article's furniture (issue 9, point 7), checked on the laid-out pages
// of tests/fixtures/furniture: captions on their own leading and at most two
// columns wide, credits set apart, the lead two columns wide, pull quotes in
// quotation marks between rules after the sentence they repeat, interview
// questions bold, flush left and unhyphenated.
#include "layout/PageMaster.h"
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <set>

using namespace heftsatz;
namespace fs = std::filesystem;

namespace {

const test::LaidOut& furniture() {
    static test::LaidOut out = test::lay_out_fixture(test::fixture("furniture"));
    return out;
}

std::vector<const Page*> pages_of(const Document& doc, const std::string& article) {
    std::vector<const Page*> out;
    for (const Page& page : doc.pages)
        if (page.article_id == article) out.push_back(&page);
    return out;
}

std::vector<const GlyphRun*> runs_of(const Page& page) {
    std::vector<const GlyphRun*> out;
    for (const FrameItem& item : page.items)
        if (const auto* run = std::get_if<GlyphRun>(&item)) out.push_back(run);
    return out;
}

bool same(Pt a, Pt b, Pt tolerance = 0.01) { return std::abs(a - b) <= tolerance; }

// Where a point of the page stands: its column (0-based) and baseline.
struct Spot {
    int page = 0;
    int column = 0;
    Pt y = 0;
    bool operator<(const Spot& o) const {
        return page != o.page ? page < o.page : column != o.column ? column < o.column : y < o.y;
    }
};

Spot spot_of(const PageMaster& master, const Page& page, Pt x, Pt y) {
    const Pt step = master.column_width() + master.spec().gutter;
    return {page.number, static_cast<int>(std::floor((x - master.area_left(page.number) + 1) / step)), y};
}

std::size_t characters(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

bool bold(const GlyphRun& run) { return run.font->postscript_name().find("Bold") != std::string::npos; }

bool on_grid(const PageMaster& master, Pt y) {
    const double k = (y - master.baseline(0)) / master.grid();
    return std::abs(k - std::round(k)) < 1e-6;
}

// The body's lines below `y` in the column that starts at x.
Pt first_body_line_below(const Page& page, const ParagraphStyle& body, Pt x, Pt y) {
    Pt first = 1e9;
    for (const GlyphRun* run : runs_of(page))
        if (run->size == body.size && run->y > y && std::abs(run->x - x) < 20) first = std::min(first, run->y);
    return first;
}

}  // namespace

TEST_CASE("captions run on their own leading under their image, the text below on the grid",
          "[layout][furniture]") {
    const test::LaidOut& out = furniture();
    const PageMaster master(out.layout.page);
    const ParagraphStyle& caption = out.layout.style("caption");
    const ParagraphStyle& body = out.layout.style("body");
    REQUIRE(caption.leading < master.grid());
    int figures = 0;
    for (const Page* page : pages_of(out.doc, "bild"))
        for (const FrameItem& item : page->items) {
            const auto* image = std::get_if<Image>(&item);
            if (!image) continue;
            ++figures;
            const Pt bottom = image->y + image->height;
            std::set<Pt> baselines;
            for (const GlyphRun* run : runs_of(*page))
                if (run->size == caption.size && run->y > bottom && run->y < bottom + 60 && run->x >= image->x - 1 &&
                    run->x < image->x + image->width)
                    baselines.insert(run->y);
            INFO("image at " << image->x << "," << image->y);
            REQUIRE(baselines.size() >= 2);
            // Right under the image, one caption leading apart, off the grid.
            CHECK(*baselines.begin() - bottom <= caption.leading + 0.01);
            Pt previous = -1;
            bool off_grid = false;
            for (Pt y : baselines) {
                if (previous >= 0) CHECK(same(y - previous, caption.leading));
                off_grid |= !on_grid(master, y);
                previous = y;
            }
            CHECK(off_grid);
            // The text below resumes on the grid, clear of the caption.
            const Pt next = first_body_line_below(*page, body, image->x, *baselines.rbegin());
            if (next < 1e9) {
                CHECK(on_grid(master, next));
                CHECK(next - *baselines.rbegin() >= 1.5 * master.grid() - 0.01);
            }
        }
    CHECK(figures == 2);
}

TEST_CASE("a caption is at most two columns wide and its credit stands apart at the image's edge",
          "[layout][furniture]") {
    const test::LaidOut& out = furniture();
    const PageMaster master(out.layout.page);
    const ParagraphStyle& caption = out.layout.style("caption");
    const Pt two_columns = 2 * master.column_width() + master.spec().gutter;
    int page_wide = 0, credits = 0;
    for (const Page* page : pages_of(out.doc, "bild"))
        for (const FrameItem& item : page->items) {
            const auto* image = std::get_if<Image>(&item);
            if (!image) continue;
            const Pt bottom = image->y + image->height;
            const bool wide = same(image->width, master.area_width(), 0.5);
            page_wide += wide;
            Pt caption_right = 0, caption_last = 0;
            int caption_lines = 0;
            for (const GlyphRun* run : runs_of(*page)) {
                if (run->y <= bottom || run->y > bottom + 60 || run->x < image->x - 1) continue;
                INFO("run \"" << run->text << "\"");
                if (run->size == caption.size) {
                    CHECK(run->text.find("Foto:") == std::string::npos);
                    CHECK(run->text.find("Grafik:") == std::string::npos);
                    caption_right = std::max(caption_right, run->x + run->width);
                    caption_last = std::max(caption_last, run->y);
                    ++caption_lines;
                }
            }
            INFO("image " << image->width << " wide at " << image->x << "," << image->y);
            REQUIRE(caption_lines >= 2);
            CHECK(caption_right <= image->x + std::min(two_columns, image->width) + 0.5);
            // The credit: its own run, smaller, flush with the image's right edge.
            for (const GlyphRun* run : runs_of(*page)) {
                if (run->text != "Foto: Anna Beispiel" && run->text != "Grafik: Testredaktion") continue;
                if (run->y <= bottom || run->y > bottom + 80 || run->x < image->x) continue;
                ++credits;
                INFO("credit \"" << run->text << "\" at " << run->x << "," << run->y);
                CHECK(run->size < caption.size);
                CHECK(same(run->x + run->width, image->x + image->width, 0.5));
                // Beside a page-wide caption, else on a line of its own below it.
                if (wide) CHECK(run->x >= image->x + two_columns);
                else CHECK(run->y > caption_last);
            }
        }
    CHECK(page_wide == 1);
    CHECK(credits == 2);
}

TEST_CASE("a page-wide figure on an article's first page stands below the text of every column",
          "[layout][furniture]") {
    const test::LaidOut& out = furniture();
    const PageMaster master(out.layout.page);
    const Page& first = *pages_of(out.doc, "bild").at(0);
    const Image* wide = nullptr;
    for (const FrameItem& item : first.items)
        if (const auto* image = std::get_if<Image>(&item); image && same(image->width, master.area_width(), 0.5))
            wide = image;
    REQUIRE(wide);
    Pt lowest_caption = 0;
    for (const GlyphRun* run : runs_of(first))
        if (run->y > wide->y + wide->height && run->y < master.footer_baseline() - 1)
            lowest_caption = std::max(lowest_caption, run->y);
    CHECK(lowest_caption <= master.area_bottom());
    // Text stands above it in every column, ending clear of it.
    const ParagraphStyle& body = out.layout.style("body");
    std::map<int, Pt> lowest;
    for (const GlyphRun* run : runs_of(first))
        if (run->size == body.size && run->y < wide->y) {
            const Spot s = spot_of(master, first, run->x, run->y);
            lowest[s.column] = std::max(lowest[s.column], run->y);
        }
    CHECK(lowest.size() == static_cast<std::size_t>(out.layout.page.columns));
    for (const auto& [column, y] : lowest) CHECK(wide->y - y >= master.grid());
}

TEST_CASE("the lead takes two columns and the third column's text begins below the title", "[layout][furniture]") {
    const test::LaidOut& out = furniture();
    const PageMaster master(out.layout.page);
    const ParagraphStyle& lead = out.layout.style("lead");
    const ParagraphStyle& body = out.layout.style("body");
    const Pt two_columns = 2 * master.column_width() + master.spec().gutter;
    for (const char* id : {"bild", "zitat", "interview"}) {
        const Page& first = *pages_of(out.doc, id).at(0);
        const Pt left = master.area_left(first.number);
        std::map<Pt, std::string> lines;
        for (const GlyphRun* run : runs_of(first))
            if (run->size == lead.size && bold(*run) && run->y < master.area_top() + 200) {
                INFO(id << ": lead run \"" << run->text << "\"");
                CHECK(run->x + run->width <= left + two_columns + test::hang_allowed_right(*run));
                lines[run->y] += run->text;
            }
        INFO(id);
        REQUIRE(lines.size() >= 2);
        // About 60 to 70 characters a line, the last line aside.
        std::size_t characters = 0;
        for (auto it = lines.begin(); std::next(it) != lines.end(); ++it)
            characters += ::characters(it->second);
        const double per_line = static_cast<double>(characters) / static_cast<double>(lines.size() - 1);
        CHECK(per_line >= 50);
        CHECK(per_line <= 75);
        // The third column begins beside the lead, not below it.
        Pt third = 1e9;
        for (const GlyphRun* run : runs_of(first))
            if (run->size == body.size && spot_of(master, first, run->x, run->y).column == 2)
                third = std::min(third, run->y);
        CHECK(third < lines.rbegin()->first);
    }
}

namespace {

// A placed pull quote: its lines, rules and attribution.
struct PlacedQuote {
    const Page* page = nullptr;
    std::vector<const GlyphRun*> lines;  // top to bottom
    const GlyphRun* attribution = nullptr;
    std::vector<const Rule*> rules;
};

// The pull quote whose text holds `words`, found by its style's size and
// colour on the article's pages.
PlacedQuote find_quote(const test::LaidOut& out, const std::string& article, const std::string& words,
                       const std::string& by = {}) {
    const ParagraphStyle& quote = out.layout.style("quote");
    for (const Page* page : pages_of(out.doc, article)) {
        // Quote lines stand one below the other in one column; a quote is
        // the run of such lines that holds `words`.
        std::vector<const GlyphRun*> runs;
        for (const GlyphRun* run : runs_of(*page))
            if (run->size == quote.size) runs.push_back(run);
        std::stable_sort(runs.begin(), runs.end(), [](const GlyphRun* a, const GlyphRun* b) {
            return a->x != b->x ? a->x < b->x : a->y < b->y;
        });
        std::vector<std::vector<const GlyphRun*>> groups;
        for (const GlyphRun* run : runs) {
            if (groups.empty() || std::abs(groups.back().back()->x - run->x) > 20 ||
                run->y - groups.back().back()->y > 2 * quote.leading)
                groups.emplace_back();
            groups.back().push_back(run);
        }
        for (const auto& group : groups) {
            std::string text;
            for (const GlyphRun* run : group) text += run->text + " ";
            if (test::letters(text).find(test::letters(words)) == std::string::npos) continue;
            PlacedQuote q{page, group, nullptr, {}};
            const Pt last = group.back()->y;
            for (const GlyphRun* run : runs_of(*page))
                if (!by.empty() && run->text == by && std::abs(run->x - group.front()->x) < 1 && run->y > last &&
                    run->y < last + 25)
                    q.attribution = run;
            for (const FrameItem& item : page->items)
                if (const auto* rule = std::get_if<Rule>(&item);
                    rule && same(rule->y0, rule->y1) && std::abs(rule->x0 - group.front()->x) < 1 &&
                    rule->y0 > group.front()->y - 40 && rule->y0 < last + 40)
                    q.rules.push_back(rule);
            return q;
        }
    }
    return {};
}

// The placement of the body line where `words` end (found once, across
// line ends and hyphens, in reading order).
Spot find_body_line(const test::LaidOut& out, const std::string& article, const std::string& words) {
    const PageMaster master(out.layout.page);
    const ParagraphStyle& body = out.layout.style("body");
    std::vector<std::pair<Spot, const GlyphRun*>> lines;
    for (const Page* page : pages_of(out.doc, article))
        for (const GlyphRun* run : runs_of(*page))
            if (run->size == body.size) lines.emplace_back(spot_of(master, *page, run->x, run->y), run);
    std::stable_sort(lines.begin(), lines.end(), [](const auto& a, const auto& b) {
        return a.first < b.first || (!(b.first < a.first) && a.second->x < b.second->x);
    });
    std::string text;
    std::vector<std::size_t> ends;  // letters up to the end of each run
    for (const auto& [spot, run] : lines) {
        text += test::letters(run->text);
        ends.push_back(text.size());
    }
    const std::string wanted = test::letters(words);
    const std::size_t at = text.find(wanted);
    INFO("\"" << words << "\" in " << article);
    REQUIRE(at != std::string::npos);
    REQUIRE(text.find(wanted, at + 1) == std::string::npos);
    const std::size_t end = at + wanted.size();
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (ends[i] >= end) return lines[i].first;
    return lines.back().first;
}

// Whether body text stands in the quote's column above it (a quote at a
// column's head reads as a headline).
bool text_above(const test::LaidOut& out, const PlacedQuote& q) {
    const PageMaster master(out.layout.page);
    const ParagraphStyle& body = out.layout.style("body");
    const Spot at = spot_of(master, *q.page, q.lines.front()->x, q.lines.front()->y);
    for (const GlyphRun* run : runs_of(*q.page)) {
        const Spot s = spot_of(master, *q.page, run->x, run->y);
        if (run->size == body.size && s.column == at.column && run->y < q.rules.front()->y0) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("a pull quote stands in German quotation marks between rules, with its attribution",
          "[layout][furniture]") {
    const test::LaidOut& out = furniture();
    const PageMaster master(out.layout.page);
    const PlacedQuote q = find_quote(out, "zitat", "Wer seine Abläufe nicht kennt", "Jana Muster, Amtsleiterin");
    REQUIRE(q.page);
    CHECK(q.lines.front()->text.rfind("\u201E", 0) == 0);  // „
    const std::string& last = q.lines.back()->text;
    CHECK(last.size() >= 3);
    CHECK(last.substr(last.size() - 3) == "\u201C");  // “
    REQUIRE(q.attribution);
    CHECK(q.attribution->size < q.lines.front()->size);
    REQUIRE(q.rules.size() == 2);
    const Pt top = std::min(q.rules[0]->y0, q.rules[1]->y0), bottom = std::max(q.rules[0]->y0, q.rules[1]->y0);
    CHECK(top < q.lines.front()->y - q.lines.front()->size);
    CHECK(bottom > q.attribution->y);
    for (const Rule* rule : q.rules) CHECK(same(rule->x1 - rule->x0, master.column_width(), 0.5));
}

TEST_CASE("a pull quote follows the sentence it repeats, in a later column, never at a column's head",
          "[layout][furniture]") {
    const test::LaidOut& out = furniture();
    const PageMaster master(out.layout.page);
    // The manifest puts this quote before the paragraph that holds its
    // sentence ("... digitalisiert nur das Durcheinander, sagt sie.").
    const PlacedQuote q = find_quote(out, "zitat", "Wer seine Abläufe nicht kennt", "Jana Muster, Amtsleiterin");
    REQUIRE(q.page);
    REQUIRE(q.rules.size() == 2);
    const Spot sentence = find_body_line(out, "zitat", "digitalisiert nur das Durcheinander, sagt sie.");
    const Spot quote = spot_of(master, *q.page, q.lines.front()->x, q.rules.front()->y0);
    INFO("sentence on page " << sentence.page << " column " << sentence.column << " at " << sentence.y
                             << "; quote on page " << quote.page << " column " << quote.column << " at " << quote.y);
    if (quote.page == sentence.page) {
        CHECK(quote.column > sentence.column);
        CHECK(quote.y > sentence.y);  // not level with it, below it
    } else {
        CHECK(quote.page > sentence.page);
    }
    CHECK(text_above(out, q));

    // A quote that repeats no sentence follows the paragraph before it.
    const PlacedQuote free = find_quote(out, "zitat", "Geduld ist in der Verwaltung");
    REQUIRE(free.page);
    REQUIRE(free.rules.size() == 2);
    const Spot paragraph_end = find_body_line(out, "zitat", "sammelt die Erfahrungen in einem internen Handbuch.");
    CHECK(paragraph_end < spot_of(master, *free.page, free.lines.front()->x, free.rules.front()->y0));
    CHECK(text_above(out, free));
}

TEST_CASE("interview questions are bold, flush left and never hyphenated", "[layout][furniture]") {
    const test::LaidOut& out = furniture();
    const PageMaster master(out.layout.page);
    const ParagraphStyle& body = out.layout.style("body");
    // Question lines: the body's size, bold; answers are regular.
    std::map<Spot, std::string> lines;
    std::map<Spot, Pt> ends;
    for (const Page* page : pages_of(out.doc, "interview"))
        for (const GlyphRun* run : runs_of(*page))
            if (run->size == body.size && bold(*run)) {
                Spot s = spot_of(master, *page, run->x, run->y);
                lines[s] += run->text;
                ends[s] = std::max(ends[s], run->x + run->width);
            }
    REQUIRE(lines.size() >= 8);
    int non_last = 0, short_of_edge = 0;
    for (auto it = lines.begin(); it != lines.end(); ++it) {
        const Spot& s = it->first;
        INFO("question line \"" << it->second << "\"");
        // The questions hold no hyphen: none may end a line.
        CHECK(it->second.back() != '-');
        CHECK(it->second.find("\u2010") == std::string::npos);
        const auto next = std::next(it);
        const bool last = next == lines.end() || next->first.page != s.page || next->first.column != s.column ||
                          !same(next->first.y - s.y, master.grid());
        if (last) continue;
        ++non_last;
        const Pt right = master.column_left(s.page, s.column) + master.column_width();
        if (ends[s] < right - 2) ++short_of_edge;
    }
    // Ragged: the lines of a question end where their words end, not all at the column's edge.
    REQUIRE(non_last >= 4);
    CHECK(short_of_edge * 2 >= non_last);
}

TEST_CASE("a pull quote that can only follow its sentence in the same column says so", "[layout][furniture]") {
    const fs::path dir = test::output_dir("furniture-last-sentence");
    fs::create_directories(dir / "articles");
    std::ofstream(dir / "issue.xml")
        << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<issue magazine=\"K\" number=\"1\" year=\"2020\" "
           "date=\"2020-01-01\" layout=\"kommune21\">\n<section title=\"S\"><article src=\"articles/a.xml\"/>"
           "</section>\n</issue>\n";
    std::ofstream(dir / "articles/a.xml")
        << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<article id=\"a\">\n<title>Kurz</title>\n<body>\n"
           "<quote>Am Ende zählt, was im Rathaus ankommt.</quote>\n"
           "<p>Die Gemeinde stellt ihre Formulare ins Netz. Der Bürgermeister sagt dazu nur einen Satz. "
           "Am Ende zählt, was im Rathaus ankommt.</p>\n</body>\n</article>\n";
    const test::LaidOut out = test::lay_out_fixture(dir);
    const PageMaster master(out.layout.page);
    const PlacedQuote q = find_quote(out, "a", "Am Ende zählt");
    REQUIRE(q.page);
    REQUIRE(q.rules.size() == 2);
    const Spot sentence = find_body_line(out, "a", "Am Ende zählt, was im Rathaus ankommt.");
    const Spot quote = spot_of(master, *q.page, q.lines.front()->x, q.rules.front()->y0);
    CHECK(quote.column == sentence.column);
    CHECK(quote.y > sentence.y);
    bool warned = false;
    for (const Diagnostic& d : out.diagnostics.items())
        warned |= d.message.find("the pull quote stands in the column of the sentence it repeats") != std::string::npos &&
                  d.where.line == 5;
    CHECK(warned);
}

TEST_CASE("the sample's pull quotes stand between paragraphs, in a later column than their sentence",
          "[layout][furniture]") {
    // Behind the last paragraph (and the author's tag) a quote repeats what
    // the reader has just finished; balanced columns once left it no other
    // place on both of the sample's run-on pages.
    static const test::LaidOut out = test::lay_out_fixture(test::source_dir() / "issues/2020-12");
    const PageMaster master(out.layout.page);
    struct Case {
        const char* article;
        const char* quote;
        const char* sentence;  // the words its sentence ends with
        const char* last;      // the last words of the article's text
    };
    const Case cases[] = {
        {"heidmoorstedt-videoberatung", "Aus dem Provisorium vom Frühjahr",
         "ein fester Bestandteil des Serviceangebots geworden.", "und nach einer Woche war der Kalender voll."},
        {"xoev-schnittstellen", "Den größten Fortschritt haben wir", "wo es bereits etablierte XÖV-Standards gab.",
         "müsse deshalb jetzt handeln."},
    };
    for (const Case& c : cases) {
        INFO(c.article);
        const PlacedQuote q = find_quote(out, c.article, c.quote);
        REQUIRE(q.page);
        REQUIRE(q.rules.size() == 2);
        const Spot quote = spot_of(master, *q.page, q.lines.front()->x, q.rules.front()->y0);
        const Spot sentence = find_body_line(out, c.article, c.sentence);
        const Spot last = find_body_line(out, c.article, c.last);
        CHECK(sentence < quote);
        CHECK((quote.page > sentence.page || quote.column > sentence.column));
        CHECK(quote < last);  // text of the article follows it
        CHECK(text_above(out, q));
    }
}
