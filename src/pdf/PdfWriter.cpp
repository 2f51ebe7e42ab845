// Builds the PDF with PoDoFo and writes the file: linearized through qpdf,
// else with our own object streams.
//
// PoDoFo 0.9.8 cannot write object streams, its xref streams are off by one
// and its /ID is not derived from the content. The reader PDF, linearized
// ("fast web view" for readers who download the issue), goes through qpdf
// (libqpdf), which parses PoDoFo's file and writes it with object streams,
// the linearization's hint tables and a deterministic /ID. Every other PDF
// is written from PoDoFo's objects directly (pdf/ObjectStreamFile.h).
#include "base/Parallel.h"
#include "base/Sha256.h"
#include "base/UtcTime.h"
#include "pdf/ContentStream.h"
#include "pdf/Deflate.h"
#include "pdf/EmbeddedFont.h"
#include "pdf/GlyphText.h"
#include "pdf/ObjectStreamFile.h"
#include "pdf/Outline.h"
#include "pdf/OutputIntent.h"
#include "pdf/Pdf.h"
#include "pdf/PdfValues.h"
#include "pdf/StructureTree.h"
#include "pdf/XmpMetadata.h"

#include <podofo/podofo.h>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

#include <ctime>
#include <new>
#include <stdexcept>

#ifndef HEFTSATZ_VERSION
#define HEFTSATZ_VERSION "0"
#endif

using namespace PoDoFo;

namespace heftsatz {
namespace {

std::string pdf_date(long long epoch) { return utc_time(epoch, "D:%Y%m%d%H%M%SZ"); }

// Glyph usage per font, in order of first use (so resource names are stable).
std::vector<std::pair<const Font*, FontUsage>> collect_usage(const Document& doc) {
    std::vector<std::pair<const Font*, FontUsage>> usage;
    std::map<const Font*, std::size_t> index;
    // By font and glyph id, what is known of the glyph, so that the set and
    // the map are touched once per glyph, not once per use.
    enum Known : std::uint8_t { kSeen = 1, kMapped = 2, kMappedToHyphen = 4 };
    std::vector<std::vector<std::uint8_t>> seen;
    for (const Page& page : doc.pages)
        for (const FrameItem& item : page.items) {
            const auto* run = std::get_if<GlyphRun>(&item);
            if (!run || !run->font) continue;
            auto [it, added] = index.emplace(run->font, usage.size());
            if (added) {
                usage.emplace_back(run->font, FontUsage{});
                seen.emplace_back(hb_face_get_glyph_count(run->font->hb_face()), 0);
            }
            FontUsage& u = usage[it->second].second;
            std::vector<std::uint8_t>& known = seen[it->second];
            const std::vector<std::string> texts = glyph_texts(*run);
            for (std::size_t i = 0; i < run->glyphs.size(); ++i) {
                const std::uint32_t id = run->glyphs[i].id;
                if (id >= known.size()) known.resize(id + 1, 0);
                if (!(known[id] & kSeen)) {
                    known[id] |= kSeen;
                    u.glyphs.insert(id);
                }
                // .notdef stands for every character a font lacks, so no one
                // text is right for it: each use gets its own /ActualText
                // (ContentStream.cpp), and the CMap leaves it out. Any other
                // glyph maps to the text of its first use; a later use with
                // other text gets an /ActualText too. A real hyphen at a
                // line's end (U+2010, LinePainter) is never the map's text
                // when the glyph has another: the hyphen glyph maps to
                // U+002D, which text extraction joins at a line's end as it
                // should for inserted hyphens, and U+2010 keeps its own span.
                if (id == 0 || texts[i].empty()) continue;
                const bool hyphen = texts[i] == kLineEndHyphen;
                if (!(known[id] & kMapped) || ((known[id] & kMappedToHyphen) && !hyphen)) {
                    u.text[id] = texts[i];
                    known[id] = static_cast<std::uint8_t>(kSeen | kMapped | (hyphen ? kMappedToHyphen : 0));
                }
            }
        }
    return usage;
}

// A painted page's content stream, deflated, or as an earlier PDF of the run
// deflated the same bytes.
std::shared_ptr<const std::string> compressed(const std::string& painted, PdfCaches* caches) {
    if (!caches) return std::make_shared<const std::string>(deflate(painted));
    Sha256 digest;
    digest.add(painted);
    const std::string key = digest.hex();
    if (auto kept = caches->streams.find(key)) return kept;
    auto made = std::make_shared<const std::string>(deflate(painted));
    caches->streams.add(key, made);
    return made;
}

// A link annotation: to its web address, or (link.page) to the top of that
// page of the document, at the zoom the reader has.
PdfObject* add_link(PdfMemDocument& pdf, PdfObject* page, const Link& link, Pt page_height,
                    const std::vector<PdfReference>& page_refs, const std::vector<Pt>& heights) {
    // Built by hand: PoDoFo's annotations stamp /M with the clock.
    PdfObject* annot = pdf.GetObjects().CreateObject("Annot");
    PdfDictionary& d = annot->GetDictionary();
    d.AddKey("Subtype", PdfName("Link"));
    PdfArray rect;
    rect.push_back(PdfObject(link.x));
    rect.push_back(PdfObject(page_height - link.y - link.height));
    rect.push_back(PdfObject(link.x + link.width));
    rect.push_back(PdfObject(page_height - link.y));
    d.AddKey("Rect", rect);
    PdfArray border;
    for (int i = 0; i < 3; ++i) border.push_back(PdfObject(static_cast<pdf_int64>(0)));
    d.AddKey("Border", border);
    // Printed with the page (PDF/A asks every annotation to be), and said
    // by screen readers: where the link leads (PDF/UA asks for /Contents).
    d.AddKey("F", PdfVariant(static_cast<pdf_int64>(4)));
    const std::string mail = "mailto:";
    d.AddKey("Contents", utf8(link.page > 0                        ? "Seite " + std::to_string(link.page)
                              : link.uri.rfind(mail, 0) == 0       ? "E-Mail an " + link.uri.substr(mail.size())
                                                                   : link.uri));
    if (link.page > 0) {
        const auto k = static_cast<std::size_t>(link.page - 1);
        PdfArray dest;
        dest.push_back(page_refs.at(k));
        dest.push_back(PdfName("XYZ"));
        dest.push_back(PdfVariant::NullValue);
        dest.push_back(PdfObject(heights.at(k)));
        dest.push_back(PdfVariant::NullValue);
        d.AddKey("Dest", dest);
    } else {
        PdfDictionary action;
        action.AddKey("S", PdfName("URI"));
        action.AddKey("URI", PdfString(link.uri));
        d.AddKey("A", action);
    }
    d.AddKey("P", page->Reference());
    PdfDictionary& pd = page->GetDictionary();
    if (!pd.HasKey("Annots")) pd.AddKey("Annots", PdfArray());
    pd.GetKey("Annots")->GetArray().push_back(annot->Reference());
    return annot;
}

// The page label number tree (ISO 32000-1, 12.4.2): a range per run of
// folios counting up, and one per named page ("U1").
PdfDictionary page_labels(const std::vector<std::string>& labels) {
    PdfArray nums;
    long next = -1;  // the folio that continues the current range
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const std::string& label = labels[i];
        const bool folio = !label.empty() && label.size() < 9 &&
                           std::all_of(label.begin(), label.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (folio && std::stol(label) == next) {
            ++next;
            continue;
        }
        PdfDictionary range;
        if (folio) {
            range.AddKey("S", PdfName("D"));
            range.AddKey("St", PdfVariant(static_cast<pdf_int64>(std::stol(label))));
            next = std::stol(label) + 1;
        } else {
            range.AddKey("P", PdfString(utf8(label)));
            next = -1;
        }
        nums.push_back(PdfVariant(static_cast<pdf_int64>(i)));
        nums.push_back(range);
    }
    PdfDictionary tree;
    tree.AddKey("Nums", nums);
    return tree;
}

// Each page's resources name only the fonts and images it paints, so a
// viewer, and the first page of a linearized file, needs no more than those.
// Pages that paint with the same share one dictionary.
class PageResources {
public:
    PageResources(PdfMemDocument& pdf, const FontTable& fonts, const ImageTable& images, const PdfDictionary& common)
        : pdf_(pdf), fonts_(fonts), images_(images), common_(common) {}

    PdfReference of(const Page& page) {
        std::map<std::string, PdfReference> used_fonts, used_images;  // by resource name
        for (const FrameItem& item : page.items) {
            if (const auto* run = std::get_if<GlyphRun>(&item)) {
                if (auto it = fonts_.find(run->font); it != fonts_.end())
                    used_fonts.emplace(it->second.resource, it->second.reference);
            } else if (const auto* image = std::get_if<Image>(&item)) {
                if (auto it = images_.find(image->file); it != images_.end())
                    used_images.emplace(it->second.resource, it->second.reference);
            }
        }
        std::string key;
        for (const auto* used : {&used_fonts, &used_images})
            for (const auto& [name, ref] : *used) key += name + " ";
        if (auto it = made_.find(key); it != made_.end()) return it->second;
        PdfObject* resources = pdf_.GetObjects().CreateObject(common_);
        auto add = [&](const char* kind, const std::map<std::string, PdfReference>& used) {
            if (used.empty()) return;
            PdfDictionary names;
            for (const auto& [name, ref] : used) names.AddKey(PdfName(name), ref);
            resources->GetDictionary().AddKey(kind, names);
        };
        add("Font", used_fonts);
        add("XObject", used_images);
        return made_.emplace(key, resources->Reference()).first->second;
    }

private:
    PdfMemDocument& pdf_;
    const FontTable& fonts_;
    const ImageTable& images_;
    const PdfDictionary& common_;
    std::map<std::string, PdfReference> made_;  // by the names they hold
};

// Pixels per inch: what a screen shows of a page at twice its size (the
// reader's photos are stored at this), and what offset print needs at the
// least (twice the 60 lines per centimetre screen, with some reserve below
// the 300 printers ask for).
constexpr double kScreenPpi = 150;
constexpr double kPrintPpi = 250;

PdfArray box(double x0, double y0, double x1, double y1) {
    PdfArray a;
    for (double v : {x0, y0, x1, y1}) a.push_back(PdfObject(v));
    return a;
}

// Whether the file is linearized: the reader profile, the download, unless
// told not to; the archive keeps its PDF/A and the press takes the print PDF
// whole, so neither gains from showing page 1 early.
bool linearized(const PdfOptions& options) { return options.linearize && options.profile == PdfProfile::Reader; }

// What a painted page no longer needs when its document is given up: its
// runs' glyphs and text, most of a laid-out page's memory. The items stay,
// with their fonts, tags and links, for the page's resources, links and
// structure tree.
void let_glyphs_go(Page& page) {
    for (FrameItem& item : page.items)
        if (auto* run = std::get_if<GlyphRun>(&item)) {
            std::vector<PositionedGlyph>().swap(run->glyphs);
            std::string().swap(run->text);
        }
}

// `let_go`, if given, is `doc`, whose pages' glyphs are let go as they are
// painted.
void build_with_podofo(PdfMemDocument& pdf, const Document& doc, Diagnostics& diagnostics, const PdfOptions& options,
                       Document* let_go) {
    const unsigned threads = options.threads;
    const bool print = options.profile == PdfProfile::Print;
    // The print profile's bleed and crop marks, as the layout gives them.
    const PrintArea area = print ? doc.print : PrintArea{};
    const Pt bleed = area.bleed, media = crop_marks_reach(area);
    // PoDoFo prints its debug and log messages (e.g. "Fixing references" when
    // importing an ad's page) to the console unless told not to; only the
    // CLI prints here.
    PdfError::EnableDebug(false);
    PdfError::EnableLogging(false);
    pdf.SetPdfVersion(ePdfVersion_1_7);

    // Plan, then execute: fonts are subset first, so glyph ids are final
    // before any content stream is written.
    FontTable fonts;
    int number = 0;
    for (auto& [font, usage] : collect_usage(doc)) {
        const FontSubset* within = nullptr;
        if (options.subsets_within)
            if (auto it = options.subsets_within->find(font); it != options.subsets_within->end()) within = &it->second;
        EmbeddedFont embedded =
            embed_font(pdf, *font, prepare_font(*font, usage, within, options.caches ? &options.caches->fonts : nullptr),
                       "F" + std::to_string(++number));
        if (embedded.subset().fell_back())
            diagnostics.add(warning("could not subset the font; it is embedded whole",
                                    "the PDF is larger but correct")
                                .at({font->path().string(), 0, 0}));
        fonts.emplace(font, std::move(embedded));
    }
    // The reader's photos at screen resolution; print warns of images that
    // would print soft; the archive keeps every image as it came.
    ImagePolicy policy;
    if (options.profile == PdfProfile::Reader) {
        policy.screen_ppi = kScreenPpi;
        policy.jpeg_quality = options.jpeg_quality;
    }
    if (print) policy.warn_below_ppi = kPrintPpi;
    if (options.profile == PdfProfile::Archive)
        policy.cmyk_space = [&pdf] {
            // An ad in CMYK means the press's CMYK: FOGRA39, coated offset.
            auto press = fogra39_profile();
            if (!press) throw InputError{press.failure()};
            PdfArray icc_based;
            icc_based.push_back(PdfName("ICCBased"));
            icc_based.push_back(icc_stream(pdf, *press)->Reference());
            return PdfObject(icc_based);
        };
    const ImageTable images =
        embed_images(pdf, doc.pages, policy, diagnostics, threads, options.caches ? &options.caches->images : nullptr,
                     options.caches ? options.caches->files : nullptr);
    // What every page's resources hold besides its fonts and images (no
    // /ProcSet: obsolete since PDF 1.4, ignored by readers, and one more
    // array in each page's resources).
    PdfDictionary common_resources;
    // The colours of the profiles: the archive says its RGB is sRGB (an
    // output intent); print gives the press's condition as the intent and
    // marks the RGB as sRGB, to be converted at the press (PDF/X-4 allows
    // ICC-based RGB, not bare DeviceRGB, under a CMYK intent).
    if (options.profile != PdfProfile::Reader) {
        auto srgb = srgb_profile();
        if (!srgb) throw InputError{srgb.failure()};
        PdfObject* srgb_stream = icc_stream(pdf, *srgb);
        if (print) {
            auto press = fogra39_profile();
            if (!press) throw InputError{press.failure()};
            add_output_intent(pdf, "GTS_PDFX", *press, icc_stream(pdf, *press));
            PdfArray icc_based;
            icc_based.push_back(PdfName("ICCBased"));
            icc_based.push_back(srgb_stream->Reference());
            PdfDictionary spaces;
            spaces.AddKey("DefaultRGB", icc_based);
            common_resources.AddKey("ColorSpace", spaces);
        } else {
            add_output_intent(pdf, "GTS_PDFA1", *srgb, srgb_stream);
        }
    }

    // Content streams are painted and compressed in parallel (the fonts
    // table is only read); PoDoFo then takes them as raw Flate data.
    std::vector<std::shared_ptr<const std::string>> contents(doc.pages.size());
    parallel_for(
        doc.pages.size(), threads, [] { return 0; },
        [&](int, std::size_t i) {
            contents[i] = compressed(paint_content(doc.pages[i], fonts, images, area), options.caches);
            if (let_go) let_glyphs_go(let_go->pages[i]);
        });

    PageResources page_resources(pdf, fonts, images, common_resources);
    std::vector<PdfReference> page_refs;
    std::vector<Pt> heights;
    for (std::size_t i = 0; i < doc.pages.size(); ++i) {
        const Page& page = doc.pages[i];
        // CreatePage's pointer dies with the next CreatePage (PoDoFo 0.9.8
        // page cache): each page is finished before the next is made.
        PdfPage* pdf_page = pdf.CreatePage(PdfRect(0, 0, page.width, page.height));
        PdfObject* object = pdf_page->GetObject();
        object->GetDictionary().AddKey("Resources", page_resources.of(page));
        if (print) {
            // The trimmed page inside the media, the bleed around it.
            object->GetDictionary().AddKey("MediaBox", box(-media, -media, page.width + media, page.height + media));
            object->GetDictionary().AddKey("BleedBox", box(-bleed, -bleed, page.width + bleed, page.height + bleed));
            object->GetDictionary().AddKey("TrimBox", box(0, 0, page.width, page.height));
        }
        PdfObject* content = pdf_page->GetContents();
        set_flate_stream(*content, *contents[i]);
        contents[i].reset();
        page_refs.push_back(object->Reference());
        heights.push_back(page.height);
    }
    // Links once every page exists: a link may lead to a later page.
    std::vector<std::vector<WrittenLink>> links(doc.pages.size());
    for (std::size_t i = 0; i < doc.pages.size(); ++i) {
        PdfObject* object = pdf.GetObjects().GetObject(page_refs[i]);
        const std::vector<FrameItem>& items = doc.pages[i].items;
        for (std::size_t k = 0; k < items.size(); ++k)
            if (const auto* link = std::get_if<Link>(&items[k]);
                link && (link->page == 0 || link->page <= static_cast<int>(page_refs.size())))
                links[i].push_back({k, add_link(pdf, object, *link, doc.pages[i].height, page_refs, heights)});
    }
    add_outline(pdf, doc.bookmarks, page_refs, heights);
    add_structure_tree(pdf, doc, page_refs, links);

    PdfDictionary& catalog = pdf.GetCatalog()->GetDictionary();
    if (!doc.info.lang.empty()) catalog.AddKey("Lang", PdfString(doc.info.lang));
    if (!doc.page_labels.empty()) catalog.AddKey("PageLabels", page_labels(doc.page_labels));
    PdfDictionary viewer;
    viewer.AddKey("DisplayDocTitle", PdfVariant(true));
    catalog.AddKey("ViewerPreferences", viewer);

    PdfInfo* info = pdf.GetInfo();
    info->SetTitle(utf8(doc.info.title));
    info->SetAuthor(utf8(doc.info.author));
    info->SetSubject(utf8(doc.info.subject));
    info->SetKeywords(utf8(doc.info.keywords));
    const std::string creator = std::string("heftsatz ") + HEFTSATZ_VERSION;
    const std::string producer = creator + (linearized(options) ? " (PoDoFo 0.9.8, qpdf)" : " (PoDoFo 0.9.8)");
    info->SetCreator(utf8(creator));
    info->SetProducer(utf8(producer));
    XmpClaims claims;
    claims.pdfua = true;  // every profile is tagged alike
    if (options.profile == PdfProfile::Archive) {
        claims.pdfa_part = 2;
        claims.pdfa_conformance = "A";
    }
    if (print) {
        claims.pdfx = "PDF/X-4";
        claims.untrapped = true;
        info->GetObject()->GetDictionary().AddKey("GTS_PDFXVersion", PdfString("PDF/X-4"));
        info->GetObject()->GetDictionary().AddKey("Trapped", PdfName("False"));
    }
    // The same in XMP, uncompressed, where archive software reads it.
    const std::string xmp = xmp_packet(doc.info, creator, producer, claims);
    PdfObject* metadata = pdf.GetObjects().CreateObject("Metadata");
    metadata->GetDictionary().AddKey("Subtype", PdfName("XML"));
    PdfMemoryInputStream xmp_data(xmp.data(), static_cast<pdf_long>(xmp.size()));
    metadata->GetStream()->SetRawData(&xmp_data, static_cast<pdf_long>(xmp.size()));
    catalog.AddKey("Metadata", metadata->Reference());
    // PdfInfo stamps the clock; the manifest's date replaces it.
    const std::string date = pdf_date(doc.info.epoch);
    info->GetObject()->GetDictionary().AddKey("CreationDate", PdfString(date));
    info->GetObject()->GetDictionary().AddKey("ModDate", PdfString(date));
}

std::string podofo_file(PdfMemDocument& pdf) {
    PdfRefCountedBuffer buffer;
    PdfOutputDevice device(&buffer);
    pdf.Write(&device);
    return std::string(buffer.GetBuffer(), device.GetLength());
}

std::string linearized_with_qpdf(const std::string& podofo_bytes) {
    QPDF qpdf;
    qpdf.setSuppressWarnings(true);
    qpdf.processMemoryFile("heftsatz", podofo_bytes.data(), podofo_bytes.size());
    QPDFWriter writer(qpdf);
    writer.setOutputMemory();
    writer.setDeterministicID(true);
    writer.setObjectStreamMode(qpdf_o_generate);
    writer.setCompressStreams(true);
    writer.setLinearization(true);
    writer.write();
    std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
    return std::string(reinterpret_cast<const char*>(out->getBuffer()), out->getSize());
}

// Not a bug in heftsatz (exit 3 all the same): a memory limit, ulimit -v or
// a container's.
Diagnostic out_of_memory() {
    Diagnostic d = internal_error("out of memory while making the PDF");
    d.hint = "run with fewer threads (-j 1) or allow more memory; nothing was written";
    return d;
}

}  // namespace

const char* profile_name(PdfProfile profile) {
    switch (profile) {
        case PdfProfile::Archive: return "archive";
        case PdfProfile::Print: return "print";
        case PdfProfile::Reader: break;
    }
    return "reader";
}

std::optional<PdfProfile> profile_named(std::string_view name) {
    for (PdfProfile p : {PdfProfile::Reader, PdfProfile::Archive, PdfProfile::Print})
        if (name == profile_name(p)) return p;
    return std::nullopt;
}

FontSubsets font_subsets(const Document& doc) {
    FontSubsets out;
    for (const auto& [font, usage] : collect_usage(doc)) out.emplace(font, FontSubset::make(*font, usage));
    return out;
}

namespace {

// `let_go`, if given, is `doc`, emptied once PoDoFo holds its pages.
Result<std::string> render(const Document& doc, Diagnostics& diagnostics, const PdfOptions& options,
                           Document* let_go) {
    // PoDoFo and qpdf report failures by exception; they stop here.
    try {
        std::string podofo_bytes;
        {
            PdfMemDocument pdf;
            build_with_podofo(pdf, doc, diagnostics, options, let_go);
            if (let_go) *let_go = Document{};  // `doc` is empty from here on
            if (!linearized(options)) return object_stream_file(pdf);
            podofo_bytes = podofo_file(pdf);
        }  // PoDoFo's objects are let go before qpdf makes its own of them
        return linearized_with_qpdf(podofo_bytes);
    } catch (const InputError& e) {
        return e.diagnostic;  // an embedded file that does not read: its path, exit 2
    } catch (const PdfError& e) {
        if (e.GetError() == ePdfError_OutOfMemory) return out_of_memory();
        return internal_error(std::string("PDF generation failed (PoDoFo): ") + PdfError::ErrorName(e.GetError()));
    } catch (const std::bad_alloc&) {
        return out_of_memory();
    } catch (const std::exception& e) {
        return internal_error(std::string("PDF generation failed: ") + e.what());
    }
}

}  // namespace

Result<std::string> render_pdf(const Document& doc, Diagnostics& diagnostics, const PdfOptions& options) {
    return render(doc, diagnostics, options, nullptr);
}

Result<std::string> render_pdf(Document&& doc, Diagnostics& diagnostics, const PdfOptions& options) {
    return render(doc, diagnostics, options, &doc);
}

Result<PdfSummary> write_pdf(const Document& doc, OutputFile& output, Diagnostics& diagnostics,
                             const PdfOptions& options) {
    auto bytes = render_pdf(doc, diagnostics, options);
    if (!bytes) return bytes.failure();
    if (auto written = output.write(*bytes); !written) return written.failure();
    auto committed = output.commit();
    if (!committed) return committed.failure();
    return PdfSummary{*committed, static_cast<int>(doc.pages.size())};
}

}  // namespace heftsatz
