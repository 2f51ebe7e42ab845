// `heftsatz archive` on the sample archive (issues/): shards merged equal
// one unsharded run, byte for byte, in another folder; a second run builds
// nothing; an edit rebuilds only its issue; a broken issue is named and the
// others still finish.
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <regex>

using namespace heftsatz;
namespace fs = std::filesystem;

namespace {

// The issue folders of the sample archive.
std::vector<fs::path> sample_issues() {
    std::vector<fs::path> out;
    for (const auto& entry : fs::directory_iterator(test::source_dir() / "issues"))
        if (fs::exists(entry.path() / "issue.xml")) out.push_back(entry.path());
    std::sort(out.begin(), out.end());
    return out;
}

// A copy of the sample's issues in `folder`/issues.
fs::path copy_issues(const fs::path& folder) {
    const fs::path issues = folder / "issues";
    fs::create_directories(issues);
    for (const fs::path& issue : sample_issues())
        fs::copy(issue, issues / issue.filename(), fs::copy_options::recursive);
    return issues;
}

// Every file under `root` by its relative path, with its bytes.
std::map<std::string, std::string> tree(const fs::path& root) {
    std::map<std::string, std::string> out;
    for (const auto& entry : fs::recursive_directory_iterator(root))
        if (entry.is_regular_file()) out[entry.path().lexically_relative(root).generic_string()] = test::read_file(entry.path());
    return out;
}

test::CommandResult archive(const std::string& arguments) {
    // A fixed SOURCE_DATE_EPOCH, as CI sets it for reproducible builds.
    return test::run(std::string("SOURCE_DATE_EPOCH=1606780800 '") + HEFTSATZ_BINARY + "' archive " + arguments);
}

std::string quoted(const fs::path& p) { return "'" + p.string() + "'"; }

}  // namespace

TEST_CASE("three shards merged equal one unsharded archive, byte for byte, built in another folder", "[e2e][archive]") {
    const std::size_t issues = sample_issues().size();
    REQUIRE(issues >= 4);  // the sample archive: 10/2020 to 1/2021
    const fs::path base = test::process_dir("archive-shards");
    const fs::path a = copy_issues(base / "a"), b = copy_issues(base / "elsewhere" / "b");

    const test::CommandResult whole = archive(quoted(a) + " -o " + quoted(base / "whole") + " -j 2");
    INFO(whole.out);
    REQUIRE(whole.exit_code == 0);
    CHECK(whole.out.find("(" + std::to_string(issues) + " built, 0 up to date, 0 failed)") != std::string::npos);

    const fs::path merged = base / "merged";
    for (int k = 1; k <= 3; ++k) {
        const fs::path share = base / ("shard" + std::to_string(k));
        const test::CommandResult r = archive(quoted(b) + " -o " + quoted(share) + " --shard " + std::to_string(k) + "/3 -j 1");
        INFO(r.out);
        REQUIRE(r.exit_code == 0);
        CHECK(r.out.find("no site (run --merge)") != std::string::npos);
        CHECK_FALSE(fs::exists(share / "index.html"));
        if (fs::exists(share)) fs::copy(share, merged, fs::copy_options::recursive | fs::copy_options::skip_existing);
    }
    const test::CommandResult m = archive("--merge -o " + quoted(merged));
    INFO(m.out);
    REQUIRE(m.exit_code == 0);

    const auto expected = tree(base / "whole"), got = tree(merged);
    REQUIRE(expected.size() > 10);
    std::vector<std::string> names, other_names;
    for (const auto& [name, bytes] : expected) names.push_back(name);
    for (const auto& [name, bytes] : got) other_names.push_back(name);
    CHECK(names == other_names);
    for (const auto& [name, bytes] : expected) {
        INFO(name);
        CHECK((got.count(name) && got.at(name) == bytes));
    }
    // What the archive holds for each issue.
    for (const fs::path& issue : sample_issues()) {
        const std::string id = issue.filename().string();
        CHECK(expected.count(id + "/issue.json"));
        int archive_pdfs = 0, pdfs = 0, pngs = 0, articles = 0;
        for (const auto& [name, bytes] : expected)
            if (name.rfind(id + "/", 0) == 0 && name.find('/', id.size() + 1) == std::string::npos) {
                archive_pdfs += name.ends_with("-archive.pdf");
                pdfs += name.ends_with(".pdf");
                pngs += name.ends_with("-titel.png");
                articles += name.ends_with("-druck.html");
            }
        CHECK(archive_pdfs == 1);
        CHECK(pngs == 1);
        // The issue for reading and for the archive, and each article of a
        // section alone (the editorial has none).
        CHECK(pdfs == 2 + articles - 1);
    }
    // An article's PDF: valid, tagged, titled by its article, with object
    // streams and not linearized (docs/archive.md says why).
    const std::string id = sample_issues().back().filename().string();
    const auto offprint = std::find_if(expected.begin(), expected.end(), [&](const auto& file) {
        return file.first.rfind(id + "/", 0) == 0 && file.first.ends_with(".pdf") &&
               file.first.find("kommune21") == std::string::npos;
    });
    REQUIRE(offprint != expected.end());
    const fs::path article_pdf = base / "whole" / offprint->first;
    const test::CommandResult check = test::run("qpdf --check " + quoted(article_pdf));
    INFO(check.out);
    CHECK(check.exit_code == 0);
    CHECK(check.out.find("File is not linearized") != std::string::npos);
    CHECK(offprint->second.find("/ObjStm") != std::string::npos);
    const test::CommandResult info = test::run("pdfinfo " + quoted(article_pdf));
    CHECK(info.out.find("Tagged:          yes") != std::string::npos);
    CHECK(std::regex_search(info.out, std::regex("Title: +.+ \\(Kommune21 – Ausgabe 1/2021\\)\n")));
    // SHA256SUMS lists every file but itself and the records, with the digest sha256sum computes.
    const test::CommandResult sums = test::run("cd " + quoted(base / "whole") + " && sha256sum --check --quiet SHA256SUMS");
    INFO(sums.out);
    CHECK(sums.exit_code == 0);
    const std::string list = expected.at("SHA256SUMS");
    CHECK(static_cast<std::size_t>(std::count(list.begin(), list.end(), '\n')) == expected.size() - 1 - issues);
}

TEST_CASE("a second archive run builds nothing; an edited article rebuilds only its issue", "[e2e][archive]") {
    const fs::path base = test::process_dir("archive-incremental");
    const fs::path issues = copy_issues(base);
    const fs::path out = base / "archive";
    REQUIRE(archive(quoted(issues) + " -o " + quoted(out)).exit_code == 0);
    const auto first = tree(out);
    const auto index_time = fs::last_write_time(out / "index.html");

    const test::CommandResult again = archive(quoted(issues) + " -o " + quoted(out));
    INFO(again.out);
    CHECK(again.exit_code == 0);
    CHECK(again.out.find("everything was up to date") != std::string::npos);
    CHECK(again.out.find(" built ") == std::string::npos);
    CHECK(tree(out) == first);
    CHECK(fs::last_write_time(out / "index.html") == index_time);

    // A sentence more in one article of the newest issue.
    const fs::path edited_issue = sample_issues().back();
    const std::string id = edited_issue.filename().string();
    fs::path article;
    for (const auto& entry : fs::directory_iterator(issues / id / "articles"))
        if (entry.path().filename() != "editorial.xml") {
            article = entry.path();
            break;
        }
    std::string xml = test::read_file(article);
    const auto end = xml.find("</p>");
    REQUIRE(end != std::string::npos);
    xml.insert(end, " Die Redaktion hat diesen Satz nachgetragen.");
    std::ofstream(article, std::ios::binary | std::ios::trunc) << xml;

    const test::CommandResult edited = archive(quoted(issues) + " -o " + quoted(out));
    INFO(edited.out);
    CHECK(edited.exit_code == 0);
    CHECK(edited.out.find("] " + id + ": built") != std::string::npos);
    CHECK(edited.out.find("(1 built, " + std::to_string(sample_issues().size() - 1) + " up to date, 0 failed)") !=
          std::string::npos);
    CHECK(test::read_file(out / "SHA256SUMS") != first.at("SHA256SUMS"));
}

TEST_CASE("an issue that fails is named with its error, and the others still finish", "[e2e][archive]") {
    const fs::path base = test::process_dir("archive-failure");
    const fs::path issues = copy_issues(base);
    fs::create_directories(issues / "2099-01");
    std::ofstream(issues / "2099-01" / "issue.xml") << "<issue magazine=\"Kommune21\" number=\"1\"\n  year=\"2099\">\n<section>\n";
    const fs::path out = base / "archive";
    const test::CommandResult r = archive(quoted(issues) + " -o " + quoted(out) + " -j 2");
    INFO(r.out);
    CHECK(r.exit_code == 2);
    CHECK(r.out.find("2099-01/issue.xml:") != std::string::npos);
    CHECK(r.out.find("2099-01: FAILED") != std::string::npos);
    CHECK(r.out.find("1 failed)") != std::string::npos);
    // The others are in the index.
    const std::string index = test::read_file(out / "index.html");
    for (const fs::path& issue : sample_issues()) CHECK(fs::exists(out / issue.filename() / "issue.json"));
    CHECK(index.find("Ausgabe 1/2099") == std::string::npos);
}

TEST_CASE("archive's command line is checked before anything is built", "[e2e][archive]") {
    CHECK(test::heftsatz("archive issues").exit_code == 2);                   // no -o
    CHECK(test::heftsatz("archive issues -o x --shard 4/3").exit_code == 2);  // no such share
    CHECK(test::heftsatz("archive issues -o x --merge").exit_code == 2);      // merge builds nothing
    CHECK(test::heftsatz("build issues/2020-12 --shard 1/2").exit_code == 2);
    const test::CommandResult none = test::heftsatz("archive '" + test::process_dir("archive-empty").string() + "' -o x");
    CHECK(none.exit_code == 2);
    CHECK(none.out.find("no issue folders") != std::string::npos);
}

TEST_CASE("an article or an issue taken out leaves the archive with its pages and files", "[e2e][archive]") {
    const fs::path base = test::process_dir("archive-prune");
    const fs::path issues = copy_issues(base);
    const fs::path out = base / "archive";
    REQUIRE(archive(quoted(issues) + " -o " + quoted(out) + " -j 2").exit_code == 0);
    const fs::path oldest = sample_issues().front(), newest = sample_issues().back();
    const std::string gone_issue = oldest.filename().string(), id = newest.filename().string();
    REQUIRE(fs::exists(out / gone_issue / "issue.json"));

    // The last article of the newest issue's manifest that no cover line names, taken out.
    std::string manifest = test::read_file(issues / id / "issue.xml");
    std::string article;
    for (auto at = manifest.rfind("<article src=\"articles/"); at != std::string::npos && at > 0;
         at = manifest.rfind("<article src=\"articles/", at - 1)) {
        const auto end = manifest.find("/>", at) + 2;
        const std::string line = manifest.substr(at, end - at);
        const std::string stem = fs::path(line.substr(line.find('"') + 1, line.rfind('"') - line.find('"') - 1)).stem().string();
        if (manifest.find("article=\"" + stem + "\"") != std::string::npos) continue;
        article = stem;
        manifest.erase(at, end - at);
        break;
    }
    REQUIRE_FALSE(article.empty());
    std::ofstream(issues / id / "issue.xml", std::ios::trunc) << manifest;
    REQUIRE(fs::exists(out / id / (article + ".html")));
    fs::remove_all(issues / gone_issue);

    const test::CommandResult r = archive(quoted(issues) + " -o " + quoted(out));
    INFO(r.out);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("removed 1 issue no longer in") != std::string::npos);
    CHECK_FALSE(fs::exists(out / gone_issue));
    CHECK_FALSE(fs::exists(out / id / (article + ".html")));
    CHECK_FALSE(fs::exists(out / id / (article + "-druck.html")));
    CHECK_FALSE(fs::exists(out / id / (article + ".pdf")));
    CHECK(test::read_file(out / "index.html").find("ausgabe-" + gone_issue) == std::string::npos);
    const test::CommandResult sums = test::run("cd " + quoted(out) + " && sha256sum --check --quiet SHA256SUMS");
    CHECK(sums.exit_code == 0);
}
