#include "text/Font.h"

#include "base/FileError.h"
#include "base/Sha256.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_FONT_FORMATS_H
#include FT_TRUETYPE_TABLES_H

#include <cerrno>
#include <fstream>
#include <sstream>

namespace heftsatz {
namespace {

struct FtLibraryFree {
    void operator()(FT_Library l) const { FT_Done_FreeType(l); }
};
struct FtFaceFree {
    void operator()(FT_Face f) const { FT_Done_Face(f); }
};
using FtLibraryPtr = std::unique_ptr<std::remove_pointer_t<FT_Library>, FtLibraryFree>;
using FtFacePtr = std::unique_ptr<std::remove_pointer_t<FT_Face>, FtFaceFree>;

// A font is only usable for heftsatz's German text if it can set the basic
// Latin letters: FreeType opens fonts without a cmap table (every character
// becomes .notdef, printed as boxes) and fonts whose glyphs have no
// outlines (the text prints invisible), and neither says so by itself.
// Returns what is wrong, or nothing.
std::string check_letters(FT_Face face, hb_font_t* font) {
    std::string unmapped, empty;
    int unmapped_count = 0, empty_count = 0;
    auto note = [](std::string& list, int& count, char letter) {
        if (count++ < 6) list += std::string(list.empty() ? "" : ", ") + letter;
    };
    for (const char* letters : {"abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})
        for (const char* c = letters; *c; ++c) {
            hb_codepoint_t glyph = 0;
            // HarfBuzz's mapping is the one shaping uses (it also reads symbol cmaps).
            if (!hb_font_get_nominal_glyph(font, static_cast<hb_codepoint_t>(*c), &glyph) || glyph == 0) {
                note(unmapped, unmapped_count, *c);
                continue;
            }
            const bool drawn = FT_Load_Glyph(face, glyph, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP) == 0 &&
                               face->glyph->format == FT_GLYPH_FORMAT_OUTLINE && face->glyph->outline.n_contours > 0;
            if (!drawn) note(empty, empty_count, *c);
        }
    auto more = [](int count) { return count > 6 ? " and " + std::to_string(count - 6) + " more" : std::string(); };
    if (face->num_charmaps == 0)
        return "the font cannot set text: it has no character map (cmap table), so every letter would print as a box";
    if (unmapped_count > 0)
        return "the font cannot set text: it has no glyph for the letters " + unmapped + more(unmapped_count) +
               " (its character map lacks basic Latin)";
    if (empty_count > 0)
        return "the font cannot set text: the glyphs of the letters " + empty + more(empty_count) +
               " have no outlines, so the text would print invisible";
    return {};
}

}  // namespace

Result<std::unique_ptr<Font>> Font::load(const std::filesystem::path& path) {
    const std::string file = path.string();
    std::ifstream in(path, std::ios::binary);
    if (!in)  // errno is open(2)'s: permission denied and not found have different fixes (issue 8)
        return error("cannot open font file: " + file_error_words(errno), "check that it exists and is readable")
            .at({file, 0, 0});
    std::ostringstream buffer;
    buffer << in.rdbuf();
    auto font = std::make_unique<Font>(Tag{});
    font->path_ = path;
    font->bytes_ = buffer.str();

    FT_Library raw_library = nullptr;
    if (FT_Init_FreeType(&raw_library) != 0) return error("FreeType failed to start").at({file, 0, 0});
    FtLibraryPtr library(raw_library);
    FT_Face raw_face = nullptr;
    if (FT_New_Memory_Face(library.get(), reinterpret_cast<const FT_Byte*>(font->bytes_.data()),
                           static_cast<FT_Long>(font->bytes_.size()), 0, &raw_face) != 0)
        return error("not a readable font (FreeType refused it)",
                     "replace it with an intact OpenType (.otf) or TrueType (.ttf) file")
            .at({file, 0, 0});
    FtFacePtr face(raw_face);
    std::string format = FT_Get_Font_Format(face.get());
    if (format != "TrueType" && format != "CFF")
        return error("font format " + format + " is not supported",
                     "use an OpenType font with TrueType or CFF outlines")
            .at({file, 0, 0});
    if (!FT_IS_SCALABLE(face.get()) || face->units_per_EM == 0)
        return error("the font has no scalable outlines").at({file, 0, 0});
    font->cff_ = format == "CFF";

    FontMetrics& m = font->metrics_;
    m.units_per_em = face->units_per_EM;
    m.ascender = face->ascender;
    m.descender = face->descender;
    m.bbox[0] = static_cast<int>(face->bbox.xMin);
    m.bbox[1] = static_cast<int>(face->bbox.yMin);
    m.bbox[2] = static_cast<int>(face->bbox.xMax);
    m.bbox[3] = static_cast<int>(face->bbox.yMax);
    m.cap_height = m.ascender * 7 / 10;
    if (auto* os2 = static_cast<TT_OS2*>(FT_Get_Sfnt_Table(face.get(), FT_SFNT_OS2));
        os2 && os2->version >= 2 && os2->sCapHeight > 0)
        m.cap_height = os2->sCapHeight;
    if (auto* os2 = static_cast<TT_OS2*>(FT_Get_Sfnt_Table(face.get(), FT_SFNT_OS2)); os2 && os2->usWeightClass > 0)
        m.weight_class = os2->usWeightClass;
    if (auto* post = static_cast<TT_Postscript*>(FT_Get_Sfnt_Table(face.get(), FT_SFNT_POST)))
        m.italic_angle = static_cast<double>(post->italicAngle) / 65536.0;
    m.fixed_pitch = FT_IS_FIXED_WIDTH(face.get());
    m.italic = (face->style_flags & FT_STYLE_FLAG_ITALIC) != 0;
    m.bold = (face->style_flags & FT_STYLE_FLAG_BOLD) != 0;
    if (const char* ps = FT_Get_Postscript_Name(face.get())) font->postscript_name_ = ps;
    if (font->postscript_name_.empty()) font->postscript_name_ = path.stem().string();

    // HarfBuzz gets its own view of the same bytes; the blob does not copy
    // them and the Font outlives the face.
    hb_blob_t* blob = hb_blob_create(font->bytes_.data(), static_cast<unsigned>(font->bytes_.size()),
                                     HB_MEMORY_MODE_READONLY, nullptr, nullptr);
    font->face_.reset(hb_face_create(blob, 0));
    hb_blob_destroy(blob);
    font->font_.reset(hb_font_create(font->face_.get()));
    hb_font_set_scale(font->font_.get(), m.units_per_em, m.units_per_em);
    if (hb_face_get_glyph_count(font->face_.get()) == 0)
        return error("HarfBuzz found no glyphs in the font").at({file, 0, 0});
    if (std::string problem = check_letters(face.get(), font->font_.get()); !problem.empty())
        return error(problem, "replace it with an intact OpenType (.otf) or TrueType (.ttf) text font").at({file, 0, 0});
    return font;
}

bool Font::has_glyph(char32_t codepoint) const {
    hb_codepoint_t glyph = 0;
    return hb_font_get_nominal_glyph(font_.get(), codepoint, &glyph) && glyph != 0;
}

const std::string& Font::digest() const {
    std::call_once(digest_made_, [this] { digest_ = sha256_hex(bytes_); });
    return digest_;
}

}  // namespace heftsatz
