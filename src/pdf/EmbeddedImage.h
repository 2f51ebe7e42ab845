// Images and ad pages as PDF XObjects, each read by the probe's own reader
// (manifest/ImageProbe: read_image), so that what is embedded is what was
// checked: JPEG data passed through unchanged (DCTDecode), PNG samples from
// the shared decoder with their soft masks (PngImage), and the first page of
// qpdf's rewrite of an ad PDF imported as a form XObject (vectors and fonts
// kept).
#pragma once

#include "base/Diagnostic.h"
#include "layout/Frame.h"

#include <podofo/podofo.h>

#include <filesystem>
#include <map>
#include <string>

namespace heftsatz {

struct EmbeddedImage {
    std::string resource;  // "Im1", ... in the page resources
    PoDoFo::PdfReference reference;
    bool form = false;     // a PDF page: painted through its own bounding box
    double llx = 0, lly = 0, width = 0, height = 0;  // the form's box, points
};

using ImageTable = std::map<std::filesystem::path, EmbeddedImage>;

// Embeds every image the pages use, once per file, named in order of first
// use. A file that no longer reads (changed since it was checked) or that
// PoDoFo cannot import throws InputError naming it; an ad PDF that qpdf had
// to repair is embedded with a warning.
ImageTable embed_images(PoDoFo::PdfMemDocument& pdf, const std::vector<Page>& pages, Diagnostics& diagnostics);

}  // namespace heftsatz
