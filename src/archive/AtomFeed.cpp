// feed.xml (Atom, RFC 4287): an entry per issue, so readers subscribe to
// new issues. Its times are the issues' dates, never the clock: the feed is
// the same bytes for the same issues.
#include "archive/HtmlPage.h"
#include "archive/Site.h"
#include "base/FileNamePart.h"

namespace heftsatz {

namespace {

std::string atom_time(const std::string& iso_date) { return iso_date + "T00:00:00Z"; }

}  // namespace

std::string atom_feed(const SiteModel& site) {
    const std::string& base = site.options().base_url;
    const std::string magazine = site.issues().empty() ? "Archiv" : site.issues().front().magazine;
    const std::string tag = "tag:heftsatz," + (site.issues().empty() ? std::string("2020") : site.issues().back().date.substr(0, 4)) +
                            ":" + file_name_part(magazine) + "/";
    std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
    out += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"de\"" +
           (base.empty() ? std::string() : " xml:base=\"" + markup_escaped(base) + "\"") + ">\n";
    out += "<title>" + markup_escaped(magazine) + ": Ausgaben</title>\n";
    out += "<id>" + (base.empty() ? tag + "archiv" : markup_escaped(base)) + "</id>\n";
    out += "<link rel=\"alternate\" type=\"text/html\" href=\"index.html\"/>\n";
    out += "<link rel=\"self\" type=\"application/atom+xml\" href=\"feed.xml\"/>\n";
    out += "<updated>" + (site.issues().empty() ? std::string("1970-01-01T00:00:00Z") : atom_time(site.issues().front().date)) +
           "</updated>\n";
    out += "<author><name>" + markup_escaped(magazine) + "</name></author>\n";
    for (const IssueRecord& issue : site.issues()) {
        out += "<entry>\n<title>" + markup_escaped(issue.title()) + "</title>\n";
        out += "<id>" + tag + markup_escaped(issue.id) + "</id>\n";
        out += "<updated>" + atom_time(issue.date) + "</updated>\n";
        out += "<link rel=\"alternate\" type=\"text/html\" href=\"index.html#ausgabe-" + markup_escaped(issue.id) + "\"/>\n";
        out += "<link rel=\"enclosure\" type=\"application/pdf\" length=\"" + std::to_string(issue.reader_pdf.bytes) +
               "\" href=\"" + markup_escaped(issue.reader_pdf.path) + "\"/>\n";
        std::string summary = german_long_date(issue.date) + ", " + std::to_string(issue.pages) + " Seiten.";
        for (const SectionRecord& s : issue.sections)
            for (const ArticleRecord& a : s.articles)
                if (a.kind == "article") summary += " " + a.title + ".";
        out += "<summary>" + markup_escaped(summary) + "</summary>\n</entry>\n";
    }
    return out + "</feed>\n";
}

}  // namespace heftsatz
