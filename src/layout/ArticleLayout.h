// Lays out one article from a new page or under the one before it: kicker
// and title across all columns, the lead in two (ArticleHead), then the body
// flowing column to column and page to page.
//
// Two steps, as Typst's layout measures and then places: measure_article
// sets every block once; place_article flows the set blocks into pages, as
// often as the issue asks (with and without an ad at the foot), without
// setting anything again.
#pragma once

#include "layout/AdPlacement.h"
#include "layout/BlockSetter.h"
#include "layout/LayoutContext.h"
#include "layout/LineMemo.h"
#include "layout/TypographyReport.h"
#include "manifest/Issue.h"

namespace heftsatz {

// An article laid out on pages numbered from its StartAt page: the page
// planner (IssueLayout) puts them in the issue there. Only the pages of a
// continuation move on (and are mirrored if they change sides); warnings
// on them move along.
struct LaidOutArticle {
    bool foot_ad_placed = false;  // the FootAd asked for fitted without a page more
    // With Article::pages_in_place: the pages that stay in place; the rest
    // continue later. Their foot (last column) and the continuation's head
    // have a line free for the jump lines, painted once pages are numbered.
    std::size_t in_place = 0;  // 0: all pages stay in place
    int continuation_head_lines = 0;  // grid lines kept at the continuation's head for its jump line
    std::vector<Page> pages;  // numbered from StartAt::page; the first may share its page with what came before
    int end_line = 0;         // the first grid line free in every column of the last page
    bool last_page_closed = false;  // an ad at its foot: nothing more goes on the last page
    Bookmark bookmark;  // page 0 = the article's first page
    Diagnostics diagnostics;
    GreyTally grey;     // the body's justified lines as placed
};

// An ad placed at the foot of the article's last page, if the text still
// ends on that page; otherwise the article is set without it.
struct FootAd {
    const Ad* ad = nullptr;
    AdFootprint footprint;      // for the page it goes on (AdPlacement)
    bool may_add_page = false;  // else the ad is left out if the text would need a page more
    bool on_first_page = false;  // at the foot of the article's first page, which it shares with what came before
};

// Where an article begins: its page's folio (so that left- and right-hand
// pages get their own margins and an ad its outer columns) and the grid
// line its head starts on (0: a new page; more: under the article before).
struct StartAt {
    int page = 1;
    int first_line = 0;
};

// An article's blocks, set: the header across the columns (kicker, title,
// lead, those present) and the body for the columns. Placing it only reads
// them; `memo` keeps the lines the flows ask for under constraints.
struct MeasuredArticle {
    const Article* article = nullptr;
    std::string section;
    std::vector<SetBlock> header;
    std::vector<SetBlock> body;
    LineMemo memo{nullptr};
    Diagnostics diagnostics;  // found while setting (a figure scaled down)
    // The story its pages' items belong to (Frame.h's StructTag): the
    // article's id unless set (a slice of the news has its own).
    std::string story;
};

// Its story in the structure of the pages: an article's header blocks are
// numbered from 0, its body's from kBodyBlock, its jump lines after all.
inline constexpr std::uint32_t kBodyBlock = 16;
inline constexpr std::uint32_t kJumpBlock = 1u << 30;
std::string story_of(const MeasuredArticle& measured);

// The jump lines of an article continued later in its section: at the head
// of the continuation, and at the foot of the last page it has in place.
std::string continuation_head(int from_page, const std::string& title);
std::string continuation_foot(int to_page);

// Sets the article's blocks. The head (kicker, title, lead) must leave
// room for the text on the first page: a lead longer than half the page
// opens the body instead (a warning); a kicker and title that leave fewer
// than three lines for the text are an error.
MeasuredArticle measure_article(const Article& article, const std::string& section, LayoutContext& ctx);
LaidOutArticle place_article(MeasuredArticle& measured, LayoutContext& ctx, const FootAd& foot_ad = {},
                             const StartAt& start = {});

}  // namespace heftsatz
