// The PDF stage's public header: pages of frame items in, a PDF file out.
#pragma once

#include "base/Diagnostic.h"
#include "base/OutputFile.h"
#include "base/Result.h"
#include "layout/Frame.h"

#include <filesystem>
#include <string>

namespace heftsatz {

struct PdfSummary {
    std::uintmax_t bytes = 0;
    int pages = 0;
};

// Renders `doc` to PDF bytes: PoDoFo builds the objects, qpdf writes them
// with object streams, linearization and a content-derived /ID, so equal
// input gives byte-identical files.
// `threads` paint and compress pages in parallel (0: one per core); the
// bytes are the same for any number.
Result<std::string> render_pdf(const Document& doc, Diagnostics& diagnostics, unsigned threads = 0);

// Renders `doc` into `output` (a temporary file beside the target, made
// before the layout so a folder that cannot be written is reported first)
// and renames it into place: a failed build never leaves a partial file or
// touches an existing one.
Result<PdfSummary> write_pdf(const Document& doc, OutputFile& output, Diagnostics& diagnostics,
                             unsigned threads = 0);

}  // namespace heftsatz
