// Reads layouts/<name>.xml: page geometry, font families, paragraph styles.
#include "manifest/Manifest.h"
#include "manifest/Schema.h"
#include "manifest/XmlDocument.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <sstream>

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

// <ad-size name="quarter" width="117.2mm" height="100mm"/>, checked against
// the page once the whole layout is read (the <page> may come later).
struct AdSizeElement {
    const xmlNode* node;
    std::string name;
    Pt width, height;
};

AdSizeElement read_ad_size(const LayoutFile& in, const xmlNode* node) {
    const std::string name = attribute(node, "name").value_or("");
    if (name == "full")
        in.fail(node, "<ad-size name=\"full\">: a full-page ad fills the trimmed page and has no ad-size",
                "remove this <ad-size>; formats are given for half and quarter");
    if (name != "half" && name != "quarter" && name != "strip")
        in.fail(node, "<ad-size> needs name=\"half\", \"quarter\" or \"strip\"", "name the ad size this format is for");
    for (const char* needed : {"width", "height"})
        if (!attribute(node, needed))
            in.fail(node, "<ad-size name=\"" + name + "\"> needs " + needed + "=\"...\"",
                    "give the format in mm, e.g. width=\"117.2mm\" height=\"100mm\"");
    return {node, name, in.length(node, "width", 0), in.length(node, "height", 0)};
}

// An ad's width must end where a column does: the number of columns whose
// width with their gutters is `width` (half a millimetre either way, for
// widths written rounded), or a failure listing the widths that would do.
void check_ad_sizes(const LayoutFile& in, const std::vector<AdSizeElement>& sizes, LayoutSpec& spec) {
    const PageSpec& p = spec.page;
    const Pt area_width = p.width - p.margin_inner - p.margin_outer;
    const Pt area_height = p.height - p.margin_top - p.margin_bottom;
    const Pt column = (area_width - (p.columns - 1) * p.gutter) / p.columns;
    constexpr Pt kTolerance = 0.5 / 25.4 * 72;  // half a millimetre
    for (const AdSizeElement& size : sizes) {
        if (spec.ad_formats.count(size.name))
            in.fail(size.node, "<ad-size name=\"" + size.name + "\"> is given twice", "keep one");
        int columns = 0;
        std::string widths;
        for (int n = 1; n <= p.columns; ++n) {
            const Pt span = n * column + (n - 1) * p.gutter;
            if (std::abs(span - size.width) <= kTolerance) columns = n;
            char mm[32];
            std::snprintf(mm, sizeof mm, "%.1f mm", span / 72 * 25.4);
            widths += (widths.empty() ? "" : n == p.columns ? " or " : ", ") + std::string(mm);
        }
        if (columns == 0)
            in.fail(size.node, "the " + size.name + " ad's width is not the width of whole columns",
                    "in this layout 1 to " + std::to_string(p.columns) + " columns are " + widths + " wide");
        // Its label and a line of white above it need two grid lines.
        if (size.height <= 0 || size.height + 2 * p.baseline > area_height)
            in.fail(size.node, "the " + size.name + " ad's height does not fit the type area with its label",
                    "give a height of at most " +
                        std::to_string(static_cast<int>((area_height - 2 * p.baseline) / 72 * 25.4)) + " mm");
        spec.ad_formats[size.name] = AdFormat{columns, size.width, size.height, in.doc.locate(size.node)};
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
        const std::string articles = attribute(root, "articles").value_or("new-page");
        if (articles != "new-page" && articles != "run-on")
            in.fail(root, "articles=\"" + articles + "\" is not an article start", "use new-page or run-on");
        spec.articles_run_on = articles == "run-on";
        const std::string heads = attribute(root, "run-on-heads").value_or("upper-two-thirds");
        if (heads != "upper-two-thirds" && heads != "anywhere")
            in.fail(root, "run-on-heads=\"" + heads + "\" is not a place for an article's head",
                    "use upper-two-thirds or anywhere");
        spec.run_on_heads_anywhere = heads == "anywhere";
        if (const auto variants = attribute(root, "variants")) {
            std::istringstream words(*variants);
            for (std::string word; words >> word;) {
                if (word == "figure-width")
                    spec.variant_figure_width = true;
                else if (word == "pull-quotes")
                    spec.variant_pull_quotes = true;
                else
                    in.fail(root, "variants=\"" + *variants + "\" names \"" + word + "\", which is no article variant",
                            "use figure-width, pull-quotes or both, separated by a space");
            }
        }
        spec.fallback = attribute(root, "fallback").value_or("");
        std::vector<AdSizeElement> ad_sizes;
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
                p.bleed = in.length(node, "bleed", p.bleed);
                if (p.bleed < 0 || p.bleed > 36)
                    in.fail(node, "bleed=\"" + attribute(node, "bleed").value_or("") + "\" is not a printer's bleed",
                            "give 0 to 12.7mm; printers ask for 3mm");
                const std::string marks = attribute(node, "crop-marks").value_or("no");
                if (marks != "yes" && marks != "no")
                    in.fail(node, "crop-marks=\"" + marks + "\" is neither yes nor no", "use crop-marks=\"yes\" or \"no\"");
                p.crop_marks = marks == "yes";
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
            } else if (element == "ad-size") {
                ad_sizes.push_back(read_ad_size(in, node));
            }
        }
        check_ad_sizes(in, ad_sizes, spec);
        if (!spec.fallback.empty() && !spec.families.count(spec.fallback))
            throw InputError{error("fallback=\"" + spec.fallback + "\" names no font family",
                                   "declare <font family=\"" + spec.fallback + "\" .../>")
                                 .at(doc.locate(root))};
        for (const char* needed : {"body", "kicker", "title", "lead", "heading", "meta", "footer", "quote",
                                   "question", "box-title", "box", "caption", "running-head", "cover-masthead",
                                   "cover-edition", "cover-lead", "cover-line", "contents-section", "contents-entry",
                                   "directory-category", "directory-name", "directory-entry", "ad-label"})
            spec.style(needed);
        derive_optional_styles(spec);
        return spec;
    } catch (const InputError& e) {
        return e.diagnostic;
    }
}

}  // namespace heftsatz
