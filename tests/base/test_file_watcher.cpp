// FileWatcher: a save (a file written and closed) is reported within a few
// milliseconds; a file still open for writing is waited for until it is
// closed, however long the writer pauses under the quiet time.
#include "base/FileWatcher.h"
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <thread>

using namespace heftsatz;
namespace fs = std::filesystem;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

TEST_CASE("a saved file is reported at once, one still being written when it is closed", "[base][watch]") {
    const fs::path dir = test::process_dir("file-watcher");
    auto watcher = FileWatcher::watch({dir}, {});
    REQUIRE(watcher);

    // A save: written and closed. With a quiet time of 5 s, only seeing the
    // close as the end of the change returns before it.
    Clock::time_point closed;
    std::thread saver([&] {
        std::this_thread::sleep_for(50ms);
        std::ofstream(dir / "artikel.xml") << "<article/>";
        closed = Clock::now();
    });
    watcher->wait(5ms, 5000ms);
    const auto returned = Clock::now();
    saver.join();
    CHECK(returned - closed < 2000ms);

    // A file written, then (still open) nothing for 300 ms, then more and
    // closed: the pause is not the end of the change.
    Clock::time_point first_write, resumed;
    std::thread writer([&] {
        std::this_thread::sleep_for(50ms);
        std::ofstream out(dir / "bild.png");
        out << "erster Teil" << std::flush;
        first_write = Clock::now();
        std::this_thread::sleep_for(300ms);
        resumed = Clock::now();
        out << "zweiter Teil" << std::flush;
        out.close();
    });
    watcher->wait(5ms, 1000ms);
    const auto after_writing = Clock::now();
    writer.join();
    CHECK(after_writing > resumed);
    CHECK(after_writing - first_write >= 300ms);
}
