// A small picture of a PDF's first page for the archive's index: rendered
// by poppler's C++ API (the renderer Debian's PDF viewers share), written
// as an 8-bit RGB PNG by libpng with no time or text chunks, so the same
// PDF gives the same bytes.
#pragma once

#include "base/Result.h"

#include <string>
#include <string_view>

namespace heftsatz {

struct Thumbnail {
    std::string png;
    int width = 0, height = 0;
};

// The first page of `pdf`, `width` pixels wide. poppler's renderer keeps
// state across documents, so callers on several threads take turns
// (archive/Archive.cpp holds the lock).
Result<Thumbnail> render_thumbnail(std::string_view pdf, int width);

}  // namespace heftsatz
