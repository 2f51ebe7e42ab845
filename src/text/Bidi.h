// Right-to-left text inside German paragraphs, with ICU's implementation of
// the Unicode Bidirectional Algorithm (UAX #9, ubidi).
//
// Paragraphs are left to right (the magazine is German): Hebrew or Arabic
// words and their numbers get odd (or higher) embedding levels. The
// paragraph is broken into lines in reading order; each line then shows its
// boxes in the order the levels give (rule L2), and the PDF keeps the
// reading order in its text (LineSetter, docs/limits.md).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace heftsatz {

// The embedding level of every byte of `utf8` (rules P2 to I2, with the
// paragraph level 0), or empty if the text is left to right throughout.
std::vector<std::uint8_t> bidi_levels(std::string_view utf8);

// Rule L2: for elements of a line with the given levels (in reading
// order), their indices in the order they are shown, left to right.
std::vector<std::size_t> visual_order(const std::vector<std::uint8_t>& levels);

}  // namespace heftsatz
