#include "plan/Plan.h"

#include <cmath>

namespace heftsatz {

Plan make_plan(const Document& doc, const PageSpec& spec, const std::vector<Diagnostic>& diagnostics) {
    Plan plan;
    plan.title = doc.info.title;
    for (std::size_t i = 0; i < doc.pages.size(); ++i) {
        const Page& page = doc.pages[i];
        PlanPage p;
        p.place = static_cast<int>(i) + 1;
        p.folio = page.number;
        p.bare = page.bare;
        // The cover and the back page are the pages the layout gives no
        // section; they are named for what they are rather than left blank.
        p.label = !page.section.empty()       ? page.section
                  : i == 0                    ? "Titelseite"
                  : i + 1 == doc.pages.size() ? "Rückseite"
                                              : "";
        p.articles = page.articles;
        p.ads = page.ads;
        p.jumps = page.jumps;
        p.fill = measure_fill(page, spec);
        plan.pages.push_back(std::move(p));
    }
    for (const Diagnostic& d : diagnostics) {
        if (d.severity != Severity::Warning) continue;
        if (d.page >= 1 && d.page <= static_cast<int>(plan.pages.size()))
            plan.pages[static_cast<std::size_t>(d.page - 1)].warnings.push_back(d);
        else
            plan.other_warnings.push_back(d);
    }
    return plan;
}

std::vector<Spread> spreads(const Plan& plan) {
    // Page n faces page n+1 when n is even: spread k holds places 2k and 2k+1.
    std::vector<Spread> out;
    for (const PlanPage& page : plan.pages) {
        const std::size_t k = static_cast<std::size_t>(page.place / 2);
        if (out.size() <= k) out.resize(k + 1);
        (page.place % 2 == 0 ? out[k].left : out[k].right) = &page;
    }
    return out;
}

std::string ad_format(AdSize size) {
    switch (size) {
        case AdSize::Full: return "1/1 Seite";
        case AdSize::Half: return "1/2 Seite";
        case AdSize::Quarter: return "1/4 Seite";
        case AdSize::Strip: return "1/4 Seite quer";
    }
    return {};
}

int fill_percent(double fill) {
    // The measure is a sum of lengths: a full page may come to 0.9999999.
    return static_cast<int>(std::floor(fill * 100 + 1e-6));
}

}  // namespace heftsatz
