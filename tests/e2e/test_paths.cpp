// Paths end to end: an issue built from inside its folder (the folder is
// the empty path), and the data folders given on the command line and in
// the environment.
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace heftsatz;
namespace fs = std::filesystem;

namespace {

const char* const kArticle =
    "<article id=\"a\"><title>Ein Titel</title><body><p>Der Kreistag hat beschlossen.</p></body></article>\n";

// I/issue.xml naming `src` as its article, and a secret article beside I/.
fs::path issue_naming(const std::string& name, const std::string& src) {
    const fs::path dir = test::output_dir(name);
    fs::create_directories(dir / "I/articles");
    std::ofstream(dir / "I/issue.xml") << "<issue magazine=\"K\" number=\"12\" year=\"2020\" date=\"2020-12-01\" "
                                          "layout=\"kommune21\">\n<section title=\"S\"><article src=\""
                                       << src << "\"/></section>\n</issue>\n";
    std::ofstream(dir / "I/articles/a.xml") << kArticle;
    std::ofstream(dir / "secret.xml") << "<article id=\"s\"><title>Geheim</title><body><p>Nur für den Vorstand.</p></body></article>\n";
    return dir;
}

test::CommandResult build_inside(const fs::path& dir, const std::string& arguments) {
    return test::run("cd '" + (dir / "I").string() + "' && '" HEFTSATZ_BINARY "' build issue.xml " + arguments);
}

}  // namespace

TEST_CASE("cd I && heftsatz build issue.xml: ../ leaves the issue folder and is refused", "[e2e][paths]") {
    const fs::path dir = issue_naming("paths-cd-dotdot", "../secret.xml");
    auto r = build_inside(dir, "-o ../out.pdf");
    INFO(r.out);
    CHECK(r.exit_code == 2);
    CHECK(r.out.find("issue.xml:2:") != std::string::npos);
    CHECK(r.out.find("path \"../secret.xml\" leads outside the issue folder") != std::string::npos);
    CHECK(r.out.find("Geheim") == std::string::npos);
    CHECK_FALSE(fs::exists(dir / "out.pdf"));
}

TEST_CASE("cd I && heftsatz build issue.xml: a link out of the folder is refused, one inside it is read",
          "[e2e][paths]") {
    const fs::path dir = issue_naming("paths-cd-link", "articles/link.xml");
    fs::create_symlink("../../secret.xml", dir / "I/articles/link.xml");
    auto r = build_inside(dir, "-o ../out.pdf");
    INFO(r.out);
    CHECK(r.exit_code == 2);
    CHECK(r.out.find("leads outside the issue folder") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "out.pdf"));

    fs::remove(dir / "I/articles/link.xml");
    fs::create_symlink("a.xml", dir / "I/articles/link.xml");
    auto ok = build_inside(dir, "-o ../out.pdf");
    INFO(ok.out);
    CHECK(ok.exit_code == 0);
    CHECK(test::pdf_text(dir / "out.pdf").find("Der Kreistag hat beschlossen.") != std::string::npos);
}

TEST_CASE("messages name files as the user named the issue: relative stays relative", "[e2e][paths]") {
    const fs::path dir = issue_naming("paths-relative", "articles/a.xml");
    std::ofstream(dir / "I/articles/a.xml") << "<article id=\"a\" autor=\"x\"><title>T</title><body><p>Text.</p></body></article>\n";
    auto r = build_inside(dir, "-o ../out.pdf");
    INFO(r.out);
    CHECK(r.exit_code == 0);
    // At the start of a line: the path as given, not an absolute one.
    const std::string warning =
        "articles/a.xml:1:1: warning: unknown attribute autor on <article> is ignored; did you mean author?";
    CHECK((r.out.rfind(warning, 0) == 0 || r.out.find("\n" + warning) != std::string::npos));
}

TEST_CASE("heftsatz build with a --data-dir that is not a folder exits 2, with a HEFTSATZ_DATA that does not exist warns",
          "[e2e][paths]") {
    const fs::path dir = issue_naming("paths-data-dirs", "articles/a.xml");
    std::ofstream(dir / "not-a-folder") << "x";
    auto bad = test::heftsatz("build '" + (dir / "I").string() + "' -o '" + (dir / "out.pdf").string() +
                              "' --data-dir '" + (dir / "not-a-folder").string() + "'");
    INFO(bad.out);
    CHECK(bad.exit_code == 2);
    CHECK(bad.out.find("--data-dir") != std::string::npos);
    CHECK(bad.out.find("is not a folder") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "out.pdf"));

    auto env = test::run("HEFTSATZ_DATA='" + (dir / "nowhere").string() + "' '" HEFTSATZ_BINARY "' build '" +
                         (dir / "I").string() + "' -o '" + (dir / "out.pdf").string() + "'");
    INFO(env.out);
    CHECK(env.exit_code == 0);
    CHECK(env.out.find("warning: HEFTSATZ_DATA=") != std::string::npos);
    CHECK(fs::exists(dir / "out.pdf"));
}

TEST_CASE("a font from --data-dir is found, and the same font linked into the issue from outside is refused",
          "[e2e][paths]") {
    const fs::path dir = issue_naming("paths-data-font", "articles/a.xml");
    fs::create_directories(dir / "data/fonts");
    fs::create_directories(dir / "I/layouts");
    fs::copy_file(test::source_dir() / "fonts/NotoSerif-Regular.ttf", dir / "data/fonts/Eigene.ttf");
    std::string layout = test::read_file(test::source_dir() / "layouts/kommune21.xml");
    const std::string regular = "regular=\"NotoSerif-Regular.ttf\"";
    layout.replace(layout.find(regular), regular.size(), "regular=\"Eigene.ttf\"");
    std::ofstream(dir / "I/layouts/kommune21.xml") << layout;
    const std::string build = "build '" + (dir / "I").string() + "' -o '" + (dir / "out.pdf").string() + "'";
    auto found = test::heftsatz(build + " --data-dir '" + (dir / "data").string() + "'");
    INFO(found.out);
    CHECK(found.exit_code == 0);

    fs::create_directories(dir / "I/fonts");
    fs::create_symlink(dir / "data/fonts/Eigene.ttf", dir / "I/fonts/Eigene.ttf");
    auto linked = test::heftsatz(build);
    INFO(linked.out);
    CHECK(linked.exit_code == 2);
    CHECK(linked.out.find("font file \"Eigene.ttf\" in") != std::string::npos);
    CHECK(linked.out.find("is a link that leads outside") != std::string::npos);
}
