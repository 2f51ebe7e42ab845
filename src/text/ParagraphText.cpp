#include "text/ParagraphText.h"

#include <algorithm>

namespace heftsatz {

namespace {
const std::string kSoftHyphen = "\xC2\xAD";  // U+00AD
}  // namespace

std::size_t ParagraphText::style_at(std::size_t at) const {
    auto it = std::upper_bound(run_end.begin(), run_end.end(), at);
    const std::size_t r = static_cast<std::size_t>(it - run_end.begin());
    return run_style[std::min(r, run_style.size() - 1)];
}

ParagraphText collect_text(std::vector<ParagraphInput::Run> runs, const GermanTypography& typography) {
    std::vector<std::string> texts;
    for (auto& run : runs) texts.push_back(std::move(run.text));
    typography.apply(texts);
    ParagraphText out;
    for (std::size_t r = 0; r < texts.size(); ++r) {
        const std::string& t = texts[r];
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (t.compare(i, kSoftHyphen.size(), kSoftHyphen) == 0) {
                out.soft_hyphens.push_back(out.text.size());
                i += kSoftHyphen.size() - 1;
                continue;
            }
            out.text += t[i];
        }
        if (!out.run_end.empty() && out.run_end.back() == out.text.size()) continue;
        out.run_end.push_back(out.text.size());
        out.run_style.push_back(runs[r].style);
    }
    if (out.run_style.empty()) {
        out.run_style.push_back(0);
        out.run_end.push_back(0);
    }
    out.tokens = find_tokens(out.text, out.soft_hyphens);
    return out;
}

}  // namespace heftsatz
