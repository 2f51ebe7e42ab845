// "1 page", "20 pages": a number with its noun, for the lines heftsatz prints.
#pragma once

#include <cstddef>
#include <string>

namespace heftsatz {

inline std::string counted(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace heftsatz
