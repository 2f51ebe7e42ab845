// heftsatz --print-data-dirs (issue 13): the folders a build searches for
// layouts and fonts, in the lookup order, and the data the program reads.
#include "support/Support.h"

#include <catch2/catch.hpp>

using namespace heftsatz;
namespace fs = std::filesystem;

TEST_CASE("heftsatz --print-data-dirs lists the issue, each --data-dir, HEFTSATZ_DATA and the program's data, in that order",
          "[e2e][paths]") {
    const fs::path dir = test::output_dir("print-data-dirs");
    fs::create_directories(dir / "one");
    fs::create_directories(dir / "two");
    fs::create_directories(dir / "env");
    const std::string issue = test::fixture("small-issue").string();
    auto r = test::run("HEFTSATZ_DATA='" + (dir / "env").string() + "' '" HEFTSATZ_BINARY "' --print-data-dirs '" +
                       issue + "' --data-dir '" + (dir / "one").string() + "' --data-dir '" + (dir / "two").string() +
                       "'");
    INFO(r.out);
    REQUIRE(r.exit_code == 0);
    const auto at = [&](const std::string& text) { return r.out.find(text); };
    REQUIRE(at("issue           " + issue) != std::string::npos);
    REQUIRE(at("--data-dir      " + (dir / "one").string()) != std::string::npos);
    REQUIRE(at("HEFTSATZ_DATA   " + (dir / "env").string()) != std::string::npos);
    // The tests run in the build tree: its program uses the source tree.
    REQUIRE(at("source tree     " + test::source_dir().string()) != std::string::npos);
    CHECK(at("issue ") < at((dir / "one").string()));
    CHECK(at((dir / "one").string()) < at((dir / "two").string()));
    CHECK(at((dir / "two").string()) < at("HEFTSATZ_DATA"));
    CHECK(at("HEFTSATZ_DATA") < at("source tree"));
    CHECK(at("hyphenation") != std::string::npos);
}

TEST_CASE("heftsatz --print-data-dirs takes no option but --data-dir, and a --data-dir that is no folder is exit 2",
          "[e2e][paths]") {
    auto strict = test::heftsatz("--print-data-dirs --strict");
    INFO(strict.out);
    CHECK(strict.exit_code == 2);
    CHECK(strict.out.find("--print-data-dirs takes an issue folder and --data-dir only, not --strict") != std::string::npos);
    auto missing = test::heftsatz("--print-data-dirs --data-dir /nonexistent/heftsatz-data");
    INFO(missing.out);
    CHECK(missing.exit_code == 2);
    CHECK(missing.out.find("is not a folder") != std::string::npos);
}
