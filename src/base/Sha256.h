// SHA-256 as lowercase hex, by OpenSSL's libcrypto (the digest Debian's
// sha256sum and CI caches use): files are known by their content by it (the
// archive's input keys and SHA256SUMS, the PDF stage's image cache).
#pragma once

#include "base/Result.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace heftsatz {

// A digest fed piece by piece: names and file contents in a fixed order.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(Sha256&&) noexcept;
    Sha256& operator=(Sha256&&) noexcept;

    void add(std::string_view bytes);
    // The file's bytes (returns how many); a file that cannot be read is an
    // error naming it.
    Result<std::uintmax_t> add_file(const std::filesystem::path& file);
    // The digest of everything added, as 64 hex digits; the object is spent.
    std::string hex();

private:
    struct Context;
    std::unique_ptr<Context> context_;
};

std::string sha256_hex(std::string_view bytes);

}  // namespace heftsatz
