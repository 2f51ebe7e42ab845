// Averages an image down by a whole factor, row by row: each new pixel the
// mean of a `factor` x `factor` block (at the right and bottom edges, of
// what is left), so nothing is cut off and hard edges of charts and
// lettering do not ring. Streaming: it holds one target row, not the image.
// The reader profile's palette graphics go through it (PngImage).
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

namespace heftsatz {

class BlockAverage {
public:
    // Rows of `channels` 8-bit samples, `width` x `height` pixels.
    BlockAverage(int width, int height, int factor, int channels);

    int target_width() const { return target_width_; }
    int target_height() const { return target_height_; }

    // Takes the next source row; gives `emit` each target row it completes.
    void add_row(const std::uint8_t* row, const std::function<void(const std::uint8_t* row)>& emit);

    int rows_done() const { return done_; }

private:
    int width_, height_, factor_, channels_, target_width_, target_height_;
    std::vector<std::uint32_t> sum_;
    std::vector<std::uint8_t> out_;
    int y_ = 0, done_ = 0;
};

}  // namespace heftsatz
