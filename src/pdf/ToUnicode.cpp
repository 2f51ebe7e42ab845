#include "pdf/ToUnicode.h"

#include <unicode/unistr.h>

#include <cstdio>
#include <vector>

namespace heftsatz {
namespace {

std::string hex16(unsigned v) {
    char b[8];
    std::snprintf(b, sizeof b, "%04X", v & 0xFFFFu);
    return b;
}

std::string utf16_hex(const std::string& utf8) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
    std::string out;
    for (int32_t i = 0; i < u.length(); ++i) out += hex16(u.charAt(i));
    return out;
}

}  // namespace

std::string to_unicode_cmap(const std::vector<std::string>& glyph_text) {
    std::string cmap =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    std::vector<std::pair<std::uint32_t, std::string>> entries;
    for (std::uint32_t glyph = 0; glyph < glyph_text.size(); ++glyph)
        if (!glyph_text[glyph].empty()) entries.emplace_back(glyph, utf16_hex(glyph_text[glyph]));
    // At most 100 entries per block (PDF 32000-1 §9.10.3 / Adobe TN 5411).
    for (std::size_t i = 0; i < entries.size(); i += 100) {
        std::size_t n = std::min<std::size_t>(100, entries.size() - i);
        cmap += std::to_string(n) + " beginbfchar\n";
        for (std::size_t k = i; k < i + n; ++k)
            cmap += "<" + hex16(entries[k].first) + "> <" + entries[k].second + ">\n";
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return cmap;
}

}  // namespace heftsatz
