// The flatplan as one HTML page: every spread as two page boxes, as the
// issue lies open on the desk. Plain HTML and CSS (no script: it opens in any
// browser, in a mail client, printed); German, as the staff who read it.
#include "base/Counted.h"
#include "base/MarkupText.h"
#include "plan/Plan.h"

#include <cstdio>
#include <filesystem>

namespace heftsatz {
namespace {

// German sets a (narrow, unbreakable) space between a number and "%".
std::string percent(double fill) { return std::to_string(fill_percent(fill)) + "&#8239;%"; }

// The issue's goals for a page (issue 9): at least 90 % on a body page, at
// least 60 % on a section's last; below that the page has a hole.
const char* fill_class(double fill) {
    const int p = fill_percent(fill);
    return p >= 90 ? "full" : p >= 60 ? "part" : "low";
}

// "nrw-digitalkonferenz.xml:12", the whole path and the hint on hovering.
std::string warning_item(const Diagnostic& d) {
    std::string where = std::filesystem::path(d.where.file).filename().string();
    if (!where.empty() && d.where.line > 0) where += ":" + std::to_string(d.where.line);
    std::string title = d.where.file;
    if (d.where.line > 0) title += ":" + std::to_string(d.where.line);
    if (!d.hint.empty()) title += (title.empty() ? "" : " – ") + d.hint;
    std::string out = "<li class=\"warning\"";
    if (!title.empty()) out += " title=\"" + markup_escaped(title) + "\"";
    out += ">";
    if (!where.empty()) out += "<span class=\"where\">" + markup_escaped(where) + "</span> ";
    return out + markup_escaped(d.message) + "</li>";
}

std::string page_box(const PlanPage& page) {
    const bool right = page.place % 2 == 1;
    // The box is numbered by the page's place in the issue, the number a
    // reader looks for; a printed folio that differs is a fault to see.
    std::string out = "<article class=\"page " + std::string(right ? "right" : "left") + "\" id=\"seite-" +
                      std::to_string(page.place) + "\" data-page=\"" + std::to_string(page.place) +
                      "\" data-folio=\"" + std::to_string(page.folio) + "\" data-side=\"" +
                      (right ? "right" : "left") + "\">\n";
    out += "<header><span class=\"number\">" + std::to_string(page.place) + "</span>";
    out += "<span class=\"section\">" + markup_escaped(page.label) + "</span>";
    if (page.bare) out += "<span class=\"bare\">ohne Folio</span>";
    out += "</header>\n";
    if (!page.bare && page.folio != page.place)
        out += "<p class=\"misprint\">gedruckt mit Folio " + std::to_string(page.folio) + "</p>\n";

    if (!page.articles.empty()) {
        out += "<ul class=\"articles\">";
        for (const PageArticle& a : page.articles) {
            const std::string variant =
                a.variant.empty() ? "" : " <span class=\"variant\">(" + markup_escaped(a.variant) + ")</span>";
            out += a.opens ? "<li class=\"article opens\">" + markup_escaped(a.title) + variant + "</li>"
                           : "<li class=\"article\"><span class=\"runs\">Forts.:</span> " + markup_escaped(a.title) + variant +
                                 "</li>";
        }
        out += "</ul>\n";
    }
    if (!page.ads.empty()) {
        out += "<ul class=\"ads\">";
        for (const PageAd& ad : page.ads)
            out += "<li class=\"ad\"><span class=\"label\">Anzeige</span> " + markup_escaped(ad.advertiser) +
                   ", <span class=\"format\">" + ad_format(ad.size) + "</span></li>";
        out += "</ul>\n";
    }
    if (!page.jumps.empty()) {
        out += "<ul class=\"jumps\">";
        for (const JumpLine& jump : page.jumps)
            out += "<li class=\"jump\"><a href=\"#seite-" + std::to_string(jump.target) + "\">" + markup_escaped(jump.text) +
                   "</a></li>";
        out += "</ul>\n";
    }

    if (!page.warnings.empty()) {
        out += "<div class=\"warnings\"><p class=\"count\">" + counted(page.warnings.size(), "Warnung", "Warnungen") +
               "</p><ul>";
        for (const Diagnostic& d : page.warnings) out += warning_item(d);
        out += "</ul></div>\n";
    }
    // The fill: a bar for the page, and one per column (where the hole is).
    out += "<div class=\"fill " + std::string(fill_class(page.fill.fill)) + "\">";
    out += "<span class=\"columns\" aria-hidden=\"true\">";
    for (double column : page.fill.columns)
        out += "<span style=\"height:" + std::to_string(fill_percent(column)) + "%\"></span>";
    out += "</span><span class=\"bar\" aria-hidden=\"true\"><span style=\"width:" +
           std::to_string(fill_percent(page.fill.fill)) + "%\"></span></span>";
    out += "<span class=\"value\">Füllgrad " + percent(page.fill.fill) + "</span></div>\n";

    return out + "</article>\n";
}

// Where a spread has one page, the other half stays empty, as it lies.
std::string no_page(const char* side) { return std::string("<div class=\"page none ") + side + "\"></div>\n"; }

constexpr const char* kStyle = R"(
:root { --accent: #b0122b; --ink: #222; --line: #8a8580; --tint: #efe9df; }
* { box-sizing: border-box; }
body { margin: 0; padding: 1.5rem 2rem 3rem; background: #e4e1dc; color: var(--ink);
       font: 14px/1.35 "Linux Biolinum O", "Linux Biolinum", "DejaVu Sans", "Noto Sans", Arial, sans-serif; }
h1 { margin: 0; font-size: 1.6rem; }
h1 .issue { font-weight: normal; }
.facts { margin: .3rem 0 .6rem; }
.legend { display: flex; gap: 1.2rem; flex-wrap: wrap; margin: 0 0 1.4rem; padding: 0; list-style: none;
          font-size: .85rem; }
.legend .swatch { display: inline-block; width: .9rem; height: .9rem; margin-right: .35rem;
                  vertical-align: -.1rem; border: 1px solid var(--line); }
.spreads { display: flex; flex-wrap: wrap; gap: 1.6rem 2.2rem; align-items: flex-start; }
.spread { display: flex; break-inside: avoid; page-break-inside: avoid; }
.page { width: 13rem; min-height: 18.4rem; padding: .45rem .55rem; background: #fff;
        border: 1px solid var(--line); display: flex; flex-direction: column; gap: .35rem;
        font-size: .8rem; box-shadow: 0 1px 3px rgba(0,0,0,.18); }
.page.left { border-right: 2px solid #555; }
.page.right { border-left: none; }
.page.none { background: transparent; border: 1px dashed #b9b4ad; box-shadow: none; }
.page.none.left { border-right: 2px solid #555; }
.page.none.right { border-left: none; }
header { display: flex; align-items: baseline; gap: .45rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem; }
.page.right header { flex-direction: row-reverse; }
.number { font-size: 1.35rem; font-weight: bold; font-variant-numeric: tabular-nums; }
.section { color: var(--accent); font-weight: bold; }
.bare { color: #777; font-size: .72rem; }
.misprint { margin: 0; padding: .1rem .3rem; background: #c0392b; color: #fff; font-weight: bold; }
ul { margin: 0; padding: 0; list-style: none; }
.article { margin-bottom: .15rem; }
.article.opens { font-weight: bold; }
.runs { color: #666; font-style: italic; font-weight: normal; }
.ad { background: var(--tint); border-left: 3px solid #c9a96a; padding: .15rem .3rem; margin-bottom: .15rem; }
.ad .format { white-space: nowrap; }
.ad .label { display: block; font-size: .68rem; text-transform: uppercase; letter-spacing: .05em; color: #6d5a35; }
.jump a { color: #1f4e8c; text-decoration: none; }
.jump a::before { content: "↪ "; }
.fill { margin-top: auto; display: grid; grid-template-columns: auto 1fr; grid-template-rows: auto auto;
        column-gap: .45rem; align-items: end; }
.fill .columns { grid-row: 1 / span 2; display: flex; gap: 2px; align-items: flex-start; height: 2.2rem;
                 padding: 2px; border: 1px solid var(--line); background: #fafafa; }
.fill .columns span { width: .45rem; background: var(--fill); }
.fill .bar { height: .55rem; border: 1px solid var(--line); background: #fafafa; }
.fill .bar span { display: block; height: 100%; background: var(--fill); }
.fill .value { font-weight: bold; font-size: .78rem; }
.fill.full { --fill: #3d8a4f; }
.fill.part { --fill: #d8a21b; }
.fill.low { --fill: #c0392b; }
.warnings { margin-top: auto; border-top: 1px solid #ddd; padding-top: .2rem; font-size: .7rem; }
.warnings + .fill { margin-top: 0; }
.warnings .count { margin: 0 0 .15rem; color: #a3261a; font-weight: bold; }
.warning { margin-bottom: .2rem; overflow-wrap: anywhere; }
.warning .where { color: #555; font-family: "DejaVu Sans Mono", monospace; font-size: .64rem; }
.other { margin-top: 2rem; max-width: 60rem; background: #fff; padding: .6rem 1rem; border: 1px solid var(--line); }
.other h2 { font-size: 1rem; margin: 0 0 .4rem; }
.other ul { font-size: .8rem; }
@media print {
  @page { size: A4 landscape; margin: 8mm; }
  html { font-size: 12px; }
  body { background: #fff; padding: 0; }
  .page { box-shadow: none; }
  .page.none { border-color: #ddd; }
  .fill, .ad, .legend .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .jump a { color: inherit; }
}
)";

}  // namespace

std::string flatplan_html(const Plan& plan) {
    std::size_t warnings = plan.other_warnings.size();
    double fill = 0;
    for (const PlanPage& page : plan.pages) {
        warnings += page.warnings.size();
        fill += page.fill.fill;
    }
    const std::string title = "Seitenspiegel " + plan.title;
    std::string out = "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
                      markup_escaped(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
    out += "<h1>Seitenspiegel <span class=\"issue\">" + markup_escaped(plan.title) + "</span></h1>\n";
    out += "<p class=\"facts\">" + counted(plan.pages.size(), "Seite", "Seiten") + " · " +
           counted(warnings, "Warnung", "Warnungen");
    if (!plan.pages.empty())
        out += " · Füllgrad im Mittel " + percent(fill / static_cast<double>(plan.pages.size()));
    out += "</p>\n";
    out += "<ul class=\"legend\"><li><span class=\"swatch\" style=\"background:#3d8a4f\"></span>Füllgrad ab "
           "90&#8239;%</li><li><span class=\"swatch\" style=\"background:#d8a21b\"></span>60 bis 89&#8239;%</li>"
           "<li><span class=\"swatch\" style=\"background:#c0392b\"></span>unter 60&#8239;%</li>"
           "<li>Kästchen links: Füllgrad je Spalte</li><li><b>fett</b>: Artikel beginnt auf der Seite</li></ul>\n";
    out += "<main class=\"spreads\">\n";
    for (const Spread& spread : spreads(plan)) {
        const std::string label = spread.left && spread.right
                                      ? "Seiten " + std::to_string(spread.left->place) + " und " +
                                            std::to_string(spread.right->place)
                                      : "Seite " + std::to_string((spread.left ? spread.left : spread.right)->place);
        out += "<section class=\"spread\" aria-label=\"" + label + "\">\n";
        out += spread.left ? page_box(*spread.left) : no_page("left");
        out += spread.right ? page_box(*spread.right) : no_page("right");
        out += "</section>\n";
    }
    out += "</main>\n";
    if (!plan.other_warnings.empty()) {
        out += "<section class=\"other\"><h2>Warnungen ohne Seite</h2><ul>";
        for (const Diagnostic& d : plan.other_warnings) out += warning_item(d);
        out += "</ul></section>\n";
    }
    return out + "</body>\n</html>\n";
}

}  // namespace heftsatz
