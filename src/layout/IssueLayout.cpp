// Lays out a whole issue: cover, editorial, contents, the sections' articles
// and ads, the directory, the imprint, filler pages to a multiple of four
// and the back page; then running heads, footers, metadata and bookmarks.
#include "base/Parallel.h"
#include "layout/ArticleLayout.h"
#include "layout/Layout.h"
#include "layout/LayoutContext.h"
#include "layout/AdPlacement.h"
#include "layout/IssuePages.h"
#include "layout/LinePainter.h"
#include "layout/RunningFooter.h"
#include "layout/TextReport.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <deque>
#include <map>
#include <optional>
#include <cstdlib>
#include <set>
#include <sstream>
#include <tuple>
#include <type_traits>
#include <variant>

namespace heftsatz {
namespace {

DocumentInfo document_info(const Issue& issue) {
    DocumentInfo info;
    info.title = issue.magazine + " – " + issue.edition();
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

// A page laid out as a right-hand page, moved to the left-hand position:
// the type area shifts by the difference of the mirrored margins.
void mirror(Page& page, Pt dx) {
    for (FrameItem& item : page.items)
        std::visit([dx](auto& i) {
            using T = std::decay_t<decltype(i)>;
            if constexpr (std::is_same_v<T, Rule>) {
                i.x0 += dx;
                i.x1 += dx;
            } else {
                i.x += dx;
            }
        }, item);
}

// A run of pages laid out together (an article, the directory, an ad page),
// numbered from 1 until the issue is assembled.
struct PageGroup {
    std::vector<Page> pages;
    std::optional<Bookmark> bookmark;  // its page counts from the group's first page
    Diagnostics diagnostics;
    bool on_right = false;  // must open on a right-hand page
    std::optional<ContentsEntry> entry;  // its line in the contents
    std::string article_id;
    int id = -1;         // for jump lines: this group's number
    int continues = -1;  // a continuation: the id of the group it continues
    std::string title;   // a continuation: the article's title
    SourceLocation title_where;
    int head_lines = 0;  // a continuation: grid lines kept free for its jump line
};

PageGroup single(Page page) {
    PageGroup g;
    g.pages.push_back(std::move(page));
    return g;
}

// Which article's last page takes each half or quarter ad at its foot
// (the article after which the manifest puts it, or the next ones that
// have room), and which ads need pages of their own, after how many articles.
struct SectionAds {
    std::map<std::size_t, const Ad*> at_foot;                  // article index → ad
    std::vector<std::pair<std::size_t, const Ad*>> own_pages;  // after n articles → ad
};

// "Fortsetzung auf Seite 14" at the foot of the last column where an
// article stops, "Fortsetzung von Seite 9: Title" at the head of where it
// goes on; the lines were kept free by ArticleLayout.
void paint_jump_lines(const std::vector<PageGroup*>& sequence, Document& doc, LayoutContext& ctx,
                      TextReport& report) {
    std::map<int, std::pair<int, int>> pages;  // group id → first and last page number
    int page = 1;
    for (const PageGroup* g : sequence) {
        pages[g->id] = {page, page + static_cast<int>(g->pages.size()) - 1};
        page += static_cast<int>(g->pages.size());
    }
    const PageMaster& m = ctx.master;
    const int columns = ctx.layout.page.columns;
    const ParagraphStyle& out_style = ctx.layout.style("caption");
    const ParagraphStyle& in_style = ctx.layout.style("box-title");
    for (const PageGroup* g : sequence) {
        if (g->continues < 0) continue;
        const int from = pages.at(g->continues).second;
        const int to = pages.at(g->id).first;
        Page& stop = doc.pages[static_cast<std::size_t>(from - 1)];
        SetBlock jump = ctx.setter.set_text(continuation_foot(to), out_style, m.column_width(), {});
        if (!jump.lines.empty())
            paint_line(jump, jump.lines[0],
                       m.column_left(from, columns - 1) + m.column_width() - jump.lines[0].width,
                       m.baseline(m.grid_lines() - 1), stop);
        Page& go_on = doc.pages[static_cast<std::size_t>(to - 1)];
        SetBlock head = ctx.setter.set_text(continuation_head(from, g->title), in_style, m.area_width(), g->title_where);
        report.check(head, {}, to);
        // The lines kept free were measured with a longer page number.
        const int steps = std::max(1, static_cast<int>(std::ceil(in_style.leading / m.grid() - 1e-6)));
        if (static_cast<int>(head.lines.size()) * steps > g->head_lines)
            report.add_once(internal_error("the continuation head of \"" + g->title + "\" needs more lines than kept for it"),
                            {}, to);
        // The head goes first in the page's items: read before the text it
        // introduces (copied text, screen readers).
        Page painted;
        for (std::size_t l = 0; l < head.lines.size(); ++l)
            paint_line(head, head.lines[l], m.area_left(to), m.baseline(static_cast<int>(l) * steps), painted);
        go_on.items.insert(go_on.items.begin(), std::make_move_iterator(painted.items.begin()),
                           std::make_move_iterator(painted.items.end()));
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
    // A half or quarter ad of its section may come to its foot, for which
    // it is placed again: its measured blocks are kept until then.
    bool may_take_ad = false;
};

}  // namespace

Result<Document> lay_out_issue(const Issue& issue, const LayoutSpec& layout, const FontLibrary& fonts,
                               const Lexicon& lexicon, Diagnostics& diagnostics, unsigned threads,
                               LayoutStatistics* statistics) {
    const std::size_t first_new = diagnostics.items().size();
    try {
        LayoutCounters counters;
        auto make_context = [&] {
            return LayoutContext{issue, layout, fonts, PageMaster(layout.page),
                                 BlockSetter(fonts, layout, lexicon, &counters), &counters};
        };
        LayoutContext ctx = make_context();
        check_ad_formats(issue, ctx, diagnostics);

        // 1. Articles (and the editorial) in parallel, each on pages of its own.
        std::vector<Job> jobs;
        if (issue.editorial) jobs.push_back({&*issue.editorial, "Editorial"});
        std::vector<std::size_t> first_job;  // per section
        for (const Section& section : issue.sections) {
            first_job.push_back(jobs.size());
            const bool foot_ads = std::any_of(section.ads.begin(), section.ads.end(),
                                              [](const auto& ad) { return ad.second.size != AdSize::Full; });
            for (const Article& article : section.articles) jobs.push_back({&article, section.title, foot_ads});
        }
        std::vector<MeasuredArticle> measured(jobs.size());
        std::vector<LaidOutArticle> laid(jobs.size());
        parallel_for(jobs.size(), threads, make_context, [&](LayoutContext& worker, std::size_t i) {
            measured[i] = measure_article(*jobs[i].article, jobs[i].section, worker);
            laid[i] = place_article(measured[i], worker);
            if (!jobs[i].may_take_ad) measured[i] = MeasuredArticle();  // its pages are all it leaves
        });

        // Half and quarter ads: at the foot of the article they follow, or of
        // the next article in the section whose last page has room.
        std::vector<SectionAds> ads(issue.sections.size());
        for (std::size_t s = 0; s < issue.sections.size(); ++s) {
            const Section& section = issue.sections[s];
            for (const auto& [after, ad] : section.ads) {
                // First an article whose last page has room; failing that, the
                // article the ad follows takes a page more for it.
                bool placed = false;
                const std::size_t from = after == 0 ? 0 : after - 1;
                for (int may_add_page = 0; may_add_page < 2 && ad.size != AdSize::Full && !placed; ++may_add_page)
                    for (std::size_t k = from; !placed && k < section.articles.size(); ++k) {
                        if (ads[s].at_foot.count(k) || (may_add_page && k != from)) continue;
                        const std::size_t j = first_job[s] + k;
                        const AdFootprint fp = foot_footprint(ad, ctx);
                        LaidOutArticle with_ad = place_article(measured[j], ctx,
                                                               FootAd{&ad, fp.lines, fp.first_column, may_add_page == 1});
                        if (!with_ad.foot_ad_placed) continue;
                        if (!may_add_page && with_ad.pages.size() != laid[j].pages.size()) continue;
                        laid[j] = std::move(with_ad);
                        ads[s].at_foot[k] = &ad;
                        placed = true;
                    }
                if (!placed) ads[s].own_pages.emplace_back(after, &ad);
            }
        }

        // 2. The issue's sequence of page groups.
        int next_id = 0;
        std::vector<PageGroup> continuations;  // of the current section
        auto article_group = [&](std::size_t job, const std::string& section, const SourceLocation& section_where) {
            PageGroup g;
            g.id = next_id++;
            g.pages = std::move(laid[job].pages);
            if (laid[job].in_place > 0 && laid[job].in_place < g.pages.size()) {
                PageGroup rest;
                rest.id = next_id++;
                rest.continues = g.id;
                rest.title = jobs[job].article->title.plain_text();
                rest.title_where = jobs[job].article->title.where;
                rest.head_lines = laid[job].continuation_head_lines;
                rest.pages.assign(std::make_move_iterator(g.pages.begin() + static_cast<long>(laid[job].in_place)),
                                  std::make_move_iterator(g.pages.end()));
                g.pages.resize(laid[job].in_place);
                continuations.push_back(std::move(rest));
            }
            g.bookmark = std::move(laid[job].bookmark);
            g.diagnostics = std::move(laid[job].diagnostics);
            const Article& a = *jobs[job].article;
            g.entry = ContentsEntry{section, a.kicker.plain_text(), a.title.plain_text(), 0, section_where,
                                    a.kicker.where, a.title.where};
            g.article_id = a.id;
            return g;
        };
        std::vector<PageGroup> before_contents, after_contents;
        if (issue.cover) before_contents.push_back(single(Page{}));  // the cover, made last
        std::size_t job = 0;
        if (issue.editorial) before_contents.push_back(article_group(job++, "Editorial", {}));
        std::vector<Bookmark> section_marks;
        for (std::size_t s = 0; s < issue.sections.size(); ++s) {
            const Section& section = issue.sections[s];
            const std::size_t first_group = after_contents.size();
            auto own_ads = [&](std::size_t after) {
                for (const auto& [n, ad] : ads[s].own_pages)
                    if (n == after) after_contents.push_back(single(ad_page(*ad, ctx, section.title)));
            };
            own_ads(0);
            for (std::size_t k = 0; k < section.articles.size(); ++k) {
                after_contents.push_back(article_group(job++, section.title, section.where));
                own_ads(k + 1);
            }
            // Articles too long for their place continue at the section's end.
            for (PageGroup& rest : continuations) after_contents.push_back(std::move(rest));
            continuations.clear();
            if (after_contents.size() > first_group && layout.sections_on_right)
                after_contents[first_group].on_right = true;
        }
        if (issue.listings) {
            PageGroup g;
            g.pages = directory_pages(*issue.listings, ctx, g.diagnostics);
            g.bookmark = Bookmark{issue.listings->title, 0, ctx.master.area_top() - 12, {}};
            g.entry = ContentsEntry{issue.listings->title, {}, issue.listings->title, 0, issue.listings->title_where,
                                    {}, issue.listings->title_where};
            after_contents.push_back(std::move(g));
        }
        if (issue.imprint) {
            PageGroup g;
            g.pages = imprint_pages(issue, ctx, g.diagnostics);
            g.bookmark = Bookmark{"Impressum", 0, ctx.master.area_top() - 12, {}};
            g.entry = ContentsEntry{"Impressum", {}, "Impressum", 0, {}, {}, issue.imprint->where};
            after_contents.push_back(std::move(g));
        }
        std::vector<PageGroup> closing;
        for (const Ad& ad : issue.closing_ads) closing.push_back(single(ad_page(ad, ctx, {})));

        // 3. Number the pages; the contents list them, so repeat until the
        // contents' own length no longer moves anything (twice at most).
        // Groups are arranged by pointer; only fillers are made per round.
        std::deque<PageGroup> fillers;
        PageGroup contents;
        contents.bookmark = Bookmark{"Inhalt", 0, ctx.master.area_top() - 12, {}};
        contents.pages.resize(1);
        std::vector<PageGroup*> sequence;
        long last_contents_paragraphs = 0;
        for (int round = 0; round < 4; ++round) {
            sequence.clear();
            fillers.clear();
            int next = 1;
            auto add = [&](PageGroup& g) {
                sequence.push_back(&g);
                next += static_cast<int>(g.pages.size());
            };
            for (PageGroup& g : before_contents) add(g);
            add(contents);
            for (PageGroup& g : after_contents) {
                if (g.on_right && next % 2 == 0) add(fillers.emplace_back(single(notes_page(ctx))));
                add(g);
            }
            // Print: a multiple of four pages; filler pages go before the back page.
            const int total = next - 1 + static_cast<int>(closing.size());
            for (int k = 0; k < (4 - total % 4) % 4; ++k) add(fillers.emplace_back(single(notes_page(ctx))));
            for (PageGroup& g : closing) add(g);

            std::vector<ContentsEntry> entries;
            int page = 1;
            for (const PageGroup* g : sequence) {
                if (g->entry) {
                    entries.push_back(*g->entry);
                    entries.back().page = page;
                }
                page += static_cast<int>(g->pages.size());
            }
            const long built_before = counters.paragraphs_built;
            Diagnostics found;  // the last round's are kept
            std::vector<Page> made = contents_pages(entries, ctx, found);
            contents.diagnostics = std::move(found);
            const bool stable = made.size() == contents.pages.size();
            if (round > 0) counters.discarded += last_contents_paragraphs;  // the previous round's contents
            last_contents_paragraphs = counters.paragraphs_built - built_before;
            contents.pages = std::move(made);
            if (stable) break;
        }

        // 4. The cover, now that its lines' pages are known.
        std::vector<int> line_pages;
        if (issue.cover)
            for (const CoverLine& line : issue.cover->lines) {
                int page = 1;
                for (const PageGroup* g : sequence) {
                    if (g->article_id == line.article_id) break;
                    page += static_cast<int>(g->pages.size());
                }
                line_pages.push_back(page);
            }
        if (issue.cover)
            sequence.front()->pages.front() = cover_page(issue, line_pages, ctx, sequence.front()->diagnostics);
        // The back page carries no folio when it is an ad or a filler page.
        if (sequence.size() > 1 && (!closing.empty() || !fillers.empty()) && sequence.back()->entry == std::nullopt &&
            sequence.back()->article_id.empty())
            sequence.back()->pages.back().bare = true;

        // 5. Assemble: number, mirror left-hand pages, move warnings and bookmarks along.
        Document doc;
        doc.info = document_info(issue);
        const Pt mirror_dx = layout.page.margin_outer - layout.page.margin_inner;
        std::map<std::string, std::size_t> section_mark;
        for (PageGroup* group : sequence) {
            PageGroup& g = *group;
            const int offset = static_cast<int>(doc.pages.size());
            for (Page& page : g.pages) {
                if (offset % 2 == 1 && !page.bare)
                    mirror(page, PageMaster::is_right_hand(page.number) ? mirror_dx : -mirror_dx);
                page.number += offset;
                if (page.width == 0) page.width = layout.page.width, page.height = layout.page.height;
                doc.pages.push_back(std::move(page));
            }
            for (Diagnostic d : g.diagnostics.items()) {
                if (d.page > 0) d.page += offset;
                diagnostics.add(std::move(d));
            }
            if (!g.bookmark) continue;
            Bookmark mark = *g.bookmark;
            mark.page += offset;
            const bool in_section = g.entry && !g.article_id.empty() && g.entry->section != "Editorial";
            if (in_section) {
                auto [it, added] = section_mark.try_emplace(g.entry->section, doc.bookmarks.size());
                if (added) doc.bookmarks.push_back(Bookmark{g.entry->section, mark.page, mark.y, {}});
                doc.bookmarks[it->second].children.push_back(std::move(mark));
            } else {
                doc.bookmarks.push_back(std::move(mark));
            }
        }
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
            paint_jump_lines(sequence, doc, ctx, report);
        }
        if (statistics) {
            statistics->paragraphs_built = counters.paragraphs_built;
            statistics->breaker_runs = counters.breaker_runs;
            statistics->blocks = counters.paragraphs_built - counters.discarded;
            for (std::size_t j = 0; j < jobs.size(); ++j)
                statistics->typography.articles.emplace_back(jobs[j].article->id, std::move(laid[j].grey));
        }
        keep_first_of_each(diagnostics, first_new);
        if (auto failure = take_first_error(diagnostics, first_new)) return *failure;
        // The PDF stage's cost grows faster than its pages (about 2 s for
        // 2,500, 17 s for 5,000): an issue past the limit, whatever made it
        // so long (a layout with tiny pages), is refused before it is written.
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
