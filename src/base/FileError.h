// Why a file could not be opened, read or written, in the words a user acts
// on: "permission denied" is fixed with chmod, "not found" with a path, "the
// disk is full" by freeing space. The C library's strerror text is close, but
// capitalised, terse ("No such file or directory") and says nothing of folders.
#pragma once

#include <string>
#include <system_error>

namespace heftsatz {

// errno (or an std::error_code's value in the generic or system category).
std::string file_error_words(int error_number);

inline std::string file_error_words(const std::error_code& ec) {
    if (ec.category() == std::generic_category() || ec.category() == std::system_category())
        return file_error_words(ec.value());
    return ec.message();
}

}  // namespace heftsatz
