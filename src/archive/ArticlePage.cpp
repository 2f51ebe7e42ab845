// The web edition's article page, as the magazine's site shows one: kicker
// and title, date, lead, body with subheads, author tag, source link,
// keywords, "Druckversion" and "PDF", the other items of its section, and a
// side column with the issues to download and the issue's company listings.
#include "archive/HtmlPage.h"
#include "archive/Site.h"

namespace heftsatz {

namespace {

// How many other items of the section the page lists.
constexpr std::size_t kRelated = 5;

std::string body_html(const ArticleRecord& a, const std::string& root) {
    std::string out;
    bool in_list = false;
    for (const WebBlock& b : a.body) {
        const bool item = b.kind == "li" || b.kind == "li first";
        if (in_list && (!item || b.kind == "li first")) {
            out += "</ul>\n";
            in_list = false;
        }
        if (item && !in_list) {
            out += "<ul class=\"liste\">\n";
            in_list = true;
        }
        if (item) out += "<li><span class=\"label\" aria-hidden=\"true\">" + markup_escaped(b.label) + "</span> " + b.html + "</li>\n";
        else if (b.kind == "h2") out += "<h2>" + b.html + "</h2>\n";
        else if (b.kind == "box") out += "<section class=\"kasten\">\n<h3>" + b.html + "</h3>\n";
        else if (b.kind == "box end") out += "</section>\n";
        else if (b.kind == "question") out += "<p class=\"frage\"><strong>" + b.html + "</strong></p>\n";
        else if (b.kind == "quote")
            out += "<blockquote><p>" + b.html + "</p>" +
                   (b.credit.empty() ? "" : "<p class=\"von\">" + markup_escaped(b.credit) + "</p>") + "</blockquote>\n";
        else if (b.kind == "figure")
            out += "<figure>\n<img src=\"" + root + b.image + "\" alt=\"" + markup_escaped(b.alt) + "\">\n<figcaption>" +
                   b.html + (b.credit.empty() ? "" : " <span class=\"credit\">" + markup_escaped(b.credit) + "</span>") +
                   "</figcaption>\n</figure>\n";
        else out += "<p>" + b.html + "</p>\n";
    }
    if (in_list) out += "</ul>\n";
    return out;
}

std::string keywords_html(const ArticleRecord& a) {
    if (a.keywords.empty()) return {};
    std::string out = "<p class=\"stichwoerter\">Stichwörter: ";
    for (std::size_t i = 0; i < a.keywords.size(); ++i) out += (i ? ", " : "") + markup_escaped(a.keywords[i]);
    return out + "</p>\n";
}

// The article itself: the same on its page and its print version.
std::string article_html(const ArticleRef& ref, const std::string& root, bool print) {
    const ArticleRecord& a = *ref.article;
    const IssueRecord& issue = *ref.issue;
    std::string out = "<article class=\"beitrag\">\n<header>\n";
    if (!a.kicker.empty()) out += "<p class=\"kicker\">" + markup_escaped(a.kicker) + "</p>\n";
    out += "<h1>" + markup_escaped(a.title) + "</h1>\n";
    out += "<p class=\"datum\"><time datetime=\"" + markup_escaped(a.date) + "\">[" + markup_escaped(german_date(a.date)) +
           "]</time> · " + markup_escaped(issue.title()) + ", Seite " + markup_escaped(a.page_label) + "</p>\n</header>\n";
    if (!a.lead.empty()) out += "<p class=\"lead\">" + markup_escaped(a.lead) + "</p>\n";
    out += body_html(a, root);
    if (!a.author.empty()) out += "<p class=\"autor\">(" + markup_escaped(a.author) + ")</p>\n";
    if (!a.source_href.empty())
        out += "<p class=\"quelle\"><a href=\"" + markup_escaped(a.source_href) + "\">" +
               markup_escaped(a.source_text.empty() ? a.source_href : a.source_text) + "</a></p>\n";
    out += keywords_html(a);
    if (!print)
        out += "<ul class=\"werkzeuge\">\n<li><a href=\"" + root + print_path(issue, a) +
               "\">Druckversion</a></li>\n" +
               (a.pdf.path.empty() ? std::string()
                                   : "<li><a href=\"" + root + a.pdf.path + "\" type=\"application/pdf\">PDF</a> <span class=\"hinweis\">(" +
                                         german_size(a.pdf.bytes) + ")</span></li>\n") +
               "<li><a href=\"" + root + issue.reader_pdf.path + "#page=" + std::to_string(a.page) +
               "\" type=\"application/pdf\">In der Ausgabe</a> <span class=\"hinweis\">(" + markup_escaped(issue.title()) +
               ", Seite " + markup_escaped(a.page_label) + ", " + german_size(issue.reader_pdf.bytes) + ")</span></li>\n</ul>\n";
    return out + "</article>\n";
}

std::string related_html(const SiteModel& site, const ArticleRef& ref, const std::string& root) {
    if (!ref.section || ref.section->title.empty()) return {};
    std::string items;
    std::size_t n = 0;
    for (const ArticleRef& other : site.section_articles(ref.section->title)) {
        if (other.article == ref.article) continue;
        if (++n > kRelated) break;
        const std::string href = root + article_path(*other.issue, *other.article);
        items += "<li>\n<h3><a href=\"" + href + "\">" +
                 markup_escaped(other.article->kicker.empty() ? other.article->title
                                                       : other.article->kicker + ": " + other.article->title) +
                 "</a></h3>\n<p><time datetime=\"" + markup_escaped(other.article->date) + "\">[" +
                 markup_escaped(german_date(other.article->date)) + "]</time> " + markup_escaped(other.article->lead) +
                 " <a href=\"" + href + "\" aria-label=\"mehr: " + markup_escaped(other.article->title) +
                 "\">mehr…</a></p>\n</li>\n";
    }
    if (items.empty()) return {};
    return "<section class=\"weitere\" aria-labelledby=\"weitere\">\n<h2 id=\"weitere\">Weitere Meldungen und Beiträge "
           "aus dem Bereich " +
           markup_escaped(ref.section->title) + "</h2>\n<ul>\n" + items + "</ul>\n<p><a href=\"" + root +
           section_path(ref.section->title) + "\">Alle Beiträge der Rubrik " + markup_escaped(ref.section->title) +
           "</a></p>\n</section>\n";
}

std::string aside_html(const SiteModel& site, const IssueRecord& issue, const std::string& root) {
    std::string out = "<section aria-labelledby=\"ausgaben\">\n<h2 id=\"ausgaben\">Ausgaben</h2>\n<ul class=\"ausgaben\">\n";
    for (const IssueRecord& i : site.issues()) {
        out += "<li><a href=\"" + root + i.reader_pdf.path + "\"><img src=\"" + root + i.thumbnail.path +
               "\" width=\"60\" height=\"" + std::to_string(i.thumbnail_width ? 60 * i.thumbnail_height / i.thumbnail_width : 85) +
               "\" alt=\"\"> " + markup_escaped(i.title()) + "</a> <span class=\"hinweis\">(PDF, " +
               german_size(i.reader_pdf.bytes) + ")</span></li>\n";
    }
    out += "</ul>\n</section>\n";
    if (!issue.companies.empty()) {
        out += "<section aria-labelledby=\"anbieter\">\n<h2 id=\"anbieter\">Anbieter in dieser Ausgabe</h2>\n<ul class=\"anbieter\">\n";
        for (const CompanyRecord& c : issue.companies)
            out += "<li><a href=\"" + root + issue.reader_pdf.path + "#page=" + std::to_string(c.page) + "\">" +
                   markup_escaped(c.name) + "</a><br>" + markup_escaped(c.postcode) + " " + markup_escaped(c.city) + "</li>\n";
        out += "</ul>\n</section>\n";
    }
    return out;
}

}  // namespace

std::string article_page(const SiteModel& site, const ArticleRef& ref) {
    const std::string root = "../";
    const ArticleRecord& a = *ref.article;
    const std::string main = article_html(ref, root, false) + related_html(site, ref, root);
    return html_page(site, HtmlPageParts{a.title + " – " + ref.issue->title(), a.lead, root, main,
                                         aside_html(site, *ref.issue, root),
                                         ref.section ? ref.section->title : std::string(), false});
}

std::string print_page(const SiteModel& site, const ArticleRef& ref) {
    const std::string root = "../";
    return html_page(site, HtmlPageParts{ref.article->title + " – " + ref.issue->title() + " (Druckversion)",
                                         ref.article->lead, root, article_html(ref, root, true), "", "", true});
}

}  // namespace heftsatz
