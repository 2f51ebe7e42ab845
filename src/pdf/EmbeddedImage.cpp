#include "pdf/EmbeddedImage.h"

#include "base/Parallel.h"
#include "base/FileDigests.h"
#include "manifest/ImageProbe.h"
#include "pdf/JpegResample.h"
#include "pdf/PdfValues.h"
#include "pdf/PngImage.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <cstdio>

using namespace PoDoFo;

namespace heftsatz {
namespace {

// The JPEG's bytes as they are, which read_image decoded completely. Only
// an Adobe CMYK JPEG has inverted inks (PoDoFo assumed it of every one, so
// a plain CMYK JPEG printed black).
PdfReference embed_jpeg(PdfMemDocument& pdf, const ImageData& data, const PdfObject* cmyk_space) {
    PdfObject* image = pdf.GetObjects().CreateObject("XObject");
    PdfDictionary& d = image->GetDictionary();
    d.AddKey("Subtype", PdfName("Image"));
    d.AddKey("Width", integer(data.info.width_px));
    d.AddKey("Height", integer(data.info.height_px));
    const char* space = data.jpeg_components == 1 ? "DeviceGray" : data.jpeg_components == 4 ? "DeviceCMYK" : "DeviceRGB";
    if (data.jpeg_components == 4 && cmyk_space)
        d.AddKey("ColorSpace", *cmyk_space);
    else
        d.AddKey("ColorSpace", PdfName(space));
    d.AddKey("BitsPerComponent", integer(8));
    if (data.jpeg_inverted) {
        PdfArray decode;
        for (int i = 0; i < 4; ++i) {
            decode.push_back(integer(1));
            decode.push_back(integer(0));
        }
        d.AddKey("Decode", decode);
    }
    PdfMemoryInputStream in(data.bytes.data(), static_cast<pdf_long>(data.bytes.size()));
    image->GetStream()->SetRawData(&in, static_cast<pdf_long>(data.bytes.size()));
    d.AddKey("Filter", PdfName("DCTDecode"));
    return image->Reference();
}

// Whether an ad's page paints in CMYK: its operators (k, K) or a CMYK
// colour space in its objects. A false alarm costs only an unused default.
bool uses_cmyk(PdfXObject& form, const ImageData& data) {
    if (data.bytes.find("/DeviceCMYK") != std::string::npos) return true;
    char* buffer = nullptr;
    pdf_long size = 0;
    try {
        form.GetObject()->GetStream()->GetFilteredCopy(&buffer, &size);
    } catch (const PdfError&) {
        return true;  // a filter PoDoFo cannot undo: say what CMYK means, to be safe
    }
    const std::string content(buffer ? buffer : "", static_cast<std::size_t>(buffer ? size : 0));
    podofo_free(buffer);
    for (const char* op : {" k\n", " K\n", " k ", " K ", " k\r", " K\r"})
        if (content.find(op) != std::string::npos) return true;
    return false;
}

// Page 1 of the ad, from qpdf's rewrite, as a form XObject; if it paints
// in CMYK and the profile says what CMYK means, with that as its default.
void embed_pdf_page(PdfMemDocument& pdf, const ImageData& data, EmbeddedImage& embedded,
                    const std::function<PdfObject()>& cmyk_space) {
    PdfMemDocument source;
    source.LoadFromBuffer(data.bytes.data(), static_cast<long>(data.bytes.size()));
    PdfXObject form(source, 0, &pdf);
    if (cmyk_space && uses_cmyk(form, data)) {
        PdfDictionary& dict = form.GetObject()->GetDictionary();
        PdfObject* resources = dict.GetKey("Resources");
        if (resources && resources->IsReference()) resources = pdf.GetObjects().GetObject(resources->GetReference());
        if (!resources) {
            dict.AddKey("Resources", PdfDictionary());
            resources = dict.GetKey("Resources");
        }
        PdfDictionary& r = resources->GetDictionary();
        PdfObject* spaces = r.GetKey("ColorSpace");
        if (spaces && spaces->IsReference()) spaces = pdf.GetObjects().GetObject(spaces->GetReference());
        if (!spaces) {
            r.AddKey("ColorSpace", PdfDictionary());
            spaces = r.GetKey("ColorSpace");
        }
        if (spaces->IsDictionary()) spaces->GetDictionary().AddKey("DefaultCMYK", cmyk_space());
    }
    const PdfRect box = form.GetPageSize();
    embedded.form = true;
    embedded.llx = box.GetLeft();
    embedded.lly = box.GetBottom();
    embedded.width = box.GetWidth();
    embedded.height = box.GetHeight();
    embedded.reference = form.GetObject()->Reference();
}

// Where an image is printed largest: its width and height there, in
// points, and that page.
struct Largest {
    Pt width = 0, height = 0;
    int page = 0;
};

std::map<std::filesystem::path, Largest> largest_uses(const std::vector<Page>& pages) {
    std::map<std::filesystem::path, Largest> out;
    for (const Page& page : pages)
        for (const FrameItem& item : page.items)
            if (const auto* image = std::get_if<Image>(&item)) {
                Largest& l = out[image->file];
                if (image->width > l.width) l = {image->width, image->height, page.number};
            }
    return out;
}

// Pixels per inch where the image is printed largest (the fewer of its two
// directions').
double printed_ppi(const ImageInfo& info, const Largest& use) {
    return std::min(info.width_px / (use.width / 72), info.height_px / (use.height / 72));
}

// A JPEG printed at more than the screen needs is decoded at the fewest
// eighths of its size that keep the screen's pixels per inch: 1 to 7, or 8
// if it is kept as it is.
int screen_eighths(const ImageInfo& info, const Largest& use, const ImagePolicy& policy) {
    if (policy.screen_ppi <= 0 || use.width <= 0 || use.height <= 0) return 8;
    const int eighths = static_cast<int>(std::ceil(8 * policy.screen_ppi / printed_ppi(info, use) - 1e-9));
    return std::clamp(eighths, 1, 8);
}

// The JPEG at screen_eighths, kept if that makes it smaller.
void sample_for_screen(ImageData& data, const Largest& use, const ImagePolicy& policy) {
    const int eighths = screen_eighths(data.info, use, policy);
    if (eighths >= 8) return;
    std::optional<ScaledJpeg> smaller = scaled_jpeg(data.bytes, eighths, policy.jpeg_quality);
    if (!smaller || smaller->bytes.size() >= data.bytes.size()) return;
    data.bytes = std::move(smaller->bytes);
    data.info.width_px = smaller->width;
    data.info.height_px = smaller->height;
    data.jpeg_inverted = false;
}

// How many times more pixels per inch than the screen needs a PNG has: it
// is averaged down by that whole factor (2 or more), else kept as it is.
int screen_factor(const ImageInfo& info, const Largest& use, const ImagePolicy& policy) {
    if (policy.screen_ppi <= 0 || use.width <= 0 || use.height <= 0) return 1;
    // A hair under a whole factor counts (300 ppi ads come out at 299.95).
    return static_cast<int>(std::floor(printed_ppi(info, use) / policy.screen_ppi + 0.01));
}

// What an image's embedded form depends on: the file's bytes (`digest`) and
// what `prepared` does to them, which its pixels and where it is printed
// largest decide.
std::string cache_key(const std::string& digest, const ImageInfo& info, const Largest& use,
                      const ImagePolicy& policy) {
    switch (info.kind) {
    case ImageKind::Jpeg:
        if (const int eighths = screen_eighths(info, use, policy); eighths < 8)
            return digest + " jpeg " + std::to_string(eighths) + "/8 q" + std::to_string(policy.jpeg_quality);
        return digest + " jpeg as it is";
    case ImageKind::Png:
        return digest + " png /" + std::to_string(std::max(1, screen_factor(info, use, policy)));
    default:
        return digest + " as it is";
    }
}

// The file read and checked (`as_read`: what it holds), resampled as
// `policy` asks for `use`, and a PNG's XObject samples made.
Result<PreparedImage> prepared(const std::filesystem::path& file, const Largest& use, const ImagePolicy& policy,
                               ImageInfo& as_read) {
    // A PNG's rows are all decoded below (resampled, or its samples made),
    // and damage is found there: decoding them first as well would be a
    // third decode of each PNG in a build.
    Result<ImageData> data = read_image(file, PngRows::LeftToCaller);
    if (!data) return data.failure();
    as_read = data->info;
    if (data->info.kind == ImageKind::Jpeg) sample_for_screen(*data, use, policy);
    if (data->info.kind == ImageKind::Png)
        if (const int factor = screen_factor(data->info, use, policy); factor >= 2)
            if (std::optional<ImageData> smaller = resampled_png(*data, factor)) *data = std::move(*smaller);
    PreparedImage out{std::move(*data), std::nullopt};
    if (out.data.info.kind == ImageKind::Png) {
        auto png = prepare_png(out.data);
        if (!png) {
            Diagnostic d = png.failure();
            return d.at({file.string(), 0, 0});
        }
        out.png = std::move(*png);
        // The file's bytes are in the samples now; kept for every image of
        // the issue at once they would double the PNGs' share of memory.
        std::string().swap(out.data.bytes);
    }
    return out;
}

}  // namespace

ImageTable embed_images(PdfMemDocument& pdf, const std::vector<Page>& pages, const ImagePolicy& policy,
                        Diagnostics& diagnostics, unsigned threads, ImageCache* cache, FileDigests* file_digests) {
    // Plan: each file once, in the order of first use, measured where it is
    // printed largest.
    std::vector<std::filesystem::path> files;
    const std::map<std::filesystem::path, Largest> largest = largest_uses(pages);
    for (const Page& page : pages)
        for (const FrameItem& item : page.items)
            if (const auto* image = std::get_if<Image>(&item);
                image && std::find(files.begin(), files.end(), image->file) == files.end())
                files.push_back(image->file);
    // Read, check, resample and (PNG) compress on every core: no document is
    // touched here. Results are shared with the cache, not copied: an image
    // is megabytes.
    std::vector<std::shared_ptr<const PreparedImage>> ready(files.size());
    std::vector<std::optional<Diagnostic>> failed(files.size());
    parallel_for(
        files.size(), threads, [] { return 0; },
        [&](int, std::size_t i) {
            const Largest& use = largest.at(files[i]);
            // Without kept digests the file is hashed now; one that cannot
            // be read is left to read_image, which says why.
            FileDigests now;
            std::optional<std::string> digest;
            if (cache)
                if (auto hex = (file_digests ? *file_digests : now).hex(files[i])) digest = std::move(*hex);
            if (digest)
                if (auto info = cache->info.find(*digest))
                    if (auto kept = cache->prepared.find(cache_key(*digest, *info, use, policy))) {
                        ready[i] = std::move(kept);
                        return;
                    }
            ImageInfo as_read;
            Result<PreparedImage> image = prepared(files[i], use, policy, as_read);
            if (!image) {
                failed[i] = image.failure();
                return;
            }
            ready[i] = std::make_shared<const PreparedImage>(std::move(*image));
            if (digest) {
                cache->info.add(*digest, std::make_shared<const ImageInfo>(as_read));
                cache->prepared.add(cache_key(*digest, as_read, use, policy), ready[i]);
            }
        });
    // Then embed them in order, one at a time; the CMYK space is made once.
    std::optional<PdfObject> cmyk_made;
    std::function<PdfObject()> cmyk;
    if (policy.cmyk_space)
        cmyk = [&] {
            if (!cmyk_made) cmyk_made = policy.cmyk_space();
            return *cmyk_made;
        };
    ImageTable table;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (failed[i]) throw InputError{*failed[i]};
        const PreparedImage& image = *ready[i];
        const ImageData* data = &image.data;
        const std::string path = files[i].string();
        const Largest& use = largest.at(files[i]);
        if (data->info.kind != ImageKind::Pdf && use.width > 0) {
            const double ppi = printed_ppi(data->info, use);
            if (ppi < policy.warn_below_ppi) {
                char text[200];
                std::snprintf(text, sizeof text, "the image prints at %.0f ppi, below the %.0f ppi print needs", ppi,
                              policy.warn_below_ppi);
                Diagnostic d = warning(text, "supply it with at least " +
                                                 std::to_string(static_cast<int>(
                                                     std::ceil(use.width / 72 * policy.warn_below_ppi))) +
                                                 " pixels across, or print it smaller");
                d.at({path, 0, 0});
                d.page = use.page;
                diagnostics.add(std::move(d));
            }
        }
        EmbeddedImage embedded;
        embedded.resource = "Im" + std::to_string(table.size() + 1);
        switch (data->info.kind) {
        case ImageKind::Pdf:
            if (!data->repaired.empty())
                diagnostics.add(warning("the PDF is damaged and was repaired on reading (" + data->repaired + ")",
                                        "check the ad in the output, or ask for an intact PDF")
                                    .at({path, 0, 0}));
            try {
                embed_pdf_page(pdf, *data, embedded, cmyk);
            } catch (const PdfError& e) {
                throw InputError{error(std::string("the PDF cannot be imported (PoDoFo: ") +
                                           PdfError::ErrorName(e.GetError()) + ")",
                                       "ask for the ad as PDF/X-4, or rewrite it with qpdf")
                                     .at({path, 0, 0})};
            }
            break;
        case ImageKind::Jpeg:
            if (data->jpeg_components == 4 && cmyk) {
                const PdfObject space = cmyk();
                embedded.reference = embed_jpeg(pdf, *data, &space);
            } else {
                embedded.reference = embed_jpeg(pdf, *data, nullptr);
            }
            break;
        case ImageKind::Png:
            embedded.reference = add_png(pdf, *image.png);
            break;
        }
        table.emplace(files[i], std::move(embedded));
        ready[i].reset();  // PoDoFo holds a copy now (the cache its own)
    }
    return table;
}

}  // namespace heftsatz
