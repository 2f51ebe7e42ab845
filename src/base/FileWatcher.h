// Waits for files to change, with Linux's inotify: the folders given are
// watched with all their sub-folders (editors save by writing a new file and
// renaming it over the old one, which a watch on the file itself would
// lose). It only says that something may have changed; the caller decides
// by the files' contents whether anything did.
#pragma once

#include "base/Result.h"

#include <chrono>
#include <filesystem>
#include <vector>

namespace heftsatz {

class FileWatcher {
public:
    // Watches each folder and, for those marked recursive, every folder below.
    static Result<FileWatcher> watch(const std::vector<std::filesystem::path>& folders,
                                     const std::vector<std::filesystem::path>& recursive);

    FileWatcher(FileWatcher&& other) noexcept;
    FileWatcher& operator=(FileWatcher&&) = delete;
    FileWatcher(const FileWatcher&) = delete;
    ~FileWatcher();

    // Blocks until a change is seen, then until no other comes for a while
    // (an editor's save is several events, a copied folder many): `settled`
    // after a change that is complete (a file closed after writing, renamed,
    // deleted, touched), `quiet` while files are only being written (made,
    // modified, not yet closed). A save is thus rebuilt within a few
    // milliseconds, a file still being written is not read half-way.
    // A folder made meanwhile is watched from then on.
    void wait(std::chrono::milliseconds settled, std::chrono::milliseconds quiet);

private:
    explicit FileWatcher(int fd) : fd_(fd) {}
    void add(const std::filesystem::path& folder, bool recursive);
    enum class Seen { Nothing, Writing, Complete };
    Seen drain(int timeout_ms);  // the most complete of the events read

    int fd_ = -1;
    std::vector<std::pair<int, std::filesystem::path>> recursive_watches_;
};

}  // namespace heftsatz
