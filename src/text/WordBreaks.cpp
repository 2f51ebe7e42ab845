#include "text/WordBreaks.h"

#include "text/Utf8.h"

#include <unicode/uchar.h>

#include <algorithm>

namespace heftsatz {
namespace {

bool is_letter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)) != 0; }

}  // namespace

std::vector<Token> find_tokens(std::string_view text, const std::vector<std::size_t>& soft_hyphens) {
    std::vector<Token> tokens;
    std::size_t i = 0;
    std::size_t shy = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ') ++i;
        if (i >= text.size()) break;
        Token t{i, i, false, false, false};
        while (i < text.size() && text[i] != ' ') ++i;
        t.end = i;
        while (shy < soft_hyphens.size() && soft_hyphens[shy] < t.begin) ++shy;
        t.manual = shy < soft_hyphens.size() && soft_hyphens[shy] <= t.end;
        char32_t before = 0, before2 = 0;
        for (std::size_t k = t.begin; k < t.end; k = next_char(text, k)) {
            const char32_t c = decode_at(text, k);
            // A dot between letters: a domain or file name, never hyphenated
            // (an inserted hyphen would change the address).
            if (before == '.' && is_letter(c) && is_letter(before2)) t.no_patterns = t.url = true;
            if (c == '/' && before == '/' && before2 == ':') t.no_patterns = t.url = true;
            before2 = before;
            before = c;
            // A path ("/etc/apt"), an e-mail address: addresses. A slash
            // between words ("GNU/Linux-Distribution", "und/oder") is not.
            if ((c == '/' && k == t.begin) || c == '@') t.no_patterns = t.url = true;
            // A non-breaking hyphen, identifiers and groups tied by no-break
            // spaces are not hyphenated at all.
            if (c == 0x2011 || c == '_' || c == 0x00A0 || c == 0x202F || c == 0x2007) t.no_patterns = true;
        }
        tokens.push_back(t);
    }
    return tokens;
}

SegmentBreaks WordBreaks::find(std::string_view text, std::size_t begin, std::size_t end, const Token& token,
                               bool hyphenate, const std::vector<std::size_t>& soft_hyphens,
                               const BreakPenalties& penalties) const {
    SegmentBreaks out;
    if (token.url) {
        for (std::size_t i = begin; i < end; i = next_char(text, i)) {
            const char32_t ch = decode_at(text, i);
            if (ch == '/' || ch == '.' || ch == '-' || ch == '_' || ch == '?' || ch == '&' || ch == '=' || ch == '@')
                out.points.push_back({next_char(text, i), false, penalties.other});
        }
        return out;
    }
    if (token.no_patterns) return out;
    // Each run of letters on its own: the parts of "OZG-Umsetzung".
    std::size_t i = begin;
    while (i < end) {
        if (!is_letter(decode_at(text, i))) {
            i = next_char(text, i);
            continue;
        }
        std::size_t w = i;
        bool capitals = true;
        while (w < end && is_letter(decode_at(text, w))) {
            capitals &= u_isupper(static_cast<UChar32>(decode_at(text, w))) != 0;
            w = next_char(text, w);
        }
        const std::string_view word = text.substr(i, w - i);
        i = w;
        if (capitals) continue;
        const std::vector<std::size_t>& candidates = hyphenator_.points(word);
        // Joints are wanted even where nothing is hyphenated (a heading):
        // the ligature rule holds everywhere.
        const std::vector<std::size_t>& joints = compounds_.joints(word, candidates);
        const std::size_t at = w - word.size();
        for (std::size_t j : joints) out.joints.push_back(at + j);
        if (!hyphenate || token.manual) continue;
        for (std::size_t p : candidates) {
            const bool joint = std::binary_search(joints.begin(), joints.end(), p);
            out.points.push_back({at + p, true, joint ? penalties.joint : penalties.hyphen});
        }
    }
    // The author's soft hyphens: as good as a compound's joints.
    if (token.manual)
        for (std::size_t p : soft_hyphens)
            if (p > begin && p < end) out.points.push_back({p, true, penalties.joint});
    return out;
}

}  // namespace heftsatz
