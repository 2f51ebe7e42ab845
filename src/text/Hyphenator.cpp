#include "text/Hyphenator.h"

#include "base/ProgramData.h"
#include "text/Utf8.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdlib>

namespace heftsatz {
namespace {

struct HyphenOutputFree {
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    int n = 0;
    ~HyphenOutputFree() {
        if (rep) {
            for (int i = 0; i < n; ++i) std::free(rep[i]);
            std::free(rep);
        }
        std::free(pos);
        std::free(cut);
    }
};

}  // namespace

std::filesystem::path Hyphenator::default_dictionary() { return ProgramData::get().hyphenation; }

Result<Hyphenator> Hyphenator::load(const std::filesystem::path& dic) {
    HyphenDictPtr dict(hnj_hyphen_load(dic.string().c_str()));
    if (!dict)
        return error("cannot load the hyphenation dictionary",
                     "rebuild heftsatz (the build converts data/hyphenation/*.pat into it), or reinstall it")
            .at({dic.string(), 0, 0});
    if (!dict->utf8)
        return error("the hyphenation dictionary is not UTF-8",
                     "it must be made by substrings.pl with the UTF-8 argument")
            .at({dic.string(), 1, 1});
    auto patterns = std::make_shared<Patterns>();
    patterns->dict = std::move(dict);
    return Hyphenator(std::move(patterns));
}

const std::vector<std::size_t>& Hyphenator::points(std::string_view word) {
    std::string key(word);
    if (auto it = cache_.find(key); it != cache_.end()) return it->second;
    std::vector<std::size_t> result;

    icu::UnicodeString original = icu::UnicodeString::fromUTF8(key);
    icu::UnicodeString lower(original);
    lower.toLower(icu::Locale::getGerman());
    const int chars = original.countChar32();
    // Only when lower-casing keeps the letter count do positions map back.
    if (chars >= min_before_ + min_after_ && lower.countChar32() == chars) {
        std::string folded;
        lower.toUTF8String(folded);
        std::vector<char> hyphens(folded.size() + 5, '0');
        HyphenOutputFree out;
        // hyphenate3 applies the limits itself; the compound limits (0)
        // stay as the patterns set them. With a UTF-8 dictionary libhyphen
        // reports positions per character, not per byte.
        int failed = 0;
        {
            std::lock_guard<std::mutex> lock(patterns_->mutex);
            failed = hnj_hyphen_hyphenate3(patterns_->dict.get(), folded.c_str(), static_cast<int>(folded.size()),
                                           hyphens.data(), nullptr, &out.rep, &out.pos, &out.cut, min_before_,
                                           min_after_, 0, 0);
        }
        if (failed == 0) {
            out.n = static_cast<int>(folded.size());
            // Character index → byte offset in the original word.
            std::vector<std::size_t> byte_after(static_cast<std::size_t>(chars));
            std::size_t offset = 0;
            for (int c = 0; c < chars; ++c) {
                unsigned char lead = static_cast<unsigned char>(key[offset]);
                offset += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
                byte_after[static_cast<std::size_t>(c)] = offset;
            }
            for (int c = min_before_ - 1; c < chars - min_after_; ++c) {
                bool odd = (hyphens[static_cast<std::size_t>(c)] - '0') % 2 == 1;
                bool replaced = out.rep && out.rep[c];  // non-standard break: not used in German
                if (odd && !replaced) result.push_back(byte_after[static_cast<std::size_t>(c)]);
            }
        }
    }
    return cache_.emplace(std::move(key), std::move(result)).first->second;
}

void Hyphenator::set_minimums(int before, int after) {
    before = std::max(before, kDefaultMinBefore);
    after = std::max(after, kDefaultMinAfter);
    if (before == min_before_ && after == min_after_) return;
    min_before_ = before;
    min_after_ = after;
    cache_.clear();
}

std::string Hyphenator::marked(std::string_view word, std::string_view mark) {
    return marked_at(word, points(word), mark);
}

}  // namespace heftsatz
