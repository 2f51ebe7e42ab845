// The element tables of every input file (docs/formats.md describes the
// same elements for users) and the check readers run on each element.
#include "manifest/Schema.h"

#include "manifest/InputLimits.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

namespace heftsatz {
namespace {

using Names = std::vector<std::string_view>;

const Names kInline = {"em", "i", "strong", "b", "a", "span"};
const Names kBodyBlocks = {"p", "h2", "quote", "figure", "box", "interview", "ul", "ol"};
const Names kImprintItems = {"publisher", "address", "phone", "web", "email", "editor", "responsible",
                             "advertising", "printer", "issn", "print-run", "frequency", "copyright"};

constexpr std::string_view kUnknownInline = "unknown inline element <{}>: its text is set unstyled";
constexpr std::string_view kUnknownInPlain = "element <{}> inside <{parent}>: its text is kept, without markup";
constexpr std::string_view kUnknownInImprint =
    "unknown element <{}> in the imprint: its text is set after the copyright line";

ElementSchema inline_element(std::string_view name, Names attributes = {}) {
    return {name, std::move(attributes), kInline, Content::Inline, kUnknownInline, false, {}};
}

ElementSchema plain_element(std::string_view name, Names attributes = {}) {
    return {name, std::move(attributes), {}, Content::Plain, kUnknownInPlain, false, {}};
}

// A layout element: settings in attributes, nothing printed.
ElementSchema setting(std::string_view name, Names attributes, Names children = {}) {
    return {name, std::move(attributes), std::move(children), Content::Elements,
            "unknown element <{}> in <{parent}> is ignored", false,
            "text inside <{}> is ignored: a layout holds settings, not text"};
}

// An element of issue.xml that only names files: whatever an unknown child
// holds would be lost, so such a child is an error.
ElementSchema issue_element(std::string_view name, Names attributes, Names children, std::string_view unknown) {
    return {name, std::move(attributes), std::move(children), Content::Elements, unknown, true, {}};
}

using Table = std::map<std::string_view, ElementSchema>;

Table make_table(std::vector<ElementSchema> schemas) {
    Table table;
    for (ElementSchema& s : schemas) table.emplace(s.name, std::move(s));
    return table;
}

std::vector<ElementSchema> imprint_items() {
    std::vector<ElementSchema> out;
    for (std::string_view name : kImprintItems)
        out.push_back(plain_element(name, name == "editor" ? Names{"role"} : Names{}));
    return out;
}

Table issue_table() {
    std::vector<ElementSchema> s = {
        issue_element("issue", {"magazine", "number", "year", "date", "lang", "layout"},
                      {"cover", "editorial", "imprint", "section", "listings", "ad", "house-ad"},
                      "unknown element <{}> in issue.xml is ignored"),
        issue_element("section", {"title"}, {"article", "ad", "news"}, "unknown element <{}> in a section is ignored"),
        inline_element("news", {"title"}),
        issue_element("article", {"src", "pages"}, {}, "unknown element <{}> in <article> is ignored"),
        issue_element("editorial", {"src"}, {}, "unknown element <{}> in <editorial> is ignored"),
        issue_element("ad", {"src", "size", "alt", "advertiser", "href"}, {}, "unknown element <{}> in <ad> is ignored"),
        issue_element("house-ad", {"src", "size", "alt", "advertiser", "href"}, {},
                      "unknown element <{}> in <house-ad> is ignored"),
        issue_element("listings", {"title", "src"}, {}, "unknown element <{}> in <listings> is ignored"),
        issue_element("cover", {"image", "alt"}, {"line"}, "unknown element <{}> in the cover is ignored"),
        plain_element("line", {"article", "lead"}),
        {"imprint", {"src"}, kImprintItems, Content::Elements, kUnknownInImprint, false, {}},
    };
    for (ElementSchema& item : imprint_items()) s.push_back(std::move(item));
    return make_table(std::move(s));
}

Table article_table() {
    std::vector<ElementSchema> s = {
        {"article", {"id", "date", "author"}, {"kicker", "title", "lead", "body", "keywords", "source"},
         Content::Elements, "unknown element <{}> in an article: its text is set as a paragraph at the end of the body",
         false, {}},
        {"body", {}, kBodyBlocks, Content::Elements, "unknown body element <{}>: its text is set as a paragraph",
         false, {}},
        {"box", {"title"}, kBodyBlocks, Content::Elements, "unknown body element <{}>: its text is set as a paragraph",
         false, {}},
        {"interview", {}, {"question", "answer"}, Content::Elements,
         "unknown element <{}> in an interview: its text is set as an answer", false, {}},
        {"ul", {}, {"li"}, Content::Elements, "unknown element <{}> in a list: its text is set as an item", false, {}},
        {"ol", {}, {"li"}, Content::Elements, "unknown element <{}> in a list: its text is set as an item", false, {}},
        {"figure", {"src", "alt", "span", "credit"}, {"caption", "credit"}, Content::Elements,
         "unknown element <{}> in a figure: its text is added to the caption", false,
         "text directly inside <{}> is added to its caption"},
        plain_element("credit"),
        plain_element("keywords"),
        plain_element("source", {"href"}),
        inline_element("a", {"href"}),
        inline_element("span", {"lang"}),
        inline_element("quote", {"by"}),
    };
    for (std::string_view name : {"kicker", "title", "lead", "p", "h2", "question", "answer", "caption",
                                  "em", "i", "strong", "b", "li"})
        s.push_back(inline_element(name));
    return make_table(std::move(s));
}

Table layout_table() {
    return make_table({
        setting("layout", {"name", "accent", "tint", "sections", "articles", "run-on-heads", "variants", "fallback"},
                {"page", "font", "style", "justification", "ad-size"}),
        setting("page", {"width", "height", "margin-top", "margin-bottom", "margin-inner", "margin-outer", "columns",
                         "gutter", "baseline", "bleed", "crop-marks"}),
        setting("font", {"family", "regular", "italic", "bold", "bold-italic"}),
        setting("style", {"name", "family", "bold", "italic", "size", "leading", "align", "indent", "hyphenate",
                          "space-before", "space-after", "color"}),
        setting("justification",
                {"expansion", "expansion-step", "letter-spacing", "letter-squeeze", "min-space", "space-stretch",
                 "space-shrink", "protrusion", "hyphen-min-before", "hyphen-min-after", "max-hyphens-in-row",
                 "hyphen-at-page-end", "hyphen-at-column-end", "hyphen-penalty", "joint-penalty",
                 "explicit-hyphen-penalty"},
                {"protrusion"}),
        setting("protrusion", {"chars", "left", "right"}),
        setting("ad-size", {"name", "width", "height"}),
    });
}

Table listings_table() {
    return make_table({
        {"listings", {}, {"company"}, Content::Elements,
         "unknown element <{}> in the listings is read as a company entry", false, {}},
        plain_element("company", {"name", "category", "street", "postcode", "city", "phone", "web", "logo"}),
    });
}

Table imprint_table() {
    std::vector<ElementSchema> s = {
        {"imprint", {}, kImprintItems, Content::Elements, kUnknownInImprint, false, {}},
    };
    for (ElementSchema& item : imprint_items()) s.push_back(std::move(item));
    return make_table(std::move(s));
}

const Table& table(FileKind kind) {
    static const std::array<Table, 5> tables = {issue_table(), article_table(), layout_table(), listings_table(),
                                                imprint_table()};
    return tables[static_cast<std::size_t>(kind)];
}

std::string fill_in(std::string_view pattern, std::string_view name, std::string_view parent) {
    std::string out(pattern);
    for (auto [key, value] : {std::pair<std::string_view, std::string_view>{"{parent}", parent}, {"{}", name}}) {
        for (auto pos = out.find(key); pos != std::string::npos; pos = out.find(key, pos + value.size()))
            out.replace(pos, key.size(), value);
    }
    return out;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Optimal string alignment distance: Levenshtein plus the swap of two
// neighbours ("pgaes" is one edit from "pages").
std::size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i)
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.size()][b.size()];
}

std::string with_suggestion(std::string message, std::string_view unknown, const Names& known) {
    const std::string near = nearest_name(unknown, known);
    if (!near.empty()) message += "; did you mean " + near + "?";
    return message;
}

std::string joined(const Names& names) {
    std::string out;
    for (std::string_view n : names) out += (out.empty() ? "" : ", ") + std::string(n);
    return out;
}

bool holds_anything(const xmlNode* node) {
    return node->properties || !child_elements(node).empty() || has_direct_text(node);
}

std::string attribute_name(const xmlAttr* a) {
    std::string name(reinterpret_cast<const char*>(a->name));
    if (a->ns && a->ns->prefix) name = std::string(reinterpret_cast<const char*>(a->ns->prefix)) + ":" + name;
    return name;
}

}  // namespace

const ElementSchema* element_schema(FileKind kind, std::string_view element) {
    const Table& t = table(kind);
    auto it = t.find(element);
    return it == t.end() ? nullptr : &it->second;
}

std::string nearest_name(std::string_view unknown, const Names& known) {
    const std::string u = lower(unknown);
    // One typo in a short name, two in a longer one; never as many edits as
    // the name has letters ("u" is not a typo of "a").
    const std::size_t allowed = std::min<std::size_t>(u.size() <= 4 ? 1 : u.size() <= 8 ? 2 : 3, u.size() - 1);
    std::string best;
    std::size_t best_distance = allowed + 1;
    for (std::string_view k : known) {
        const std::size_t d = edit_distance(u, lower(k));
        if (d < best_distance) {
            best_distance = d;
            best = std::string(k);
        }
    }
    return best;
}

bool has_direct_text(const xmlNode* node) {
    for (const xmlNode* c = node->children; c; c = c->next) {
        if ((c->type != XML_TEXT_NODE && c->type != XML_CDATA_SECTION_NODE) || !c->content) continue;
        for (const xmlChar* p = c->content; *p; ++p)
            if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r') return true;
    }
    return false;
}

namespace {

// One file's check. A file may hold hundreds of thousands of unknown names
// (each costs a warning in memory and two printed lines): after the first
// kMaxNameWarnings, the rest are counted in one last warning.
class SchemaCheck {
public:
    static constexpr std::size_t kMaxNameWarnings = 100;

    SchemaCheck(const XmlDocument& doc, FileKind kind, Diagnostics& diagnostics)
        : doc_(doc), kind_(kind), diagnostics_(diagnostics) {}

    void check(const xmlNode* node) {
        const ElementSchema* schema = element_schema(kind_, node_name(node));
        if (!schema) return;
        const std::string name(node_name(node));
        check_attributes(node, *schema, name);
        for (const xmlNode* child : child_elements(node)) {
            const std::string_view child_name = node_name(child);
            if (std::find(schema->children.begin(), schema->children.end(), child_name) != schema->children.end())
                check(child);
            else
                unknown_child(child, child_name, *schema, name);
        }
        if (schema->content == Content::Elements && has_direct_text(node)) {
            if (schema->direct_text.empty())
                throw InputError{error("text directly inside <" + name + ">",
                                       name == "body" || name == "box"
                                           ? "wrap running text in <p>...</p>"
                                           : "text has no place here; move it into an element that is set, or remove it")
                                     .at(doc_.locate(node))};
            diagnostics_.add(warning(fill_in(schema->direct_text, name, name),
                                     "put the text into an element (see docs/formats.md)")
                                 .at(doc_.locate(node)));
        }
    }

    void finish() {
        if (suppressed_ > 0)
            diagnostics_.add(warning("and " + with_thousands(suppressed_) +
                                         " more unknown attributes and elements in this file",
                                     "compare the file with docs/formats.md")
                                 .at({doc_.path().string(), 0, 0}));
    }

private:
    void check_attributes(const xmlNode* node, const ElementSchema& schema, const std::string& name) {
        for (const xmlAttr* a = node->properties; a; a = a->next) {
            const std::string attribute = attribute_name(a);
            if (attribute.starts_with("xml:")) continue;  // xml:lang, xml:space belong to XML itself
            if (std::find(schema.attributes.begin(), schema.attributes.end(), attribute) != schema.attributes.end())
                continue;
            name_warning(node, with_suggestion("unknown attribute " + attribute + " on <" + name + "> is ignored",
                                               attribute, schema.attributes),
                         schema.attributes.empty() ? "<" + name + "> takes no attributes (see docs/formats.md)"
                                                   : "check its spelling against docs/formats.md");
        }
    }

    void unknown_child(const xmlNode* child, std::string_view child_name, const ElementSchema& schema,
                       const std::string& name) {
        std::string message = with_suggestion(fill_in(schema.unknown_child, child_name, name), child_name, schema.children);
        if (schema.unknown_child_with_content_is_error && holds_anything(child)) {
            const std::string suggestion = message.substr(std::min(message.find("; did you mean"), message.size()));
            throw InputError{error(fill_in("unknown element <{}> in <{parent}>", child_name, name) +
                                       ": what it holds would be lost" + suggestion,
                                   schema.children.empty()
                                       ? "remove it; <" + name + "> holds no elements"
                                       : "correct its name; <" + name + "> holds " + joined(schema.children))
                                 .at(doc_.locate(child))};
        }
        name_warning(child, std::move(message), "check its spelling against docs/formats.md");
    }

    void name_warning(const xmlNode* node, std::string message, std::string hint) {
        if (reported_ == kMaxNameWarnings) {
            ++suppressed_;
            return;
        }
        ++reported_;
        diagnostics_.add(warning(std::move(message), std::move(hint)).at(doc_.locate(node)));
    }

    const XmlDocument& doc_;
    FileKind kind_;
    Diagnostics& diagnostics_;
    std::size_t reported_ = 0;
    std::size_t suppressed_ = 0;
};

}  // namespace

void check_document(const XmlDocument& doc, const xmlNode* root, FileKind kind, Diagnostics& diagnostics) {
    SchemaCheck check(doc, kind, diagnostics);
    check.check(root);
    check.finish();
}

}  // namespace heftsatz
