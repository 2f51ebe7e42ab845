// The frame every page of the archive and web edition shares: German, a
// viewport for phones, the style sheet, a skip link, the banner with the
// sections' navigation, main content, an optional side column and the
// footer with the feed: landmarks a screen reader can jump between.
#pragma once

#include "archive/SiteModel.h"
#include "base/MarkupText.h"  // markup_escaped, which the pages use for text

#include <string>

namespace heftsatz {

struct HtmlPageParts {
    std::string title;        // the <title>
    std::string description;  // <meta name="description">, may be empty
    std::string root;         // the way from the page to the archive's root: "" or "../"
    std::string main;         // the <main> element's content
    std::string aside;        // the side column's content, or empty
    std::string current;      // the section the page belongs to, marked in the navigation
    bool print = false;       // the print version: no banner, navigation or side column
};

std::string html_page(const SiteModel& site, const HtmlPageParts& parts);

}  // namespace heftsatz
