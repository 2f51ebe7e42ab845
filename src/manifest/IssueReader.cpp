// Reads issue.xml and the article files it names into the model.
#include "base/FileError.h"
#include "manifest/InlineReader.h"
#include "manifest/IssuePaths.h"
#include "manifest/Manifest.h"
#include "manifest/XmlDocument.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <set>

namespace heftsatz {
namespace {

std::string required(const XmlDocument& doc, const xmlNode* node, const char* name,
                     const char* example) {
    auto value = attribute(node, name);
    if (!value || value->empty())
        throw InputError{error("<" + std::string(node_name(node)) + "> needs the attribute " +
                                   name,
                               std::string("add ") + name + "=\"" + example + "\"")
                             .at(doc.locate(node))};
    return *value;
}

int required_int(const XmlDocument& doc, const xmlNode* node, const char* name,
                 const char* example) {
    std::string text = required(doc, node, name, example);
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size())
        throw InputError{error(std::string("attribute ") + name + "=\"" + text +
                                   "\" is not a whole number",
                               std::string("write it as digits, e.g. ") + name + "=\"" +
                                   example + "\"")
                             .at(doc.locate(node))};
    return value;
}

void warn_unknown_attributes(const XmlDocument& doc, const xmlNode* node,
                             std::initializer_list<std::string_view> known,
                             Diagnostics& diagnostics) {
    for (const xmlAttr* a = node->properties; a; a = a->next) {
        std::string_view name(reinterpret_cast<const char*>(a->name));
        if (std::find(known.begin(), known.end(), name) == known.end())
            diagnostics.add(warning("unknown attribute " + std::string(name) + " on <" +
                                        std::string(node_name(node)) + "> is ignored",
                                    "check its spelling against docs/formats.md")
                                .at(doc.locate(node)));
    }
}

std::filesystem::path existing_file(const Issue& issue, const XmlDocument& doc, const xmlNode* node,
                                    const std::string& src, const char* what) {
    auto path = resolve_inside(issue.folder, doc.path(), src);
    if (!path) {
        Diagnostic d = path.failure();
        throw InputError{d.at(doc.locate(node))};
    }
    std::error_code ec;
    const bool regular = std::filesystem::is_regular_file(*path, ec);
    if (ec && ec != std::errc::no_such_file_or_directory)  // there, but not readable (issue 8)
        throw InputError{error(std::string(what) + " " + src + " cannot be read: " + file_error_words(ec),
                               "check the permissions of the file and its folders")
                             .at(doc.locate(node))};
    if (!regular)
        throw InputError{error(std::string(what) + " not found: " + src,
                               "add " + path->string() + " or correct the src attribute")
                             .at(doc.locate(node))};
    return *path;
}

ImageInfo probed(const XmlDocument& doc, const xmlNode* node, const std::filesystem::path& file) {
    auto info = probe_image(file);
    if (!info) {
        Diagnostic d = info.failure();
        d.message = file.filename().string() + ": " + d.message;
        throw InputError{d.at(doc.locate(node))};
    }
    return *info;
}

Figure read_figure(const Issue& issue, const XmlDocument& doc, const xmlNode* node, Diagnostics& diagnostics) {
    Figure figure;
    figure.image = existing_file(issue, doc, node, required(doc, node, "src", "images/bild.jpg"), "image");
    figure.info = probed(doc, node, figure.image);
    if (figure.info.kind == ImageKind::Pdf)
        throw InputError{error("a figure must be a JPEG or PNG image", "export the figure as JPEG or PNG")
                             .at(doc.locate(node))};
    figure.alt = attribute(node, "alt").value_or("");
    if (figure.alt.empty())
        diagnostics.add(warning("figure without alt text: screen readers cannot describe it",
                                "add alt=\"what the image shows\"")
                            .at(doc.locate(node)));
    const std::string span = attribute(node, "span").value_or("column");
    if (span != "column" && span != "page")
        throw InputError{error("span=\"" + span + "\" is not a figure width", "use span=\"column\" or span=\"page\"")
                             .at(doc.locate(node))};
    figure.span_page = span == "page";
    for (const xmlNode* c : child_elements(node)) {
        if (node_name(c) == "caption") figure.caption = read_block(doc, c, BlockKind::Meta, diagnostics).inlines;
        else if (node_name(c) == "credit") figure.credit = read_plain(c);
        else
            diagnostics.add(warning("unknown element <" + std::string(node_name(c)) + "> in a figure is ignored",
                                    "a figure holds caption and credit")
                                .at(doc.locate(c)));
    }
    return figure;
}

// Reads the blocks of <body> (or of a <box>) into `out`.
void read_body(const Issue& issue, const XmlDocument& doc, const xmlNode* parent, std::vector<Block>& out,
               Diagnostics& diagnostics) {
    for (const xmlNode* b : child_elements(parent)) {
        auto name = node_name(b);
        if (name == "p") {
            out.push_back(read_block(doc, b, BlockKind::Paragraph, diagnostics));
        } else if (name == "h2") {
            out.push_back(read_block(doc, b, BlockKind::Heading, diagnostics));
        } else if (name == "quote") {
            out.push_back(read_block(doc, b, BlockKind::Quote, diagnostics));
        } else if (name == "figure") {
            Block block = text_block(BlockKind::Figure, {}, doc.locate(b));
            block.figure = read_figure(issue, doc, b, diagnostics);
            out.push_back(std::move(block));
        } else if (name == "box") {
            Block box = text_block(BlockKind::Box, {}, doc.locate(b));
            box.title = attribute(b, "title").value_or("");
            read_body(issue, doc, b, box.children, diagnostics);
            out.push_back(std::move(box));
        } else if (name == "interview") {
            for (const xmlNode* qa : child_elements(b)) {
                auto qname = node_name(qa);
                if (qname != "question" && qname != "answer")
                    diagnostics.add(warning("unknown element <" + std::string(qname) +
                                                "> in an interview: its text is set as an answer",
                                            "an interview holds question and answer elements")
                                        .at(doc.locate(qa)));
                out.push_back(read_block(doc, qa, qname == "question" ? BlockKind::Question : BlockKind::Answer,
                                         diagnostics));
                if (out.back().empty()) out.pop_back();
            }
            continue;
        } else {
            diagnostics.add(warning("unknown body element <" + std::string(name) +
                                        ">: its text is set as a paragraph",
                                    "use p, h2, figure, quote, box or interview (see docs/formats.md)")
                                .at(doc.locate(b)));
            out.push_back(read_block(doc, b, BlockKind::Paragraph, diagnostics));
        }
        if (out.back().empty()) out.pop_back();
    }
}

Article read_article(const Issue& issue, const std::filesystem::path& file,
                     Diagnostics& diagnostics) {
    XmlDocument doc = XmlDocument::load(file).take();
    const xmlNode* root = doc.root_named("article", "an article file starts with <article id=\"...\">");
    warn_unknown_attributes(doc, root, {"id", "date", "author"}, diagnostics);
    Article article;
    article.where = doc.locate(root);
    article.id = required(doc, root, "id", file.stem().string().c_str());
    article.date = attribute(root, "date").value_or(issue.date);
    article.author = attribute(root, "author").value_or("");

    for (const xmlNode* child : child_elements(root)) {
        auto name = node_name(child);
        if (name == "kicker") {
            article.kicker = read_block(doc, child, BlockKind::Kicker, diagnostics);
        } else if (name == "title") {
            article.title = read_block(doc, child, BlockKind::Title, diagnostics);
        } else if (name == "lead") {
            article.lead = read_block(doc, child, BlockKind::Lead, diagnostics);
        } else if (name == "body") {
            read_body(issue, doc, child, article.body, diagnostics);
            for (const xmlNode* c = child->children; c; c = c->next)
                if (c->type == XML_TEXT_NODE && !read_plain(c).empty())
                    throw InputError{error("text directly inside <body>",
                                           "wrap running text in <p>...</p>")
                                         .at(doc.locate(child))};
        } else if (name == "keywords") {
            article.keywords = read_plain(child);
            article.keywords_where = doc.locate(child);
        } else if (name == "source") {
            article.source_text = read_plain(child);
            article.source_where = doc.locate(child);
            article.source_href = attribute(child, "href").value_or(article.source_text);
        } else {
            diagnostics.add(warning("unknown element <" + std::string(name) +
                                        "> in an article is ignored",
                                    "allowed: kicker, title, lead, body, keywords, source")
                                .at(doc.locate(child)));
            if (!read_plain(child).empty())
                article.body.push_back(read_block(doc, child, BlockKind::Paragraph, diagnostics));
        }
    }
    if (article.title.empty())
        throw InputError{error("article \"" + article.id + "\" has no <title>",
                               "add <title>...</title> after <kicker>")
                             .at(article.where)};
    if (article.body.empty())
        diagnostics.add(warning("article \"" + article.id + "\" has no text: only its heading is set",
                                "write the text into <body><p>...</p></body>, or remove the article")
                            .at(article.where));
    return article;
}

Ad read_ad(const Issue& issue, const XmlDocument& doc, const xmlNode* node, Diagnostics& diagnostics) {
    Ad ad;
    ad.where = doc.locate(node);
    ad.file = existing_file(issue, doc, node, required(doc, node, "src", "ads/anzeige.pdf"), "ad file");
    ad.info = probed(doc, node, ad.file);
    const std::string size = attribute(node, "size").value_or("full");
    if (size == "full") ad.size = AdSize::Full;
    else if (size == "half") ad.size = AdSize::Half;
    else if (size == "quarter") ad.size = AdSize::Quarter;
    else
        throw InputError{error("size=\"" + size + "\" is not an ad size", "use full, half or quarter").at(ad.where)};
    ad.alt = attribute(node, "alt").value_or("");
    if (ad.alt.empty())
        diagnostics.add(warning("ad without alt text: screen readers cannot describe it",
                                "add alt=\"what the ad shows\"")
                            .at(ad.where));
    return ad;
}

// <imprint src="imprint.xml"/> or the same elements inline.
Imprint read_imprint(const Issue& issue, const XmlDocument& doc, const xmlNode* node) {
    std::optional<XmlDocument> own;
    const XmlDocument* from = &doc;
    const xmlNode* root = node;
    if (auto src = attribute(node, "src")) {
        own.emplace(XmlDocument::load(existing_file(issue, doc, node, *src, "imprint file")).take());
        from = &*own;
        root = own->root_named("imprint", "an imprint file starts with <imprint>");
    }
    Imprint imprint;
    imprint.where = from->locate(root);
    for (const xmlNode* c : child_elements(root)) {
        const auto name = node_name(c);
        const std::string text = read_plain(c);
        if (name == "publisher") imprint.publisher = text;
        else if (name == "address") imprint.address = text;
        else if (name == "phone") imprint.phone = text;
        else if (name == "web") imprint.web = text;
        else if (name == "editor") imprint.editors.emplace_back(attribute(c, "role").value_or("Redaktion"), text);
        else if (name == "issn") imprint.issn = text;
        else if (name == "print-run") imprint.print_run = text;
        else if (name == "frequency") imprint.frequency = text;
        else if (name == "copyright") imprint.copyright = text;
    }
    if (imprint.publisher.empty())
        throw InputError{error("the imprint has no <publisher>", "German press law requires the publisher's name")
                             .at(imprint.where)};
    return imprint;
}

Listings read_listings(const Issue& issue, const XmlDocument& doc, const xmlNode* node, Diagnostics& diagnostics) {
    Listings listings;
    listings.title = attribute(node, "title").value_or(listings.title);
    listings.title_where = doc.locate(node);
    const std::string src = required(doc, node, "src", "listings.xml");
    XmlDocument file = XmlDocument::load(existing_file(issue, doc, node, src, "listings file")).take();
    const xmlNode* root = file.root_named("listings", "a listings file starts with <listings>");
    listings.where = file.locate(root);
    for (const xmlNode* c : child_elements(root)) {
        if (node_name(c) != "company") {
            diagnostics.add(warning("unknown element <" + std::string(node_name(c)) + "> in the listings is ignored",
                                    "the listings hold <company .../> elements")
                                .at(file.locate(c)));
            continue;
        }
        Company company;
        company.where = file.locate(c);
        company.name = required(file, c, "name", "Beispiel GmbH");
        company.category = required(file, c, "category", "Fachverfahren");
        company.street = attribute(c, "street").value_or("");
        company.postcode = attribute(c, "postcode").value_or("");
        company.city = attribute(c, "city").value_or("");
        company.phone = attribute(c, "phone").value_or("");
        company.web = attribute(c, "web").value_or("");
        if (auto logo = attribute(c, "logo")) {
            company.logo = existing_file(issue, file, c, *logo, "logo");
            company.logo_info = probed(file, c, company.logo);
        }
        company.text = read_plain(c);
        listings.companies.push_back(std::move(company));
    }
    return listings;
}

Issue read_issue_file(const std::filesystem::path& manifest, Diagnostics& diagnostics) {
    XmlDocument doc = XmlDocument::load(manifest).take();
    const xmlNode* root =
        doc.root_named("issue", "issue.xml starts with <issue magazine=\"...\" number=\"...\">");
    warn_unknown_attributes(doc, root,
                            {"magazine", "number", "year", "date", "lang", "layout"},
                            diagnostics);
    Issue issue;
    issue.manifest = manifest;
    issue.where = doc.locate(root);
    issue.folder = manifest.parent_path();
    issue.magazine = required(doc, root, "magazine", "Kommune21");
    issue.number = required_int(doc, root, "number", "12");
    issue.year = required_int(doc, root, "year", "2020");
    issue.date = required(doc, root, "date", "2020-12-01");
    issue.lang = attribute(root, "lang").value_or("de-DE");
    issue.layout = required(doc, root, "layout", "kommune21");

    std::set<std::string> ids;
    auto add_article = [&](const xmlNode* a) {
        std::string src = required(doc, a, "src", "articles/name.xml");
        Article article = read_article(issue, existing_file(issue, doc, a, src, "article file"), diagnostics);
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
            section.title = required(doc, s, "title", "Politik");
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
                    section.ads.emplace_back(section.articles.size(), read_ad(issue, doc, a, diagnostics));
                } else {
                    diagnostics.add(warning("unknown element <" + std::string(node_name(a)) +
                                                "> in a section is ignored",
                                            "a section holds <article src=\"...\"/> and <ad .../> elements")
                                        .at(doc.locate(a)));
                }
            }
            if (section.articles.empty())
                diagnostics.add(warning("section \"" + section.title + "\" has no articles",
                                        "add <article src=\"...\"/> or remove the section")
                                    .at(section.where));
            issue.sections.push_back(std::move(section));
        } else if (name == "cover") {
            Cover cover;
            cover.where = doc.locate(s);
            cover.image = existing_file(issue, doc, s, required(doc, s, "image", "images/cover.jpg"), "cover image");
            cover.info = probed(doc, s, cover.image);
            for (const xmlNode* l : child_elements(s))
                if (node_name(l) == "line")
                    cover.lines.push_back({required(doc, l, "article", "article-id"), read_plain(l), doc.locate(l)});
            issue.cover = std::move(cover);
        } else if (name == "editorial") {
            issue.editorial = add_article(s);
        } else if (name == "imprint") {
            issue.imprint = read_imprint(issue, doc, s);
        } else if (name == "listings") {
            issue.listings = read_listings(issue, doc, s, diagnostics);
        } else if (name == "ad") {
            issue.closing_ads.push_back(read_ad(issue, doc, s, diagnostics));
        } else {
            diagnostics.add(warning("unknown element <" + std::string(name) + "> in issue.xml is ignored",
                                    "an issue holds cover, editorial, imprint, section, listings and ad")
                                .at(doc.locate(s)));
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

Result<Issue> read_issue(const std::filesystem::path& issue, Diagnostics& diagnostics) {
    std::error_code ec;
    std::filesystem::path manifest =
        std::filesystem::is_directory(issue, ec) ? issue / "issue.xml" : issue;
    try {
        return read_issue_file(manifest, diagnostics);
    } catch (const InputError& e) {
        return e.diagnostic;
    }
}

}  // namespace heftsatz
