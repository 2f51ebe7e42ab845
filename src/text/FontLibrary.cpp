#include "text/FontLibrary.h"

namespace heftsatz {

Result<FontLibrary> FontLibrary::load(const LayoutSpec& layout) {
    FontLibrary library;
    std::map<std::filesystem::path, const Font*> by_path;
    for (const auto& [name, family] : layout.families) {
        std::array<const Font*, 4> styles{};
        for (std::size_t i = 0; i < 4; ++i) {
            const auto& path = family.files[i];
            if (path.empty()) continue;
            if (auto it = by_path.find(path); it != by_path.end()) {
                styles[i] = it->second;
                continue;
            }
            auto font = Font::load(path);
            if (!font) {
                Diagnostic d = font.failure();
                d.hint += d.hint.empty() ? "" : "; ";
                d.hint += "it is named by font family \"" + name + "\" in " + layout.file.string();
                return d;
            }
            styles[i] = font.value().get();
            by_path[path] = styles[i];
            library.fonts_.push_back(std::move(font.value()));
        }
        // Fall back: BoldItalic → Bold → Regular, Italic → Regular.
        if (!styles[1]) styles[1] = styles[0];
        if (!styles[2]) styles[2] = styles[0];
        if (!styles[3]) styles[3] = styles[2];
        library.families_[name] = styles;
    }
    return library;
}

const Font* FontLibrary::font(const std::string& family, FontStyle style) const {
    auto it = families_.find(family);
    if (it == families_.end()) return nullptr;
    return it->second[static_cast<std::size_t>(style)];
}

}  // namespace heftsatz
