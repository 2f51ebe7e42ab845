// One font file, loaded once: FreeType reads and validates it and gives the
// metrics the PDF needs; HarfBuzz shapes with it; the bytes stay for
// subsetting. Fonts are owned by a FontLibrary and handed out as const
// pointers that live as long as the library.
#pragma once

#include "base/Result.h"

#include <hb.h>

#include <filesystem>
#include <memory>
#include <mutex>
#include <string>

namespace heftsatz {

struct HbFaceFree {
    void operator()(hb_face_t* f) const { hb_face_destroy(f); }
};
struct HbFontFree {
    void operator()(hb_font_t* f) const { hb_font_destroy(f); }
};
struct HbBufferFree {
    void operator()(hb_buffer_t* b) const { hb_buffer_destroy(b); }
};
using HbBufferPtr = std::unique_ptr<hb_buffer_t, HbBufferFree>;
using HbFacePtr = std::unique_ptr<hb_face_t, HbFaceFree>;
using HbFontPtr = std::unique_ptr<hb_font_t, HbFontFree>;

// What a PDF font descriptor needs, in font units.
struct FontMetrics {
    int units_per_em = 1000;
    int ascender = 800;
    int descender = -200;
    int cap_height = 700;
    int bbox[4] = {0, -200, 1000, 800};
    double italic_angle = 0;
    bool fixed_pitch = false;
    bool serif = false;
    bool italic = false;
    bool bold = false;
    int weight_class = 400;  // OS/2 usWeightClass
};

class Font {
public:
    // Loads `path`; fails with a message naming the file if FreeType cannot
    // read it or it is neither TrueType- nor CFF-flavoured OpenType.
    static Result<std::unique_ptr<Font>> load(const std::filesystem::path& path);

    const std::filesystem::path& path() const { return path_; }
    const std::string& bytes() const { return bytes_; }
    const std::string& postscript_name() const { return postscript_name_; }
    const FontMetrics& metrics() const { return metrics_; }
    // CFF outlines (an .otf with a CFF table) rather than TrueType glyf.
    bool is_cff() const { return cff_; }

    hb_face_t* hb_face() const { return face_.get(); }
    // Scaled to units per em: shaping results are in font units and are
    // scaled to the point size afterwards, so one shape serves every size.
    hb_font_t* hb_font() const { return font_.get(); }

    bool has_glyph(char32_t codepoint) const;

    // The SHA-256 of the file's bytes, made when first asked: what work
    // kept from one PDF to the next is keyed by (pdf/PdfCaches.h). Not the
    // object's address: a font loaded again after its file changed may take
    // the address of the one before. Thread-safe.
    const std::string& digest() const;

    // Only load() can make the tag, so only load() makes Fonts.
    class Tag {
        friend class Font;
        Tag() = default;
    };
    explicit Font(Tag) {}

private:

    std::filesystem::path path_;
    std::string bytes_;
    mutable std::once_flag digest_made_;
    mutable std::string digest_;
    std::string postscript_name_;
    FontMetrics metrics_;
    bool cff_ = false;
    HbFacePtr face_;
    HbFontPtr font_;
};

}  // namespace heftsatz
