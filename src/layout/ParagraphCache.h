// Paragraphs already built and broken, kept by what they were made from, so
// that a layout run again over the same text reuses them: `watch` after an
// edit (only the edited paragraph is new), and the archive's offprints (each
// article set again alone, at the same width, in the same styles).
//
// A paragraph is a pure function of its input (text, styles, fonts,
// indent, measure) and of the layout's justification settings, so a hit
// gives the very lines building would give, and the PDF's bytes stay the
// same (tests/layout/test_paragraph_cache.cpp). The key holds the fonts'
// addresses: a cache belongs to one LayoutSpec and one FontLibrary, and must
// not outlive them. Shared by the layout's worker threads.
#pragma once

#include "text/LineSetter.h"
#include "text/Paragraph.h"

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace heftsatz {

class ParagraphCache {
public:
    struct Entry {
        Paragraph paragraph;
        std::vector<SetLine> lines;  // broken with no constraint
    };

    // Everything of `input` that the paragraph depends on, as bytes.
    static std::string key_of(const ParagraphInput& input);

    std::shared_ptr<const Entry> find(const std::string& key);
    void add(const std::string& key, std::shared_ptr<const Entry> entry);

    // Between builds (watch): forgets what the last build did not use, so
    // the cache holds about one issue's paragraphs however long it runs.
    void drop_unused();

    std::size_t size() const;

private:
    struct Kept {
        std::shared_ptr<const Entry> entry;
        bool used = true;
    };
    mutable std::mutex mutex_;
    std::unordered_map<std::string, Kept> entries_;
};

}  // namespace heftsatz
