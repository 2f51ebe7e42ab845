// index.json: the index's data for other tools, one object per issue with
// its files, sections and articles (kicker, title, author, keywords, page).
#include "archive/Site.h"

#include <nlohmann/json.hpp>

namespace heftsatz {

std::string index_json(const SiteModel& site) {
    using nlohmann::json;
    json issues = json::array();
    for (const IssueRecord& issue : site.issues()) {
        json sections = json::array();
        for (const SectionRecord& s : issue.sections) {
            json articles = json::array();
            for (const ArticleRecord& a : s.articles)
                articles.push_back({{"id", a.id},
                                    {"kind", a.kind},
                                    {"date", a.date},
                                    {"kicker", a.kicker},
                                    {"title", a.title},
                                    {"lead", a.lead},
                                    {"author", a.author},
                                    {"keywords", a.keywords},
                                    {"page", a.page},
                                    {"page_label", a.page_label},
                                    {"web", article_path(issue, a)}});
            sections.push_back({{"title", s.title}, {"articles", articles}});
        }
        json companies = json::array();
        for (const CompanyRecord& c : issue.companies)
            companies.push_back({{"name", c.name}, {"category", c.category}, {"postcode", c.postcode},
                                 {"city", c.city}, {"web", c.web}, {"page", c.page}});
        auto file = [](const ArchivedFile& f) { return json{{"path", f.path}, {"bytes", f.bytes}, {"sha256", f.sha256}}; };
        issues.push_back({{"id", issue.id},
                          {"title", issue.title()},
                          {"magazine", issue.magazine},
                          {"number", issue.number},
                          {"year", issue.year},
                          {"date", issue.date},
                          {"pages", issue.pages},
                          {"pdf", file(issue.reader_pdf)},
                          {"archive_pdf", file(issue.archive_pdf)},
                          {"thumbnail", file(issue.thumbnail)},
                          {"sections", sections},
                          {"companies", companies}});
    }
    return json{{"format", 1}, {"issues", issues}}.dump(1, '\t') + "\n";
}

}  // namespace heftsatz
