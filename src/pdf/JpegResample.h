// Photos for the screen: the reader profile stores a JPEG printed at more
// than the screen needs with fewer pixels (docs/output-profiles.md), as
// Acrobat's "downsample above" does. libjpeg decodes it at n/8 of its size
// (the scaled inverse DCT: it averages each 8x8 block's detail as it
// decodes, at a fraction of a full decode's work) and encodes it again.
#pragma once

#include <optional>
#include <string>

namespace heftsatz {

struct ScaledJpeg {
    std::string bytes;
    int width = 0, height = 0;
};

// `jpeg` (grey or RGB) at `eighths`/8 of its size (1 to 7), at JPEG
// `quality` (1 to 100); nothing if it cannot be done (CMYK, a decoding
// failure): the image is then embedded as it is. The same input gives the
// same bytes.
std::optional<ScaledJpeg> scaled_jpeg(const std::string& jpeg, int eighths, int quality);

}  // namespace heftsatz
