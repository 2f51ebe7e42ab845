// A section's page (rubrik/politik.html): its articles across all issues,
// newest first, each with date, kicker, title, teaser and its issue.
#include "archive/HtmlPage.h"
#include "archive/Site.h"

namespace heftsatz {

std::string section_page(const SiteModel& site, const std::string& title) {
    const std::string root = "../";
    std::string main = "<h1>" + markup_escaped(title) + "</h1>\n<ul class=\"rubrik\">\n";
    for (const ArticleRef& ref : site.section_articles(title)) {
        const ArticleRecord& a = *ref.article;
        const std::string href = root + article_path(*ref.issue, a);
        main += "<li>\n<h2><a href=\"" + href + "\">" +
                markup_escaped(a.kicker.empty() ? a.title : a.kicker + ": " + a.title) + "</a></h2>\n";
        main += "<p><time datetime=\"" + markup_escaped(a.date) + "\">[" + markup_escaped(german_date(a.date)) + "]</time> " +
                markup_escaped(a.lead) + " <a href=\"" + href + "\" aria-label=\"mehr: " + markup_escaped(a.title) +
                "\">mehr…</a></p>\n<p class=\"hinweis\">" + markup_escaped(ref.issue->title()) + ", Seite " +
                markup_escaped(a.page_label) + "</p>\n</li>\n";
    }
    main += "</ul>\n";
    const std::string magazine = site.issues().empty() ? "" : site.issues().front().magazine;
    return html_page(site, HtmlPageParts{title + " – " + magazine, "Beiträge der Rubrik " + title, root, main, "",
                                         title, false});
}

}  // namespace heftsatz
