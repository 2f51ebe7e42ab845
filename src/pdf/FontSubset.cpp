#include "pdf/FontSubset.h"

#include <memory>

namespace heftsatz {
namespace {

struct SubsetInputFree {
    void operator()(hb_subset_input_t* i) const { hb_subset_input_destroy(i); }
};
struct SubsetPlanFree {
    void operator()(hb_subset_plan_t* p) const { hb_subset_plan_destroy(p); }
};
struct BlobFree {
    void operator()(hb_blob_t* b) const { hb_blob_destroy(b); }
};
using SubsetInputPtr = std::unique_ptr<hb_subset_input_t, SubsetInputFree>;
using SubsetPlanPtr = std::unique_ptr<hb_subset_plan_t, SubsetPlanFree>;
using BlobPtr = std::unique_ptr<hb_blob_t, BlobFree>;

std::string subset_tag(const std::set<std::uint32_t>& glyphs, const std::string& name) {
    // FNV-1a over the glyph ids and the name: stable across runs and machines.
    std::uint64_t h = 1469598103934665603ull;
    auto mix = [&](std::uint64_t v) {
        h ^= v;
        h *= 1099511628211ull;
    };
    for (auto g : glyphs) mix(g);
    for (char c : name) mix(static_cast<unsigned char>(c));
    std::string tag;
    for (int i = 0; i < 6; ++i) {
        tag += static_cast<char>('A' + h % 26);
        h /= 26;
    }
    return tag;
}

}  // namespace

FontSubset FontSubset::make(const Font& font, const FontUsage& usage, const FontSubset* within) {
    FontSubset subset;
    subset.base_font_ = subset_tag(usage.glyphs, font.postscript_name()) + "+" + font.postscript_name();

    // What is cut: the font, or the larger subset `within` holds (its glyph
    // ids), if it has every glyph asked for.
    bool cut_within = within && !within->fell_back_ && !within->bytes_.empty();
    for (auto g : usage.glyphs)
        if (cut_within && g != 0 && within->new_glyph(g) == 0) cut_within = false;
    // The very glyphs `within` holds (the issue's own PDFs): it is this subset.
    if (cut_within && within->new_to_old_.size() == usage.glyphs.size() + (usage.glyphs.count(0) ? 0 : 1))
        return *within;
    auto source_glyph = [&](std::uint32_t g) { return cut_within ? within->new_glyph(g) : g; };
    HbFacePtr within_face;
    if (cut_within) {
        // The blob borrows the bytes `within` keeps for the face's lifetime.
        BlobPtr blob(hb_blob_create(within->bytes_.data(), static_cast<unsigned>(within->bytes_.size()),
                                    HB_MEMORY_MODE_READONLY, nullptr, nullptr));
        within_face.reset(hb_face_create(blob.get(), 0));
    }
    hb_face_t* source = cut_within ? within_face.get() : font.hb_face();

    SubsetInputPtr input(hb_subset_input_create_or_fail());
    SubsetPlanPtr plan;
    if (input) {
        hb_set_t* glyphs = hb_subset_input_glyph_set(input.get());
        hb_set_add(glyphs, 0);  // .notdef stays glyph 0
        for (auto g : usage.glyphs) hb_set_add(glyphs, source_glyph(g));
        hb_subset_input_set_flags(input.get(),
                                  HB_SUBSET_FLAGS_NO_HINTING | HB_SUBSET_FLAGS_NOTDEF_OUTLINE);
        // HarfBuzz 6.0 has no flag to skip layout closure: without the layout
        // tables, unused ligature glyphs are not pulled in. Shaping is done;
        // the PDF needs outlines and metrics only.
        hb_set_t* drop = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
        for (hb_tag_t tag : {HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'),
                             HB_TAG('G', 'D', 'E', 'F'), HB_TAG('k', 'e', 'r', 'n'),
                             HB_TAG('B', 'A', 'S', 'E'), HB_TAG('J', 'S', 'T', 'F'),
                             HB_TAG('D', 'S', 'I', 'G'), HB_TAG('h', 'd', 'm', 'x'),
                             HB_TAG('V', 'D', 'M', 'X'), HB_TAG('L', 'T', 'S', 'H')})
            hb_set_add(drop, tag);
        plan.reset(hb_subset_plan_create_or_fail(source, input.get()));
    }
    if (plan) {
        const hb_map_t* mapping = hb_subset_plan_old_to_new_glyph_mapping(plan.get());
        hb_face_t* result = hb_subset_plan_execute_or_fail(plan.get());
        if (result) {
            BlobPtr blob(hb_face_reference_blob(result));
            unsigned length = 0;
            const char* data = hb_blob_get_data(blob.get(), &length);
            subset.bytes_.assign(data, length);
            hb_face_destroy(result);
            for (auto g : usage.glyphs) {
                hb_codepoint_t n = hb_map_get(mapping, source_glyph(g));
                if (n == HB_MAP_VALUE_INVALID) {
                    subset.bytes_.clear();
                    break;
                }
                subset.new_to_old_[n] = g;
            }
        }
    }
    if (subset.bytes_.empty() && cut_within) return make(font, usage);  // the whole font, then
    if (subset.bytes_.empty()) {
        // Failure degrades: embed the whole font, glyph ids unchanged.
        subset.fell_back_ = true;
        subset.bytes_ = font.bytes();
        subset.new_to_old_.clear();
        for (auto g : usage.glyphs) subset.new_to_old_[g] = g;
        subset.base_font_ = font.postscript_name();
    }
    subset.new_to_old_.emplace(0, 0);
    // Looked up for every glyph painted: a table, not a tree.
    subset.old_to_new_.assign(usage.glyphs.empty() ? 1 : *usage.glyphs.rbegin() + 1, 0);
    for (const auto& [n, o] : subset.new_to_old_) subset.old_to_new_[o] = n;
    return subset;
}

std::uint32_t FontSubset::new_glyph(std::uint32_t old_glyph) const {
    return old_glyph < old_to_new_.size() ? old_to_new_[old_glyph] : 0;
}

}  // namespace heftsatz
