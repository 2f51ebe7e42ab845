#include "text/Shaper.h"

namespace heftsatz {

const std::vector<Glyph>& Shaper::shape(const Font& font, std::string_view text) {
    Key key{&font, std::string(text)};
    if (auto it = cache_.find(key); it != cache_.end()) return it->second;

    hb_buffer_clear_contents(buffer_.get());
    hb_buffer_add_utf8(buffer_.get(), text.data(), static_cast<int>(text.size()), 0,
                       static_cast<int>(text.size()));
    hb_buffer_set_direction(buffer_.get(), HB_DIRECTION_LTR);
    hb_buffer_set_script(buffer_.get(), HB_SCRIPT_LATIN);
    hb_buffer_set_language(buffer_.get(), hb_language_from_string("de", -1));
    hb_buffer_set_cluster_level(buffer_.get(), HB_BUFFER_CLUSTER_LEVEL_MONOTONE_CHARACTERS);
    // kern and liga are on by default; named here because the brief promises them.
    const hb_feature_t features[] = {
        {HB_TAG('k', 'e', 'r', 'n'), 1, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END},
        {HB_TAG('l', 'i', 'g', 'a'), 1, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END},
    };
    hb_shape(font.hb_font(), buffer_.get(), features, 2);

    unsigned count = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer_.get(), &count);
    const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer_.get(), &count);
    std::vector<Glyph> glyphs(count);
    for (unsigned i = 0; i < count; ++i) {
        glyphs[i] = Glyph{info[i].codepoint,
                          info[i].cluster,
                          pos[i].x_advance,
                          pos[i].x_offset,
                          pos[i].y_offset,
                          (hb_glyph_info_get_glyph_flags(&info[i]) & HB_GLYPH_FLAG_UNSAFE_TO_BREAK) != 0};
    }
    return cache_.emplace(std::move(key), std::move(glyphs)).first->second;
}

}  // namespace heftsatz
