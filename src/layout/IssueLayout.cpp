// Lays out a whole issue: each article from a new page, in manifest order,
// then the running footers and the document's metadata and bookmarks.
#include "base/Parallel.h"
#include "layout/ArticleLayout.h"
#include "layout/Layout.h"
#include "layout/LayoutContext.h"
#include "layout/RunningFooter.h"

#include <chrono>
#include <cstdlib>
#include <set>
#include <sstream>
#include <type_traits>
#include <variant>

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
        for (const Article& a : s.articles) {
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

namespace {

// A page laid out as a right-hand page, moved to the left-hand position:
// the type area shifts by the difference of the mirrored margins.
void mirror(Page& page, Pt dx) {
    for (FrameItem& item : page.items)
        std::visit([dx](auto& i) {
            using T = std::decay_t<decltype(i)>;
            if constexpr (std::is_same_v<T, Rule>) {
                i.x0 += dx;
                i.x1 += dx;
            } else {
                i.x += dx;
            }
        }, item);
}

// Lays out every article in parallel. Articles are independent (each
// starts a page), so each worker has its own caches, and the results are
// merged in manifest order: the output does not depend on the threads.
std::vector<LaidOutArticle> lay_out_articles(const Issue& issue, const LayoutSpec& layout,
                                             const FontLibrary& fonts, const Hyphenator& hyphenator,
                                             unsigned threads) {
    std::vector<std::pair<const Article*, const std::string*>> work;
    for (const Section& s : issue.sections)
        for (const Article& a : s.articles) work.emplace_back(&a, &s.title);
    std::vector<LaidOutArticle> results(work.size());
    parallel_for(
        work.size(), threads,
        [&] {
            return LayoutContext{issue, layout, fonts, PageMaster(layout.page),
                                 BlockSetter(fonts, layout.accent, hyphenator)};
        },
        [&](LayoutContext& ctx, std::size_t i) { results[i] = lay_out_article(*work[i].first, *work[i].second, ctx); });
    return results;
}

}  // namespace

Result<Document> lay_out_issue(const Issue& issue, const LayoutSpec& layout,
                               const FontLibrary& fonts, Diagnostics& diagnostics, unsigned threads) {
    try {
        const Hyphenator hyphenator = Hyphenator::load(Hyphenator::default_dictionary()).take();
        std::vector<LaidOutArticle> articles = lay_out_articles(issue, layout, fonts, hyphenator, threads);
        const Pt mirror_dx = layout.page.margin_outer - layout.page.margin_inner;
        Document doc;
        doc.info = document_info(issue);
        std::size_t a = 0;
        for (const Section& section : issue.sections) {
            Bookmark mark{section.title, static_cast<int>(doc.pages.size()), 0, {}};
            for (std::size_t k = 0; k < section.articles.size(); ++k, ++a) {
                LaidOutArticle& article = articles[a];
                const int offset = static_cast<int>(doc.pages.size());
                for (Page& page : article.pages) {
                    // Laid out with local numbers; an odd offset flips every page's side.
                    if (offset % 2 == 1) mirror(page, PageMaster::is_right_hand(page.number) ? mirror_dx : -mirror_dx);
                    page.number += offset;
                    doc.pages.push_back(std::move(page));
                }
                for (Diagnostic d : article.diagnostics.items()) {
                    if (d.page > 0) d.page += offset;
                    diagnostics.add(std::move(d));
                }
                article.bookmark.page += offset;
                mark.children.push_back(std::move(article.bookmark));
            }
            if (!mark.children.empty()) {
                mark.page = mark.children.front().page;
                mark.y = mark.children.front().y;
                doc.bookmarks.push_back(std::move(mark));
            }
        }
        LayoutContext ctx{issue, layout, fonts, PageMaster(layout.page),
                          BlockSetter(fonts, layout.accent, hyphenator)};
        for (Page& page : doc.pages) paint_footer(page, ctx);
        return doc;
    } catch (const InputError& e) {
        return e.diagnostic;
    }
}

}  // namespace heftsatz
