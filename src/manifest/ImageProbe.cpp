#include "manifest/ImageProbe.h"

#include "base/FileError.h"
#include "manifest/JpegErrors.h"
#include "manifest/PngReader.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <csetjmp>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

namespace heftsatz {
namespace {

const char* const kDamaged = "the image is damaged and cannot be read";
const char* const kTooLarge = "the image has more than 100 million pixels (docs/limits.md)";

// Decodes the whole image: the JPEG data is embedded as it is (DCTDecode),
// so a damaged file must be caught here. At an eighth of its size: every
// coefficient is still read (the damage a file has, a cut-off end or broken
// entropy-coded data, is found there), but only the DC ones are transformed
// and no colour is converted at full size, a fraction of the work.
// Returns what is wrong, or nothing.
std::string read_jpeg(ImageData& data) {
    jpeg_decompress_struct cinfo;
    JpegError error;
    cinfo.err = jpeg_errors(error);
    JSAMPARRAY row = nullptr;
    if (setjmp(error.jump)) {
        jpeg_destroy_decompress(&cinfo);
        return kDamaged;
    }
    jpeg_create_decompress(&cinfo);
    jpeg_mem_src(&cinfo, reinterpret_cast<const unsigned char*>(data.bytes.data()),
                 static_cast<unsigned long>(data.bytes.size()));
    jpeg_read_header(&cinfo, TRUE);
    ImageInfo& info = data.info;
    info.width_px = static_cast<int>(cinfo.image_width);
    info.height_px = static_cast<int>(cinfo.image_height);
    data.jpeg_components = cinfo.num_components;
    data.jpeg_inverted = cinfo.saw_Adobe_marker && cinfo.num_components == 4;
    if (static_cast<std::uint64_t>(cinfo.image_width) * cinfo.image_height > kMaxImagePixels) {
        jpeg_destroy_decompress(&cinfo);
        return kTooLarge;
    }
    cinfo.scale_num = 1;
    cinfo.scale_denom = 8;
    jpeg_start_decompress(&cinfo);
    row = (*cinfo.mem->alloc_sarray)(reinterpret_cast<j_common_ptr>(&cinfo), JPOOL_IMAGE,
                                     cinfo.output_width * static_cast<JDIMENSION>(cinfo.output_components), 1);
    while (cinfo.output_scanline < cinfo.output_height) jpeg_read_scanlines(&cinfo, row, 1);
    jpeg_finish_decompress(&cinfo);
    jpeg_destroy_decompress(&cinfo);
    const bool components_ok = data.jpeg_components == 1 || data.jpeg_components == 3 || data.jpeg_components == 4;
    if (!components_ok) return "the JPEG has " + std::to_string(data.jpeg_components) + " colour components";
    return info.width_px > 0 && info.height_px > 0 && error.warnings == 0 ? "" : kDamaged;
}

std::string read_png_image(ImageData& data, PngRows rows) {
    PngHeader header;
    std::string problem = rows == PngRows::Decoded ? read_png(data.bytes, header, kMaxImagePixels)
                                                   : read_png_header(data.bytes, header, kMaxImagePixels);
    data.info.width_px = header.width;
    data.info.height_px = header.height;
    return problem;
}

// qpdf reads what it can of a damaged file and says what it repaired in
// warnings; some (a wrong stream length) come only when the object is read,
// so they are collected again after the rewrite, which reads every object.
// The first two that say more than "file is damaged".
void note_repairs(QPDF& pdf, std::string& repairs) {
    for (const QPDFExc& w : pdf.getWarnings()) {
        std::string detail = w.getMessageDetail();
        if (!detail.empty()) detail[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(detail[0])));
        if (detail == "file is damaged" || repairs.find(detail) != std::string::npos) continue;
        if (std::count(repairs.begin(), repairs.end(), ';') >= 1) return;
        repairs += (repairs.empty() ? "" : "; ") + detail;
    }
}

Result<ImageData> read_pdf(const std::filesystem::path& path, ImageData data) {
    ImageInfo& info = data.info;
    info.kind = ImageKind::Pdf;
    const std::string name = path.string();
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile(name.c_str(), data.bytes.data(), data.bytes.size());
        if (pdf.isEncrypted())
            return error("the PDF is encrypted", "ask for an unencrypted PDF (PDF/X)").at({name, 0, 0});
        const std::vector<QPDFObjectHandle>& pages = pdf.getAllPages();
        if (pages.empty()) return error("the PDF has no pages", "ask for the ad as a one-page PDF").at({name, 0, 0});
        QPDFObjectHandle box = QPDFPageObjectHelper(pages.front()).getMediaBox(true);
        if (!box.isRectangle()) return error("the PDF's first page has no MediaBox").at({name, 0, 0});
        auto r = box.getArrayAsRectangle();
        info.width_pt = r.urx - r.llx;
        info.height_pt = r.ury - r.lly;
        if (info.width_pt <= 0 || info.height_pt <= 0)
            return error("the PDF's first page has no size").at({name, 0, 0});
        note_repairs(pdf, data.repaired);
        // PoDoFo 0.9.8 gives up on damage qpdf repairs (a wrong startxref,
        // shifted offsets, wrong stream lengths): it reads qpdf's rewrite.
        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.setObjectStreamMode(qpdf_o_disable);
        writer.setDeterministicID(true);
        writer.write();
        std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        data.bytes.assign(reinterpret_cast<const char*>(out->getBuffer()), out->getSize());
        note_repairs(pdf, data.repaired);
        return data;
    } catch (const QPDFExc& e) {
        // The diagnostic names the file; qpdf's own message would again.
        if (e.getErrorCode() == qpdf_e_password)
            return error("the PDF is encrypted", "ask for an unencrypted PDF (PDF/X)").at({name, 0, 0});
        return error("the PDF cannot be read: " + e.getMessageDetail(), "ask for an intact PDF").at({name, 0, 0});
    } catch (const std::exception& e) {
        // qpdf stops at the password of an encrypted file before isEncrypted() can say so.
        if (std::string(e.what()).find("password") != std::string::npos)
            return error("the PDF is encrypted", "ask for an unencrypted PDF (PDF/X)").at({name, 0, 0});
        return error(std::string("the PDF cannot be read: ") + e.what(), "ask for an intact PDF").at({name, 0, 0});
    }
}

}  // namespace

Result<ImageData> read_image(const std::filesystem::path& path, PngRows png_rows) {
    const std::string name = path.string();
    ImageData data;
    {
        std::ifstream in(path, std::ios::binary);
        if (!in)  // errno is open(2)'s: not "too short" when it is "permission denied" (issue 8)
            return error("cannot open the image: " + file_error_words(errno),
                         "check the permissions of the file and its folders")
                .at({name, 0, 0});
        std::ostringstream buffer;
        buffer << in.rdbuf();
        data.bytes = std::move(buffer).str();
    }
    if (data.bytes.size() < 8) return error("the file is empty or too short to be an image", "replace it").at({name, 0, 0});
    const auto* magic = reinterpret_cast<const unsigned char*>(data.bytes.data());
    if (data.bytes.compare(0, 4, "%PDF") == 0) return read_pdf(path, std::move(data));
    std::string problem;
    if (magic[0] == 0xFF && magic[1] == 0xD8) {
        data.info.kind = ImageKind::Jpeg;
        problem = read_jpeg(data);
    } else if (data.bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0) {
        data.info.kind = ImageKind::Png;
        problem = read_png_image(data, png_rows);
    } else {
        return error("not a JPEG, PNG or PDF file", "convert the image to JPEG or PNG").at({name, 0, 0});
    }
    if (!problem.empty()) return error(problem, "export it again from the original").at({name, 0, 0});
    return data;
}

Result<ImageInfo> probe_image(const std::filesystem::path& path) {
    auto data = read_image(path);
    if (!data) return data.failure();
    return data->info;
}

}  // namespace heftsatz
