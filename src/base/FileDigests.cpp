#include "base/FileDigests.h"

#include "base/Sha256.h"

#include <algorithm>
#include <ctime>

#include <sys/stat.h>

namespace heftsatz {
namespace {

// How old a file must be for its digest to be kept (see the header).
constexpr long long kSettledSeconds = 2;

// The file's identity, size and times, as one string to compare.
std::string signature_of(const struct stat& s) {
    return std::to_string(s.st_dev) + ":" + std::to_string(s.st_ino) + ":" + std::to_string(s.st_size) + ":" +
           std::to_string(s.st_mtim.tv_sec) + "." + std::to_string(s.st_mtim.tv_nsec) + ":" +
           std::to_string(s.st_ctim.tv_sec) + "." + std::to_string(s.st_ctim.tv_nsec);
}

}  // namespace

Result<std::string> FileDigests::hex(const std::filesystem::path& file) {
    struct stat before {};
    const bool examined = ::stat(file.c_str(), &before) == 0;
    const std::string signature = examined ? signature_of(before) : std::string();
    if (examined) {
        std::lock_guard<std::mutex> lock(mutex_);
        if (auto it = kept_.find(file.native()); it != kept_.end() && it->second.signature == signature)
            return it->second.digest;
    }
    Sha256 digest;
    if (auto read = digest.add_file(file); !read) return read.failure();
    std::string hex = digest.hex();
    const long long now = static_cast<long long>(std::time(nullptr));
    const long long changed = std::max<long long>(before.st_mtim.tv_sec, before.st_ctim.tv_sec);
    if (examined && now - changed >= kSettledSeconds) {
        std::lock_guard<std::mutex> lock(mutex_);
        kept_.insert_or_assign(file.native(), Kept{signature, hex});
    }
    return hex;
}

}  // namespace heftsatz
