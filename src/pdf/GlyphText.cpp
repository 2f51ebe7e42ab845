#include "pdf/GlyphText.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdio>

namespace heftsatz {
namespace {

// `text` in visual order if it starts with a right-to-left letter (see the
// header); one character, or left-to-right text, as it is.
std::string as_drawn(const std::string& text) {
    // Below U+0590 (Hebrew, the first right-to-left block) no letter is
    // right-to-left: Latin text, nearly every glyph, needs no ICU string.
    const auto lead = static_cast<unsigned char>(text.empty() ? 0 : text[0]);
    if (lead < 0x80 || (lead < 0xD6 && text.size() >= 2)) return text;  // UTF-8 C2..D5: U+0080..U+057F
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
    if (u.countChar32() < 2) return text;
    const UCharDirection d = u_charDirection(u.char32At(0));
    if (d != U_RIGHT_TO_LEFT && d != U_RIGHT_TO_LEFT_ARABIC) return text;
    u.reverse();  // by code point: surrogate pairs stay whole
    std::string out;
    u.toUTF8String(out);
    return out;
}

}  // namespace

std::vector<std::string> glyph_texts(const GlyphRun& run) {
    const auto size = static_cast<std::uint32_t>(run.text.size());
    std::vector<std::string> texts(run.glyphs.size());
    // Left-to-right text, nearly every run: clusters never descend, so a
    // cluster ends where the next one begins.
    const bool ascending =
        std::is_sorted(run.glyphs.begin(), run.glyphs.end(),
                       [](const PositionedGlyph& a, const PositionedGlyph& b) { return a.cluster < b.cluster; });
    if (ascending) {
        for (std::size_t i = 0; i < run.glyphs.size();) {
            const std::uint32_t begin = run.glyphs[i].cluster;
            std::size_t next = i + 1;
            while (next < run.glyphs.size() && run.glyphs[next].cluster == begin) ++next;
            const std::uint32_t end = next < run.glyphs.size() ? run.glyphs[next].cluster : size;
            if (begin < end && end <= size) texts[i] = as_drawn(run.text.substr(begin, end - begin));
            i = next;
        }
        return texts;
    }
    std::vector<std::uint32_t> starts;
    starts.reserve(run.glyphs.size());
    for (const PositionedGlyph& g : run.glyphs) starts.push_back(g.cluster);
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());

    for (std::size_t i = 0; i < run.glyphs.size(); ++i) {
        const std::uint32_t begin = run.glyphs[i].cluster;
        if (i > 0 && run.glyphs[i - 1].cluster == begin) continue;  // the cluster's text went to its first glyph
        auto next = std::upper_bound(starts.begin(), starts.end(), begin);
        const std::uint32_t end = next == starts.end() ? size : *next;
        if (begin < end && end <= size) texts[i] = as_drawn(run.text.substr(begin, end - begin));
    }
    return texts;
}

std::string pdf_text_string(const std::string& utf8) {
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
    std::string out = "<FEFF";
    char b[8];
    for (int32_t i = 0; i < u.length(); ++i) {
        std::snprintf(b, sizeof b, "%04X", static_cast<unsigned>(u.charAt(i)));
        out += b;
    }
    return out + ">";
}

}  // namespace heftsatz
