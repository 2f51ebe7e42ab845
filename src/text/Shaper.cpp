#include "text/Shaper.h"

#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <utility>

namespace heftsatz {
namespace {

// The GSUB features that join letters into one glyph and are on by default
// (liga, clig) or may be switched on later (dlig, hlig). The fonts checked
// have their f-ligatures in liga only: Noto Serif ff fi fl ffi ffl, Linux
// Biolinum ff ft, Linux Libertine (Debian's, not in fonts/) ff fi fl ffi ffl
// ft fb fh fj fk; Libertine's dlig has ch ck tz. A font may use any of them.
constexpr hb_tag_t kLigatureFeatures[] = {HB_TAG('l', 'i', 'g', 'a'), HB_TAG('c', 'l', 'i', 'g'),
                                          HB_TAG('d', 'l', 'i', 'g'), HB_TAG('h', 'l', 'i', 'g')};

std::size_t char_length(unsigned char lead) { return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

std::size_t char_before(std::string_view text, std::size_t at) {
    std::size_t i = at - 1;
    while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
    return i;
}

// The script of the text's letters (ICU's UAX #24 values, by their ISO 15924
// code), for HarfBuzz: the first letter that has one decides, as the
// shaped stretches are words; marks, digits and punctuation take it on.
hb_script_t script_of(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        UChar32 c = 0;
        U8_NEXT(text.data(), i, text.size(), c);
        if (c < 0) continue;
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(c, &status);
        if (U_FAILURE(status) || script == USCRIPT_COMMON || script == USCRIPT_INHERITED || script == USCRIPT_UNKNOWN)
            continue;
        return hb_script_from_string(uscript_getShortName(script), -1);
    }
    return HB_SCRIPT_COMMON;
}

// The text a glyph stands for ends where the next larger cluster begins
// (clusters are monotone, and several glyphs may share one).
std::size_t cluster_end(const std::vector<Glyph>& glyphs, std::size_t i, std::size_t text_size) {
    for (std::size_t k = i + 1; k < glyphs.size(); ++k)
        if (glyphs[k].cluster > glyphs[i].cluster) return glyphs[k].cluster;
    return text_size;
}

}  // namespace

std::vector<Glyph> Shaper::shape_once(const Font& font, std::string_view text, Direction direction,
                                     const std::vector<std::pair<std::size_t, std::size_t>>& off) {
    hb_buffer_clear_contents(buffer_.get());
    hb_buffer_add_utf8(buffer_.get(), text.data(), static_cast<int>(text.size()), 0, static_cast<int>(text.size()));
    const bool rtl = direction == Direction::RightToLeft;
    hb_buffer_set_direction(buffer_.get(), rtl ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
    hb_script_t script = script_of(text);
    // Digits and punctuation alone: Latin when left to right, as before
    // scripts were told apart (the German text's own numbers).
    if (script == HB_SCRIPT_COMMON && !rtl) script = HB_SCRIPT_LATIN;
    hb_buffer_set_script(buffer_.get(), script);
    // German's language system only where the text is Latin.
    if (script == HB_SCRIPT_LATIN) hb_buffer_set_language(buffer_.get(), hb_language_from_string("de", -1));
    hb_buffer_set_cluster_level(buffer_.get(), HB_BUFFER_CLUSTER_LEVEL_MONOTONE_CHARACTERS);
    // kern and liga are on by default; named here because the brief promises them.
    std::vector<hb_feature_t> features = {
        {HB_TAG('k', 'e', 'r', 'n'), 1, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END},
        {HB_TAG('l', 'i', 'g', 'a'), 1, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END},
    };
    // A feature range selects glyphs by cluster, and clusters are still the
    // byte offsets given to hb_buffer_add_utf8 when features are applied.
    for (const auto& [start, end] : off)
        for (hb_tag_t tag : kLigatureFeatures)
            features.push_back({tag, 0, static_cast<unsigned>(start), static_cast<unsigned>(end)});
    hb_shape(font.hb_font(), buffer_.get(), features.data(), static_cast<unsigned>(features.size()));

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
    return glyphs;
}

const std::vector<Glyph>& Shaper::shape(const Font& font, std::string_view text,
                                        const std::vector<std::size_t>& no_ligature_at, Direction direction) {
    Key key{&font, std::string(text), {}, direction};
    // Offsets at the ends or inside a character join nothing and are dropped.
    for (std::size_t j : no_ligature_at)
        if (j > 0 && j < text.size() && (static_cast<unsigned char>(text[j]) & 0xC0) != 0x80) key.joints.push_back(j);
    // Compound joints are German's; the reshaping below reads clusters in
    // ascending order, which right-to-left glyphs are not.
    if (direction == Direction::RightToLeft) key.joints.clear();
    if (auto it = cache_.find(key); it != cache_.end()) return it->second;

    // Switching the ligature features off for one character is enough: a
    // ligature lookup matches only glyphs that carry its feature's mask, each
    // component included (HarfBuzz's may_match in hb-ot-layout-gsubgpos.hh;
    // checked: "ffi" with liga off on the middle f gives f f i). Which side
    // of a joint is switched off matters, because it also loses ligatures
    // inside its own part: "Auf|findbarkeit" (ffi from the f before the
    // joint) keeps "fi" only if the f before is switched off, "Griff|länge"
    // (ffl from two letters before) keeps "ff" only if the l after is. So the
    // text is shaped once as it is, and only when a glyph spans a joint is it
    // shaped again, with that glyph's first letter switched off if it is the
    // letter before the joint, the letter after the joint if not.
    std::vector<std::pair<std::size_t, std::size_t>> off;
    std::vector<Glyph> glyphs = shape_once(font, text, direction, off);
    for (int round = 0; round < 2; ++round) {
        bool crossed = false;
        for (std::size_t i = 0; i < glyphs.size(); ++i) {
            const std::size_t begin = glyphs[i].cluster, end = cluster_end(glyphs, i, text.size());
            for (std::size_t joint : key.joints) {
                if (joint <= begin || joint >= end) continue;
                crossed = true;
                const std::size_t before = char_before(text, joint);
                const std::size_t after_end = joint + char_length(static_cast<unsigned char>(text[joint]));
                // A second round means a font joined the letters despite the
                // first choice (another feature); then both sides go off.
                if (round == 0 && begin == before) off.emplace_back(before, joint);
                else if (round == 0) off.emplace_back(joint, after_end);
                else off.insert(off.end(), {{before, joint}, {joint, after_end}});
            }
        }
        if (!crossed) break;
        glyphs = shape_once(font, text, direction, off);
    }
    return cache_.emplace(std::move(key), std::move(glyphs)).first->second;
}

}  // namespace heftsatz
