#include "pdf/EmbeddedImage.h"

#include "manifest/ImageProbe.h"
#include "pdf/PngImage.h"

using namespace PoDoFo;

namespace heftsatz {
namespace {

PdfObject integer(long long v) { return PdfObject(static_cast<pdf_int64>(v)); }

// The JPEG's bytes as they are, which read_image decoded completely. Only
// an Adobe CMYK JPEG has inverted inks (PoDoFo assumed it of every one, so
// a plain CMYK JPEG printed black).
PdfReference embed_jpeg(PdfMemDocument& pdf, const ImageData& data) {
    PdfObject* image = pdf.GetObjects().CreateObject("XObject");
    PdfDictionary& d = image->GetDictionary();
    d.AddKey("Subtype", PdfName("Image"));
    d.AddKey("Width", integer(data.info.width_px));
    d.AddKey("Height", integer(data.info.height_px));
    const char* space = data.jpeg_components == 1 ? "DeviceGray" : data.jpeg_components == 4 ? "DeviceCMYK" : "DeviceRGB";
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

// Page 1 of the ad, from qpdf's rewrite, as a form XObject.
void embed_pdf_page(PdfMemDocument& pdf, const ImageData& data, EmbeddedImage& embedded) {
    PdfMemDocument source;
    source.LoadFromBuffer(data.bytes.data(), static_cast<long>(data.bytes.size()));
    PdfXObject form(source, 0, &pdf);
    const PdfRect box = form.GetPageSize();
    embedded.form = true;
    embedded.llx = box.GetLeft();
    embedded.lly = box.GetBottom();
    embedded.width = box.GetWidth();
    embedded.height = box.GetHeight();
    embedded.reference = form.GetObject()->Reference();
}

}  // namespace

ImageTable embed_images(PdfMemDocument& pdf, const std::vector<Page>& pages, Diagnostics& diagnostics) {
    ImageTable table;
    for (const Page& page : pages)
        for (const FrameItem& item : page.items) {
            const auto* image = std::get_if<Image>(&item);
            if (!image || table.count(image->file)) continue;
            const std::string path = image->file.string();
            auto data = read_image(image->file);
            if (!data) throw InputError{data.failure()};
            EmbeddedImage embedded;
            embedded.resource = "Im" + std::to_string(table.size() + 1);
            switch (data->info.kind) {
            case ImageKind::Pdf:
                if (!data->repaired.empty())
                    diagnostics.add(warning("the PDF is damaged and was repaired on reading (" + data->repaired + ")",
                                            "check the ad in the output, or ask for an intact PDF")
                                        .at({path, 0, 0}));
                try {
                    embed_pdf_page(pdf, *data, embedded);
                } catch (const PdfError& e) {
                    throw InputError{error(std::string("the PDF cannot be imported (PoDoFo: ") +
                                               PdfError::ErrorName(e.GetError()) + ")",
                                           "ask for the ad as PDF/X-4, or rewrite it with qpdf")
                                         .at({path, 0, 0})};
                }
                break;
            case ImageKind::Jpeg:
                embedded.reference = embed_jpeg(pdf, *data);
                break;
            case ImageKind::Png: {
                auto reference = embed_png(pdf, *data);
                if (!reference) {
                    Diagnostic d = reference.failure();
                    throw InputError{d.at({path, 0, 0})};
                }
                embedded.reference = *reference;
                break;
            }
            }
            table.emplace(image->file, std::move(embedded));
        }
    return table;
}

}  // namespace heftsatz
