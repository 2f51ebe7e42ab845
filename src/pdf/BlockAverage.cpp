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

namespace {

// Adds a row's samples into its blocks' sums. The channel count is a
// constant here, so that the compiler unrolls the inner loop: with it read
// at run time, this loop was a tenth of the sample issue's time.
template <int C>
void add_to_sums(const std::uint8_t* row, std::uint32_t* sums, int width, int factor, int target_width) {
    for (int tx = 0, x = 0; tx < target_width; ++tx, sums += C) {
        const int end = std::min(width, x + factor);
        std::uint32_t s[C] = {};
        for (; x < end; ++x, row += C)
            for (int k = 0; k < C; ++k) s[k] += row[k];
        for (int k = 0; k < C; ++k) sums[k] += s[k];
    }
}

}  // namespace

void BlockAverage::add_row(const std::uint8_t* row, const std::function<void(const std::uint8_t* row)>& emit) {
    if (y_ >= height_) return;
    const int c = channels_;
    switch (c) {
        case 1: add_to_sums<1>(row, sum_.data(), width_, factor_, target_width_); break;
        case 3: add_to_sums<3>(row, sum_.data(), width_, factor_, target_width_); break;
        default:
            for (int tx = 0, x = 0; tx < target_width_; ++tx) {
                std::uint32_t* s = sum_.data() + tx * c;
                for (const int end = std::min(width_, x + factor_); x < end; ++x)
                    for (int k = 0; k < c; ++k) s[k] += row[x * c + k];
            }
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
