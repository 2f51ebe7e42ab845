// The page planner: puts the issue's items into numbered pages in reading
// order, instead of giving every article pages of its own.
//
// As optimal pagination does (Plass 1981; Jacobs et al. 2003), it weighs
// the places each item may take against the white they leave:
//   - an article begins under the balanced end of the one before it when
//     the layout allows it (articles="run-on"): below a rule, its head out of
//     the page's bottom third and room left for a few lines of its text;
//     else on a new page;
//   - a section's half and quarter ads go to the first room at a page's
//     foot after the article the manifest puts them after (quarter ads in
//     the outer columns), or the article's text flows around them;
//   - room left at a page's foot, before the planner turns the page, is
//     filled with the section's news items and the magazine's house ads, in
//     the combination that leaves the least white;
//   - the issue comes to a multiple of four pages: pages still missing get
//     house ads and news, and only then a "Notizen" page, with a warning.
// Pages are laid out with their final folio, so each has its side's
// margins from the start; only an article's continuation moves (and
// changes sides if it must).
#pragma once

#include "layout/ArticleLayout.h"
#include "layout/IssuePages.h"
#include "layout/LayoutContext.h"
#include "layout/TypographyReport.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace heftsatz {

// An article that stops on page `from` and goes on on page `to`.
struct Jump {
    int from = 0, to = 0;
    std::string story;  // the article's (ArticleLayout's story_of)
    std::string title;
    SourceLocation title_where;
    int head_lines = 0;  // grid lines kept free at the continuation's head
};

struct PlannedIssue {
    std::vector<Page> pages;  // folio = index + 1
    std::vector<ContentsEntry> entries;
    std::vector<Bookmark> bookmarks;  // page: 0-based index
    std::vector<Jump> jumps;
    std::map<std::string, int> article_page;  // article id → the folio it starts on
    int contents_page = 0;                    // the contents' first folio; its pages are left empty
    Diagnostics diagnostics;
    std::vector<std::pair<std::string, GreyTally>> grey;  // per article
};

// What the planner places, measured: the editorial (if the issue has one)
// and the sections' articles in manifest order, and per section its news
// items as one measured block list (header "Meldungen", a head and a
// paragraph per item).
struct PlanItems {
    MeasuredArticle* editorial = nullptr;
    std::vector<std::vector<MeasuredArticle*>> sections;
    std::vector<MeasuredArticle> news;  // per section; body empty if none
    int contents_pages = 1;             // pages kept for the contents
    // The grid lines the contents' last page takes, as measured: the room
    // below is filled as at any page's foot (a house ad).
    int contents_end_line = 0;
    // Each article's measured blocks are let go once it is placed: its pages
    // hold what is printed, and a long issue would hold everything twice.
    bool release_measured = false;
    // Called with each article before the planner places it: measuring can
    // run ahead of the planner in parallel batches, so that only a window of
    // the issue's articles is held measured at a time.
    std::function<void(MeasuredArticle*)> measure;
};

PlannedIssue plan_issue(const Issue& issue, PlanItems& items, LayoutContext& ctx);

// The first grid line below everything in the type area of `page`: where
// something else could begin.
int used_lines(const Page& page, const PageMaster& master);

// A page laid out for one folio moved to another: the type area follows the
// margins of its new side. A bare page (a full-page ad) fills the trim and
// stays where it is.
void move_page(Page& page, int number, const PageMaster& master);

// The news of `section` as an article the planner places: kicker
// "Meldungen", and a head and a paragraph per item.
Article news_article(const Section& section);

}  // namespace heftsatz
