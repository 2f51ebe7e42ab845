#include "pdf/BlockAverage.h"

#include <algorithm>

namespace heftsatz {

BlockAverage::BlockAverage(int width, int height, int factor, int channels)
    : width_(width),
      height_(height),
      factor_(std::max(1, factor)),
      channels_(channels),
      target_width_((width + factor_ - 1) / factor_),
      target_height_((height + factor_ - 1) / factor_),
      sum_(static_cast<std::size_t>(target_width_ * channels)),
      out_(static_cast<std::size_t>(target_width_ * channels)) {}

void BlockAverage::add_row(const std::uint8_t* row, const std::function<void(const std::uint8_t* row)>& emit) {
    if (y_ >= height_) return;
    const int c = channels_;
    for (int tx = 0, x = 0; tx < target_width_; ++tx) {
        std::uint32_t* s = sum_.data() + tx * c;
        for (const int end = std::min(width_, x + factor_); x < end; ++x)
            for (int k = 0; k < c; ++k) s[k] += row[x * c + k];
    }
    ++y_;
    const int block_rows = y_ - done_ * factor_;
    if (block_rows < factor_ && y_ < height_) return;
    // The block's pixel count: the last column and row of blocks may be narrower.
    for (int tx = 0; tx < target_width_; ++tx) {
        const std::uint32_t n =
            static_cast<std::uint32_t>(std::min(factor_, width_ - tx * factor_) * block_rows);
        for (int k = 0; k < c; ++k) {
            const std::size_t i = static_cast<std::size_t>(tx * c + k);
            out_[i] = static_cast<std::uint8_t>((sum_[i] + n / 2) / n);
        }
    }
    emit(out_.data());
    std::fill(sum_.begin(), sum_.end(), 0u);
    ++done_;
}

}  // namespace heftsatz
