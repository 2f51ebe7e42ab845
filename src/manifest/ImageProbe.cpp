#include "manifest/ImageProbe.h"

#include <csetjmp>
#include <cstdio>
#include <fstream>
#include <memory>

#include <jpeglib.h>
#include <png.h>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

namespace heftsatz {
namespace {

struct FileClose {
    void operator()(std::FILE* f) const { std::fclose(f); }
};
using FilePtr = std::unique_ptr<std::FILE, FileClose>;

// libjpeg reports errors by calling error_exit, which must not return: it
// jumps back here (no C++ objects with destructors live between the two).
struct JpegError {
    jpeg_error_mgr mgr;
    std::jmp_buf jump;
};

void jpeg_fail(j_common_ptr cinfo) { std::longjmp(reinterpret_cast<JpegError*>(cinfo->err)->jump, 1); }

bool probe_jpeg(std::FILE* file, ImageInfo& info) {
    jpeg_decompress_struct cinfo;
    JpegError error;
    cinfo.err = jpeg_std_error(&error.mgr);
    error.mgr.error_exit = jpeg_fail;
    if (setjmp(error.jump)) {
        jpeg_destroy_decompress(&cinfo);
        return false;
    }
    jpeg_create_decompress(&cinfo);
    jpeg_stdio_src(&cinfo, file);
    jpeg_read_header(&cinfo, TRUE);
    info.width_px = static_cast<int>(cinfo.image_width);
    info.height_px = static_cast<int>(cinfo.image_height);
    jpeg_destroy_decompress(&cinfo);
    return info.width_px > 0 && info.height_px > 0;
}

bool probe_png(std::FILE* file, ImageInfo& info) {
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    if (!png) return false;
    png_infop pinfo = png_create_info_struct(png);
    if (!pinfo || setjmp(png_jmpbuf(png))) {  // libpng jumps here on error
        png_destroy_read_struct(&png, pinfo ? &pinfo : nullptr, nullptr);
        return false;
    }
    png_init_io(png, file);
    png_read_info(png, pinfo);
    info.width_px = static_cast<int>(png_get_image_width(png, pinfo));
    info.height_px = static_cast<int>(png_get_image_height(png, pinfo));
    png_destroy_read_struct(&png, &pinfo, nullptr);
    return info.width_px > 0 && info.height_px > 0;
}

Result<ImageInfo> probe_pdf(const std::filesystem::path& path) {
    ImageInfo info;
    info.kind = ImageKind::Pdf;
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processFile(path.string().c_str());
        if (pdf.isEncrypted())
            return error("the PDF is encrypted", "ask for an unencrypted PDF (PDF/X)").at({path.string(), 0, 0});
        auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
        if (pages.empty()) return error("the PDF has no pages", "ask for the ad as a one-page PDF").at({path.string(), 0, 0});
        QPDFObjectHandle box = pages.front().getMediaBox(true);
        if (!box.isRectangle()) return error("the PDF's first page has no MediaBox").at({path.string(), 0, 0});
        auto r = box.getArrayAsRectangle();
        info.width_pt = r.urx - r.llx;
        info.height_pt = r.ury - r.lly;
        if (info.width_pt <= 0 || info.height_pt <= 0)
            return error("the PDF's first page has no size").at({path.string(), 0, 0});
        return info;
    } catch (const std::exception& e) {
        return error(std::string("the PDF cannot be read: ") + e.what(), "ask for an intact PDF")
            .at({path.string(), 0, 0});
    }
}

}  // namespace

Result<ImageInfo> probe_image(const std::filesystem::path& path) {
    const std::string name = path.string();
    std::ifstream in(path, std::ios::binary);
    unsigned char magic[8] = {};
    in.read(reinterpret_cast<char*>(magic), sizeof magic);
    if (!in) return error("the file is empty or too short to be an image", "replace it").at({name, 0, 0});
    in.close();
    if (magic[0] == '%' && magic[1] == 'P' && magic[2] == 'D' && magic[3] == 'F') return probe_pdf(path);
    ImageInfo info;
    FilePtr file(std::fopen(name.c_str(), "rb"));
    if (!file) return error("cannot open the image", "check that it exists and is readable").at({name, 0, 0});
    bool ok = false;
    if (magic[0] == 0xFF && magic[1] == 0xD8) {
        info.kind = ImageKind::Jpeg;
        ok = probe_jpeg(file.get(), info);
    } else if (png_sig_cmp(magic, 0, 8) == 0) {
        info.kind = ImageKind::Png;
        ok = probe_png(file.get(), info);
    } else {
        return error("not a JPEG, PNG or PDF file", "convert the image to JPEG or PNG").at({name, 0, 0});
    }
    if (!ok) return error("the image is damaged and cannot be read", "export it again from the original").at({name, 0, 0});
    return info;
}

}  // namespace heftsatz
