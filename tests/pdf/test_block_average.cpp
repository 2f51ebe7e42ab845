// BlockAverage, the reader profile's PNG downsampling, against the
// definition: each target sample the rounded mean of its block's samples,
// the blocks at the right and bottom edges narrower.
#include "pdf/BlockAverage.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <vector>

using namespace heftsatz;

namespace {

std::vector<std::uint8_t> averaged_by_definition(const std::vector<std::uint8_t>& image, int width, int height,
                                                 int factor, int channels) {
    const int tw = (width + factor - 1) / factor, th = (height + factor - 1) / factor;
    std::vector<std::uint8_t> out;
    for (int ty = 0; ty < th; ++ty)
        for (int tx = 0; tx < tw; ++tx)
            for (int k = 0; k < channels; ++k) {
                std::uint32_t sum = 0, n = 0;
                for (int y = ty * factor; y < std::min(height, (ty + 1) * factor); ++y)
                    for (int x = tx * factor; x < std::min(width, (tx + 1) * factor); ++x, ++n)
                        sum += image[static_cast<std::size_t>((y * width + x) * channels + k)];
                out.push_back(static_cast<std::uint8_t>((sum + n / 2) / n));
            }
    return out;
}

}  // namespace

TEST_CASE("an image averaged down by blocks is the mean of each block, edges included", "[pdf][images]") {
    // Grey, RGB (each with a loop of its own) and grey with alpha (the
    // general loop); sizes that the factors do not divide.
    for (int channels : {1, 3, 2})
        for (int factor : {2, 3, 5}) {
            const int width = 23, height = 11;
            std::vector<std::uint8_t> image(static_cast<std::size_t>(width * height * channels));
            std::uint32_t state = 12345;
            for (auto& sample : image) {
                state = state * 1103515245u + 12345u;
                sample = static_cast<std::uint8_t>(state >> 16);
            }
            BlockAverage box(width, height, factor, channels);
            std::vector<std::uint8_t> got;
            const std::size_t row_bytes = static_cast<std::size_t>(width * channels);
            for (int y = 0; y < height; ++y)
                box.add_row(image.data() + static_cast<std::size_t>(y) * row_bytes, [&](const std::uint8_t* row) {
                    got.insert(got.end(), row, row + box.target_width() * channels);
                });
            INFO("channels " << channels << ", factor " << factor);
            CHECK(box.rows_done() == box.target_height());
            CHECK(got == averaged_by_definition(image, width, height, factor, channels));
        }
}
