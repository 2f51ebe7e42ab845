#include "base/Sha256.h"

#include "base/FileError.h"

#include <openssl/evp.h>

#include <cerrno>
#include <fstream>
#include <new>

namespace heftsatz {

struct Sha256::Context {
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> md{EVP_MD_CTX_new(), &EVP_MD_CTX_free};
};

Sha256::Sha256() : context_(std::make_unique<Context>()) {
    // Only memory can make these fail: SHA-256 is in every OpenSSL build.
    if (!context_->md || EVP_DigestInit_ex(context_->md.get(), EVP_sha256(), nullptr) != 1) throw std::bad_alloc();
}
Sha256::~Sha256() = default;
Sha256::Sha256(Sha256&&) noexcept = default;
Sha256& Sha256::operator=(Sha256&&) noexcept = default;

void Sha256::add(std::string_view bytes) {
    EVP_DigestUpdate(context_->md.get(), bytes.data(), bytes.size());
}

Result<std::uintmax_t> Sha256::add_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return error("cannot read " + file.string() + ": " + file_error_words(errno),
                     "check that the file exists and can be read")
            .at({file.string(), 0, 0});
    char buffer[1 << 16];
    std::uintmax_t total = 0;
    while (in) {
        in.read(buffer, sizeof buffer);
        const auto n = static_cast<std::size_t>(in.gcount());
        add(std::string_view(buffer, n));
        total += n;
    }
    if (in.bad())
        return error("cannot read " + file.string() + ": " + file_error_words(errno), "check the disk")
            .at({file.string(), 0, 0});
    return total;
}

std::string Sha256::hex() {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(context_->md.get(), digest, &length);
    static const char* const kDigits = "0123456789abcdef";
    std::string out;
    for (unsigned i = 0; i < length; ++i) {
        out += kDigits[digest[i] >> 4];
        out += kDigits[digest[i] & 15];
    }
    return out;
}

std::string sha256_hex(std::string_view bytes) {
    Sha256 digest;
    digest.add(bytes);
    return digest.hex();
}

}  // namespace heftsatz
