#include "base/FileNamePart.h"

#include <utility>

namespace heftsatz {

std::string file_name_part(std::string_view text) {
    constexpr std::size_t kMaxLength = 48;
    // UTF-8 of the German letters a magazine's name may hold, and their
    // spelling without umlauts.
    static const std::pair<std::string_view, std::string_view> kGerman[] = {
        {"\xC3\xA4", "ae"}, {"\xC3\xB6", "oe"}, {"\xC3\xBC", "ue"}, {"\xC3\x84", "ae"},
        {"\xC3\x96", "oe"}, {"\xC3\x9C", "ue"}, {"\xC3\x9F", "ss"}};
    std::string out;
    bool gap = false;
    for (std::size_t i = 0; i < text.size() && out.size() < kMaxLength;) {
        const char c = text[i];
        std::string_view letters;
        std::size_t used = 1;
        char single[2] = {0, 0};
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            single[0] = c;
            letters = std::string_view(single, 1);
        } else if (c >= 'A' && c <= 'Z') {
            single[0] = static_cast<char>(c - 'A' + 'a');
            letters = std::string_view(single, 1);
        } else {
            for (const auto& [utf8, spelled] : kGerman)
                if (text.substr(i, utf8.size()) == utf8) {
                    letters = spelled;
                    used = utf8.size();
                    break;
                }
        }
        i += used;
        if (letters.empty()) {
            gap = !out.empty();
            continue;
        }
        if (gap) out += '-';
        gap = false;
        out += letters;
    }
    if (out.size() > kMaxLength) out.resize(kMaxLength);
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "issue" : out;
}

}  // namespace heftsatz
