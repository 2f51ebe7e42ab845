#include "text/Justification.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace heftsatz {

Fill fill_line(const LineMaterial& line, Pt width, const Microtype& limits, Pt background_stretch) {
    constexpr double kInfinite = std::numeric_limits<double>::infinity();
    Fill fill;
    const Pt shortfall = width - line.natural;
    if (std::abs(shortfall) < 1e-9) return fill;
    const Pt expand = line.glyph_width * limits.max_expansion;
    if (shortfall > 0) {
        if (line.fil) return fill;  // a last line stays at its natural width
        const Pt stretch = line.stretch + background_stretch;
        if (stretch + expand <= 0) {
            fill.ratio = fill.strain = kInfinite;  // as bad as it gets: nothing can fill it
            return fill;
        }
        const double r = shortfall / (stretch + expand);
        if (r <= 1) {
            fill.ratio = fill.strain = r;
            fill.expansion = r * limits.max_expansion;
            return fill;
        }
        // Very loose: the glyphs are at full expansion; the rest goes to the
        // spaces and, as a last resort, the letter gaps.
        fill.expansion = limits.max_expansion;
        const Pt excess = shortfall - stretch - expand;
        const Pt letters = std::max(0, line.letter_gaps) * limits.max_letter_space;
        const Pt spaced = stretch + letters > 0 ? std::min(letters, excess * letters / (stretch + letters)) : 0;
        if (line.letter_gaps > 0) fill.letter_space = spaced / line.letter_gaps;
        if (stretch > 0) fill.ratio = 1 + (excess - spaced) / stretch;
        else fill.ratio = excess - spaced > 1e-9 ? kInfinite : 1 + excess / letters;
        fill.strain = fill.ratio;
        return fill;
    }
    const Pt shrink = line.shrink + expand;
    const Pt squeeze = std::max(0, line.letter_gaps) * limits.max_letter_squeeze;
    if (shrink + squeeze <= 0) {
        fill.ratio = fill.strain = -kInfinite;
        return fill;
    }
    const double r = shrink > 0 ? shortfall / shrink : -kInfinite;
    if (r >= -1) {
        fill.ratio = r;
        fill.strain = -r;
        fill.expansion = r * limits.max_expansion;
        return fill;
    }
    const Pt excess = -shortfall - shrink;
    fill.expansion = -limits.max_expansion;
    if (excess > squeeze) {
        // Overfull: what would be left after shrinking glue and glyphs.
        fill.ratio = shrink > 0 ? -1 - (excess - squeeze) / shrink : -kInfinite;
        fill.strain = -fill.ratio;
        return fill;
    }
    fill.ratio = -1;
    fill.letter_space = -excess / line.letter_gaps;
    fill.strain = 1 + 2 * excess / squeeze;
    return fill;
}

}  // namespace heftsatz
