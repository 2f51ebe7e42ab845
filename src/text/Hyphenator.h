// German hyphenation: libhyphen driven by the dehyph-exptl patterns.
//
// The patterns are TeX's (data/hyphenation/dehyphn-x-*.pat); the build
// converts them with libhyphen's substrings.pl into a UTF-8 .dic, because
// libhyphen reading raw TeX patterns gives wrong breaks without complaint.
// libhyphen expects lower-case words, so words are lower-cased first.
#pragma once

#include "base/Result.h"

#include <hyphen.h>

#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace heftsatz {

struct HyphenDictFree {
    void operator()(HyphenDict* d) const { hnj_hyphen_free(d); }
};
using HyphenDictPtr = std::unique_ptr<HyphenDict, HyphenDictFree>;

class Hyphenator {
public:
    // Letters before and after a break: 2 and 2 by default, as babel's
    // ngerman sets \lefthyphenmin and \righthyphenmin for German TeX (the
    // dehyph-exptl patterns were made for it). Measured: 2/3 left narrow
    // columns too few break points and made loose lines. The dictionary is
    // built with 2/2, so fewer than 2 cannot be asked for.
    static constexpr int kDefaultMinBefore = 2;
    static constexpr int kDefaultMinAfter = 2;

    static Result<Hyphenator> load(const std::filesystem::path& dic);
    // The dictionary built with this program, or the installed one
    // (base/ProgramData.h).
    static std::filesystem::path default_dictionary();

    // Byte offsets inside `word` (UTF-8, letters only, any case) after which
    // a hyphen may be inserted, ascending.
    const std::vector<std::size_t>& points(std::string_view word);

    // "Ver-wal-tung": the word with every point marked, for tests and reports.
    std::string marked(std::string_view word, std::string_view mark = "-");

    // Sets the letters kept before and after a break (each at least 2).
    void set_minimums(int before, int after);

private:
    // Loading the patterns takes longer than setting a short issue, so copies
    // of a Hyphenator share them (each copy keeps its own word cache, for one
    // thread). libhyphen does not document its dictionary as thread-safe, so
    // calls into it are serialised; the caches make them rare.
    struct Patterns {
        HyphenDictPtr dict;
        std::mutex mutex;
    };
    explicit Hyphenator(std::shared_ptr<Patterns> patterns) : patterns_(std::move(patterns)) {}

    std::shared_ptr<Patterns> patterns_;
    int min_before_ = kDefaultMinBefore;
    int min_after_ = kDefaultMinAfter;
    std::unordered_map<std::string, std::vector<std::size_t>> cache_;
};

}  // namespace heftsatz
