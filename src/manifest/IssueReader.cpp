// Reads issue.xml and the article files it names into the model.
#include "manifest/InlineReader.h"
#include "manifest/IssuePaths.h"
#include "manifest/Manifest.h"
#include "manifest/XmlDocument.h"

#include <algorithm>
#include <charconv>
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
            for (const xmlNode* b : child_elements(child)) {
                auto bname = node_name(b);
                if (bname == "p") {
                    article.body.push_back(read_block(doc, b, BlockKind::Paragraph, diagnostics));
                } else if (bname == "h2") {
                    article.body.push_back(read_block(doc, b, BlockKind::Heading, diagnostics));
                } else {
                    diagnostics.add(warning("unknown body element <" + std::string(bname) +
                                                ">: its text is set as a paragraph",
                                            "use p or h2 (see docs/formats.md)")
                                        .at(doc.locate(b)));
                    article.body.push_back(read_block(doc, b, BlockKind::Paragraph, diagnostics));
                }
                if (article.body.back().empty()) article.body.pop_back();
            }
            for (const xmlNode* c = child->children; c; c = c->next)
                if (c->type == XML_TEXT_NODE && !read_plain(c).empty())
                    throw InputError{error("text directly inside <body>",
                                           "wrap running text in <p>...</p>")
                                         .at(doc.locate(child))};
        } else if (name == "keywords") {
            article.keywords = read_plain(child);
        } else if (name == "source") {
            article.source_text = read_plain(child);
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
    return article;
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
    issue.folder = manifest.parent_path();
    issue.magazine = required(doc, root, "magazine", "Kommune21");
    issue.number = required_int(doc, root, "number", "12");
    issue.year = required_int(doc, root, "year", "2020");
    issue.date = required(doc, root, "date", "2020-12-01");
    issue.lang = attribute(root, "lang").value_or("de-DE");
    issue.layout = required(doc, root, "layout", "kommune21");

    std::set<std::string> ids;
    for (const xmlNode* s : child_elements(root)) {
        if (node_name(s) != "section") {
            diagnostics.add(warning("unknown element <" + std::string(node_name(s)) +
                                        "> in issue.xml is ignored",
                                    "an issue holds <section> elements")
                                .at(doc.locate(s)));
            continue;
        }
        Section section;
        section.where = doc.locate(s);
        section.title = required(doc, s, "title", "Politik");
        for (const xmlNode* a : child_elements(s)) {
            if (node_name(a) != "article") {
                diagnostics.add(warning("unknown element <" + std::string(node_name(a)) +
                                            "> in a section is ignored",
                                        "a section holds <article src=\"...\"/> elements")
                                    .at(doc.locate(a)));
                continue;
            }
            std::string src = required(doc, a, "src", "articles/name.xml");
            auto path = resolve_inside(issue.folder, manifest, src);
            if (!path) {
                Diagnostic d = path.failure();
                throw InputError{d.at(doc.locate(a))};
            }
            std::error_code ec;
            if (!std::filesystem::is_regular_file(*path, ec))
                throw InputError{error("article file not found: " + src,
                                       "create " + path->string() +
                                           " or correct the src attribute")
                                     .at(doc.locate(a))};
            Article article = read_article(issue, *path, diagnostics);
            if (!ids.insert(article.id).second)
                throw InputError{error("article id \"" + article.id + "\" is used twice",
                                       "give every article a unique id")
                                     .at(article.where)};
            section.articles.push_back(std::move(article));
        }
        if (section.articles.empty())
            diagnostics.add(warning("section \"" + section.title + "\" has no articles",
                                    "add <article src=\"...\"/> or remove the section")
                                .at(section.where));
        issue.sections.push_back(std::move(section));
    }
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
