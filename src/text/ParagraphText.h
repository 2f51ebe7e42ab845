// ParagraphBuilder's first step: the styled runs of a block, after German
// typography, joined into one text; soft hyphens are taken out and their
// places kept (the only breaks of their words).
#pragma once

#include "text/GermanTypography.h"
#include "text/Paragraph.h"
#include "text/WordBreaks.h"

#include <string>
#include <vector>

namespace heftsatz {

struct ParagraphText {
    std::string text;
    std::vector<std::size_t> run_end;    // byte offset where each run ends
    std::vector<std::size_t> run_style;  // its style
    std::vector<std::size_t> soft_hyphens;
    std::vector<Token> tokens;

    std::size_t style_at(std::size_t at) const;
};

ParagraphText collect_text(std::vector<ParagraphInput::Run> runs, const GermanTypography& typography);

}  // namespace heftsatz
