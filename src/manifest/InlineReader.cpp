#include "manifest/InlineReader.h"

#include "manifest/InputLimits.h"

#include <algorithm>
#include <regex>
#include <cstdio>
#include <map>

namespace heftsatz {
namespace {

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Control characters (DEL, and C1 U+0080–U+009F, which XML 1.0 allows)
// print as nothing or as boxes: they are removed, and said, once per
// character and place with how often (a pasted file may hold thousands).
class ControlCharacters {
public:
    // The length of the control character at `p`, or 0.
    static int at(const char* p) {
        const auto byte = static_cast<unsigned char>(p[0]);
        if (byte == 0x7F) return 1;
        if (byte == 0xC2 && p[1] && static_cast<unsigned char>(p[1]) >= 0x80 && static_cast<unsigned char>(p[1]) <= 0x9F)
            return 2;
        return 0;
    }

    void count(const char* p) { ++seen_[static_cast<unsigned char>(p[0]) == 0x7F ? 0x7Fu : static_cast<unsigned char>(p[1])]; }

    void report(const SourceLocation& where, Diagnostics& diagnostics) const {
        for (const auto& [codepoint, times] : seen_) {
            char name[8];
            std::snprintf(name, sizeof name, "U+%04X", codepoint);
            std::string message = std::string("control character ") + name + " removed";
            if (times > 1) message += " (" + with_thousands(times) + " times)";
            diagnostics.add(warning(std::move(message), "delete it from the text; it may come from a copied document")
                                .at(where));
        }
    }

private:
    std::map<unsigned, std::size_t> seen_;
};

void check_length(std::size_t characters, const char* what, const SourceLocation& where) {
    if (characters > kMaxCharactersPerBlock)
        throw InputError{error(std::string(what) + " has " + with_thousands(characters) +
                                   " characters, more than the limit of " + with_thousands(kMaxCharactersPerBlock) +
                                   " for one block of text",
                               "break it into paragraphs (<p>...</p>); see docs/limits.md")
                             .at(where)};
}

// Collapses XML whitespace and removes control characters.
std::string clean(const char* raw, const SourceLocation& where, Diagnostics& diagnostics) {
    ControlCharacters controls;
    std::string out;
    bool space = false;
    for (const char* p = raw; *p; ++p) {
        if (is_xml_space(*p)) {
            space = !out.empty();
            continue;
        }
        if (int length = ControlCharacters::at(p)) {
            controls.count(p);
            p += length - 1;
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += *p;
    }
    controls.report(where, diagnostics);
    return out;
}

struct InlineCollector {
    const XmlDocument& doc;
    Diagnostics& diagnostics;
    Block block;
    ControlCharacters controls;
    bool pending_space = false;

    void add_text(const char* text, const Inline& style) {
        for (const char* p = text; *p; ++p) {
            if (is_xml_space(*p)) {
                pending_space = true;
                continue;
            }
            if (int length = ControlCharacters::at(p)) {
                controls.count(p);
                p += length - 1;
                continue;
            }
            if (block.inlines.empty() || block.inlines.back().emphasis != style.emphasis ||
                block.inlines.back().strong != style.strong || block.inlines.back().href != style.href ||
                block.inlines.back().lang != style.lang)
                block.inlines.push_back(Inline{{}, style.emphasis, style.strong, style.href, style.lang});
            if (pending_space && !all_empty()) block.inlines.back().text += ' ';
            pending_space = false;
            block.inlines.back().text += *p;
        }
    }

    bool all_empty() const {
        for (const auto& i : block.inlines)
            if (!i.text.empty()) return false;
        return true;
    }

    void walk(const xmlNode* node, Inline style, const std::vector<std::string_view>& skip = {}) {
        for (const xmlNode* c = node->children; c; c = c->next) {
            if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
                if (c->content) add_text(reinterpret_cast<const char*>(c->content), style);
                continue;
            }
            if (c->type != XML_ELEMENT_NODE) continue;
            auto name = node_name(c);
            if (std::find(skip.begin(), skip.end(), name) != skip.end()) continue;
            Inline inner = style;
            if (name == "em" || name == "i") {
                inner.emphasis = true;
            } else if (name == "strong" || name == "b") {
                inner.strong = true;
            } else if (name == "a") {
                auto href = attribute(c, "href");
                if (!href || href->empty())
                    diagnostics.add(warning("<a> without href: its text is set as plain text",
                                            "add href=\"https://...\" or remove the <a>")
                                        .at(doc.locate(c)));
                else
                    inner.href = *href;
            } else if (name == "span") {
                // A language tag (BCP 47: "en", "en-GB", "fr"): a screen
                // reader speaks the words in it, and German patterns do not
                // hyphenate them.
                const std::string lang = attribute(c, "lang").value_or("");
                static const std::regex tag("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
                if (!std::regex_match(lang, tag))
                    diagnostics.add(warning("<span> without a language tag: its text is set as the issue's language",
                                            "give lang=\"en\" (or another BCP 47 tag), or remove the <span>")
                                        .at(doc.locate(c)));
                else
                    inner.lang = lang;
            }
            // Anything else is set unstyled; the parent's check said so.
            walk(c, inner);
        }
    }
};

}  // namespace

Block read_block(const XmlDocument& doc, const xmlNode* element, BlockKind kind, Diagnostics& diagnostics,
                 const std::vector<std::string_view>& skip) {
    InlineCollector collector{doc, diagnostics, text_block(kind, {}, doc.locate(element)), {}, false};
    collector.walk(element, Inline{}, skip);
    collector.controls.report(collector.block.where, diagnostics);
    std::size_t characters = 0;
    for (const Inline& run : collector.block.inlines) characters += count_characters(run.text);
    check_length(characters, ("<" + std::string(node_name(element)) + ">").c_str(), collector.block.where);
    return std::move(collector.block);
}

std::string read_plain(const XmlDocument& doc, const xmlNode* element, Diagnostics& diagnostics) {
    xmlChar* content = xmlNodeGetContent(element);
    const SourceLocation where = doc.locate(element);
    std::string text = clean(content ? reinterpret_cast<const char*>(content) : "", where, diagnostics);
    xmlFree(content);
    check_length(count_characters(text), ("<" + std::string(node_name(element)) + ">").c_str(), where);
    return text;
}

std::optional<std::string> printed_attribute(const XmlDocument& doc, const xmlNode* node, const char* name,
                                             Diagnostics& diagnostics) {
    auto raw = attribute(node, name);
    if (!raw) return std::nullopt;
    const SourceLocation where = doc.locate(node);
    std::string text = clean(raw->c_str(), where, diagnostics);
    check_length(count_characters(text), (std::string("attribute ") + name).c_str(), where);
    return text;
}

}  // namespace heftsatz
