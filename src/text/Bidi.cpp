#include "text/Bidi.h"

#include <unicode/ubidi.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <memory>

namespace heftsatz {
namespace {

struct BidiClose {
    void operator()(UBiDi* b) const { ubidi_close(b); }
};
using BidiPtr = std::unique_ptr<UBiDi, BidiClose>;

// Only text with a right-to-left or bidi-control character needs ubidi.
bool may_be_rtl(std::string_view utf8) {
    for (std::size_t i = 0; i < utf8.size();) {
        UChar32 c = 0;
        U8_NEXT(utf8.data(), i, utf8.size(), c);
        // Hebrew to Arabic Extended, Syriac, Thaana, NKo, Samaritan, Mandaic:
        // U+0590..U+08FF; presentation forms; directional controls; and the
        // right-to-left blocks of the supplementary planes.
        if ((c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF) ||
            (c >= 0x200E && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
            (c >= 0x10800 && c <= 0x10FFF) || (c >= 0x1E800 && c <= 0x1EFFF))
            return true;
    }
    return false;
}

}  // namespace

std::vector<std::uint8_t> bidi_levels(std::string_view utf8) {
    if (!may_be_rtl(utf8)) return {};
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    UErrorCode status = U_ZERO_ERROR;
    BidiPtr bidi(ubidi_openSized(text.length(), 0, &status));
    if (U_FAILURE(status)) return {};
    ubidi_setPara(bidi.get(), text.getBuffer(), text.length(), 0, nullptr, &status);
    if (U_FAILURE(status) || ubidi_getDirection(bidi.get()) == UBIDI_LTR) return {};
    const UBiDiLevel* levels = ubidi_getLevels(bidi.get(), &status);
    if (U_FAILURE(status)) return {};
    // UTF-16 units back to UTF-8 bytes: each character's bytes take its level
    // (an invalid sequence became one U+FFFD, as U8_NEXT reads it).
    std::vector<std::uint8_t> out(utf8.size(), 0);
    int32_t unit = 0;
    for (std::size_t i = 0; i < utf8.size() && unit < text.length();) {
        const std::size_t begin = i;
        UChar32 c = 0;
        U8_NEXT(utf8.data(), i, utf8.size(), c);
        for (std::size_t b = begin; b < i; ++b) out[b] = levels[unit];
        unit += c >= 0x10000 ? 2 : 1;
    }
    return out;
}

std::vector<std::size_t> visual_order(const std::vector<std::uint8_t>& levels) {
    std::vector<std::size_t> order(levels.size());
    std::vector<int32_t> map(levels.size());
    ubidi_reorderVisual(levels.data(), static_cast<int32_t>(levels.size()), map.data());
    for (std::size_t v = 0; v < levels.size(); ++v) order[v] = static_cast<std::size_t>(map[v]);
    return order;
}

}  // namespace heftsatz
