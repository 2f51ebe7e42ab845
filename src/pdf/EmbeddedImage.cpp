#include "pdf/EmbeddedImage.h"

using namespace PoDoFo;

namespace heftsatz {

ImageTable embed_images(PdfMemDocument& pdf, const std::vector<Page>& pages) {
    ImageTable table;
    for (const Page& page : pages)
        for (const FrameItem& item : page.items) {
            const auto* image = std::get_if<Image>(&item);
            if (!image || table.count(image->file)) continue;
            EmbeddedImage embedded;
            embedded.resource = "Im" + std::to_string(table.size() + 1);
            const std::string path = image->file.string();
            if (image->kind == ImageKind::Pdf) {
                PdfMemDocument source;
                source.Load(path.c_str());
                PdfXObject form(source, 0, &pdf);
                const PdfRect box = form.GetPageSize();
                embedded.form = true;
                embedded.llx = box.GetLeft();
                embedded.lly = box.GetBottom();
                embedded.width = box.GetWidth();
                embedded.height = box.GetHeight();
                embedded.reference = form.GetObject()->Reference();
            } else {
                PdfImage raster(&pdf);
                if (image->kind == ImageKind::Jpeg) raster.LoadFromJpeg(path.c_str());  // DCT kept as is
                else raster.LoadFromFile(path.c_str());
                embedded.reference = raster.GetObject()->Reference();
            }
            table.emplace(image->file, std::move(embedded));
        }
    return table;
}

}  // namespace heftsatz
