// Bad input: exit code 2, a message with file:line:col, and no PDF written;
// an existing PDF at the output path survives untouched.
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <regex>

using namespace heftsatz;
namespace fs = std::filesystem;

namespace {

struct Case {
    const char* fixture;
    const char* message;   // a fragment of the error
    const char* location;  // file:line:col the error names
};

const Case kCases[] = {
    {"malformed", "malformed XML", "articles/kaputt.xml:6:"},
    {"missing-article", "article file not found: articles/gibt-es-nicht.xml", "issue.xml:4:5"},
    {"external-entity", "DOCTYPE declarations are not allowed", "articles/xxe.xml:2:1"},
    {"billion-laughs", "DOCTYPE declarations are not allowed", "issue.xml:2:1"},
};

}  // namespace

TEST_CASE("bad input exits 2 and writes no PDF", "[e2e][bad]") {
    for (const Case& c : kCases) {
        const fs::path dir = test::output_dir(std::string("bad-") + c.fixture);
        const fs::path fresh = dir / "fresh.pdf";
        const fs::path existing = dir / "existing.pdf";
        {
            std::ofstream old(existing);
            old << "the previous issue";
        }
        const std::string issue = test::fixture(std::string("bad/") + c.fixture).string();
        auto result = test::heftsatz("build '" + issue + "' -o '" + fresh.string() + "'");
        INFO(c.fixture << ":\n" << result.out);
        CHECK(result.exit_code == 2);
        CHECK(result.out.find(c.message) != std::string::npos);
        CHECK(result.out.find(c.location) != std::string::npos);
        CHECK(result.out.find("hint: ") != std::string::npos);
        CHECK_FALSE(fs::exists(fresh));

        auto again = test::heftsatz("build '" + issue + "' -o '" + existing.string() + "'");
        CHECK(again.exit_code == 2);
        CHECK(test::read_file(existing) == "the previous issue");
        for (const auto& entry : fs::directory_iterator(dir))
            CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);
    }
}

TEST_CASE("the external entity is never read", "[e2e][bad]") {
    auto result = test::heftsatz("check '" + test::fixture("bad/external-entity").string() + "'");
    CHECK(result.out.find("root:") == std::string::npos);
}

TEST_CASE("usage errors exit 2", "[e2e][bad]") {
    CHECK(test::heftsatz("").exit_code == 2);
    CHECK(test::heftsatz("frobnicate x").exit_code == 2);
    CHECK(test::heftsatz("build").exit_code == 2);
    CHECK(test::heftsatz("--version").exit_code == 0);
}
