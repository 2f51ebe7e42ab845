// The PDF stage's public header: pages of frame items in, a PDF file out.
#pragma once

#include "base/Diagnostic.h"
#include "base/OutputFile.h"
#include "base/Result.h"
#include "layout/Frame.h"
#include "pdf/FontSubset.h"
#include "pdf/PdfCaches.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace heftsatz {

struct PdfSummary {
    std::uintmax_t bytes = 0;
    int pages = 0;
};

// What a PDF of the issue is for (docs/output-profiles.md). All three are
// tagged, with links, bookmarks, page labels and XMP metadata.
enum class PdfProfile {
    Reader,   // the download: PDF/UA-1, small, linearized for the web
    Archive,  // PDF/A-2a and PDF/UA-1: an sRGB output intent, kept for decades
    Print,    // PDF/X-4: trim and bleed boxes, a FOGRA39 output intent
};

// "reader", "archive", "print".
const char* profile_name(PdfProfile profile);
std::optional<PdfProfile> profile_named(std::string_view name);

using FontSubsets = std::map<const Font*, FontSubset>;

struct PdfOptions {
    PdfProfile profile = PdfProfile::Reader;
    // Threads that paint and compress pages in parallel (0: one per core);
    // the bytes are the same for any number.
    unsigned threads = 0;
    // The reader profile's photos are stored at 150 ppi with this quality.
    int jpeg_quality = 85;
    // What earlier PDFs of this run made, if given (pdf/PdfCaches.h); the
    // bytes are the same with or without it.
    PdfCaches* caches = nullptr;
    // Linearized ("fast web view"): a viewer shows the first page before the
    // rest of a large download has arrived. The reader profile only; the
    // others are not downloaded page by page and are never linearized.
    bool linearize = true;
    // Each font's subset made beforehand (font_subsets of this document or
    // of a larger one it is part of, the archive's offprints): taken as it is
    // for the same glyphs, else cut from it, which is faster than from the
    // font. The bytes are the same without.
    const FontSubsets* subsets_within = nullptr;
};

// The subset of each font `doc` uses, as its PDF embeds them.
FontSubsets font_subsets(const Document& doc);

// Renders `doc` to PDF bytes: PoDoFo builds the objects; qpdf writes a
// linearized file, pdf/ObjectStreamFile.h any other; both with object
// streams and a content-derived /ID, so equal input gives byte-identical
// files.
Result<std::string> render_pdf(const Document& doc, Diagnostics& diagnostics, const PdfOptions& options);
// The same bytes from a document no longer needed after: its pages are let
// go once PoDoFo holds them, so qpdf's linearization, a build's peak of
// memory, runs without them (the pages are a third of that peak).
Result<std::string> render_pdf(Document&& doc, Diagnostics& diagnostics, const PdfOptions& options);

// Renders `doc` into `output` (a temporary file beside the target, made
// before the layout so a folder that cannot be written is reported first)
// and renames it into place: a failed build never leaves a partial file or
// touches an existing one.
Result<PdfSummary> write_pdf(const Document& doc, OutputFile& output, Diagnostics& diagnostics,
                             const PdfOptions& options);

}  // namespace heftsatz
