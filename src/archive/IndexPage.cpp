// archive/index.html: the issues newest first, each with its cover, title,
// date, pages, size, downloads and contents (each article linked into the
// PDF at its page and to its web page).
#include "archive/HtmlPage.h"
#include "archive/Site.h"

namespace heftsatz {

namespace {

std::string contents(const IssueRecord& issue) {
    std::string out = "<details>\n<summary>Inhalt</summary>\n";
    for (const SectionRecord& s : issue.sections) {
        out += s.title.empty() ? "<ul>\n" : "<h3>" + markup_escaped(s.title) + "</h3>\n<ul>\n";
        for (const ArticleRecord& a : s.articles) {
            out += "<li><a href=\"" + article_path(issue, a) + "\">" + markup_escaped(a.title) + "</a>";
            out += " <a class=\"seite\" href=\"" + issue.reader_pdf.path + "#page=" + std::to_string(a.page) +
                   "\" aria-label=\"" + markup_escaped(a.title) + " im PDF, Seite " + markup_escaped(a.page_label) + "\">S. " +
                   markup_escaped(a.page_label) + "</a></li>\n";
        }
        out += "</ul>\n";
    }
    return out + "</details>\n";
}

}  // namespace

std::string index_page(const SiteModel& site) {
    std::string main = "<h1>Archiv der Ausgaben</h1>\n";
    main += "<p class=\"intro\">Jede Ausgabe als barrierefreies PDF zum Herunterladen und als PDF/A für die "
            "Ablage, mit ihrem Inhalt.</p>\n";
    for (const IssueRecord& issue : site.issues()) {
        main += "<article class=\"ausgabe\" id=\"ausgabe-" + markup_escaped(issue.id) + "\">\n";
        main += "<img src=\"" + issue.thumbnail.path + "\" width=\"" + std::to_string(issue.thumbnail_width / 2) +
                "\" height=\"" + std::to_string(issue.thumbnail_height / 2) + "\" alt=\"Titelseite " +
                markup_escaped(issue.title()) + (issue.cover_alt.empty() ? "" : ": " + markup_escaped(issue.cover_alt)) + "\">\n";
        main += "<div>\n<h2>" + markup_escaped(issue.title()) + "</h2>\n";
        main += "<p class=\"meta\"><time datetime=\"" + markup_escaped(issue.date) + "\">" +
                markup_escaped(german_long_date(issue.date)) + "</time> · " + std::to_string(issue.pages) + " Seiten</p>\n";
        main += "<p class=\"download\"><a href=\"" + issue.reader_pdf.path + "\" download>PDF herunterladen</a> (" +
                german_size(issue.reader_pdf.bytes) + ") · <a href=\"" + issue.archive_pdf.path +
                "\">PDF/A für das Archiv</a> (" + german_size(issue.archive_pdf.bytes) + ")</p>\n";
        main += contents(issue);
        main += "</div>\n</article>\n";
    }
    const std::string magazine = site.issues().empty() ? "Archiv" : site.issues().front().magazine;
    return html_page(site, HtmlPageParts{magazine + ": Archiv der Ausgaben",
                                         "Alle Ausgaben von " + magazine + " als PDF, mit Inhalt", "", main, "", "",
                                         false});
}

}  // namespace heftsatz
