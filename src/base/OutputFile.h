// A file written beside its target and moved over it only when complete:
// whoever reads the target sees the old file or the new one, never a part,
// and a failed or interrupted run leaves the old one as it was.
//
// The temporary file is created exclusively (O_CREAT | O_EXCL | O_NOFOLLOW):
// a file or symbolic link planted at its name is never opened, followed or
// truncated; another name is tried instead. It is removed when the OutputFile
// is destroyed uncommitted and when the process gets SIGINT, SIGTERM or
// SIGHUP (the handler only unlinks, then lets the signal end the process).
#pragma once

#include "base/Result.h"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace heftsatz {

class OutputFile {
public:
    // Makes the target's folder if it is missing (removed again if nothing is
    // committed) and creates the temporary file in it. `what` names the file
    // in messages ("the PDF", "the report").
    static Result<OutputFile> create(const std::filesystem::path& target, std::string what);

    OutputFile(OutputFile&& other) noexcept;
    OutputFile& operator=(OutputFile&&) = delete;
    OutputFile(const OutputFile&) = delete;
    ~OutputFile();

    // Appends `bytes`; a failure names its cause (disk full, quota, ulimit).
    Result<std::size_t> write(std::string_view bytes);
    // When the bytes reach the disk: before the rename (a file of its own,
    // such as the PDF a user asked for), or with the next sync_file_system
    // of its folder (a tree of many derived files, such as the archive: one
    // flush for all instead of one per file, which took 0.6 ms each here).
    enum class Flush { Now, WithFolder };
    // Renames the file over the target; returns the bytes written.
    Result<std::size_t> commit(Flush flush = Flush::Now);

    const std::filesystem::path& target() const { return target_; }
    const std::filesystem::path& temporary() const { return temporary_; }

private:
    OutputFile(std::filesystem::path target, std::filesystem::path temporary, std::string what, int fd, int slot,
               std::vector<std::filesystem::path> made_folders);
    void discard();

    std::filesystem::path target_;
    std::filesystem::path temporary_;
    std::string what_;
    int fd_ = -1;
    int slot_ = -1;  // the signal handler's entry for temporary_, or -1
    std::size_t written_ = 0;
    bool committed_ = false;
    std::vector<std::filesystem::path> made_folders_;  // innermost first
};

// Flushes every file written under `folder` to the disk (syncfs: the
// folder's whole file system, one call): what commit(Flush::WithFolder) left
// for later. A disk that is full or failing says so here (the failure;
// nothing if all went well); `what` names the files in the message.
std::optional<Diagnostic> sync_file_system(const std::filesystem::path& folder, const std::string& what);

// The temporary names tried beside `target`, in order: the first is fixed, so
// tests can plant a link there; the rest are random. Exposed for tests.
std::filesystem::path temporary_name(const std::filesystem::path& target, unsigned attempt);

}  // namespace heftsatz
