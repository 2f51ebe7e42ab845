#include "layout/RepeatedSentence.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace heftsatz {
namespace {

// Smith–Waterman scores.
constexpr int kMatch = 2;
constexpr int kSkip = -1;
// A quote is the sentence it repeats if the alignment holds this share of
// its words, and at least kMinWords of them: shortened quotes still match,
// chance agreement of "und", "die", "der" does not.
constexpr double kMinShare = 0.6;
constexpr std::size_t kMinWords = 3;
// A quote longer than this is no pull quote (Furniture sets it as text);
// matching it would only cost time.
constexpr std::size_t kMaxQuoteWords = 120;

using Word = RepeatedSentences::Word;

std::vector<Word> words_of(const std::string& text) {
    std::vector<Word> out;
    Word word;
    int32_t i = 0;
    const auto length = static_cast<int32_t>(text.size());
    while (i < length) {
        UChar32 c = 0;
        U8_NEXT(text.data(), i, length, c);
        if (c >= 0 && u_isalnum(c)) {
            word.text.push_back(static_cast<char32_t>(u_tolower(c)));
            word.end = static_cast<std::size_t>(i);
        } else if (c == '-' || c == 0xAD) {
            continue;  // "E-Akte" and a soft hyphen stay one word
        } else if (!word.text.empty()) {
            out.push_back(std::move(word));
            word = Word{};
        }
    }
    if (!word.text.empty()) out.push_back(std::move(word));
    return out;
}

struct Alignment {
    int score = 0;
    std::size_t matches = 0;
    std::size_t end = 0;  // index of the paragraph's last word matched
};

// The best local alignment of `quote` inside `paragraph`.
Alignment align(const std::vector<Word>& quote, const std::vector<Word>& paragraph) {
    struct Cell {
        int score = 0;
        std::size_t matches = 0;
    };
    std::vector<Cell> previous(paragraph.size() + 1), current(paragraph.size() + 1);
    Alignment best;
    for (std::size_t i = 1; i <= quote.size(); ++i) {
        current[0] = Cell{};
        for (std::size_t j = 1; j <= paragraph.size(); ++j) {
            const bool same = quote[i - 1].text == paragraph[j - 1].text;
            Cell cell;
            const Cell diagonal{previous[j - 1].score + (same ? kMatch : kSkip), previous[j - 1].matches + same};
            const Cell up{previous[j].score + kSkip, previous[j].matches};
            const Cell left{current[j - 1].score + kSkip, current[j - 1].matches};
            for (const Cell& c : {diagonal, up, left})
                if (c.score > cell.score || (c.score == cell.score && c.score > 0 && c.matches > cell.matches))
                    cell = c;
            current[j] = cell;
            if (same && cell.score > best.score) best = Alignment{cell.score, cell.matches, j - 1};
        }
        std::swap(previous, current);
    }
    return best;
}

// Abbreviations that end in a point inside a German sentence.
constexpr const char* kAbbreviations[] = {"Nr", "Dr", "Prof", "St", "Abs", "Art", "ca", "bzw", "vgl", "ggf",
                                          "evtl", "inkl", "zzgl", "Mio", "Mrd", "Tel", "bspw", "sog"};

bool closes_sentence(const std::string& text, std::size_t at) {
    const char c = text[at];
    if (c != '.' && c != '!' && c != '?') return false;
    // After the mark comes the end, a space or a closing quotation mark.
    std::size_t next = at + 1;
    while (next < text.size() && (text[next] == '"' || text[next] == '\'' || text[next] == ')')) ++next;
    if (text.compare(next, 3, "\u201C") == 0 || text.compare(next, 3, "\u2019") == 0) next += 3;
    if (next >= text.size()) return true;
    if (text[next] != ' ') return false;
    if (c != '.') return true;
    // "z. B.", "u. a.", "Nr. 3": an abbreviation, when a single letter or a
    // common abbreviation ends in the point, or a small letter or a digit
    // follows it.
    std::size_t word = at;
    while (word > 0 && text[word - 1] != ' ' && text[word - 1] != '(') --word;
    const std::string before = text.substr(word, at - word);
    if (before.size() == 1) return false;
    for (const char* abbreviation : kAbbreviations)
        if (before == abbreviation) return false;
    const unsigned char after = next + 1 < text.size() ? static_cast<unsigned char>(text[next + 1]) : 'A';
    return !((after >= 'a' && after <= 'z') || (after >= '0' && after <= '9'));
}

}  // namespace

std::size_t count_letters(const std::string& text) {
    std::size_t n = 0;
    int32_t i = 0;
    const auto length = static_cast<int32_t>(text.size());
    while (i < length) {
        UChar32 c = 0;
        U8_NEXT(text.data(), i, length, c);
        if (c >= 0 && u_isalnum(c)) ++n;
    }
    return n;
}

RepeatedSentences::RepeatedSentences(const std::vector<Block>& body, std::size_t budget)
    : body_(body), words_(body.size()), budget_(budget) {
    for (std::size_t b = 0; b < body.size(); ++b)
        if (body[b].kind == BlockKind::Paragraph || body[b].kind == BlockKind::Answer)
            words_[b] = words_of(body[b].plain_text());
}

std::optional<SentenceEnd> RepeatedSentences::find(const std::string& quote, std::size_t quote_at) {
    const std::vector<Word> wanted = words_of(quote);
    if (wanted.size() < kMinWords || wanted.size() > kMaxQuoteWords) return std::nullopt;
    // Nearest after the quote first, then nearest before it.
    std::vector<std::size_t> order;
    for (std::size_t b = quote_at + 1; b < body_.size(); ++b) order.push_back(b);
    for (std::size_t b = std::min(quote_at, body_.size()); b-- > 0;) order.push_back(b);
    std::size_t cost = 0;
    for (std::size_t b : order) cost += wanted.size() * words_[b].size();
    if (cost > budget_) {
        budget_ = 0;
        return std::nullopt;
    }
    budget_ -= cost;
    Alignment best;
    std::size_t best_block = 0;
    for (std::size_t b : order) {
        if (words_[b].empty()) continue;
        const Alignment a = align(wanted, words_[b]);
        if (a.score > best.score) {
            best = a;
            best_block = b;
        }
    }
    const auto needed = std::max(kMinWords, static_cast<std::size_t>(kMinShare * wanted.size() + 0.999));
    if (best.matches < needed) return std::nullopt;
    const std::string text = body_[best_block].plain_text();
    std::size_t end = words_[best_block][best.end].end;
    while (end < text.size() && !closes_sentence(text, end)) ++end;
    return SentenceEnd{best_block, count_letters(text.substr(0, std::min(end + 1, text.size())))};
}

std::size_t line_of_letter(const Paragraph& paragraph, const std::vector<SetLine>& lines, std::size_t letters) {
    std::size_t seen = 0;
    for (std::size_t l = 0; l < lines.size(); ++l) {
        seen += count_letters(line_text(paragraph, lines[l]));
        if (seen >= letters) return l;
    }
    return lines.empty() ? 0 : lines.size() - 1;
}

}  // namespace heftsatz
