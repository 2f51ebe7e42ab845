// Lays out a whole issue: each article from a new page, in manifest order,
// then the running footers and the document's metadata and bookmarks.
#include "layout/ArticleLayout.h"
#include "layout/Layout.h"
#include "layout/LayoutContext.h"
#include "layout/RunningFooter.h"

#include <chrono>
#include <cstdlib>
#include <set>
#include <sstream>

namespace heftsatz {
namespace {

DocumentInfo document_info(const Issue& issue) {
    DocumentInfo info;
    info.title = issue.magazine + " – " + issue.edition();
    info.author = "Redaktion " + issue.magazine;
    std::string sections;
    std::set<std::string> seen;
    std::string keywords;
    for (const Section& s : issue.sections) {
        sections += (sections.empty() ? "" : ", ") + s.title;
        for (const Article& a : issue.sections.empty() ? std::vector<Article>{} : s.articles) {
            std::stringstream words(a.keywords);
            std::string word;
            while (std::getline(words, word, ',')) {
                auto b = word.find_first_not_of(' ');
                auto e = word.find_last_not_of(' ');
                if (b == std::string::npos) continue;
                word = word.substr(b, e - b + 1);
                if (seen.insert(word).second) keywords += (keywords.empty() ? "" : ", ") + word;
            }
        }
    }
    info.subject = issue.magazine + ", " + issue.edition() + ": " + sections;
    info.keywords = keywords;
    info.lang = issue.lang;
    info.epoch = creation_epoch(issue);
    return info;
}

}  // namespace

long long creation_epoch(const Issue& issue) {
    if (const char* sde = std::getenv("SOURCE_DATE_EPOCH"); sde && *sde) {
        char* end = nullptr;
        long long v = std::strtoll(sde, &end, 10);
        if (end && *end == '\0' && v >= 0) return v;
    }
    int y = 0, m = 0, d = 0;
    if (std::sscanf(issue.date.c_str(), "%d-%d-%d", &y, &m, &d) == 3 && m >= 1 && m <= 12 && d >= 1 &&
        d <= 31) {
        using namespace std::chrono;
        auto days = sys_days(year{y} / month{static_cast<unsigned>(m)} / day{static_cast<unsigned>(d)});
        return duration_cast<seconds>(days.time_since_epoch()).count();
    }
    return 0;
}

Result<Document> lay_out_issue(const Issue& issue, const LayoutSpec& layout,
                               const FontLibrary& fonts, Diagnostics& diagnostics) {
    try {
        LayoutContext ctx{issue, layout, fonts, PageMaster(layout.page),
                          BlockSetter(fonts, layout.accent), diagnostics};
        Document doc;
        doc.info = document_info(issue);
        for (const Section& section : issue.sections) {
            Bookmark mark{section.title, static_cast<int>(doc.pages.size()), 0, {}};
            for (const Article& article : section.articles)
                mark.children.push_back(lay_out_article(article, section.title, ctx, doc));
            if (!mark.children.empty()) {
                mark.page = mark.children.front().page;
                mark.y = mark.children.front().y;
                doc.bookmarks.push_back(std::move(mark));
            }
        }
        for (Page& page : doc.pages) paint_footer(page, ctx);
        return doc;
    } catch (const InputError& e) {
        return e.diagnostic;
    }
}

}  // namespace heftsatz
