// SHA-256 digests of files, kept while a file stays as it was: a process
// that looks at the same files round after round (`watch`) hashes each once
// per change, not the fonts' and dictionaries' megabytes at every save.
//
// A digest is reused only when the file's device, inode, size, modification
// and change times are those it was made with, and the file was older than
// two seconds then ("racy git"): the kernel stamps times from a clock that
// ticks every few milliseconds, so two writes of the same size inside one
// tick would look alike, but not to a digest made a while after the file's
// last write. The file just saved is therefore hashed again each round; it
// is the small one.
#pragma once

#include "base/Result.h"

#include <filesystem>
#include <mutex>
#include <string>
#include <unordered_map>

namespace heftsatz {

class FileDigests {
public:
    // The file's SHA-256 as 64 hex digits; a file that cannot be read is an
    // error naming it. Safe to call from several threads.
    Result<std::string> hex(const std::filesystem::path& file);

private:
    struct Kept {
        std::string signature;  // device, inode, size and times when hashed
        std::string digest;
    };
    std::mutex mutex_;
    std::unordered_map<std::string, Kept> kept_;
};

}  // namespace heftsatz
