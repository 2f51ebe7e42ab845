// FileDigests: a file's SHA-256, made again whenever the file may have
// changed, even by a write of the same size within the clock's tick.
#include "base/FileDigests.h"
#include "base/Sha256.h"
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>

using namespace heftsatz;
namespace fs = std::filesystem;

namespace {

void write(const fs::path& file, const std::string& text) { std::ofstream(file, std::ios::binary) << text; }

// Puts the file's modification time back to what `s` says (its change time moves on).
void set_mtime(const fs::path& file, const struct stat& s) {
    const struct timespec times[2] = {s.st_atim, s.st_mtim};
    REQUIRE(::utimensat(AT_FDCWD, file.c_str(), times, 0) == 0);
}

}  // namespace

TEST_CASE("a file's digest is its SHA-256, made again after a same-size write in the same tick", "[base]") {
    const fs::path dir = test::output_dir("file-digests-racy");
    const fs::path file = dir / "artikel.xml";
    write(file, "<p>Erster Stand</p>");
    FileDigests digests;
    auto first = digests.hex(file);
    REQUIRE(first);
    CHECK(*first == sha256_hex("<p>Erster Stand</p>"));
    struct stat before {};
    REQUIRE(::stat(file.c_str(), &before) == 0);
    write(file, "<p>Zweiter Stand</p>");  // the same size
    set_mtime(file, before);
    auto second = digests.hex(file);
    REQUIRE(second);
    CHECK(*second == sha256_hex("<p>Zweiter Stand</p>"));
    CHECK_FALSE(digests.hex(dir / "fehlt.xml"));
}

TEST_CASE("a settled file's kept digest gives way when the file is rewritten", "[base]") {
    const fs::path dir = test::output_dir("file-digests-settled");
    const fs::path file = dir / "schrift.otf";
    write(file, "eine Schrift, Stand 1");
    std::this_thread::sleep_for(std::chrono::milliseconds(2100));  // older than FileDigests trusts
    FileDigests digests;
    REQUIRE(digests.hex(file));
    auto kept = digests.hex(file);
    REQUIRE(kept);
    CHECK(*kept == sha256_hex("eine Schrift, Stand 1"));
    struct stat before {};
    REQUIRE(::stat(file.c_str(), &before) == 0);
    write(file, "eine Schrift, Stand 2");  // same size, then the same modification time
    set_mtime(file, before);
    auto again = digests.hex(file);
    REQUIRE(again);
    CHECK(*again == sha256_hex("eine Schrift, Stand 2"));
}
