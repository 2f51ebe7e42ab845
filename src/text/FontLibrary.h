// The fonts of one layout, by family and style. Owns every Font; the const
// Font pointers it hands out live as long as the library.
#pragma once

#include "base/Result.h"
#include "manifest/LayoutSpec.h"
#include "text/Font.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace heftsatz {

class FontLibrary {
public:
    // Loads every font file the layout names; fails naming the first bad one.
    static Result<FontLibrary> load(const LayoutSpec& layout);

    // The font for a family and style. A style the family lacks falls back
    // to the nearest one it has (bold-italic → bold → regular).
    const Font* font(const std::string& family, FontStyle style) const;

    const std::vector<std::unique_ptr<Font>>& all() const { return fonts_; }

private:
    std::vector<std::unique_ptr<Font>> fonts_;
    std::map<std::string, std::array<const Font*, 4>> families_;
};

}  // namespace heftsatz
