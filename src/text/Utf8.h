// UTF-8 stepping for the text stage's byte-offset bookkeeping (ICU macros).
#pragma once

#include <unicode/utf8.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace heftsatz {

// The code point at byte `at` (U+FFFD for a broken sequence).
inline char32_t decode_at(std::string_view s, std::size_t at) {
    int32_t i = static_cast<int32_t>(at);
    UChar32 c = 0;
    U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

// The byte offset of the code point after the one at `at`.
inline std::size_t next_char(std::string_view s, std::size_t at) {
    int32_t i = static_cast<int32_t>(at);
    U8_FWD_1(s.data(), i, static_cast<int32_t>(s.size()));
    return static_cast<std::size_t>(i);
}

// `text` with `mark` put in at each of the ascending byte `offsets`
// ("Ver-wal-tung", "Bürger|service|portal"), for tests and reports.
inline std::string marked_at(std::string_view text, const std::vector<std::size_t>& offsets, std::string_view mark) {
    std::string out;
    std::size_t last = 0;
    for (std::size_t p : offsets) {
        if (p < last || p > text.size()) continue;
        out.append(text.substr(last, p - last));
        out.append(mark);
        last = p;
    }
    out.append(text.substr(last));
    return out;
}

}  // namespace heftsatz
