// Reads layouts/<name>.xml: page geometry, font families, paragraph styles.
#include "manifest/Manifest.h"
#include "manifest/Schema.h"
#include "manifest/XmlDocument.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <charconv>

namespace heftsatz {
namespace {

std::vector<char32_t> utf8_codepoints(const std::string& text) {
    std::vector<char32_t> out;
    int32_t i = 0;
    const auto length = static_cast<int32_t>(text.size());
    while (i < length) {
        UChar32 c = 0;
        U8_NEXT(text.data(), i, length, c);
        if (c >= 0) out.push_back(static_cast<char32_t>(c));
    }
    return out;
}

struct LayoutFile {
    const XmlDocument& doc;

    [[noreturn]] void fail(const xmlNode* node, std::string what, std::string hint) const {
        throw InputError{error(std::move(what), std::move(hint)).at(doc.locate(node))};
    }

    Pt length(const xmlNode* node, const char* name, Pt fallback, Pt em = 0) const {
        auto text = attribute(node, name);
        if (!text) return fallback;
        if (em > 0 && text->size() > 2 && text->ends_with("em")) {
            if (auto v = parse_length(text->substr(0, text->size() - 2))) return *v * em;
        }
        if (auto v = parse_length(*text)) return *v;
        fail(node, std::string("attribute ") + name + "=\"" + *text + "\" is not a length",
             "write a number with mm, cm, in or pt, e.g. \"12pt\"");
    }

    int whole(const xmlNode* node, const char* name, int fallback) const {
        auto text = attribute(node, name);
        if (!text) return fallback;
        int v = 0;
        auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), v);
        if (ec != std::errc{} || end != text->data() + text->size() || v < 1)
            fail(node, std::string("attribute ") + name + " must be a positive whole number",
                 std::string("e.g. ") + name + "=\"3\"");
        return v;
    }

    // "2%" → 0.02; between 0 and `most`.
    double share(const xmlNode* node, const char* name, double fallback, double most) const {
        auto text = attribute(node, name);
        if (!text) return fallback;
        double v = -1;
        if (text->size() > 1 && text->back() == '%') {
            auto [end, ec] = std::from_chars(text->data(), text->data() + text->size() - 1, v);
            if (ec != std::errc{} || end != text->data() + text->size() - 1) v = -1;
        }
        if (v < 0 || v / 100 > most)
            fail(node, std::string("attribute ") + name + "=\"" + *text + "\" is not a share between 0% and " +
                           std::to_string(static_cast<int>(most * 100)) + "%",
                 std::string("e.g. ") + name + "=\"2%\"");
        return v / 100;
    }

    // "0.02em" → 0.02; between 0 and `most` em.
    double ems(const xmlNode* node, const char* name, double fallback, double most) const {
        auto text = attribute(node, name);
        if (!text) return fallback;
        double v = -1;
        if (text->size() > 2 && text->ends_with("em")) {
            auto [end, ec] = std::from_chars(text->data(), text->data() + text->size() - 2, v);
            if (ec != std::errc{} || end != text->data() + text->size() - 2) v = -1;
        }
        if (v < 0 || v > most)
            fail(node, std::string("attribute ") + name + "=\"" + *text + "\" is not a length in em up to " +
                           std::to_string(most) + "em",
                 std::string("e.g. ") + name + "=\"0.02em\"");
        return v;
    }

    int number(const xmlNode* node, const char* name, int fallback, int least, int most) const {
        auto text = attribute(node, name);
        if (!text) return fallback;
        int v = 0;
        auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), v);
        if (ec != std::errc{} || end != text->data() + text->size() || v < least || v > most)
            fail(node, std::string("attribute ") + name + " must be a whole number from " + std::to_string(least) +
                           " to " + std::to_string(most),
                 "");
        return v;
    }

    bool flag(const xmlNode* node, const char* name, bool fallback) const {
        auto text = attribute(node, name);
        if (!text) return fallback;
        if (*text == "true" || *text == "yes") return true;
        if (*text == "false" || *text == "no") return false;
        fail(node, std::string("attribute ") + name + " must be true or false", "");
    }

    Rgb color(const xmlNode* node, const char* name, Rgb fallback) const {
        auto text = attribute(node, name);
        if (!text) return fallback;
        unsigned value = 0;
        if (text->size() != 7 || (*text)[0] != '#' ||
            std::from_chars(text->data() + 1, text->data() + 7, value, 16).ptr !=
                text->data() + 7)
            fail(node, std::string("attribute ") + name + "=\"" + *text + "\" is not a colour",
                 "write it as #rrggbb, e.g. \"#b0122b\"");
        return Rgb{((value >> 16) & 0xff) / 255.0, ((value >> 8) & 0xff) / 255.0,
                   (value & 0xff) / 255.0};
    }
};

// <justification expansion="2%" ...><protrusion chars=".," right="700"/></justification>
void read_justification(const LayoutFile& in, const xmlNode* node, JustificationSpec& j) {
    j.where = in.doc.locate(node);
    j.max_expansion = in.share(node, "expansion", j.max_expansion, 0.05);
    j.expansion_step = in.share(node, "expansion-step", j.expansion_step, 0.05);
    j.max_letter_space_em = in.ems(node, "letter-spacing", j.max_letter_space_em, 0.1);
    j.max_letter_squeeze_em = in.ems(node, "letter-squeeze", j.max_letter_squeeze_em, 0.05);
    j.min_space_em = in.ems(node, "min-space", j.min_space_em, 1);
    j.space_stretch = in.share(node, "space-stretch", j.space_stretch, 2);
    j.space_shrink = in.share(node, "space-shrink", j.space_shrink, 0.9);
    j.protrusion = in.flag(node, "protrusion", j.protrusion);
    j.hyphen_min_before = in.number(node, "hyphen-min-before", j.hyphen_min_before, 2, 10);
    j.hyphen_min_after = in.number(node, "hyphen-min-after", j.hyphen_min_after, 2, 10);
    j.max_hyphens_in_row = in.number(node, "max-hyphens-in-row", j.max_hyphens_in_row, 1, 6);
    j.hyphen_at_page_end = in.flag(node, "hyphen-at-page-end", j.hyphen_at_page_end);
    j.hyphen_at_column_end = in.flag(node, "hyphen-at-column-end", j.hyphen_at_column_end);
    j.hyphen_penalty = in.number(node, "hyphen-penalty", j.hyphen_penalty, 0, 9999);
    j.joint_penalty = in.number(node, "joint-penalty", j.joint_penalty, 0, 9999);
    j.explicit_hyphen_penalty = in.number(node, "explicit-hyphen-penalty", j.explicit_hyphen_penalty, 0, 9999);
    for (const xmlNode* child : child_elements(node)) {
        if (node_name(child) != "protrusion") continue;  // the schema check has warned
        const std::string chars = attribute(child, "chars").value_or("");
        if (chars.empty()) in.fail(child, "<protrusion> needs chars=\"...\"", "name the characters it sets");
        const int left = in.number(child, "left", 0, 0, 1000);
        const int right = in.number(child, "right", 0, 0, 1000);
        for (char32_t c : utf8_codepoints(chars)) j.protrusion_settings.push_back({c, left, right});
    }
}

// Styles a layout may leave out: each is derived from a required one, so
// that layouts written before it existed still set a credit apart from its
// caption and an attribution apart from its pull quote.
void derive_optional_styles(LayoutSpec& spec) {
    if (!spec.styles.count("credit")) {
        ParagraphStyle credit = spec.style("caption");
        credit.name = "credit";
        credit.italic = !credit.italic;
        credit.size *= 0.85;
        credit.leading *= 0.85;
        credit.hyphenate = false;
        spec.styles["credit"] = credit;
    }
    if (!spec.styles.count("attribution")) {
        ParagraphStyle by = spec.style("quote");
        by.name = "attribution";
        by.bold = false;
        by.size = std::max(6.0, by.size * 0.62);
        by.leading = by.size * 1.35;
        by.hyphenate = false;
        by.color = Rgb{};
        spec.styles["attribution"] = by;
    }
}

}  // namespace

const ParagraphStyle& LayoutSpec::style(const std::string& style_name) const {
    auto it = styles.find(style_name);
    if (it == styles.end())
        throw InputError{error("the layout has no paragraph style \"" + style_name + "\"",
                               "add <style name=\"" + style_name + "\" .../>")
                             .at({file.string(), 0, 0})};
    return it->second;
}

Result<LayoutSpec> read_layout(const std::string& name, const DataSearchPath& search,
                               Diagnostics& diagnostics) {
    const std::string label = "layout \"" + name + "\"";
    if (auto bad = check_bare_name(name, label)) return *bad;
    auto found = search.find("layouts", name + ".xml", label);
    if (!found) {
        Diagnostic d = found.failure();
        if (d.hint.empty())
            d.hint = "check layout=\"...\" in issue.xml (or --layout), or pass --data-dir with a folder "
                     "that holds layouts/" + name + ".xml";
        return d;
    }
    const std::filesystem::path file = *found;
    try {
        XmlDocument doc = XmlDocument::load(file).take();
        LayoutFile in{doc};
        const xmlNode* root = doc.root_named("layout", "see layouts/kommune21.xml");
        check_document(doc, root, FileKind::Layout, diagnostics);
        LayoutSpec spec;
        spec.name = name;
        spec.file = file;
        spec.accent = in.color(root, "accent", Rgb{0.69, 0.07, 0.17});
        spec.tint = in.color(root, "tint", Rgb{0.93, 0.91, 0.87});
        const std::string sections = attribute(root, "sections").value_or("new-page");
        if (sections != "new-page" && sections != "right-page")
            in.fail(root, "sections=\"" + sections + "\" is not a section start", "use new-page or right-page");
        spec.sections_on_right = sections == "right-page";
        spec.fallback = attribute(root, "fallback").value_or("");
        for (const xmlNode* node : child_elements(root)) {
            auto element = node_name(node);
            if (element == "page") {
                PageSpec& p = spec.page;
                p.width = in.length(node, "width", p.width);
                p.height = in.length(node, "height", p.height);
                p.margin_top = in.length(node, "margin-top", p.margin_top);
                p.margin_bottom = in.length(node, "margin-bottom", p.margin_bottom);
                p.margin_inner = in.length(node, "margin-inner", p.margin_inner);
                p.margin_outer = in.length(node, "margin-outer", p.margin_outer);
                p.columns = in.whole(node, "columns", p.columns);
                p.gutter = in.length(node, "gutter", p.gutter);
                p.baseline = in.length(node, "baseline", p.baseline);
                if (p.baseline <= 0 || p.width <= p.margin_inner + p.margin_outer ||
                    p.height <= p.margin_top + p.margin_bottom + p.baseline)
                    in.fail(node, "the page has no room for text", "check size and margins");
            } else if (element == "font") {
                FontFamilySpec family;
                family.where = doc.locate(node);
                family.name = attribute(node, "family").value_or("");
                if (family.name.empty())
                    in.fail(node, "<font> needs family=\"...\"", "e.g. family=\"serif\"");
                const char* keys[4] = {"regular", "italic", "bold", "bold-italic"};
                for (int i = 0; i < 4; ++i) {
                    auto file_name = attribute(node, keys[i]);
                    if (!file_name) continue;
                    auto path = search.find("fonts", *file_name, "font file \"" + *file_name + "\"");
                    if (!path) {
                        Diagnostic d = path.failure();
                        if (d.hint.empty()) d.hint = "copy the font (with its licence) into fonts/, or correct the name";
                        throw InputError{d.at(doc.locate(node))};
                    }
                    family.files[static_cast<std::size_t>(i)] = *path;
                }
                if (family.files[0].empty())
                    in.fail(node, "<font family=\"" + family.name + "\"> needs regular=\"...\"",
                            "name the regular style's font file");
                spec.families[family.name] = family;
            } else if (element == "style") {
                ParagraphStyle s;
                s.where = doc.locate(node);
                s.name = attribute(node, "name").value_or("");
                if (s.name.empty()) in.fail(node, "<style> needs name=\"...\"", "e.g. name=\"body\"");
                s.family = attribute(node, "family").value_or("");
                if (!spec.families.count(s.family))
                    in.fail(node, "style \"" + s.name + "\" names unknown font family \"" +
                                      s.family + "\"",
                            "declare <font family=\"" + s.family + "\" .../> before the styles");
                s.bold = in.flag(node, "bold", false);
                s.italic = in.flag(node, "italic", false);
                s.size = in.length(node, "size", s.size);
                s.leading = in.length(node, "leading", s.size * 1.2);
                if (s.size <= 0 || s.leading <= 0)
                    in.fail(node, "size and leading must be positive", "");
                auto align = attribute(node, "align").value_or("justify");
                if (align != "justify" && align != "left")
                    in.fail(node, "align must be justify or left", "");
                s.align = align == "left" ? Align::Left : Align::Justify;
                s.first_indent = in.length(node, "indent", 0, s.size);
                s.hyphenate = in.flag(node, "hyphenate", true);
                s.space_before = in.length(node, "space-before", 0);
                s.space_after = in.length(node, "space-after", 0);
                s.color = in.color(node, "color", Rgb{});
                spec.styles[s.name] = s;
            } else if (element == "justification") {
                read_justification(in, node, spec.justification);
            }
        }
        if (!spec.fallback.empty() && !spec.families.count(spec.fallback))
            throw InputError{error("fallback=\"" + spec.fallback + "\" names no font family",
                                   "declare <font family=\"" + spec.fallback + "\" .../>")
                                 .at(doc.locate(root))};
        for (const char* needed : {"body", "kicker", "title", "lead", "heading", "meta", "footer", "quote",
                                   "question", "box-title", "box", "caption", "running-head", "cover-masthead",
                                   "cover-edition", "cover-line", "contents-section", "contents-entry",
                                   "directory-category", "directory-name", "directory-entry"})
            spec.style(needed);
        derive_optional_styles(spec);
        return spec;
    } catch (const InputError& e) {
        return e.diagnostic;
    }
}

}  // namespace heftsatz
