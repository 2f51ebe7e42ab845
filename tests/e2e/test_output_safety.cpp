// Never lose a user's work (issue 8), the parts the catalogue cannot drive:
// signals during a build, a full disk, a file size limit, a folder that
// cannot be written, threads that cannot be started. Each checks that the
// previous PDF survives and no temporary file is left.
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <fstream>
#include <regex>
#include <thread>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace heftsatz;
namespace fs = std::filesystem;

extern char** environ;

namespace {

bool temporary_left(const fs::path& folder) {
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().filename().string().find(".tmp-") != std::string::npos) return true;
    return false;
}

// Starts heftsatz with every signal at its default action (a shell's
// background job would ignore SIGINT).
pid_t start(const std::vector<std::string>& arguments) {
    std::vector<std::string> args{HEFTSATZ_BINARY};
    args.insert(args.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t all;
    sigfillset(&all);
    posix_spawnattr_setsigdefault(&attributes, &all);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&files, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = -1;
    const int failed = posix_spawn(&pid, args[0].c_str(), &files, &attributes, argv.data(), environ);
    posix_spawn_file_actions_destroy(&files);
    posix_spawnattr_destroy(&attributes);
    return failed ? -1 : pid;
}

}  // namespace

TEST_CASE("a signal during a build removes the temporary file and keeps the previous PDF", "[e2e][output]") {
    for (int signal_number : {SIGTERM, SIGINT, SIGHUP}) {
        INFO("signal " << signal_number);
        const fs::path dir = test::output_dir("signal-" + std::to_string(signal_number));
        const fs::path pdf = dir / "ausgabe.pdf";
        std::ofstream(pdf) << "the previous issue";
        const pid_t pid = start({"build", test::corpus_issue().string(), "-o", pdf.string(), "-j", "1"});
        REQUIRE(pid > 0);
        // The temporary file exists from the end of reading to the rename:
        // the whole layout of the corpus, seconds. The signal comes inside.
        const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while (!temporary_left(dir) && std::chrono::steady_clock::now() < give_up)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        REQUIRE(temporary_left(dir));
        REQUIRE(::kill(pid, signal_number) == 0);
        int status = 0;
        REQUIRE(::waitpid(pid, &status, 0) == pid);
        // Ended by the signal, as a program that had no handler.
        CHECK(WIFSIGNALED(status));
        if (WIFSIGNALED(status)) CHECK(WTERMSIG(status) == signal_number);
        CHECK_FALSE(temporary_left(dir));
        CHECK(test::read_file(pdf) == "the previous issue");
    }
}

TEST_CASE("a full disk is named, and the previous PDF survives", "[e2e][output]") {
    // A 16 KB tmpfs in a user and mount namespace of our own; skipped where
    // the system allows none (containers without user namespaces).
    if (test::run("unshare -rm true").exit_code != 0) {
        WARN("skipped: no user namespaces here (unshare -rm)");
        return;
    }
    const fs::path dir = test::output_dir("disk-full");
    const fs::path mount = dir / "klein";
    fs::create_directories(mount);
    const std::string script = "mount -t tmpfs -o size=16k tmpfs '" + mount.string() + "' || exit 99; echo 'the previous issue' > '" +
                               mount.string() + "/ausgabe.pdf'; '" + HEFTSATZ_BINARY + "' build '" +
                               test::fixture("small-issue").string() + "' -o '" + mount.string() +
                               "/ausgabe.pdf'; echo \"exit=$?\"; ls -A '" + mount.string() + "'; cat '" + mount.string() +
                               "/ausgabe.pdf'";
    auto r = test::run("unshare -rm sh -c \"$(cat <<'EOF'\n" + script + "\nEOF\n)\"");
    INFO(r.out);
    if (r.exit_code == 99) {
        WARN("skipped: tmpfs cannot be mounted here");
        return;
    }
    CHECK(r.out.find("ausgabe.pdf: error: cannot write the PDF: the disk is full") != std::string::npos);
    CHECK(r.out.find("exit=2\nausgabe.pdf\nthe previous issue\n") != std::string::npos);  // only the old file, as it was
}

TEST_CASE("a file size limit is named, and the previous PDF survives", "[e2e][output]") {
    const fs::path dir = test::output_dir("size-limit");
    const fs::path pdf = dir / "ausgabe.pdf";
    std::ofstream(pdf) << "the previous issue";
    // 16 blocks of 1 KiB (bash, dash): less than any PDF of the fixture.
    auto r = test::run("sh -c \"ulimit -f 16; exec '" + std::string(HEFTSATZ_BINARY) + "' build '" +
                       test::fixture("small-issue").string() + "' -o '" + pdf.string() + "'\"");
    INFO(r.out);
    CHECK(r.exit_code == 2);
    CHECK(r.out.find("cannot write the PDF: the file is larger than this system allows") != std::string::npos);
    CHECK(test::read_file(pdf) == "the previous issue");
    CHECK_FALSE(temporary_left(dir));
}

TEST_CASE("a folder that cannot be written is named at once, with its cause", "[e2e][output]") {
    // Root writes everywhere: run as nobody where setpriv can, else skip.
    std::string as_user;
    if (::geteuid() == 0) {
        if (test::run("command -v setpriv").exit_code != 0) {
            WARN("skipped: running as root without setpriv");
            return;
        }
        as_user = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
    }
    const fs::path dir = test::output_dir("read-only-folder");
    fs::permissions(dir, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                             fs::perms::others_read | fs::perms::others_exec);
    const fs::path sealed = dir / "zu";
    fs::create_directories(sealed);
    fs::permissions(sealed, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
    auto r = test::run(as_user + "'" + HEFTSATZ_BINARY + "' build '" + test::fixture("small-issue").string() + "' -o '" +
                       (sealed / "ausgabe.pdf").string() + "'");
    INFO(r.out);
    CHECK(r.exit_code == 2);
    CHECK(r.out.find("cannot create a temporary file in " + sealed.string() + " for the PDF: permission denied") !=
          std::string::npos);
    CHECK(r.out.find("very loose") == std::string::npos);  // before the layout, not after it
    fs::permissions(sealed, fs::perms::owner_all);
}

TEST_CASE("threads that cannot be started do not abort the build", "[e2e][output]") {
    // RLIMIT_NPROC counts a user's threads: with 1, heftsatz can start no
    // thread besides its own, with 3 two, whatever -j asks. Root is exempt,
    // so as root the run is made as nobody (setpriv).
    std::string as_user;
    if (::geteuid() == 0) {
        if (test::run("command -v setpriv").exit_code != 0) {
            WARN("skipped: running as root without setpriv");
            return;
        }
        as_user = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
    }
    const fs::path dir = test::output_dir("thread-limit");
    fs::permissions(dir, fs::perms::all);
    for (const char* threads : {"1", "3"}) {
        INFO("prlimit --nproc=" << threads);
        const fs::path pdf = dir / (std::string("klein-") + threads + ".pdf");
        // LeakSanitizer (scripts/sanitize.sh) needs a thread of its own at exit.
        auto r = test::run("ASAN_OPTIONS=detect_leaks=0 " + as_user + "prlimit --nproc=" + threads + " '" +
                           HEFTSATZ_BINARY + "' build '" +
                           test::fixture("small-issue").string() + "' -j 8 -o '" + pdf.string() + "'");
        INFO(r.out);
        CHECK(r.out.find("terminate called") == std::string::npos);
        CHECK(r.out.find("internal error") == std::string::npos);
        CHECK(r.exit_code == 0);
        CHECK(std::regex_search(r.out, std::regex("wrote [^\\n]*klein-[13].pdf: 4 pages")));
        if (fs::exists(pdf)) test::check_no_text_lost(test::fixture("small-issue"), pdf);
    }
}
