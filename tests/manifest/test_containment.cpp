// The containment rule (manifest/Containment.h): every path an input names
// stays in the issue folder or in its data folder, links included.
#include "manifest/Containment.h"
#include "manifest/Manifest.h"
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <unistd.h>

using namespace heftsatz;
namespace fs = std::filesystem;

namespace {

// Runs the body with `dir` as the working directory, then goes back.
struct WorkingDirectory {
    fs::path previous = fs::current_path();
    explicit WorkingDirectory(const fs::path& dir) { fs::current_path(dir); }
    ~WorkingDirectory() { fs::current_path(previous); }
};

}  // namespace

TEST_CASE("an issue folder given as the empty path is the current folder, and ../ leaves it", "[manifest][paths]") {
    const fs::path dir = test::output_dir("contain-empty");
    fs::create_directories(dir / "I/articles");
    std::ofstream(dir / "outside.xml") << "<article/>";
    std::ofstream(dir / "I/articles/a.xml") << "<article/>";
    WorkingDirectory cd(dir / "I");
    const ContainedFolder issue = ContainedFolder::of("").take();
    CHECK(issue.path() == ".");
    CHECK(issue.canonical() == fs::canonical(dir / "I"));
    auto outside = resolve_inside(issue, "issue.xml", "../outside.xml");
    REQUIRE_FALSE(outside.ok());
    CHECK(outside.failure().message.find("leads outside the issue folder") != std::string::npos);
    auto inside = resolve_inside(issue, "issue.xml", "articles/a.xml");
    REQUIRE(inside.ok());
    CHECK(*inside == "articles/a.xml");  // relative stays relative
}

TEST_CASE("a path inside the issue folder is relative to the naming file and normalized", "[manifest][paths]") {
    const fs::path dir = test::output_dir("contain-relative");
    fs::create_directories(dir / "I/articles");
    fs::create_directories(dir / "I/images");
    const ContainedFolder issue = ContainedFolder::of(dir / "I").take();
    auto image = resolve_inside(issue, dir / "I/articles/a.xml", "../images/b.png");
    REQUIRE(image.ok());
    CHECK(*image == dir / "I/images/b.png");
    CHECK_FALSE(resolve_inside(issue, dir / "I/articles/a.xml", "../../x.png").ok());
    CHECK_FALSE(resolve_inside(issue, dir / "I/issue.xml", "/etc/passwd").ok());
    CHECK_FALSE(resolve_inside(issue, dir / "I/issue.xml", "").ok());
}

TEST_CASE("a sibling folder whose name begins like the issue's is outside it", "[manifest][paths]") {
    const fs::path dir = test::output_dir("contain-sibling");
    fs::create_directories(dir / "issue");
    fs::create_directories(dir / "issue2");
    std::ofstream(dir / "issue2/a.xml") << "<article/>";
    const ContainedFolder issue = ContainedFolder::of(dir / "issue").take();
    CHECK_FALSE(issue.holds(dir / "issue2/a.xml"));
    CHECK_FALSE(resolve_inside(issue, dir / "issue/issue.xml", "../issue2/a.xml").ok());
}

TEST_CASE("a link inside the issue folder that points out is outside, one that points in is inside", "[manifest][paths]") {
    const fs::path dir = test::output_dir("contain-links");
    fs::create_directories(dir / "I/images");
    std::ofstream(dir / "secret.png") << "x";
    std::ofstream(dir / "I/images/real.png") << "x";
    fs::create_symlink(dir / "secret.png", dir / "I/images/out.png");
    fs::create_symlink("real.png", dir / "I/images/in.png");
    fs::create_directory_symlink(dir, dir / "I/up");
    const ContainedFolder issue = ContainedFolder::of(dir / "I").take();
    CHECK_FALSE(resolve_inside(issue, dir / "I/issue.xml", "images/out.png").ok());
    CHECK_FALSE(resolve_inside(issue, dir / "I/issue.xml", "up/secret.png").ok());
    CHECK(resolve_inside(issue, dir / "I/issue.xml", "images/in.png").ok());
}

TEST_CASE("layout and font names are bare file names", "[manifest][paths]") {
    for (const char* bad : {"../kommune21", "/etc/passwd", "sub/x.ttf", "..", ".", "", "a\\b"}) {
        INFO(bad);
        CHECK(check_bare_name(bad, "font file").has_value());
    }
    for (const char* good : {"kommune21", "NotoSerif-Regular.ttf", "x..y.otf"}) {
        INFO(good);
        CHECK_FALSE(check_bare_name(good, "font file").has_value());
    }
}

TEST_CASE("the data search finds fonts in order and refuses a link that leads out of its root", "[manifest][paths]") {
    const fs::path dir = test::output_dir("contain-data");
    fs::create_directories(dir / "issue/fonts");
    fs::create_directories(dir / "data/fonts");
    std::ofstream(dir / "data/fonts/A.ttf") << "data";
    std::ofstream(dir / "issue/fonts/A.ttf") << "issue";
    std::ofstream(dir / "elsewhere.ttf") << "x";
    fs::create_symlink(dir / "elsewhere.ttf", dir / "issue/fonts/Out.ttf");
    std::ofstream(dir / "issue/real.ttf") << "x";
    fs::create_symlink("../real.ttf", dir / "issue/fonts/In.ttf");
    Diagnostics d;
    const DataSearchPath search = DataSearchPath::for_issue(dir / "issue", {dir / "data"}, "", d).take();
    CHECK(*search.find("fonts", "A.ttf", "font file \"A.ttf\"") == dir / "issue/fonts/A.ttf");
    auto out = search.find("fonts", "Out.ttf", "font file \"Out.ttf\"");
    REQUIRE_FALSE(out.ok());
    CHECK(out.failure().message.find("leads outside") != std::string::npos);
    CHECK(search.find("fonts", "In.ttf", "font file \"In.ttf\"").ok());
    CHECK_FALSE(search.find("fonts", "../real.ttf", "font file").ok());
    CHECK_FALSE(search.find("fonts", (dir / "data/fonts/A.ttf").string(), "font file").ok());
    auto missing = search.find("fonts", "Fehlt.ttf", "font file \"Fehlt.ttf\"");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.failure().message.find("not found; looked in") != std::string::npos);
    CHECK(d.items().empty());
}

TEST_CASE("a --data-dir that is not a folder is an error, a HEFTSATZ_DATA that is not one a warning", "[manifest][paths]") {
    const fs::path dir = test::output_dir("contain-data-dirs");
    fs::create_directories(dir / "issue");
    std::ofstream(dir / "file") << "x";
    Diagnostics d;
    auto bad_dir = DataSearchPath::for_issue(dir / "issue", {dir / "file"}, "", d);
    REQUIRE_FALSE(bad_dir.ok());
    CHECK(bad_dir.failure().message.find("--data-dir") != std::string::npos);
    auto missing_env = DataSearchPath::for_issue(dir / "issue", {}, (dir / "nowhere").string(), d);
    REQUIRE(missing_env.ok());
    REQUIRE(d.items().size() == 1);
    CHECK(d.items()[0].severity == Severity::Warning);
    CHECK(d.items()[0].message.find("HEFTSATZ_DATA") != std::string::npos);
    // The issue folder and the installed data remain.
    CHECK(missing_env->roots.size() == 2);
}
