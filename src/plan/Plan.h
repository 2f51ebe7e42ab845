// The flatplan (Seitenspiegel): every page of an issue as production staff
// check it before the imprimatur, spread by spread, with what stands on it,
// how full it is and what the warnings say about it. Made from the layout's
// Document alone (and the diagnostics of the run); the CLI writes and prints
// what this stage returns.
#pragma once

#include "base/Diagnostic.h"
#include "layout/Layout.h"

#include <string>
#include <vector>

namespace heftsatz {

// One page as the flatplan shows it.
struct PlanPage {
    int place = 0;  // 1-based place in the issue: odd places are right-hand pages
    int folio = 0;  // the number the layout gave the page
    bool bare = false;  // printed without a folio (cover, full-page ad, back page)
    std::string label;  // the section; "Titelseite", "Rückseite" for an untitled first or last page
    std::vector<PageArticle> articles;
    std::vector<PageAd> ads;
    std::vector<JumpLine> jumps;
    PageFill fill;
    std::vector<Diagnostic> warnings;  // those naming this page
};

struct Plan {
    std::string title;  // the document's title: "Kommune21 – Ausgabe 12/2020"
    std::vector<PlanPage> pages;
    std::vector<Diagnostic> other_warnings;  // naming no page of the issue
};

// Two facing pages; a magazine opens with page 1 alone on the right and ends
// with its back page alone on the left, so either may be missing.
struct Spread {
    const PlanPage* left = nullptr;
    const PlanPage* right = nullptr;
};

// `diagnostics` as they are to be shown (paths as the user gave them);
// errors are left out, as a plan is only made of a layout that succeeded.
Plan make_plan(const Document& doc, const PageSpec& spec, const std::vector<Diagnostic>& diagnostics);

std::vector<Spread> spreads(const Plan& plan);

// "1/1 Seite", "1/2 Seite", "1/4 Seite": the format as ad sales name it.
std::string ad_format(AdSize size);

// A whole percentage, rounded down: a page shows 90 % only when it is.
int fill_percent(double fill);

// A standalone HTML page (lang="de", CSS only, no script, printable).
std::string flatplan_html(const Plan& plan);

// One line per page: place, side, section, fill, warnings and contents.
std::string flatplan_summary(const Plan& plan);

}  // namespace heftsatz
