// A pull quote repeats a sentence of its article, often shortened ("ihn"
// for "die passenden Versionen"). Placed before that sentence it gives the
// point away, placed beside it the reader meets it twice at once; so the
// column flow sets it after the sentence, in a later column. This finds the
// sentence, and the line it ends on once the paragraph is broken.
#pragma once

#include "manifest/Issue.h"
#include "text/Text.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace heftsatz {

struct SentenceEnd {
    std::size_t block = 0;    // index into the body
    std::size_t letters = 0;  // letters and digits of that block up to the sentence's end
};

// What aligning quotes with paragraphs may cost an article: cells of the
// alignment table (a quote's words times a paragraph's), about 0.1 s. An
// article of thousands of quotes would otherwise cost minutes; past the
// budget a quote is taken to repeat nothing.
inline constexpr std::size_t kAlignmentBudget = 20'000'000;

// The sentences pull quotes repeat in one article's body (its paragraphs
// and answers, read once).
class RepeatedSentences {
public:
    explicit RepeatedSentences(const std::vector<Block>& body, std::size_t budget = kAlignmentBudget);

    // The sentence the quote repeats: the best local alignment of their
    // words (Smith and Waterman, 1981: +2 a word in common, −1 a word left
    // out on either side), taken when it holds at least 60 % of the quote's
    // words and three of them. On a tie the paragraph nearest after the
    // quote (at `quote_at` in the body) wins, then the one nearest before
    // it. Without such a sentence, or once the budget is spent, nothing.
    std::optional<SentenceEnd> find(const std::string& quote, std::size_t quote_at);

    struct Word {
        std::u32string text;  // lower case
        std::size_t end = 0;  // byte offset after it
    };

private:
    const std::vector<Block>& body_;
    std::vector<std::vector<Word>> words_;  // per block of the body; empty but for paragraphs and answers
    std::size_t budget_;
};

// The letters and digits of `text` (what line breaking, hyphens and German
// quotation marks leave alone).
std::size_t count_letters(const std::string& text);

// The line of `lines` that holds the paragraph's `letters`-th letter or
// digit (the last line if the paragraph has fewer).
std::size_t line_of_letter(const Paragraph& paragraph, const std::vector<SetLine>& lines, std::size_t letters);

}  // namespace heftsatz
