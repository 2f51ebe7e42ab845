// German typesetting conventions applied to the text of one block before it
// is shaped: NFC, „…“ and ‚…‘ quotes, the ellipsis, the spaced en dash, and
// no-break spaces where German typography forbids a line break.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace heftsatz {

// No-break spaces inserted by the rules below. U+202F (narrow) inside
// abbreviations as Duden recommends ("z. B."); U+00A0 elsewhere.
inline constexpr char32_t kNoBreakSpace = 0x00A0;
inline constexpr char32_t kNarrowNoBreakSpace = 0x202F;
// A tie that yields as a last resort, only when the line breaker's final
// pass finds no other way than a hole in the line before it: between a
// magnitude and its currency ("600 Millionen | Euro") and between a month
// and its year ("28. Dezember | 2015"). U+2007 FIGURE SPACE, which UAX #14
// does not break either.
inline constexpr char32_t kWeakTie = 0x2007;

class GermanTypography {
public:
    GermanTypography();
    ~GermanTypography();
    GermanTypography(GermanTypography&&) noexcept;
    GermanTypography& operator=(GermanTypography&&) noexcept;

    // Rewrites the runs of one block in place. Runs are one block's styled
    // pieces in order; rules see across run borders (a quote opened in
    // emphasis and closed after it), and every character stays in its run.
    void apply(std::vector<std::string>& runs) const;

private:
    struct Rules;
    std::unique_ptr<Rules> rules_;
};

}  // namespace heftsatz
