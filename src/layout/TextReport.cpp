#include "layout/TextReport.h"

#include "layout/LinePainter.h"
#include "text/Utf8.h"

#include <cstdio>

namespace heftsatz {
namespace {

constexpr std::string_view kMissing = " is not in the font ";

bool holds(std::string_view text, char32_t cp) {
    for (std::size_t at = 0; at < text.size(); at = next_char(text, at))
        if (decode_at(text, at) == cp) return true;
    return false;
}

// The source that holds `cp`, else the first (a character made by the
// typography, like „ from ", stands in none), or the block's own place.
SourceLocation source_of(char32_t cp, const SetBlock& block, const std::vector<TextSource>& sources) {
    if (sources.empty()) return block.where;
    for (const TextSource& s : sources)
        if (holds(s.text, cp)) return s.where;
    return sources.front().where;
}

}  // namespace

std::string codepoint_name(char32_t cp) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(cp));
    return buffer;
}

std::string excerpt(const std::string& text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return text;
    std::size_t cut = text.rfind(' ', max_bytes);
    if (cut == std::string::npos || cut == 0) {
        cut = max_bytes;  // one long word: cut between characters
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    }
    return text.substr(0, cut) + " …";
}

std::string finding_key(const Diagnostic& d) {
    const std::size_t missing = d.message.find(kMissing);
    return d.message.rfind("character U+", 0) == 0 && missing != std::string::npos ? d.message.substr(0, missing)
                                                                                     : d.message;
}

void TextReport::add(Diagnostic d, const SourceLocation& where, const std::string& article, int page) {
    if (!reported_.emplace(where.file, where.line, where.column, finding_key(d)).second) return;
    d.at(where);
    d.article = article;
    d.page = page;
    out_.add(std::move(d));
}

void TextReport::add_once(Diagnostic d, const std::string& article, int page) {
    const SourceLocation where = d.where;
    add(std::move(d), where, article, page);
}

void TextReport::check(const SetBlock& block, const std::string& article, int page,
                       const std::vector<TextSource>& sources) {
    check(block, block.lines, article, page, sources);
}

void TextReport::check(const SetBlock& block, const std::vector<SetLine>& lines, const std::string& article,
                       int page, const std::vector<TextSource>& sources) {
    for (const MissingGlyph& m : block.paragraph().missing) {
        const Font* font = block.paragraph().styles[m.style].font;
        add(warning("character " + codepoint_name(m.codepoint) + std::string(kMissing) + font->postscript_name() +
                        "; it prints as an empty box",
                    "replace the character, or name a font that has it in the layout"),
            source_of(m.codepoint, block, sources), article, page);
    }
    for (char32_t c : block.removed_controls)
        add(warning("control character " + codepoint_name(c) + " removed",
                    "delete it from the text; it may come from a copied document"),
            source_of(c, block, sources), article, page);
    for (const SetLine& line : lines)
        if (line.info.overfull) {
            char amount[32];
            std::snprintf(amount, sizeof amount, "%.1f", line.width - block.width);
            add(warning("overfull line: \"" + line_text(block.paragraph(), line) + "\" is " + amount +
                            " pt wider than its column",
                        "add a soft hyphen (&#173;) to a long word or rephrase"),
                sources.empty() ? block.where : sources.front().where, article, page);
        }
}

}  // namespace heftsatz
