#include "archive/HtmlPage.h"

#include "base/MarkupText.h"

namespace heftsatz {

std::string html_page(const SiteModel& site, const HtmlPageParts& parts) {
    const std::string magazine = site.issues().empty() ? "Archiv" : site.issues().front().magazine;
    const std::string& r = parts.root;
    std::string out;
    out += "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<title>" + markup_escaped(parts.title) + "</title>\n";
    if (!parts.description.empty())
        out += "<meta name=\"description\" content=\"" + markup_escaped(parts.description) + "\">\n";
    out += "<link rel=\"stylesheet\" href=\"" + r + "style.css\">\n";
    if (parts.print) out += "<link rel=\"stylesheet\" href=\"" + r + "druck.css\">\n";
    out += "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"" + markup_escaped(magazine) +
           ": neue Ausgaben\" href=\"" + r + "feed.xml\">\n";
    out += "</head>\n<body" + std::string(parts.print ? " class=\"druck\"" : "") + ">\n";
    out += "<a class=\"skip\" href=\"#inhalt\">Zum Inhalt springen</a>\n";
    out += "<header class=\"banner\">\n<p class=\"masthead\"><a href=\"" + r + "index.html\">" + markup_escaped(magazine) +
           "</a></p>\n";
    if (!parts.print) {
        out += "<nav aria-label=\"Rubriken\">\n<ul>\n";
        out += "<li><a href=\"" + r + "index.html\"" + (parts.current.empty() ? " aria-current=\"page\"" : "") +
               ">Ausgaben</a></li>\n";
        for (const std::string& title : site.section_titles())
            out += "<li><a href=\"" + r + section_path(title) + "\"" +
                   (parts.current == title ? " aria-current=\"page\"" : "") + ">" + markup_escaped(title) + "</a></li>\n";
        out += "</ul>\n</nav>\n";
    }
    out += "</header>\n";
    out += "<div class=\"layout\">\n<main id=\"inhalt\">\n" + parts.main + "</main>\n";
    if (!parts.print && !parts.aside.empty())
        out += "<aside aria-label=\"Ausgaben und Anbieter\">\n" + parts.aside + "</aside>\n";
    out += "</div>\n";
    out += "<footer>\n<p>" + markup_escaped(magazine) + " · <a href=\"" + r + "feed.xml\">Neue Ausgaben abonnieren (Atom)</a> · <a href=\"" +
           r + "index.json\">Daten (JSON)</a> · <a href=\"" + r + "SHA256SUMS\">Prüfsummen</a></p>\n";
    out += "<p>Gesetzt mit heftsatz.</p>\n</footer>\n</body>\n</html>\n";
    return out;
}

}  // namespace heftsatz
