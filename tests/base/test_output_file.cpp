// OutputFile: a file written beside its target and renamed over it. Made
// exclusively (a planted link is never followed), removed when not
// committed, and every failure names its real cause (issue 8: "cannot move
// the finished PDF into place: Success").
#include "base/OutputFile.h"
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <fstream>

#include <sys/stat.h>

using namespace heftsatz;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> names_in(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace

TEST_CASE("a committed output replaces the target and leaves nothing else", "[base][output]") {
    const fs::path dir = test::output_dir("output-file-commit");
    const fs::path target = dir / "ausgabe.pdf";
    std::ofstream(target) << "the previous issue";
    {
        auto file = OutputFile::create(target, "PDF");
        REQUIRE(file);
        CHECK(file->temporary().parent_path() == dir);  // beside: rename is atomic
        CHECK(test::read_file(target) == "the previous issue");
        REQUIRE(file->write("%PDF-1.7 new"));
        auto done = file->commit();
        REQUIRE(done);
        CHECK(*done == 12);
    }
    CHECK(test::read_file(target) == "%PDF-1.7 new");
    CHECK(names_in(dir) == std::vector<std::string>{"ausgabe.pdf"});
    // The permissions of any new file (0666 less the umask), not mkstemp's 0600.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    struct stat s {};
    REQUIRE(::stat(target.c_str(), &s) == 0);
    CHECK((s.st_mode & 0777) == (0666 & ~mask));
}

TEST_CASE("an output flushed with its folder is in place at once and reaches the disk with sync_file_system",
          "[base][output]") {
    const fs::path dir = test::output_dir("output-file-flush-later");
    const fs::path target = dir / "seite.html";
    std::ofstream(target) << "alt";
    {
        auto file = OutputFile::create(target, "page");
        REQUIRE(file);
        REQUIRE(file->write("<!DOCTYPE html>"));
        auto done = file->commit(OutputFile::Flush::WithFolder);
        REQUIRE(done);
        CHECK(*done == 15);
    }
    CHECK(test::read_file(target) == "<!DOCTYPE html>");
    CHECK(names_in(dir) == std::vector<std::string>{"seite.html"});
    CHECK_FALSE(sync_file_system(dir, "the archive"));
    // A folder that is not there: the failure names it and says what to do.
    const auto missing = sync_file_system(dir / "fehlt", "the archive");
    REQUIRE(missing);
    CHECK(missing->message.find("cannot write the archive to the disk") != std::string::npos);
    CHECK(missing->where.file == (dir / "fehlt").string());
    CHECK_FALSE(missing->hint.empty());
}

TEST_CASE("an output never committed leaves the previous file and no temporary file", "[base][output]") {
    const fs::path dir = test::output_dir("output-file-discard");
    const fs::path target = dir / "ausgabe.pdf";
    std::ofstream(target) << "the previous issue";
    {
        auto file = OutputFile::create(target, "PDF");
        REQUIRE(file);
        REQUIRE(file->write("half a PDF"));
        CHECK(fs::exists(file->temporary()));
    }
    CHECK(test::read_file(target) == "the previous issue");
    CHECK(names_in(dir) == std::vector<std::string>{"ausgabe.pdf"});
}

TEST_CASE("folders made for an output are removed again if it is not committed", "[base][output]") {
    const fs::path dir = test::output_dir("output-file-folders");
    {
        auto file = OutputFile::create(dir / "out/2020/ausgabe.pdf", "PDF");
        REQUIRE(file);
        CHECK(fs::is_directory(dir / "out/2020"));
    }
    CHECK(names_in(dir).empty());
}

TEST_CASE("a link planted at the temporary name is not followed", "[base][output]") {
    const fs::path dir = test::output_dir("output-file-planted");
    const fs::path target = dir / "ausgabe.pdf";
    const fs::path victim = dir / "issue.xml";
    std::ofstream(victim) << "<issue/>";
    const fs::path planted = temporary_name(target, 0);
    fs::create_symlink(victim, planted);
    auto file = OutputFile::create(target, "PDF");
    REQUIRE(file);
    CHECK(file->temporary() != planted);
    REQUIRE(file->write("%PDF"));
    REQUIRE(file->commit());
    CHECK(test::read_file(victim) == "<issue/>");
    CHECK(fs::is_symlink(planted));  // not ours: left alone
    CHECK(test::read_file(target) == "%PDF");
}

TEST_CASE("the first temporary name is fixed, the others are not", "[base][output]") {
    const fs::path target = "out/ausgabe.pdf";
    CHECK(temporary_name(target, 0) == fs::path("out/ausgabe.pdf.tmp-heftsatz"));
    CHECK(temporary_name(target, 1).parent_path() == fs::path("out"));
    CHECK(temporary_name(target, 1) != temporary_name(target, 2));
}

TEST_CASE("a failed rename names its cause, never Success", "[base][output]") {
    const fs::path dir = test::output_dir("output-file-rename");
    const fs::path target = dir / "ordner";
    fs::create_directories(target / "inhalt");  // rename(2) cannot replace a folder that holds files
    auto file = OutputFile::create(target, "PDF");
    REQUIRE(file);
    REQUIRE(file->write("%PDF"));
    auto done = file->commit();
    REQUIRE_FALSE(done);
    INFO(done.failure().message);
    CHECK(done.failure().message.rfind("cannot move the finished PDF into place: it is a folder", 0) == 0);
    CHECK(done.failure().message.find("Success") == std::string::npos);
    CHECK(names_in(dir) == std::vector<std::string>{"ordner"});
}

TEST_CASE("a folder that cannot be created names its cause", "[base][output]") {
    const fs::path dir = test::output_dir("output-file-no-folder");
    std::ofstream(dir / "datei") << "a file, not a folder";
    auto file = OutputFile::create(dir / "datei/ausgabe.pdf", "PDF");
    REQUIRE_FALSE(file);
    INFO(file.failure().message);
    CHECK(file.failure().message.find(": a part of the path is a file, not a folder") != std::string::npos);
}
