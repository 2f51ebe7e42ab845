// Images and ad pages as PDF XObjects, each read by the probe's own reader
// (manifest/ImageProbe: read_image), so that what is embedded is what was
// checked: JPEG data passed through unchanged (DCTDecode), PNG samples from
// the shared decoder with their soft masks (PngImage), and the first page of
// qpdf's rewrite of an ad PDF imported as a form XObject (vectors and fonts
// kept).
#pragma once

#include "base/Diagnostic.h"
#include "base/FileDigests.h"
#include "layout/Frame.h"
#include "pdf/ImageCache.h"

#include <podofo/podofo.h>

#include <filesystem>
#include <functional>
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

// What a profile asks of the raster images, measured where each is printed
// largest (its fewest pixels per inch).
struct ImagePolicy {
    // Images printed at more are stored with about this many pixels per
    // inch: JPEGs at the fewest eighths of their size that keep it
    // (JpegResample.h), PNGs averaged by a whole factor (PngImage.h); 0:
    // every image as it is.
    double screen_ppi = 0;
    int jpeg_quality = 85;
    // Images printed at fewer pixels per inch than this are a warning; 0: none.
    double warn_below_ppi = 0;
    // If set: what CMYK means where an image or ad uses it (the archive's
    // PDF/A allows device CMYK only under a CMYK intent): a CMYK JPEG's
    // colour space, an ad's /DefaultCMYK. Called once, when first needed.
    std::function<PoDoFo::PdfObject()> cmyk_space;
};

// Embeds every image the pages use, once per file, named in order of first
// use. A file that no longer reads (changed since it was checked) or that
// PoDoFo cannot import throws InputError naming it; an ad PDF that qpdf had
// to repair is embedded with a warning.
// Files are read, checked and resampled in parallel on `threads` (0: one
// per core), then embedded in order: the bytes are the same for any number.
// With `cache`, an image read and resampled before is taken from it (its
// file hashed again unless `file_digests` keeps it unchanged).
ImageTable embed_images(PoDoFo::PdfMemDocument& pdf, const std::vector<Page>& pages, const ImagePolicy& policy,
                        Diagnostics& diagnostics, unsigned threads, ImageCache* cache = nullptr,
                        FileDigests* file_digests = nullptr);

}  // namespace heftsatz
