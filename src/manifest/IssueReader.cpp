// Reads issue.xml and, through the other readers, every file it names.
#include "manifest/InlineReader.h"
#include "manifest/InputLimits.h"
#include "manifest/IssueFiles.h"
#include "manifest/Manifest.h"
#include "manifest/Schema.h"

#include <algorithm>
#include <set>

namespace heftsatz {
namespace {

Ad read_ad(IssueFiles& files, const XmlDocument& doc, const xmlNode* node) {
    Ad ad;
    ad.where = doc.locate(node);
    ad.file = files.existing_file(doc, node, required(doc, node, "src", "ads/anzeige.pdf"), "ad file");
    ad.info = files.probe(doc, node, ad.file);
    const std::string size = attribute(node, "size").value_or("full");
    if (size == "full") ad.size = AdSize::Full;
    else if (size == "half") ad.size = AdSize::Half;
    else if (size == "quarter") ad.size = AdSize::Quarter;
    else if (size == "strip") ad.size = AdSize::Strip;
    else
        throw InputError{error("size=\"" + size + "\" is not an ad size", "use full, half, quarter or strip").at(ad.where)};
    ad.alt = printed_attribute(doc, node, "alt", files.diagnostics).value_or("");
    if (ad.alt.empty())
        files.diagnostics.add(warning("ad without alt text: screen readers cannot describe it",
                                      "add alt=\"what the ad shows\"")
                                  .at(ad.where));
    ad.advertiser = printed_attribute(doc, node, "advertiser", files.diagnostics).value_or("");
    if (ad.advertiser.empty()) ad.advertiser = ad.file.filename().string();
    ad.href = attribute(node, "href").value_or("");
    if (!ad.href.empty() && ad.href.rfind("https://", 0) != 0 && ad.href.rfind("http://", 0) != 0 &&
        ad.href.rfind("mailto:", 0) != 0)
        throw InputError{error("href=\"" + ad.href + "\" is not a web or mail address",
                               "write it with https://, http:// or mailto:")
                             .at(ad.where)};
    return ad;
}

// <house-ad src="..." size="half" alt="..." advertiser="Kommune21"/>: an
// ad of the magazine's own, its advertiser the magazine unless named.
Ad read_house_ad(IssueFiles& files, const XmlDocument& doc, const xmlNode* node, const std::string& magazine) {
    Ad ad = read_ad(files, doc, node);
    ad.advertiser = printed_attribute(doc, node, "advertiser", files.diagnostics).value_or(magazine);
    return ad;
}

// lead="yes" marks the lead story's line; without any, the first line is it.
bool read_lead_flag(const XmlDocument& doc, const xmlNode* line) {
    const auto lead = attribute(line, "lead");
    if (!lead || *lead == "no") return false;
    if (*lead == "yes") return true;
    throw InputError{error("lead=\"" + *lead + "\" on a cover line is neither yes nor no",
                           "write lead=\"yes\" on the lead story's line, or leave it out")
                         .at(doc.locate(line))};
}

Cover read_cover(IssueFiles& files, const XmlDocument& doc, const xmlNode* node) {
    Cover cover;
    cover.where = doc.locate(node);
    cover.image = files.existing_file(doc, node, required(doc, node, "image", "images/cover.jpg"), "cover image");
    cover.info = files.probe(doc, node, cover.image);
    cover.alt = printed_attribute(doc, node, "alt", files.diagnostics).value_or("");
    if (cover.alt.empty())
        files.diagnostics.add(warning("cover image without alt text: screen readers cannot describe it",
                                      "add alt=\"what the image shows\" to <cover>")
                                  .at(cover.where));
    for (const xmlNode* l : child_elements(node))
        if (node_name(l) == "line")
            cover.lines.push_back({required(doc, l, "article", "article-id"), read_plain(doc, l, files.diagnostics),
                                   read_lead_flag(doc, l), doc.locate(l)});
    const bool marked = std::any_of(cover.lines.begin(), cover.lines.end(), [](const CoverLine& l) { return l.lead; });
    if (!marked && !cover.lines.empty()) cover.lines.front().lead = true;
    return cover;
}

// Articles and ads are counted before any file is read: a manifest naming
// a hundred thousand of them is refused before it costs anything.
void check_counts(const XmlDocument& doc, const xmlNode* root) {
    std::size_t articles = 0, ads = 0;
    for (const xmlNode* s : child_elements(root)) {
        const auto name = node_name(s);
        articles += name == "editorial";
        ads += name == "ad" || name == "house-ad";
        if (name == "section")
            for (const xmlNode* a : child_elements(s)) {
                articles += node_name(a) == "article" || node_name(a) == "news";  // a news item is a short article
                ads += node_name(a) == "ad";
            }
    }
    if (articles > kMaxArticlesPerIssue)
        refuse_over_limit("the issue", articles, "articles", kMaxArticlesPerIssue, "per issue",
                          "move articles to another issue", doc.locate(root));
    if (ads > kMaxAdsPerIssue)
        refuse_over_limit("the issue", ads, "ads", kMaxAdsPerIssue, "per issue", "move ads to another issue",
                          doc.locate(root));
}

Issue read_issue_file(const std::filesystem::path& manifest, Diagnostics& diagnostics, ProbeCache* probes,
                      FileDigests* digests) {
    XmlDocument doc = XmlDocument::load(manifest).take();
    const xmlNode* root = doc.root_named("issue", "issue.xml starts with <issue magazine=\"...\" number=\"...\">");
    check_document(doc, root, FileKind::Issue, diagnostics);
    Issue issue;
    issue.manifest = manifest;
    issue.where = doc.locate(root);
    issue.folder = manifest.parent_path().empty() ? std::filesystem::path(".") : manifest.parent_path();
    IssueFiles files{ContainedFolder::of(issue.folder).take(), diagnostics, {}, 0, 0, probes, digests};
    issue.magazine = required_text(doc, root, "magazine", "Kommune21", diagnostics);
    issue.number = required_int(doc, root, "number", "12");
    issue.year = required_int(doc, root, "year", "2020");
    issue.date = required(doc, root, "date", "2020-12-01");
    issue.lang = attribute(root, "lang").value_or("de-DE");
    issue.layout = required(doc, root, "layout", "kommune21");
    if (auto bad = check_bare_name(issue.layout, "layout \"" + issue.layout + "\"")) {
        Diagnostic d = *bad;
        throw InputError{d.at(doc.locate(root))};
    }
    check_counts(doc, root);

    std::set<std::string> ids;
    auto add_article = [&](const xmlNode* a) {
        std::string src = required(doc, a, "src", "articles/name.xml");
        Article article = read_article(files, issue, files.existing_file(doc, a, src, "article file"));
        if (!ids.insert(article.id).second)
            throw InputError{error("article id \"" + article.id + "\" is used twice", "give every article a unique id")
                                 .at(article.where)};
        return article;
    };
    for (const xmlNode* s : child_elements(root)) {
        const auto name = node_name(s);
        if (name == "section") {
            Section section;
            section.where = doc.locate(s);
            section.title = required_text(doc, s, "title", "Politik", diagnostics);
            for (const xmlNode* a : child_elements(s)) {
                if (node_name(a) == "article") {
                    section.articles.push_back(add_article(a));
                    if (attribute(a, "pages")) {
                        const int pages = required_int(doc, a, "pages", "1");
                        if (pages < 1)
                            throw InputError{error("pages=\"" + std::to_string(pages) + "\" must be 1 or more",
                                                   "give the pages the article may take where it stands")
                                                 .at(doc.locate(a))};
                        section.articles.back().pages_in_place = pages;
                    }
                } else if (node_name(a) == "ad") {
                    section.ads.emplace_back(section.articles.size(), read_ad(files, doc, a));
                } else if (node_name(a) == "news") {
                    NewsItem item;
                    const std::string head = required_text(doc, a, "title", "Bremen startet Serviceportal", diagnostics);
                    item.head = text_block(BlockKind::Heading, {Inline{head, false, false, {}, {}}}, doc.locate(a));
                    item.text = read_block(doc, a, BlockKind::Paragraph, diagnostics);
                    if (item.text.empty())
                        throw InputError{error("the news item \"" + head + "\" has no text",
                                               "write its text inside <news title=\"...\">...</news>")
                                             .at(doc.locate(a))};
                    section.news.push_back(std::move(item));
                }
            }
            if (section.articles.empty())
                diagnostics.add(warning("section \"" + section.title + "\" has no articles",
                                        "add <article src=\"...\"/> or remove the section")
                                    .at(section.where));
            issue.sections.push_back(std::move(section));
        } else if (name == "cover") {
            issue.cover = read_cover(files, doc, s);
        } else if (name == "editorial") {
            issue.editorial = add_article(s);
        } else if (name == "imprint") {
            issue.imprint = read_imprint(files, doc, s);
        } else if (name == "listings") {
            issue.listings = read_listings(files, doc, s);
        } else if (name == "ad") {
            issue.closing_ads.push_back(read_ad(files, doc, s));
        } else if (name == "house-ad") {
            issue.house_ads.push_back(read_house_ad(files, doc, s, issue.magazine));
        }
    }
    if (issue.cover)
        for (const CoverLine& line : issue.cover->lines)
            if (!ids.count(line.article_id))
                throw InputError{error("cover line names article \"" + line.article_id + "\", which is not in the issue",
                                       "use the id=\"...\" of one of the issue's articles")
                                     .at(line.where)};
    return issue;
}

}  // namespace

Result<Issue> read_issue(const std::filesystem::path& issue, Diagnostics& diagnostics, ProbeCache* probes,
                         FileDigests* files) {
    std::error_code ec;
    std::filesystem::path manifest = std::filesystem::is_directory(issue, ec) ? issue / "issue.xml" : issue;
    try {
        return read_issue_file(manifest, diagnostics, probes, files);
    } catch (const InputError& e) {
        return e.diagnostic;
    }
}

}  // namespace heftsatz
