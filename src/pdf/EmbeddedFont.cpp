#include "pdf/EmbeddedFont.h"

#include "base/Sha256.h"
#include "pdf/Deflate.h"
#include "pdf/PdfValues.h"
#include "pdf/ToUnicode.h"

#include <cmath>

using namespace PoDoFo;

namespace heftsatz {
namespace {

PdfObject number(double v) { return PdfObject(static_cast<double>(v)); }

// PDF 32000-1 §9.8.2 flags: Nonsymbolic (bit 6), Italic (bit 7), FixedPitch (bit 1).
pdf_int64 descriptor_flags(const FontMetrics& m) {
    pdf_int64 flags = 32;
    if (m.fixed_pitch) flags |= 1;
    if (m.italic || m.italic_angle != 0) flags |= 64;
    return flags;
}

// A length in font units in the PDF's glyph space, 1/1000 em, rounded.
double per_mille(const Font& font, double units) { return std::round(units * (1000.0 / font.metrics().units_per_em)); }

}  // namespace

std::shared_ptr<const PreparedFont> prepare_font(const Font& font, const FontUsage& usage, const FontSubset* within,
                                                 PreparedFontCache* cache) {
    std::string key;
    if (cache) {
        // The font's bytes and the glyphs with their texts: all the result
        // is made from (`within` changes only how fast).
        Sha256 digest;
        digest.add(font.digest());
        for (std::uint32_t glyph : usage.glyphs) digest.add(std::to_string(glyph) + ",");
        for (const auto& [glyph, text] : usage.text)
            digest.add(std::to_string(glyph) + ":" + std::to_string(text.size()) + ":" + text);
        key = digest.hex();
        if (auto kept = cache->find(key)) return kept;
    }
    PreparedFont prepared{FontSubset::make(font, usage, within), {}, {}, {}, {}};
    const FontSubset& subset = prepared.subset;
    const std::uint32_t glyphs = subset.new_to_old().empty() ? 0 : subset.new_to_old().rbegin()->first + 1;
    prepared.widths.assign(glyphs, 0);
    prepared.unicode.assign(glyphs, std::string());
    for (const auto& [new_id, old_id] : subset.new_to_old())
        prepared.widths[new_id] = static_cast<int>(per_mille(font, hb_font_get_glyph_h_advance(font.hb_font(), old_id)));
    for (const auto& [old_id, text] : usage.text) prepared.unicode[subset.new_glyph(old_id)] = text;
    prepared.program = deflate(subset.bytes());
    prepared.cmap = deflate(to_unicode_cmap(prepared.unicode));
    auto made = std::make_shared<const PreparedFont>(std::move(prepared));
    if (cache) cache->add(key, made);
    return made;
}

EmbeddedFont embed_font(PdfMemDocument& doc, const Font& font, std::shared_ptr<const PreparedFont> prepared,
                        std::string resource) {
    EmbeddedFont embedded{std::move(resource), std::move(prepared), {}};
    const FontSubset& subset = embedded.subset();
    const FontMetrics& m = font.metrics();
    auto scaled = [&](double v) { return per_mille(font, v); };

    PdfVecObjects* objects = &doc.GetObjects();

    // The font program. FontFile2 needs /Length1, the uncompressed length.
    PdfObject* file = objects->CreateObject();
    set_flate_stream(*file, embedded.prepared->program);
    if (font.is_cff())
        file->GetDictionary().AddKey("Subtype", PdfName("OpenType"));
    else
        file->GetDictionary().AddKey("Length1", integer(static_cast<long long>(subset.bytes().size())));

    PdfObject* descriptor = objects->CreateObject("FontDescriptor");
    PdfDictionary& d = descriptor->GetDictionary();
    d.AddKey("FontName", PdfName(subset.base_font()));
    d.AddKey("Flags", PdfObject(descriptor_flags(m)));
    PdfArray bbox;
    for (int v : m.bbox) bbox.push_back(number(scaled(v)));
    d.AddKey("FontBBox", bbox);
    d.AddKey("ItalicAngle", number(m.italic_angle));
    d.AddKey("Ascent", number(scaled(m.ascender)));
    d.AddKey("Descent", number(scaled(m.descender)));
    d.AddKey("CapHeight", number(scaled(m.cap_height)));
    // StemV is required but not stored in OpenType; estimated from the
    // weight class as PDF producers commonly do (10 + 220·(w−50)/900).
    d.AddKey("StemV", number(std::round(10 + 220.0 * (m.weight_class - 50) / 900.0)));
    d.AddKey(font.is_cff() ? "FontFile3" : "FontFile2", file->Reference());

    // /W in runs of consecutive glyph ids: [first [w1 w2 ...] ...].
    PdfArray widths;
    std::uint32_t run_start = 0, previous = 0;
    PdfArray run;
    bool open = false;
    for (const auto& [id, old_id] : subset.new_to_old()) {
        const int w = embedded.width(id);
        if (open && id != previous + 1) {
            widths.push_back(integer(run_start));
            widths.push_back(run);
            run.Clear();
            open = false;
        }
        if (!open) {
            run_start = id;
            open = true;
        }
        run.push_back(integer(w));
        previous = id;
    }
    if (open) {
        widths.push_back(integer(run_start));
        widths.push_back(run);
    }

    PdfObject* cid_font = objects->CreateObject("Font");
    PdfDictionary& c = cid_font->GetDictionary();
    c.AddKey("Subtype", PdfName(font.is_cff() ? "CIDFontType0" : "CIDFontType2"));
    c.AddKey("BaseFont", PdfName(subset.base_font()));
    PdfDictionary system_info;
    system_info.AddKey("Registry", PdfString("Adobe"));
    system_info.AddKey("Ordering", PdfString("Identity"));
    system_info.AddKey("Supplement", integer(0));
    c.AddKey("CIDSystemInfo", system_info);
    c.AddKey("FontDescriptor", descriptor->Reference());
    c.AddKey("DW", integer(1000));
    c.AddKey("W", widths);
    if (!font.is_cff()) c.AddKey("CIDToGIDMap", PdfName("Identity"));

    PdfObject* cmap = objects->CreateObject();
    set_flate_stream(*cmap, embedded.prepared->cmap);

    PdfObject* type0 = objects->CreateObject("Font");
    PdfDictionary& t = type0->GetDictionary();
    t.AddKey("Subtype", PdfName("Type0"));
    t.AddKey("BaseFont", PdfName(subset.base_font()));
    t.AddKey("Encoding", PdfName("Identity-H"));
    PdfArray descendants;
    descendants.push_back(cid_font->Reference());
    t.AddKey("DescendantFonts", descendants);
    t.AddKey("ToUnicode", cmap->Reference());
    embedded.reference = type0->Reference();
    return embedded;
}

}  // namespace heftsatz
