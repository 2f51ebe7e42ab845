// Lays out a whole issue: cover, editorial, contents, the sections' articles
// and ads, the directory, the imprint, filler pages to a multiple of four
// and the back page; then running heads, footers, metadata and bookmarks.
#include "base/Parallel.h"
#include "base/WorkAhead.h"
#include "layout/ArticleLayout.h"
#include "layout/Layout.h"
#include "layout/LayoutContext.h"
#include "layout/IssuePages.h"
#include "layout/PagePlanner.h"
#include "layout/LinePainter.h"
#include "layout/RunningFooter.h"
#include "layout/TextReport.h"

#include <algorithm>
#include <thread>
#include <chrono>
#include <cmath>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <cstdlib>
#include <set>
#include <sstream>
#include <tuple>

namespace heftsatz {
namespace {

DocumentInfo document_info(const Issue& issue) {
    DocumentInfo info;
    info.title = issue.magazine + " – " + issue.edition();
    if (issue.offprint && !issue.articles().empty())
        info.title = issue.articles().front()->title.plain_text() + " (" + info.title + ")";
    info.author = "Redaktion " + issue.magazine;
    std::string sections;
    std::set<std::string> seen;
    std::string keywords;
    for (const Section& s : issue.sections) {
        sections += (sections.empty() ? "" : ", ") + s.title;
        for (const Article& a : s.articles) {
            std::stringstream words(a.keywords);
            std::string word;
            while (std::getline(words, word, ',')) {
                auto b = word.find_first_not_of(' ');
                auto e = word.find_last_not_of(' ');
                if (b == std::string::npos) continue;
                word = word.substr(b, e - b + 1);
                if (seen.insert(word).second) keywords += (keywords.empty() ? "" : ", ") + word;
            }
        }
    }
    info.subject = issue.magazine + ", " + issue.edition() + ": " + sections;
    info.keywords = keywords;
    info.lang = issue.lang;
    info.epoch = creation_epoch(issue);
    return info;
}

}  // namespace

long long creation_epoch(const Issue& issue) {
    if (const char* sde = std::getenv("SOURCE_DATE_EPOCH"); sde && *sde) {
        char* end = nullptr;
        long long v = std::strtoll(sde, &end, 10);
        if (end && *end == '\0' && v >= 0) return v;
    }
    int y = 0, m = 0, d = 0;
    if (std::sscanf(issue.date.c_str(), "%d-%d-%d", &y, &m, &d) == 3 && m >= 1 && m <= 12 && d >= 1 &&
        d <= 31) {
        using namespace std::chrono;
        auto days = sys_days(year{y} / month{static_cast<unsigned>(m)} / day{static_cast<unsigned>(d)});
        return duration_cast<seconds>(days.time_since_epoch()).count();
    }
    return 0;
}

namespace {

// The contents' entries in the order the planner makes them, before their
// pages are known: what the contents' length is measured with.
std::vector<ContentsEntry> contents_entries(const Issue& issue) {
    std::vector<ContentsEntry> entries;
    auto add = [&](const std::string& section, const Article& a, const SourceLocation& where) {
        entries.push_back(ContentsEntry{section, a.kicker.plain_text(), a.title.plain_text(), 999, where,
                                        a.kicker.where, a.title.where});
    };
    if (issue.editorial) add("Editorial", *issue.editorial, {});
    for (const Section& section : issue.sections)
        for (const Article& a : section.articles) add(section.title, a, section.where);
    if (issue.listings)
        entries.push_back(ContentsEntry{issue.listings->title, {}, issue.listings->title, 999,
                                        issue.listings->title_where, {}, issue.listings->title_where});
    if (issue.imprint) entries.push_back(ContentsEntry{"Impressum", {}, "Impressum", 999, {}, {}, issue.imprint->where});
    return entries;
}

// "Fortsetzung auf Seite 14" at the foot of the last column where an
// article stops, "Fortsetzung von Seite 9: Title" at the head of where it
// goes on; the lines were kept free by ArticleLayout.
void paint_jump_lines(const std::vector<Jump>& jumps, Document& doc, LayoutContext& ctx, TextReport& report) {
    const PageMaster& m = ctx.master;
    const int columns = ctx.layout.page.columns;
    const ParagraphStyle& out_style = ctx.layout.style("caption");
    const ParagraphStyle& in_style = ctx.layout.style("box-title");
    for (const Jump& jump : jumps) {
        Page& stop = doc.pages[static_cast<std::size_t>(jump.from - 1)];
        SetBlock line = ctx.setter.set_text(continuation_foot(jump.to), out_style, m.column_width(), {});
        if (!line.lines.empty()) {
            const Pt x = m.column_left(jump.from, columns - 1) + m.column_width() - line.lines[0].width;
            // In the structure, the jump lines close the article's story: a
            // reader of the tree finds the continuation in its place, but
            // the links (which PDF/UA wants tagged) stay where they lead.
            const StructTag tag = tag_on(stop, jump.story, StoryKind::Article, StructRole::Paragraph, kJumpBlock)
                                      .with_part(1, StructRole::Link);
            paint_line(line, line.lines[0], x, m.baseline(m.grid_lines() - 1), stop, tag);
            link_block(line, x, x, m.baseline(m.grid_lines() - 1), jump.to, stop, tag);
        }
        stop.jumps.push_back(JumpLine{continuation_foot(jump.to), jump.to});
        Page& go_on = doc.pages[static_cast<std::size_t>(jump.to - 1)];
        SetBlock head = ctx.setter.set_text(continuation_head(jump.from, jump.title), in_style, m.area_width(),
                                            jump.title_where);
        report.check(head, {}, jump.to);
        // The lines kept free were measured with a longer page number.
        const int steps = std::max(1, static_cast<int>(std::ceil(in_style.leading / m.grid() - 1e-6)));
        if (static_cast<int>(head.lines.size()) * steps > jump.head_lines)
            report.add_once(internal_error("the continuation head of \"" + jump.title + "\" needs more lines than kept for it"),
                            {}, jump.to);
        // The head goes first in the page's items: read before the text it
        // introduces (copied text, screen readers). It stands on the body's
        // grid, in line with the text's first line.
        Page painted;  // its tags name go_on's stories
        const StructTag tag = tag_on(go_on, jump.story, StoryKind::Article, StructRole::Paragraph, kJumpBlock + 1)
                                  .with_part(1, StructRole::Link);
        for (std::size_t l = 0; l < head.lines.size(); ++l) {
            paint_line(head, head.lines[l], m.area_left(jump.to), m.baseline(static_cast<int>(l) * steps), painted,
                       tag);
            link_line(head, head.lines[l], m.area_left(jump.to), m.baseline(static_cast<int>(l) * steps), jump.from,
                      painted, tag);
        }
        go_on.items.insert(go_on.items.begin(), std::make_move_iterator(painted.items.begin()),
                           std::make_move_iterator(painted.items.end()));
        go_on.jumps.push_back(JumpLine{continuation_head(jump.from, jump.title), jump.from});
    }
}

// A text set more than once (a section's title in its running heads and the
// contents, an article's title in a jump line) is checked each time; the
// user hears of each finding once, at its first page.
void keep_first_of_each(Diagnostics& diagnostics, std::size_t from) {
    const auto& items = diagnostics.items();
    std::set<std::tuple<std::string, int, int, std::string>> seen;
    Diagnostics kept;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Diagnostic& d = items[i];
        if (i >= from && !seen.emplace(d.where.file, d.where.line, d.where.column, finding_key(d)).second) continue;
        kept.add(d);
    }
    diagnostics = std::move(kept);
}

// Text too big for its place is an error the layout reports where it finds
// it, and lays out on, so that one run names every such block: the first is
// the layout's failure, the others stay in `diagnostics` beside it.
std::optional<Diagnostic> take_first_error(Diagnostics& diagnostics, std::size_t from) {
    const auto& items = diagnostics.items();
    std::size_t first = items.size();
    for (std::size_t i = from; i < items.size() && first == items.size(); ++i)
        if (items[i].severity == Severity::Error) first = i;
    if (first == items.size()) return std::nullopt;
    Diagnostic failure = items[first];
    Diagnostics rest;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (i != first) rest.add(items[i]);
    diagnostics = std::move(rest);
    return failure;
}

struct Job {
    const Article* article;
    std::string section;
};

}  // namespace

Result<Document> lay_out_issue(const Issue& issue, const LayoutSpec& layout, const FontLibrary& fonts,
                               const Lexicon& lexicon, Diagnostics& diagnostics, unsigned threads,
                               LayoutStatistics* statistics, ParagraphCache* cache) {
    const std::size_t first_new = diagnostics.items().size();
    try {
        // The planner's work is counted apart from the measuring workers',
        // which run beside it: it counts what a variant costs by the
        // difference its own counter makes.
        LayoutCounters counters, planner_counters;
        auto context_counting = [&](LayoutCounters* into) {
            return LayoutContext{issue, layout, fonts, PageMaster(layout.page),
                                 BlockSetter(fonts, layout, lexicon, into, cache), into};
        };
        auto make_context = [&] { return context_counting(&counters); };
        LayoutContext ctx = context_counting(&planner_counters);
        check_ad_formats(issue, ctx, diagnostics);

        // 1. Measure the articles (and the editorial, and each section's news)
        // in parallel: every block is set once.
        std::vector<Job> jobs;
        if (issue.editorial) jobs.push_back({&*issue.editorial, "Editorial"});
        for (const Section& section : issue.sections)
            for (const Article& article : section.articles) jobs.push_back({&article, section.title});
        std::vector<Article> news;
        for (const Section& section : issue.sections) news.push_back(news_article(section));
        for (std::size_t s = 0; s < news.size(); ++s)
            if (!news[s].body.empty()) jobs.push_back({&news[s], issue.sections[s].title});
        std::vector<MeasuredArticle> measured(jobs.size());
        // All jobs again, in parallel (a fallback, below).
        auto measure_all = [&] {
            measured.assign(jobs.size(), MeasuredArticle());
            parallel_for(jobs.size(), threads, make_context, [&](LayoutContext& worker, std::size_t i) {
                measured[i] = measure_article(*jobs[i].article, jobs[i].section, worker);
            });
        };
        // The articles are measured ahead of the planner, on every core while
        // it places pages, at most a window past the one it asks for (placed
        // ones are let go), so a long issue is never held measured whole;
        // the news first, as every page of their section may ask for them.
        const std::size_t article_jobs = jobs.size() - static_cast<std::size_t>(std::count_if(
                                             news.begin(), news.end(), [](const Article& a) { return !a.body.empty(); }));
        const std::size_t window = 8 * std::max(1u, threads == 0 ? std::thread::hardware_concurrency() : threads);
        std::vector<std::size_t> order;
        for (std::size_t k = article_jobs; k < jobs.size(); ++k) order.push_back(k);
        for (std::size_t k = 0; k < article_jobs; ++k) order.push_back(k);
        std::optional<WorkAhead<LayoutContext>> ahead;
        ahead.emplace(order, std::max(window, jobs.size() - article_jobs), threads, make_context,
                      [&](LayoutContext& worker, std::size_t i) {
                          MeasuredArticle& m = measured[i];
                          if (!m.article) m = measure_article(*jobs[i].article, jobs[i].section, worker);
                      });
        for (std::size_t k = article_jobs; k < jobs.size(); ++k) ahead->wait_for(k);

        // 2. Plan the pages, once: the contents' length is known before their
        // page numbers (which stand in a column of their own and never
        // change how an entry breaks), so the pages they take are kept first.
        auto plan_items = [&] {
            PlanItems items;
            std::size_t job = 0;
            if (issue.editorial) items.editorial = &measured[job++];
            for (const Section& section : issue.sections) {
                auto& list = items.sections.emplace_back();
                for (std::size_t k = 0; k < section.articles.size(); ++k) list.push_back(&measured[job++]);
            }
            for (std::size_t s = 0; s < news.size(); ++s) {
                items.news.emplace_back();
                if (!news[s].body.empty()) items.news.back() = std::move(measured[job++]);
            }
            return items;
        };
        PlanItems items = plan_items();
        if (issue.offprint) {
            items.contents_pages = 0;
        } else {
            // A pass of its own, outside the work counters (--timings): they
            // count the issue's blocks, each set once, and this is the
            // contents' measuring, set again below with their pages.
            LayoutContext measuring{issue, layout, fonts, PageMaster(layout.page),
                                    BlockSetter(fonts, layout, lexicon, nullptr, cache), nullptr};
            Diagnostics ignored;  // the real contents are checked below
            const std::vector<Page> measured_contents = contents_pages(contents_entries(issue), measuring, ignored);
            items.contents_pages = std::max<int>(1, static_cast<int>(measured_contents.size()));
            if (!measured_contents.empty()) items.contents_end_line = used_lines(measured_contents.back(), ctx.master);
        }
        items.release_measured = true;
        items.measure = [&](MeasuredArticle* m) {
            // A variant the planner made of a measured article is no job;
            // a job's slot is read only once it is done (a worker may be
            // writing it).
            const std::less<const MeasuredArticle*> before;
            if (before(m, measured.data()) || !before(m, measured.data() + measured.size())) return;
            ahead->wait_for(static_cast<std::size_t>(m - measured.data()));
        };
        PlannedIssue plan = plan_issue(issue, items, ctx);
        ahead.reset();
        Diagnostics contents_found;
        std::vector<Page> contents;
        if (!issue.offprint) contents = contents_pages(plan.entries, ctx, contents_found);
        if (!issue.offprint && static_cast<int>(contents.size()) != items.contents_pages) {
            // Not expected: measured again, and planned with the pages the contents take.
            const int pages = static_cast<int>(contents.size());
            const long built_before = counters.paragraphs_built;
            measure_all();
            counters.discarded += counters.paragraphs_built - built_before;
            items = plan_items();
            items.contents_pages = pages;  // all measured: no release, no measuring on the way
            plan = plan_issue(issue, items, ctx);
            contents_found = Diagnostics();
            contents = contents_pages(plan.entries, ctx, contents_found);
        }

        // 3. The contents and the cover, now that the pages are known.
        Document doc;
        doc.info = document_info(issue);
        doc.print = PrintArea{layout.page.bleed, layout.page.crop_marks};
        doc.pages = std::move(plan.pages);
        doc.bookmarks = std::move(plan.bookmarks);
        for (Page& page : contents) {
            const int folio = plan.contents_page + page.number - 1;
            move_page(page, folio, ctx.master);
            // What the planner put under the contents (a house ad) stays.
            Page& kept = doc.pages[static_cast<std::size_t>(folio - 1)];
            append_items(page, kept);
            page.ads.insert(page.ads.end(), kept.ads.begin(), kept.ads.end());
            kept = std::move(page);
        }
        for (Diagnostic d : contents_found.items()) {
            if (d.page > 0) d.page += plan.contents_page - 1;
            plan.diagnostics.add(std::move(d));
        }
        if (issue.cover) {
            std::vector<int> line_pages;
            for (const CoverLine& line : issue.cover->lines) {
                auto it = plan.article_page.find(line.article_id);
                line_pages.push_back(it == plan.article_page.end() ? 0 : it->second);
            }
            doc.pages.front() = cover_page(issue, line_pages, ctx, plan.diagnostics);
        }
        for (Page& page : doc.pages)
            if (page.width == 0) page.width = layout.page.width, page.height = layout.page.height;
        // The names a viewer shows: the folios, the outer covers by the
        // trade's names.
        for (const Page& page : doc.pages) doc.page_labels.push_back(std::to_string(page.number));
        if (issue.cover) doc.page_labels.front() = "U1";
        if (!issue.closing_ads.empty() && doc.pages.back().bare) doc.page_labels.back() = "U4";
        for (const Diagnostic& d : plan.diagnostics.items()) diagnostics.add(d);
        {
            std::map<std::string, SourceLocation> section_where;  // running heads name their section
            for (const Section& section : issue.sections) section_where.try_emplace(section.title, section.where);
            if (issue.listings) section_where.try_emplace(issue.listings->title, issue.listings->title_where);
            TextReport report(diagnostics);
            for (Page& page : doc.pages) {
                if (page.bare) continue;
                auto it = section_where.find(page.section);
                paint_running_titles(page, it == section_where.end() ? SourceLocation{} : it->second, ctx, report);
            }
            paint_jump_lines(plan.jumps, doc, ctx, report);
        }
        // The pages are kept until the PDF is written, at the size of what
        // they hold: a full page's items grew by doubling, and its running
        // titles, added last, often made them double once more.
        for (Page& page : doc.pages) page.items.shrink_to_fit();
        if (statistics) {
            for (const LayoutCounters* c : {&counters, &planner_counters}) {
                statistics->paragraphs_built += c->paragraphs_built;
                statistics->breaker_runs += c->breaker_runs;
                statistics->copyfit_runs += c->copyfit_runs;
                statistics->blocks += c->paragraphs_built - c->discarded;
            }
            statistics->typography.articles = std::move(plan.grey);
        }
        keep_first_of_each(diagnostics, first_new);
        if (auto failure = take_first_error(diagnostics, first_new)) return *failure;
        // Each page held costs memory until the PDF is written (Layout.h):
        // an issue past the limit, whatever made it so long (a layout with
        // tiny pages), is refused before it is written.
        if (doc.pages.size() > kMaxPagesPerIssue)
            return error("the issue comes to " + std::to_string(doc.pages.size()) + " pages, more than the limit of " +
                             std::to_string(kMaxPagesPerIssue),
                         "split the issue, or check the layout's page size and margins; see docs/limits.md")
                .at(issue.where);
        return doc;
    } catch (const InputError& e) {
        return e.diagnostic;
    }
}

}  // namespace heftsatz
