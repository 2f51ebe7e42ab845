#include "manifest/ImageProbe.h"

#include "base/FileError.h"

#include <cerrno>
#include <csetjmp>
#include <cstdio>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <jpeglib.h>
#include <png.h>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

namespace heftsatz {
namespace {

const char* const kDamaged = "the image is damaged and cannot be read";
const char* const kTooLarge = "the image has more than 100 million pixels (docs/limits.md)";

struct FileClose {
    void operator()(std::FILE* f) const { std::fclose(f); }
};
using FilePtr = std::unique_ptr<std::FILE, FileClose>;

// libjpeg reports errors by calling error_exit, which must not return: it
// jumps back here (no C++ objects with destructors live between the two).
// Warnings (a truncated file is one: "premature end of data") are counted:
// a JPEG that decodes only with warnings is damaged for print.
struct JpegError {
    jpeg_error_mgr mgr;
    std::jmp_buf jump;
    int warnings;
};

void jpeg_fail(j_common_ptr cinfo) { std::longjmp(reinterpret_cast<JpegError*>(cinfo->err)->jump, 1); }

void jpeg_note(j_common_ptr cinfo, int level) {
    if (level < 0) ++reinterpret_cast<JpegError*>(cinfo->err)->warnings;
}

// Decodes the whole image (PoDoFo embeds JPEG data unchecked, so a damaged
// file must be caught here).
// Returns what is wrong, or nothing.
std::string probe_jpeg(std::FILE* file, ImageInfo& info) {
    jpeg_decompress_struct cinfo;
    JpegError error;
    error.warnings = 0;
    cinfo.err = jpeg_std_error(&error.mgr);
    error.mgr.error_exit = jpeg_fail;
    error.mgr.emit_message = jpeg_note;
    JSAMPARRAY row = nullptr;
    if (setjmp(error.jump)) {
        jpeg_destroy_decompress(&cinfo);
        return kDamaged;
    }
    jpeg_create_decompress(&cinfo);
    jpeg_stdio_src(&cinfo, file);
    jpeg_read_header(&cinfo, TRUE);
    info.width_px = static_cast<int>(cinfo.image_width);
    info.height_px = static_cast<int>(cinfo.image_height);
    if (static_cast<std::uint64_t>(cinfo.image_width) * cinfo.image_height > kMaxImagePixels) {
        jpeg_destroy_decompress(&cinfo);
        return kTooLarge;
    }
    jpeg_start_decompress(&cinfo);
    row = (*cinfo.mem->alloc_sarray)(reinterpret_cast<j_common_ptr>(&cinfo), JPOOL_IMAGE,
                                     cinfo.output_width * static_cast<JDIMENSION>(cinfo.output_components), 1);
    while (cinfo.output_scanline < cinfo.output_height) jpeg_read_scanlines(&cinfo, row, 1);
    jpeg_finish_decompress(&cinfo);
    jpeg_destroy_decompress(&cinfo);
    return info.width_px > 0 && info.height_px > 0 && error.warnings == 0 ? "" : kDamaged;
}

std::string probe_png(std::FILE* file, ImageInfo& info) {
    // Declared before setjmp: libpng's longjmp on an error skips destructors
    // of anything constructed after it (found by fuzz_image: a leaked row).
    std::vector<png_byte> row;
    // libpng would print errors and warnings itself; only the CLI prints.
    png_structp png = png_create_read_struct(
        PNG_LIBPNG_VER_STRING, nullptr, [](png_structp p, png_const_charp) { png_longjmp(p, 1); },
        [](png_structp, png_const_charp) {});
    if (!png) return kDamaged;
    png_infop pinfo = png_create_info_struct(png);
    if (!pinfo || setjmp(png_jmpbuf(png))) {  // libpng jumps here on error
        png_destroy_read_struct(&png, pinfo ? &pinfo : nullptr, nullptr);
        return kDamaged;
    }
    png_init_io(png, file);
    png_read_info(png, pinfo);
    info.width_px = static_cast<int>(png_get_image_width(png, pinfo));
    info.height_px = static_cast<int>(png_get_image_height(png, pinfo));
    if (static_cast<std::uint64_t>(info.width_px) * static_cast<std::uint64_t>(info.height_px) > kMaxImagePixels) {
        png_destroy_read_struct(&png, &pinfo, nullptr);
        return kTooLarge;
    }
    // Every row is read, so a truncated or corrupt file fails here.
    const int passes = png_set_interlace_handling(png);
    png_read_update_info(png, pinfo);
    row.resize(png_get_rowbytes(png, pinfo));
    for (int pass = 0; pass < passes; ++pass)
        for (int y = 0; y < info.height_px; ++y) png_read_row(png, row.data(), nullptr);
    png_read_end(png, nullptr);
    png_destroy_read_struct(&png, &pinfo, nullptr);
    return info.width_px > 0 && info.height_px > 0 ? "" : kDamaged;
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
        const std::vector<QPDFObjectHandle>& pages = pdf.getAllPages();
        if (pages.empty()) return error("the PDF has no pages", "ask for the ad as a one-page PDF").at({path.string(), 0, 0});
        QPDFObjectHandle box = QPDFPageObjectHelper(pages.front()).getMediaBox(true);
        if (!box.isRectangle()) return error("the PDF's first page has no MediaBox").at({path.string(), 0, 0});
        auto r = box.getArrayAsRectangle();
        info.width_pt = r.urx - r.llx;
        info.height_pt = r.ury - r.lly;
        if (info.width_pt <= 0 || info.height_pt <= 0)
            return error("the PDF's first page has no size").at({path.string(), 0, 0});
        return info;
    } catch (const std::exception& e) {
        // qpdf stops at the password of an encrypted file before isEncrypted() can say so.
        if (std::string(e.what()).find("password") != std::string::npos)
            return error("the PDF is encrypted", "ask for an unencrypted PDF (PDF/X)").at({path.string(), 0, 0});
        return error(std::string("the PDF cannot be read: ") + e.what(), "ask for an intact PDF")
            .at({path.string(), 0, 0});
    }
}

}  // namespace

Result<ImageInfo> probe_image(const std::filesystem::path& path) {
    const std::string name = path.string();
    std::ifstream in(path, std::ios::binary);
    if (!in.is_open())  // errno is open(2)'s: not "too short" when it is "permission denied" (issue 8)
        return error("cannot open the image: " + file_error_words(errno), "check the permissions of the file and its folders")
            .at({name, 0, 0});
    unsigned char magic[8] = {};
    in.read(reinterpret_cast<char*>(magic), sizeof magic);
    if (!in) return error("the file is empty or too short to be an image", "replace it").at({name, 0, 0});
    in.close();
    if (magic[0] == '%' && magic[1] == 'P' && magic[2] == 'D' && magic[3] == 'F') return probe_pdf(path);
    ImageInfo info;
    FilePtr file(std::fopen(name.c_str(), "rb"));
    if (!file)
        return error("cannot open the image: " + file_error_words(errno), "check the permissions of the file and its folders")
            .at({name, 0, 0});
    std::string problem;
    if (magic[0] == 0xFF && magic[1] == 0xD8) {
        info.kind = ImageKind::Jpeg;
        problem = probe_jpeg(file.get(), info);
    } else if (png_sig_cmp(magic, 0, 8) == 0) {
        info.kind = ImageKind::Png;
        problem = probe_png(file.get(), info);
    } else {
        return error("not a JPEG, PNG or PDF file", "convert the image to JPEG or PNG").at({name, 0, 0});
    }
    if (!problem.empty()) return error(problem, "export it again from the original").at({name, 0, 0});
    return info;
}

}  // namespace heftsatz
