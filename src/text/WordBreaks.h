// Where the words of a paragraph may break, and at what cost: the step of
// ParagraphBuilder between German typography and shaping.
//
//   - a word breaks at its hyphenation points (libhyphen, dehyph-exptl),
//     more cheaply between the parts of a compound (CompoundSplitter) than
//     inside a part; a compound with hyphens ("OZG-Umsetzung") breaks at
//     its hyphens by preference (ParagraphBuilder) and inside its parts;
//   - a word with soft hyphens breaks only there, as its author said;
//   - an address (URL, e-mail, host name) breaks after its separators,
//     never with an inserted hyphen, since a reader would type it;
//   - words in capitals (acronyms, "DISRUPTED"), paths, groups tied by
//     no-break spaces ("600 Millionen Euro") are not hyphenated.
// The compound joints are also where no ligature may form ("Auf|lage").
#pragma once

#include "text/CompoundSplitter.h"
#include "text/Hyphenator.h"

#include <string>
#include <string_view>
#include <vector>

namespace heftsatz {

// Penalties at break opportunities that are not spaces. TeX's defaults
// (\hyphenpenalty=50, \exhyphenpenalty=50, TeXbook ch. 14) as the base; the
// layout's <justification> sets them (JustificationSpec, whose defaults
// these are, documented in docs/typesetting.md).
struct BreakPenalties {
    int hyphen = 450;           // inserted inside a part of a word
    int joint = 150;            // inserted between the parts of a compound
    int explicit_hyphen = 100;  // after a hyphen in the text ("OZG-|Umsetzung"): the author's own break
    int other = 100;           // after "/" and other UAX #14 opportunities, and in addresses
    // Inside a word or address wider than the measure (ours): the most a
    // break may cost short of forbidden, so it is taken only where needed.
    int emergency = 9999;
    // At a weak tie (kWeakTie), in the final pass only: its demerits match a
    // line whose spaces are about three times their width (ours).
    int weak_tie = 3000;
};

// A place where a word may break: with a hyphen added or without.
struct BreakPoint {
    std::size_t at = 0;  // byte offset in the paragraph text
    bool hyphen = true;
    int penalty = 0;
};

// A space-delimited word as a reader sees it ("OZG-Umsetzung"; "z. B." is two).
struct Token {
    std::size_t begin = 0, end = 0;
    bool manual = false;       // has soft hyphens: breaks only there
    bool no_patterns = false;  // not hyphenated (paths, tied groups, addresses)
    bool url = false;          // an address: breaks after / . - and the like, no hyphens
};

// The tokens of `text`; `soft_hyphens` are the byte offsets where the input
// had U+00AD (taken out of the text), ascending.
std::vector<Token> find_tokens(std::string_view text, const std::vector<std::size_t>& soft_hyphens);

struct SegmentBreaks {
    std::vector<BreakPoint> points;       // ascending
    std::vector<std::size_t> joints;      // compound joints: no ligature across them
};

class WordBreaks {
public:
    // Both are used, not owned; they keep per-thread caches.
    WordBreaks(Hyphenator& hyphenator, CompoundSplitter& compounds) : hyphenator_(hyphenator), compounds_(compounds) {}

    // The breaks inside the segment [begin, end) of `text` (a stretch
    // between two UAX #14 opportunities), which belongs to `token`.
    SegmentBreaks find(std::string_view text, std::size_t begin, std::size_t end, const Token& token, bool hyphenate,
                       const std::vector<std::size_t>& soft_hyphens, const BreakPenalties& penalties) const;

private:
    Hyphenator& hyphenator_;
    CompoundSplitter& compounds_;
};

}  // namespace heftsatz
