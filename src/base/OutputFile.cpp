#include "base/OutputFile.h"

#include "base/CaughtSignals.h"
#include "base/FileError.h"

#include <atomic>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <random>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace heftsatz {
namespace {

namespace fs = std::filesystem;

constexpr unsigned kAttempts = 64;

// The temporary files a signal must remove. A signal handler can reach only
// static storage and may call only async-signal-safe functions (unlink,
// raise), so this one registry is global: a fixed table of paths, each
// published by an atomic flag once its bytes are in place. heftsatz has two
// outputs at most (PDF and report); a ninth would go unprotected, not wrong.
enum SlotState : int { kFree, kFilling, kPublished };
struct PendingRemoval {
    std::atomic<int> state{kFree};
    char path[PATH_MAX] = {};
};
static_assert(std::atomic<int>::is_always_lock_free, "the signal handler reads the states");
PendingRemoval pending[8];

extern "C" void remove_temporaries(int signal_number) {
    const int saved = errno;
    for (PendingRemoval& p : pending)
        if (p.state.load(std::memory_order_acquire) == kPublished) ::unlink(p.path);
    errno = saved;
    // SA_RESETHAND restored the default action: raised again once this
    // handler returns, the signal ends the process as it would have.
    ::raise(signal_number);
}

void install_handlers() {
    static std::once_flag once;
    std::call_once(once, [] {
        for (int s : kCaughtSignals) {
            struct sigaction previous {};
            if (::sigaction(s, nullptr, &previous) != 0) continue;
            // A signal the caller ignores (nohup, a background job's SIGINT) stays ignored.
            if (previous.sa_handler == SIG_IGN) continue;
            struct sigaction action {};
            action.sa_handler = remove_temporaries;
            action.sa_flags = SA_RESETHAND;
            sigemptyset(&action.sa_mask);
            for (int other : kCaughtSignals) sigaddset(&action.sa_mask, other);
            ::sigaction(s, &action, nullptr);
        }
    });
}

int take_slot(const fs::path& path) {
    const std::string& name = path.native();
    if (name.size() >= PATH_MAX) return -1;
    for (int i = 0; i < static_cast<int>(std::size(pending)); ++i) {
        PendingRemoval& p = pending[i];
        int expected = kFree;
        if (!p.state.compare_exchange_strong(expected, kFilling, std::memory_order_acq_rel)) continue;
        std::memcpy(p.path, name.c_str(), name.size() + 1);
        p.state.store(kPublished, std::memory_order_release);  // the handler sees whole paths only
        return i;
    }
    return -1;
}

void free_slot(int slot) {
    if (slot >= 0) pending[slot].state.store(kFree, std::memory_order_release);
}

std::string folder_of(const fs::path& target) {
    return target.has_parent_path() ? target.parent_path().string() : std::string(".");
}

}  // namespace

fs::path temporary_name(const fs::path& target, unsigned attempt) {
    std::string name = target.filename().string() + ".tmp-heftsatz";
    if (attempt > 0) {
        static thread_local std::mt19937 random{std::random_device{}()};
        char suffix[16];
        std::snprintf(suffix, sizeof suffix, "-%08x", static_cast<unsigned>(random()));
        name += suffix;
    }
    return target.has_parent_path() ? target.parent_path() / name : fs::path(name);
}

Result<OutputFile> OutputFile::create(const fs::path& target, std::string what) {
    install_handlers();
    // The folders that do not exist yet, innermost first: made now, removed
    // again if nothing is committed, so a failed run leaves no empty out/.
    std::vector<fs::path> made;
    if (target.has_parent_path()) {
        std::error_code ec;
        for (fs::path p = target.parent_path(); !p.empty() && !fs::exists(fs::symlink_status(p, ec));
             p = p.parent_path()) {
            made.push_back(p);
            if (!p.has_parent_path() || p.parent_path() == p) break;
        }
        for (auto it = made.rbegin(); it != made.rend(); ++it)
            if (::mkdir(it->c_str(), 0777) != 0 && errno != EEXIST) {
                const int cause = errno;
                for (auto undo = it.base(); undo != made.end(); ++undo) ::rmdir(undo->c_str());
                return error("cannot create the folder " + it->string() + " for the " + what + ": " +
                                 file_error_words(cause),
                             "choose another path, or make the folder writable")
                    .at({target.string(), 0, 0});
            }
    }
    int last_error = 0;
    for (unsigned attempt = 0; attempt < kAttempts; ++attempt) {
        const fs::path temporary = temporary_name(target, attempt);
        CaughtSignalsHeld held;
        // 0666 before the umask, as any new file: the finished file gets the
        // permissions the user's other files get.
        const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd >= 0) {
            const int slot = take_slot(temporary);
            return OutputFile(target, temporary, std::move(what), fd, slot, std::move(made));
        }
        last_error = errno;
        if (last_error != EEXIST && last_error != EINTR) break;  // another name would fail the same way
    }
    for (const fs::path& folder : made) ::rmdir(folder.c_str());
    return error("cannot create a temporary file in " + folder_of(target) + " for the " + what + ": " +
                     file_error_words(last_error),
                 "choose another path, or make the folder writable")
        .at({target.string(), 0, 0});
}

OutputFile::OutputFile(fs::path target, fs::path temporary, std::string what, int fd, int slot,
                       std::vector<fs::path> made_folders)
    : target_(std::move(target)),
      temporary_(std::move(temporary)),
      what_(std::move(what)),
      fd_(fd),
      slot_(slot),
      made_folders_(std::move(made_folders)) {}

OutputFile::OutputFile(OutputFile&& other) noexcept
    : target_(std::move(other.target_)),
      temporary_(std::move(other.temporary_)),
      what_(std::move(other.what_)),
      fd_(other.fd_),
      slot_(other.slot_),
      written_(other.written_),
      committed_(other.committed_),
      made_folders_(std::move(other.made_folders_)) {
    other.fd_ = -1;
    other.slot_ = -1;
    other.committed_ = true;  // the moved-from object owns nothing to remove
}

OutputFile::~OutputFile() { discard(); }

void OutputFile::discard() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
    if (committed_) return;
    {
        CaughtSignalsHeld held;
        ::unlink(temporary_.c_str());
        free_slot(slot_);
        slot_ = -1;
    }
    for (const fs::path& folder : made_folders_) ::rmdir(folder.c_str());  // only if empty
    committed_ = true;
}

Result<std::size_t> OutputFile::write(std::string_view bytes) {
    if (fd_ < 0) return internal_error("OutputFile::write after commit");
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const int cause = n < 0 ? errno : ENOSPC;
            discard();
            return error("cannot write the " + what_ + ": " + file_error_words(cause),
                         cause == ENOSPC || cause == EDQUOT
                             ? "free some space, then run again; the previous file is untouched"
                             : "check the output folder; the previous file is untouched")
                .at({target_.string(), 0, 0});
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
        written_ += static_cast<std::size_t>(n);
    }
    return written_;
}

Result<std::size_t> OutputFile::commit(Flush flush) {
    if (fd_ < 0) return internal_error("OutputFile::commit twice");
    // Some file systems (NFS, quotas) report a full disk only at fsync or close.
    if (flush == Flush::Now && ::fsync(fd_) != 0 && errno != EINVAL && errno != EROFS) {
        const int cause = errno;
        discard();
        return error("cannot write the " + what_ + ": " + file_error_words(cause),
                     "free some space, then run again; the previous file is untouched")
            .at({target_.string(), 0, 0});
    }
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) {
        const int cause = errno;
        discard();
        return error("cannot write the " + what_ + ": " + file_error_words(cause),
                     "free some space, then run again; the previous file is untouched")
            .at({target_.string(), 0, 0});
    }
    CaughtSignalsHeld held;
    if (::rename(temporary_.c_str(), target_.c_str()) != 0) {
        const int cause = errno;
        discard();
        return error("cannot move the finished " + what_ + " into place: " +
                         file_error_words(cause),
                     "check the permissions of " + target_.string() + " and its folder")
            .at({target_.string(), 0, 0});
    }
    free_slot(slot_);
    slot_ = -1;
    committed_ = true;
    return written_;
}

std::optional<Diagnostic> sync_file_system(const fs::path& folder, const std::string& what) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    int cause = fd < 0 ? errno : 0;
    if (fd >= 0) {
        if (::syncfs(fd) != 0) cause = errno;
        ::close(fd);
    }
    if (cause == 0) return std::nullopt;
    return error("cannot write " + what + " to the disk: " + file_error_words(cause),
                 "free some space, then run again: what did not reach the disk is written again")
        .at({folder.string(), 0, 0});
}

}  // namespace heftsatz
