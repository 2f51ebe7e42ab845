#include "manifest/InlineReader.h"

#include <cstdio>

namespace heftsatz {
namespace {

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

struct InlineCollector {
    const XmlDocument& doc;
    Diagnostics& diagnostics;
    Block block;
    bool pending_space = false;

    void add_text(const char* text, const Inline& style) {
        for (const char* p = text; *p; ++p) {
            if (is_xml_space(*p)) {
                pending_space = true;
                continue;
            }
            // Control characters (DEL, and C1 U+0080–U+009F, which XML 1.0
            // allows) print as nothing or as boxes: they are removed, said.
            const auto byte = static_cast<unsigned char>(*p);
            const auto next = static_cast<unsigned char>(p[1]);
            if (byte == 0x7F || (byte == 0xC2 && next >= 0x80 && next <= 0x9F)) {
                const unsigned codepoint = byte == 0x7F ? 0x7Fu : next;
                char name[8];
                std::snprintf(name, sizeof name, "U+%04X", codepoint);
                diagnostics.add(warning(std::string("control character ") + name + " removed",
                                        "delete it from the text; it may come from a copied document")
                                    .at(block.where));
                if (byte == 0xC2) ++p;
                continue;
            }
            if (block.inlines.empty() || block.inlines.back().emphasis != style.emphasis ||
                block.inlines.back().strong != style.strong ||
                block.inlines.back().href != style.href)
                block.inlines.push_back(Inline{{}, style.emphasis, style.strong, style.href});
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

    void walk(const xmlNode* node, Inline style) {
        for (const xmlNode* c = node->children; c; c = c->next) {
            if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
                if (c->content) add_text(reinterpret_cast<const char*>(c->content), style);
                continue;
            }
            if (c->type != XML_ELEMENT_NODE) continue;
            Inline inner = style;
            auto name = node_name(c);
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
            } else {
                diagnostics.add(warning("unknown inline element <" + std::string(name) +
                                            ">: its text is set unstyled",
                                        "use em, strong or a inside paragraphs")
                                    .at(doc.locate(c)));
            }
            walk(c, inner);
        }
    }
};

}  // namespace

Block read_block(const XmlDocument& doc, const xmlNode* element, BlockKind kind,
                 Diagnostics& diagnostics) {
    InlineCollector collector{doc, diagnostics, text_block(kind, {}, doc.locate(element))};
    collector.walk(element, Inline{});
    return std::move(collector.block);
}

std::string read_plain(const xmlNode* element) {
    xmlChar* content = xmlNodeGetContent(element);
    std::string raw = content ? reinterpret_cast<const char*>(content) : "";
    xmlFree(content);
    std::string out;
    bool space = false;
    for (char c : raw) {
        if (is_xml_space(c)) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

}  // namespace heftsatz
