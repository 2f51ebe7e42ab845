#include "base/FileWatcher.h"

#include "base/FileError.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace heftsatz {

namespace fs = std::filesystem;

namespace {

constexpr std::uint32_t kEvents =
    IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB | IN_MODIFY;

}  // namespace

Result<FileWatcher> FileWatcher::watch(const std::vector<fs::path>& folders, const std::vector<fs::path>& recursive) {
    const int fd = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
    if (fd < 0)
        return error("cannot watch files for changes: " + file_error_words(errno),
                     "raise fs.inotify.max_user_instances, or build with heftsatz build instead");
    FileWatcher watcher(fd);
    for (const fs::path& folder : folders) watcher.add(folder, false);
    for (const fs::path& folder : recursive) watcher.add(folder, true);
    return watcher;
}

FileWatcher::FileWatcher(FileWatcher&& other) noexcept
    : fd_(other.fd_), recursive_watches_(std::move(other.recursive_watches_)) {
    other.fd_ = -1;
}

FileWatcher::~FileWatcher() {
    if (fd_ >= 0) close(fd_);
}

void FileWatcher::add(const fs::path& folder, bool recursive) {
    // A folder that cannot be watched (removed meanwhile, no permission) is
    // left out: its files are still read and hashed at each rebuild.
    const int wd = inotify_add_watch(fd_, folder.c_str(), kEvents);
    if (wd < 0) return;
    if (!recursive) return;
    recursive_watches_.emplace_back(wd, folder);
    std::error_code ec;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder, ec))
        if (entry.is_directory(ec) && !entry.is_symlink(ec)) add(entry.path(), true);
}

FileWatcher::Seen FileWatcher::drain(int timeout_ms) {
    pollfd p{fd_, POLLIN, 0};
    if (poll(&p, 1, timeout_ms) <= 0) return Seen::Nothing;
    alignas(inotify_event) char buffer[16384];
    Seen seen = Seen::Nothing;
    for (ssize_t n; (n = read(fd_, buffer, sizeof buffer)) > 0;) {
        for (char* at = buffer; at < buffer + n;) {
            const auto* event = reinterpret_cast<const inotify_event*>(at);
            at += sizeof(inotify_event) + event->len;
            // A file made or written to is complete once it is closed (or
            // renamed into place), which is an event of its own.
            const bool writing = (event->mask & (IN_CREATE | IN_MODIFY)) && !(event->mask & IN_ISDIR);
            seen = std::max(seen, writing ? Seen::Writing : Seen::Complete);
            if (!(event->mask & IN_ISDIR) || !(event->mask & (IN_CREATE | IN_MOVED_TO)) || event->len == 0) continue;
            for (const auto& [wd, folder] : recursive_watches_)
                if (wd == event->wd) {
                    add(folder / event->name, true);
                    break;
                }
        }
    }
    return seen;
}

void FileWatcher::wait(std::chrono::milliseconds settled, std::chrono::milliseconds quiet) {
    Seen seen = Seen::Nothing;
    while ((seen = drain(-1)) == Seen::Nothing) {
    }
    for (;;) {
        const Seen next = drain(static_cast<int>((seen == Seen::Complete ? settled : quiet).count()));
        if (next == Seen::Nothing) return;
        seen = next;
    }
}

}  // namespace heftsatz
