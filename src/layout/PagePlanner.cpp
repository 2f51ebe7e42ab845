#include "layout/PagePlanner.h"

#include "layout/AdPlacement.h"
#include "layout/ArticleHead.h"
#include "layout/ArticleVariants.h"
#include "layout/PageFill.h"

#include <algorithm>
#include <deque>
#include <optional>
#include <type_traits>
#include <variant>

namespace heftsatz {
namespace {

// A blank grid line parts two articles on a page; the accent rule over the
// second stands in it.
constexpr int kRunOnGap = 1;
// An article runs on under another only with room for this many lines of
// its text below its head: a head with two lines under it reads as
// stranded, as a heading does at a column's foot.
constexpr int kMinRunOnLines = 4;

int head_lines(const MeasuredArticle& m, const LayoutContext& ctx) {
    std::vector<const SetBlock*> header;
    for (const SetBlock& b : m.header) header.push_back(&b);
    return plan_header(header, ctx).body_start;
}

// What `part` holds goes onto `page`, below what is there.
void join(Page& page, Page& part) {
    if (page.article_id.empty()) page.article_id = part.article_id;
    append_items(page, part);
    page.articles.insert(page.articles.end(), part.articles.begin(), part.articles.end());
    page.ads.insert(page.ads.end(), part.ads.begin(), part.ads.end());
    page.jumps.insert(page.jumps.end(), part.jumps.begin(), part.jumps.end());
}

// An article's pages that continue at its section's end.
struct Continuation {
    std::vector<Page> pages;
    Diagnostics diagnostics;  // on those pages, under their first folios
    Jump jump;                // `to` set when they are placed
    int end_line = 0;
};

class Planner {
public:
    Planner(const Issue& issue, PlanItems& items, LayoutContext& ctx)
        : issue_(issue), items_(items), ctx_(ctx), house_used_(issue.house_ads.size(), false) {}

    PlannedIssue run() {
        const PageMaster& m = ctx_.master;
        if (issue_.cover) {
            new_page();  // the cover, made once its lines' pages are known
            open_ = false;  // nothing of the planner's goes on it
        }
        if (items_.editorial) {
            place(*items_.editorial, "Editorial", {});
            leave_page();
        }
        out_.contents_page = next_folio();
        if (items_.contents_pages > 0) {  // an offprint has none
            for (int k = 0; k < items_.contents_pages; ++k) new_page();
            end_line_ = items_.contents_end_line;
            open_ = end_line_ > 0;
            if (open_) fill_gap(nullptr);
            open_ = false;
            out_.bookmarks.push_back(Bookmark{"Inhalt", out_.contents_page - 1, m.area_top() - 12, {}});
        }
        for (std::size_t s = 0; s < issue_.sections.size(); ++s) place_section(s);
        news_ = nullptr;
        if (issue_.listings) {
            leave_page();
            const int first = next_folio();
            Diagnostics found;
            take_made(directory_pages(*issue_.listings, ctx_, found), found);
            out_.entries.push_back(ContentsEntry{issue_.listings->title, {}, issue_.listings->title, first,
                                                 issue_.listings->title_where, {}, issue_.listings->title_where});
            out_.bookmarks.push_back(Bookmark{issue_.listings->title, first - 1, m.area_top() - 12, {}});
        }
        if (issue_.imprint) {
            leave_page();
            const int first = next_folio();
            Diagnostics found;
            take_made(imprint_pages(issue_, ctx_, found), found);
            out_.entries.push_back(ContentsEntry{"Impressum", {}, "Impressum", first, {}, {}, issue_.imprint->where});
            out_.bookmarks.push_back(Bookmark{"Impressum", first - 1, m.area_top() - 12, {}});
        }
        leave_page();
        // Print: a multiple of four pages, the missing ones before the back
        // page. An offprint is not bound.
        const int total = static_cast<int>(out_.pages.size() + issue_.closing_ads.size());
        for (int k = 0; !issue_.offprint && k < (4 - total % 4) % 4; ++k) filler_page();
        for (const Ad& ad : issue_.closing_ads) take_page(ad_page(ad, ctx_, {}));
        // The back page carries no folio when it is an ad or a filler.
        if (out_.pages.size() > 1 && (!issue_.closing_ads.empty() || last_is_filler_)) out_.pages.back().bare = true;
        return std::move(out_);
    }

private:
    const Issue& issue_;
    PlanItems& items_;
    LayoutContext& ctx_;
    PlannedIssue out_;
    int end_line_ = 0;   // on the last page, the first grid line free in every column
    bool open_ = false;  // whether more may go on the last page below end_line_
    std::vector<bool> house_used_;
    MeasuredArticle* news_ = nullptr;  // the current section's news items
    std::vector<bool> news_placed_;    // per item
    // A section's ad kept for the foot of the last page, with the room above
    // it for the next article to run on into; placed by leave_page() if none does.
    const Ad* foot_ad_here_ = nullptr;
    // Articles as a variant changed them: their measured blocks point into
    // them, so they stay where they are (a deque does not move them).
    std::deque<Article> variant_articles_;

    int grid_lines() const { return ctx_.master.grid_lines(); }
    int columns() const { return ctx_.layout.page.columns; }
    int next_folio() const { return static_cast<int>(out_.pages.size()) + 1; }

    Page& new_page(const std::string& section = {}) {
        std::vector<Page> one;
        Page& page = ctx_.new_page(one, section, {});
        page.number = next_folio();
        out_.pages.push_back(std::move(page));
        end_line_ = 0;
        open_ = true;
        return out_.pages.back();
    }

    void take_page(Page page) {
        move_page(page, next_folio(), ctx_.master);
        out_.pages.push_back(std::move(page));
        open_ = false;
    }

    // Pages made on their own, numbered from 1: moved to the next folios,
    // their warnings with them.
    void take_made(std::vector<Page> pages, Diagnostics& found) {
        const int offset = next_folio() - 1;
        for (Page& page : pages) {
            move_page(page, page.number + offset, ctx_.master);
            out_.pages.push_back(std::move(page));
        }
        for (Diagnostic d : found.items()) {
            if (d.page > 0) d.page += offset;
            out_.diagnostics.add(std::move(d));
        }
        end_line_ = out_.pages.empty() ? 0 : used_lines(out_.pages.back(), ctx_.master);
        open_ = !pages.empty();
    }

    // Where `m` begins: under what the last page holds if the layout lets
    // articles run on and its head begins (with its rule) in the page's
    // upper two thirds (or anywhere, if the layout says so) with room for a
    // few lines under it; else on a new page, after the room left here is filled.
    StartAt start_for(const MeasuredArticle& m) {
        if (ctx_.layout.articles_run_on && open_ && end_line_ > 0) {
            const int line = end_line_ + kRunOnGap;
            const int room = grid_lines() - (foot_ad_here_ ? foot_footprint(*foot_ad_here_, ctx_, next_folio() - 1).lines : 0);
            const bool jumps = m.article && m.article->pages_in_place > 0;  // its pages are counted from a page of its own
            const bool upper = 3 * line <= 2 * grid_lines() || ctx_.layout.run_on_heads_anywhere;
            if (upper && line + head_lines(m, ctx_) + kMinRunOnLines <= room &&
                !(foot_ad_here_ && jumps))
                return {static_cast<int>(out_.pages.size()), line};
        }
        leave_page();
        return {next_folio(), 0};
    }

    // Before the planner turns the page: fill the room left at its foot.
    void leave_page() {
        if (foot_ad_here_) {
            if (!fill_gap(foot_ad_here_)) {  // the room was measured for it: a page of its own if not
                new_page();
                fill_gap(foot_ad_here_);
            }
            foot_ad_here_ = nullptr;
        }
        if (open_) fill_gap(nullptr);
        open_ = false;
    }

    // Adds a laid-out article's pages; the first joins the last page if the
    // article runs on under another.
    // `rests` and `article` take the pages of an article continued later.
    void take(LaidOutArticle& laid, const StartAt& at, std::vector<Continuation>* rests,
              const Article* article = nullptr) {
        std::size_t keep = laid.pages.size();
        if (laid.in_place > 0 && laid.in_place < laid.pages.size()) keep = laid.in_place;
        const int last_kept = at.page + static_cast<int>(keep) - 1;
        std::size_t p = 0;
        if (at.first_line > 0) {
            join(out_.pages.back(), laid.pages[0]);
            p = 1;
        }
        for (; p < keep; ++p) out_.pages.push_back(std::move(laid.pages[p]));
        Continuation rest;
        for (const Diagnostic& d : laid.diagnostics.items()) (d.page > last_kept ? rest.diagnostics : out_.diagnostics).add(d);
        if (keep < laid.pages.size()) {
            const Article& a = *article;
            rest.pages.assign(std::make_move_iterator(laid.pages.begin() + static_cast<long>(keep)),
                              std::make_move_iterator(laid.pages.end()));
            rest.jump = Jump{last_kept, 0, a.id, a.title.plain_text(), a.title.where, laid.continuation_head_lines};
            rest.end_line = laid.end_line;
            rests->push_back(std::move(rest));
            end_line_ = grid_lines();
            open_ = false;  // the jump line ends the page
        } else {
            end_line_ = laid.end_line;
            open_ = !laid.last_page_closed;
        }
    }

    // An article over more than one page may take a page fewer in a
    // variant the layout offers (ArticleVariants.h): its figures a column
    // wide, then its pull quotes left out, then both; the first that saves a
    // page is taken, and the flatplan names the change. Measuring a variant
    // is work thrown away unless it is taken: counted as discarded either
    // way, since the article's blocks are counted once.
    void take_shorter_variant(MeasuredArticle& m, const StartAt& at, LaidOutArticle& laid) {
        const LayoutSpec& layout = ctx_.layout;
        if (!m.article || (!layout.variant_figure_width && !layout.variant_pull_quotes)) return;
        auto take = [&](MeasuredArticle& variant, const std::string& change) {
            LaidOutArticle trial = place_article(variant, ctx_, {}, at);
            if (trial.pages.size() >= laid.pages.size()) return false;
            for (Page& page : trial.pages)
                for (PageArticle& a : page.articles)
                    if (a.id == m.article->id) a.variant = change;
            m = std::move(variant);
            laid = std::move(trial);
            return true;
        };
        std::optional<MeasuredArticle> narrow;
        if (layout.variant_figure_width) {
            if (std::optional<Article> changed = with_column_figures(*m.article)) {
                variant_articles_.push_back(std::move(*changed));
                const long built = ctx_.counters ? ctx_.counters->paragraphs_built.load() : 0;
                narrow = measure_article(variant_articles_.back(), m.section, ctx_);
                if (ctx_.counters) ctx_.counters->discarded += ctx_.counters->paragraphs_built - built;
                MeasuredArticle trial = *narrow;
                if (take(trial, "Abbildung spaltenbreit")) return;
            }
        }
        if (!layout.variant_pull_quotes) return;
        if (std::optional<MeasuredArticle> unquoted = without_pull_quotes(m, ctx_.counters);
            unquoted && take(*unquoted, "ohne Zitat"))
            return;
        if (narrow)
            if (std::optional<MeasuredArticle> both = without_pull_quotes(*narrow, ctx_.counters);
                both && take(*both, "Abbildung spaltenbreit, ohne Zitat"))
                return;
        if (narrow) variant_articles_.pop_back();  // none taken: nothing points into it
    }

    // Lays out and adds an article; its contents line, bookmark and grey.
    void place(MeasuredArticle& m, const std::string& section, const SourceLocation& section_where,
               std::vector<Continuation>* rests = nullptr, const Ad* due = nullptr, bool* due_placed = nullptr,
               bool last_chance = false) {
        if (items_.measure) items_.measure(&m);
        StartAt at = start_for(m);
        // An ad kept at this page's foot: the article runs on above it, its
        // text flowing around it.
        FootAd shared;
        if (foot_ad_here_ && at.first_line > 0)
            shared = FootAd{foot_ad_here_, foot_footprint(*foot_ad_here_, ctx_, at.page), false, true};
        LaidOutArticle laid = place_article(m, ctx_, shared, at);
        if (shared.ad && !laid.foot_ad_placed) {  // its text cannot go around the ad: the ad stays in the room
            leave_page();
            at = {next_folio(), 0};
            laid = place_article(m, ctx_, {}, at);
        } else if (shared.ad) {
            foot_ad_here_ = nullptr;
            due = nullptr;  // one ad at a time
        }
        if (!shared.ad && laid.pages.size() > 1 && laid.in_place == 0) take_shorter_variant(m, at, laid);
        const int end_page = at.page + static_cast<int>(laid.pages.size()) - 1;
        if (due && laid.in_place == 0) {
            // A due ad goes into the room under the article if there is
            // enough; else the text may flow around it on its last page.
            const AdFootprint fp = foot_footprint(*due, ctx_, end_page);
            if (laid.last_page_closed || laid.end_line + fp.lines > grid_lines()) {
                LaidOutArticle with_ad = place_article(m, ctx_, FootAd{due, fp, false}, at);
                if (!(with_ad.foot_ad_placed && with_ad.pages.size() == laid.pages.size()) && last_chance) {
                    // The section's last article: rather than a page of
                    // its own for the ad, the text goes on a page more.
                    with_ad = place_article(m, ctx_, FootAd{due, fp, true}, at);
                }
                if (with_ad.foot_ad_placed && (last_chance || with_ad.pages.size() == laid.pages.size())) {
                    laid = std::move(with_ad);
                    *due_placed = true;
                }
            }
        }
        const Article& a = *m.article;
        out_.article_page[a.id] = at.page;
        out_.entries.push_back(ContentsEntry{section, a.kicker.plain_text(), a.title.plain_text(), at.page,
                                             section_where, a.kicker.where, a.title.where});
        Bookmark mark = laid.bookmark;
        mark.page = at.page - 1;
        add_bookmark(std::move(mark), section);
        out_.grey.emplace_back(a.id, std::move(laid.grey));
        take(laid, at, rests, &a);
        if (items_.release_measured) m = MeasuredArticle();
    }

    void add_bookmark(Bookmark mark, const std::string& section) {
        if (section.empty() || section == "Editorial") {
            out_.bookmarks.push_back(std::move(mark));
            return;
        }
        if (!section_mark_ || out_.bookmarks[*section_mark_].title != section) {
            out_.bookmarks.push_back(Bookmark{section, mark.page, mark.y, {}});
            section_mark_ = out_.bookmarks.size() - 1;
        }
        out_.bookmarks[*section_mark_].children.push_back(std::move(mark));
    }

    void place_section(std::size_t s) {
        const Section& section = issue_.sections[s];
        leave_page();  // the section before ends with its own news
        news_ = items_.news[s].body.empty() ? nullptr : &items_.news[s];
        news_placed_.assign(news_ ? news_->body.size() / 2 : 0, false);
        if (ctx_.layout.sections_on_right && next_folio() % 2 == 0) filler_page();
        section_mark_.reset();
        std::vector<std::pair<std::size_t, const Ad*>> pending;  // half and quarter ads, after n articles
        auto own_pages = [&](std::size_t after) {
            for (const auto& [n, ad] : section.ads)
                if (n == after && ad.size == AdSize::Full) {
                    leave_page();
                    take_page(ad_page(ad, ctx_, section.title));
                } else if (n == after) {
                    pending.emplace_back(n, &ad);
                }
        };
        std::vector<Continuation> rests;
        own_pages(0);
        const auto& articles = items_.sections[s];
        for (std::size_t k = 0; k < articles.size(); ++k) {
            const Ad* due = pending.empty() ? nullptr : pending.front().second;
            bool placed = false;
            place(*articles[k], section.title, section.where, &rests, due, &placed, k + 1 == articles.size());
            if (placed) pending.erase(pending.begin());
            // An ad still due takes the foot of the room under this article:
            // the next article runs on above it, or news fill the room.
            if (!pending.empty() && open_ && !foot_ad_here_ && ctx_.layout.articles_run_on && k + 1 < articles.size() &&
                end_line_ + kRunOnGap + foot_footprint(*pending.front().second, ctx_, next_folio() - 1).lines <=
                    grid_lines()) {
                foot_ad_here_ = pending.front().second;
                pending.erase(pending.begin());
            }
            while (!pending.empty() && open_ && !foot_ad_here_ && fill_gap(pending.front().second))
                pending.erase(pending.begin());
            own_pages(k + 1);
        }
        if (foot_ad_here_) leave_page();  // no article came to run on above it
        for (Continuation& rest : rests) {
            leave_page();
            rest.jump.to = next_folio();
            const int shift = rest.jump.to - rest.pages.front().number;
            for (Page& page : rest.pages) take_page(std::move(page));
            for (Diagnostic d : rest.diagnostics.items()) {
                if (d.page > 0) d.page += shift;
                out_.diagnostics.add(std::move(d));
            }
            out_.jumps.push_back(rest.jump);
            end_line_ = rest.end_line;
            open_ = true;
        }
        if (const std::vector<std::size_t> rest = news_left(); !rest.empty()) {
            // The news the pages' room did not take close the section.
            MeasuredArticle slice = news_slice(rest);
            const StartAt at = start_for(slice);
            LaidOutArticle laid = place_news(slice, {}, at);
            for (std::size_t i : rest) news_placed_[i] = true;
            take(laid, at, nullptr);
        }
        for (const auto& [n, ad] : pending) {
            if (open_ && fill_gap(ad)) continue;
            leave_page();
            new_page(section.title);
            fill_gap(ad);
        }
        news_ = nullptr;
    }

    std::vector<std::size_t> news_left() const {
        std::vector<std::size_t> left;
        for (std::size_t i = 0; i < news_placed_.size(); ++i)
            if (!news_placed_[i]) left.push_back(i);
        return left;
    }

    // The news items `items` (in that order) as one article.
    MeasuredArticle news_slice(const std::vector<std::size_t>& items) const {
        MeasuredArticle slice;
        slice.article = news_->article;
        slice.section = news_->section;
        slice.header = news_->header;
        // Each slice a story of its own: the news on one page, read there.
        if (!items.empty()) slice.story = story_of(*news_) + ":" + std::to_string(items.front());
        for (std::size_t i : items)
            for (std::size_t b : {2 * i, 2 * i + 1}) {
                slice.body.push_back(news_->body[b]);
                slice.body.back().memo_key = b;
            }
        return slice;
    }

    // Places a slice of the news with the news' one memo, keyed by each
    // block's place among all the news: a paragraph broken again for a
    // page's end is broken once, however many trials it takes part in.
    LaidOutArticle place_news(MeasuredArticle& slice, const FootAd& foot_ad, const StartAt& at) {
        slice.memo = std::move(news_->memo);
        LaidOutArticle laid = place_article(slice, ctx_, foot_ad, at);
        news_->memo = std::move(slice.memo);
        return laid;
    }

    // Fills the room below end_line_ on the last page with news items and a
    // house ad (or `required`, a section's ad, which must go in): the most
    // news items, and of those choices the one that fills the page most.
    // False if `required` does not fit.
    bool fill_gap(const Ad* required) {
        if (!open_ || out_.pages.empty()) return false;
        Page& page = out_.pages.back();
        const int start = end_line_ == 0 ? 0 : end_line_ + kRunOnGap;
        const int lines = grid_lines();
        if (start >= lines) return false;
        std::vector<std::pair<const Ad*, int>> ads;  // ad, house ad index
        if (required) {
            ads.emplace_back(required, -1);
        } else {
            ads.emplace_back(nullptr, -1);
            for (std::size_t i = 0; i < issue_.house_ads.size(); ++i)
                if (!house_used_[i] && issue_.house_ads[i].size != AdSize::Full)
                    ads.emplace_back(&issue_.house_ads[i], static_cast<int>(i));
        }
        const std::vector<std::size_t> left = news_left();
        struct Choice {
            const Ad* ad = nullptr;
            int house = -1;
            std::vector<std::size_t> news;
            AdFootprint fp;
            std::optional<LaidOutArticle> laid;
            double fill = 0;
        };
        std::optional<Choice> best;
        for (const auto& option : ads) {  // not a structured binding: the lambda below captures it
            const Ad* ad = option.first;
            const int house = option.second;
            const AdFootprint fp = ad ? foot_footprint(*ad, ctx_, page.number) : AdFootprint{};
            if (ad && end_line_ + fp.lines > lines) continue;  // the footprint holds a line of white above the ad
            // The page's fill with the news laid out in `laid` (which hold
            // the ad) or with the ad alone: per column, so that news
            // ending short in one column count as the white they leave.
            auto fill_with = [&](const LaidOutArticle* laid) {
                if (laid) return measure_fill(page, laid->pages[0].items, ctx_.layout.page).fill;
                Page alone;  // the ad as it would stand on the page
                alone.number = page.number;
                if (ad) paint_foot_ad(*ad, fp, alone, ctx_);
                return measure_fill(page, alone.items, ctx_.layout.page).fill;
            };
            Choice choice{ad, house, {}, fp, std::nullopt, fill_with(nullptr)};
            // First fit: each item in manifest order goes in if it still
            // fits with those taken, at the place among them where the page
            // is fullest (news items are independent: how the columns break
            // decides whether one more fits); the others wait for the next
            // room.
            const bool news_fit = !left.empty() && start + head_lines(*news_, ctx_) + 2 <= lines;
            for (std::size_t i = 0; news_fit && i < left.size(); ++i) {
                std::optional<std::pair<std::vector<std::size_t>, LaidOutArticle>> taken;
                double taken_fill = 0;
                for (std::size_t at = choice.news.size() + 1; at-- > 0;) {
                    std::vector<std::size_t> trial = choice.news;
                    trial.insert(trial.begin() + static_cast<long>(at), left[i]);
                    MeasuredArticle slice = news_slice(trial);
                    LaidOutArticle laid = place_news(slice, FootAd{ad, fp, false}, {page.number, start});
                    if (laid.pages.size() != 1 || (ad && !laid.foot_ad_placed)) continue;
                    const double fill = fill_with(&laid);
                    if (!taken || fill > taken_fill) {
                        taken_fill = fill;
                        taken.emplace(std::move(trial), std::move(laid));
                    }
                }
                if (!taken) continue;
                choice.news = std::move(taken->first);
                choice.fill = taken_fill;
                choice.laid = std::move(taken->second);
            }
            if (!ad && choice.news.empty()) continue;  // nothing to place
            // News are the section's text and must be printed; house ads
            // only fill: the most news first, then the fullest page.
            if (!best || choice.news.size() > best->news.size() ||
                (choice.news.size() == best->news.size() && choice.fill > best->fill))
                best = std::move(choice);
        }
        if (!best) return false;
        if (best->laid) {
            join(page, best->laid->pages[0]);
            for (const Diagnostic& d : best->laid->diagnostics.items()) out_.diagnostics.add(d);
            for (std::size_t i : best->news) news_placed_[i] = true;
        } else {
            paint_foot_ad(*best->ad, best->fp, page, ctx_);
        }
        if (best->house >= 0) use_house_ad(static_cast<std::size_t>(best->house));
        end_line_ = lines;
        open_ = false;
        return true;
    }

    // A house ad is printed once: its other sizes (the same alt text, which
    // says what it shows) are used up with it.
    void use_house_ad(std::size_t i) {
        const Ad& ad = issue_.house_ads[i];
        for (std::size_t k = 0; k < issue_.house_ads.size(); ++k)
            if (k == i || (!ad.alt.empty() && issue_.house_ads[k].alt == ad.alt)) house_used_[k] = true;
    }

    // A page the issue needs (a multiple of four, a section on a right-hand
    // page) and nothing has to fill: a full-page house ad, else house ads
    // and news, else a "Notizen" page with a warning.
    void filler_page() {
        last_is_filler_ = true;
        for (std::size_t i = 0; i < issue_.house_ads.size(); ++i)
            if (!house_used_[i] && issue_.house_ads[i].size == AdSize::Full) {
                use_house_ad(i);
                take_page(ad_page(issue_.house_ads[i], ctx_, {}));
                return;
            }
        new_page();
        if (fill_gap(nullptr)) return;
        out_.pages.pop_back();
        take_page(notes_page(ctx_));
        Diagnostic d = warning("page " + std::to_string(out_.pages.size()) +
                                   " is a \"Notizen\" page: the issue needs it to come to a multiple of four pages "
                                   "and has nothing left to fill it",
                               "add house ads (<house-ad>) or news items (<news>) to the issue, or a page of text");
        d.at(issue_.where);
        d.page = static_cast<int>(out_.pages.size());
        out_.diagnostics.add(std::move(d));
    }

    std::optional<std::size_t> section_mark_;  // the current section's bookmark
    bool last_is_filler_ = false;
};

}  // namespace

int used_lines(const Page& page, const PageMaster& master) {
    Pt bottom = master.area_top();
    for (const FrameItem& item : page.items)
        std::visit([&](const auto& i) {
            using T = std::decay_t<decltype(i)>;
            if constexpr (std::is_same_v<T, GlyphRun>) bottom = std::max(bottom, i.y);
            else if constexpr (std::is_same_v<T, Rule>) bottom = std::max({bottom, i.y0, i.y1});
            else if constexpr (std::is_same_v<T, Image> || std::is_same_v<T, FilledRect>) bottom = std::max(bottom, i.y + i.height);
        }, item);
    if (bottom <= master.area_top()) return 0;
    return std::min(master.grid_lines(), master.grid_line_at_or_below(bottom) + 1);
}

void move_page(Page& page, int number, const PageMaster& master) {
    const Pt dx = page.bare ? 0 : master.area_left(number) - master.area_left(page.number);
    page.number = number;
    if (dx == 0) return;
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

Article news_article(const Section& section) {
    Article a;
    a.id = "news:" + section.title;
    a.kicker = text_block(BlockKind::Kicker, {Inline{"Meldungen", false, false, {}, {}}}, section.where);
    for (const NewsItem& item : section.news) {
        a.body.push_back(item.head);
        a.body.push_back(item.text);
    }
    return a;
}

PlannedIssue plan_issue(const Issue& issue, PlanItems& items, LayoutContext& ctx) {
    return Planner(issue, items, ctx).run();
}

}  // namespace heftsatz
