#include "pdf/JpegResample.h"

#include "manifest/JpegErrors.h"

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <vector>

namespace heftsatz {
namespace {

// libjpeg's memory destination allocates with malloc; freed here.
struct FreeDeleter {
    void operator()(unsigned char* p) const { std::free(p); }
};

}  // namespace

std::optional<ScaledJpeg> scaled_jpeg(const std::string& jpeg, int eighths, int quality) {
    // Everything the jump back may find is made before setjmp: nothing with
    // a destructor is skipped, and what libjpeg writes lives on the heap.
    struct State {
        jpeg_decompress_struct in;
        jpeg_compress_struct out;
        JpegError error;
        unsigned char* buffer = nullptr;
        unsigned long size = 0;
        std::vector<JSAMPLE> line;
    };
    const auto state = std::make_unique<State>();
    State& st = *state;
    st.in.err = jpeg_errors(st.error);
    st.out.err = &st.error.mgr;
    jpeg_create_decompress(&st.in);
    jpeg_create_compress(&st.out);
    if (setjmp(st.error.jump)) {
        jpeg_destroy_decompress(&st.in);
        jpeg_destroy_compress(&st.out);
        std::free(st.buffer);
        return std::nullopt;
    }
    jpeg_mem_src(&st.in, reinterpret_cast<const unsigned char*>(jpeg.data()), static_cast<unsigned long>(jpeg.size()));
    jpeg_read_header(&st.in, TRUE);
    if ((st.in.num_components != 1 && st.in.num_components != 3) || eighths < 1 || eighths > 7)
        longjmp(st.error.jump, 1);
    st.in.out_color_space = st.in.num_components == 1 ? JCS_GRAYSCALE : JCS_RGB;
    st.in.scale_num = static_cast<unsigned>(eighths);
    st.in.scale_denom = 8;
    jpeg_start_decompress(&st.in);
    const auto channels = static_cast<int>(st.in.output_components);

    jpeg_mem_dest(&st.out, &st.buffer, &st.size);
    st.out.image_width = st.in.output_width;
    st.out.image_height = st.in.output_height;
    st.out.input_components = channels;
    st.out.in_color_space = channels == 1 ? JCS_GRAYSCALE : JCS_RGB;
    jpeg_set_defaults(&st.out);
    jpeg_set_quality(&st.out, std::clamp(quality, 1, 100), TRUE);
    st.out.optimize_coding = TRUE;
    jpeg_start_compress(&st.out, TRUE);
    st.line.resize(static_cast<std::size_t>(st.in.output_width) * static_cast<std::size_t>(channels));
    while (st.in.output_scanline < st.in.output_height) {
        JSAMPROW row = st.line.data();
        jpeg_read_scanlines(&st.in, &row, 1);
        jpeg_write_scanlines(&st.out, &row, 1);
    }
    const ScaledJpeg size{{}, static_cast<int>(st.in.output_width), static_cast<int>(st.in.output_height)};
    jpeg_finish_decompress(&st.in);
    jpeg_finish_compress(&st.out);
    jpeg_destroy_decompress(&st.in);
    jpeg_destroy_compress(&st.out);
    std::unique_ptr<unsigned char, FreeDeleter> owned(st.buffer);
    if (st.error.warnings > 0) return std::nullopt;
    return ScaledJpeg{std::string(reinterpret_cast<const char*>(owned.get()), st.size), size.width, size.height};
}

}  // namespace heftsatz
