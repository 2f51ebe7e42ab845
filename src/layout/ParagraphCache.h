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

#include "base/ContentCache.h"
#include "layout/LineConstraints.h"
#include "text/LineSetter.h"
#include "text/Paragraph.h"

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace heftsatz {

// Lines of a cached paragraph under a flow's constraints (layout/
// LineMemo.h), kept with it and shared by the layout's threads.
class RebrokenLines {
public:
    std::optional<std::vector<SetLine>> find(const LineConstraints& constraints) const {
        std::lock_guard<std::mutex> lock(mutex_);
        auto it = lines_.find(constraints);
        if (it == lines_.end()) return std::nullopt;
        return it->second;
    }
    void add(const LineConstraints& constraints, const std::vector<SetLine>& lines) const {
        std::lock_guard<std::mutex> lock(mutex_);
        lines_.try_emplace(constraints, lines);
    }

private:
    mutable std::mutex mutex_;
    mutable std::map<LineConstraints, std::vector<SetLine>> lines_;
};

struct SetParagraph {
    Paragraph paragraph;
    std::vector<SetLine> lines;  // broken with no constraint
    RebrokenLines rebroken;      // broken again: a pure function of the above and the constraints
};

class ParagraphCache : public ContentCache<SetParagraph> {
public:
    // Everything of `input` that the paragraph depends on, as bytes.
    static std::string key_of(const ParagraphInput& input);
};

}  // namespace heftsatz
