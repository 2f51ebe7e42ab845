// The flatplan as text: one line per page, for a terminal or a log.
#include "plan/Plan.h"

#include <algorithm>
#include <cstdio>

namespace heftsatz {
namespace {

// Characters as a terminal counts them, near enough: UTF-8 sequences, not
// bytes (the sections hold umlauts).
std::size_t characters(const std::string& text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string padded(const std::string& text, std::size_t width) {
    const std::size_t n = characters(text);
    return n >= width ? text : text + std::string(width - n, ' ');
}

// What stands on the page, in the order the flatplan's box lists it.
std::string contents(const PlanPage& page) {
    std::string out;
    auto add = [&out](const std::string& part) { out += (out.empty() ? "" : "; ") + part; };
    if (!page.bare && page.folio != page.place) add("gedruckt mit Folio " + std::to_string(page.folio));
    for (const PageArticle& a : page.articles)
        add((a.opens ? a.title : a.title + " (Forts.)") + (a.variant.empty() ? "" : " [" + a.variant + "]"));
    for (const PageAd& ad : page.ads) add("Anzeige " + ad.advertiser + ", " + ad_format(ad.size));
    for (const JumpLine& jump : page.jumps) add(jump.text);
    return out;
}

}  // namespace

std::string flatplan_summary(const Plan& plan) {
    // The section column is as wide as its longest entry, within reason.
    std::size_t section_width = characters("Rubrik");
    for (const PlanPage& page : plan.pages) section_width = std::max(section_width, characters(page.label));
    section_width = std::min<std::size_t>(section_width, 24);

    std::string out = "Seite   " + padded("Rubrik", section_width) + "  Füllgrad  Warnungen  Inhalt\n";
    for (const PlanPage& page : plan.pages) {
        char head[32];
        std::snprintf(head, sizeof head, "%5d %c  ", page.place, page.place % 2 == 1 ? 'r' : 'l');
        char figures[48];
        std::snprintf(figures, sizeof figures, "  %6d %%  %9zu  ", fill_percent(page.fill.fill), page.warnings.size());
        std::string line = head + padded(page.label, section_width) + figures + contents(page);
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out += line + '\n';
    }
    return out;
}

}  // namespace heftsatz
