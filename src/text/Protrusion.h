// Character protrusion (optical margin alignment): how far a character at
// the start or end of a justified line may hang into the margin, so that
// the column's edge looks straight to the eye although hyphens, stops and
// quotes carry little ink at their outer side.
#pragma once

#include <unordered_map>

namespace heftsatz {

// In thousandths of the glyph's advance, as pdfTeX's \lpcode and \rpcode.
struct ProtrusionFactors {
    int left = 0;
    int right = 0;
};

class ProtrusionTable {
public:
    // The defaults for text fonts: pdfTeX's sample settings (protcode.tex,
    // by Hàn Thế Thành, public domain), from which microtype's default set
    // derives, with the German quotation marks „“ ‚‘ and »« added at the
    // values of their English counterparts and the en dash as microtype's
    // \textendash. Documented value by value in docs/typesetting.md.
    static ProtrusionTable defaults();
    // No protrusion at all.
    static ProtrusionTable none() { return {}; }

    void set(char32_t c, ProtrusionFactors f) { factors_[c] = f; }
    ProtrusionFactors of(char32_t c) const {
        auto it = factors_.find(c);
        return it == factors_.end() ? ProtrusionFactors{} : it->second;
    }
    bool empty() const { return factors_.empty(); }

private:
    std::unordered_map<char32_t, ProtrusionFactors> factors_;
};

}  // namespace heftsatz
