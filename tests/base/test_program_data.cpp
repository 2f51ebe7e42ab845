// ProgramData: an installed heftsatz finds its data from its own place, and
// only a binary beside the build-tree marker uses the source tree (issue 13).
#include "base/ProgramData.h"
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace heftsatz;
namespace fs = std::filesystem;

TEST_CASE("an installed program's data is ../share/heftsatz from its own folder, wherever the prefix is") {
    const ProgramData data = ProgramData::for_executable("/opt/moved/prefix/bin/heftsatz");
    CHECK_FALSE(data.build_tree);
    CHECK(data.root == fs::path("/opt/moved/prefix/share/heftsatz"));
    CHECK(data.hyphenation == fs::path("/opt/moved/prefix/share/heftsatz/hyphenation/hyph_de-x-dehyphn.dic"));
    CHECK(data.hunspell == fs::path("/opt/moved/prefix/share/heftsatz/hunspell/de_DE.dic"));
    CHECK(data.icc == fs::path("/opt/moved/prefix/share/heftsatz/icc"));
}

TEST_CASE("only a program with the build-tree marker beside it uses the source tree") {
    const fs::path bin = test::output_dir("program-data") / "bin";
    fs::create_directories(bin);
    fs::remove(bin / kBuildTreeMarker);
    CHECK_FALSE(ProgramData::for_executable(bin / "heftsatz").build_tree);

    std::ofstream(bin / kBuildTreeMarker) << "marker\n";
    const ProgramData data = ProgramData::for_executable(bin / "heftsatz");
    CHECK(data.build_tree);
    CHECK(data.root == test::source_dir());
    CHECK(data.hunspell == test::source_dir() / "data/hunspell/de_DE.dic");
}

TEST_CASE("a program whose own place cannot be read has no data folder, and says so by an empty root") {
    const ProgramData data = ProgramData::for_executable({});
    CHECK(data.root.empty());
    CHECK_FALSE(data.build_tree);
}

TEST_CASE("the tests themselves run beside the marker, with the source tree's data") {
    CHECK(ProgramData::get().build_tree);
    CHECK(fs::is_regular_file(ProgramData::get().hyphenation));
}
