// The catalogue of bad inputs (tests/bad/*): each folder is an issue with a
// case.txt; CMake registers one ctest per folder, naming it in HEFTSATZ_CASE.
//
// case.txt holds "key: value" lines (# starts a comment); keys may repeat:
//   exit: N           the exit code
//   message: text     a fragment the output (stdout and stderr) must hold
//   absent: text      a fragment it must not hold ("Success", "XML_PARSE_HUGE")
//   last-line: text   how the output's last line begins (the summary line)
//   text: words       words the PDF must hold (cases that write one)
//   generate: name    files the runner makes: too big, made by a tool, or not
//                     committable (links, FIFOs); see generate() below
//   args: words       the command line after "heftsatz", by default
//                     "build {issue} -o {out}". The run's current folder is
//                     the case's work folder, and the placeholders are paths
//                     in it as a user would type them: {issue} the copy of the
//                     case folder ("issue"), {out} the PDF ("fresh.pdf"),
//                     {report} the JSON report ("report.json"). {work} is the
//                     work folder's absolute path (also in message and absent
//                     lines). Words are split at spaces and quoted for the shell.
//   pdf: path         where the run writes its PDF, relative to the work
//                     folder, if not {out} (out/x.pdf for the default name);
//                     "none" for a run that writes none (check)
//   report: text      the report must exist, be valid UTF-8 and hold text
//   unreadable: path  a file of the case made unreadable (mode 000) before the
//                     run. Root reads everything: as root, the run is made as
//                     nobody (setpriv), or the case is skipped without it.
//
// Every case checks, besides exit code and messages:
//   - inputs unchanged: every file, link and folder under the work folder
//     (the case's files after generating, and a previous PDF) is hashed
//     before and after each run;
//   - no stray files: nothing new in the work folder (so in the case's
//     folder) but the PDF of a run that exits 0 or 1 and the report when
//     {report} is named; no temporary file;
//   - for a run that writes a PDF, every word of every article in it;
//   - for a failing run, a second run with {out} naming an existing PDF,
//     which must survive;
//   - any report written is valid UTF-8;
//   - at most 1 GiB peak memory.
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

using namespace heftsatz;
namespace fs = std::filesystem;

namespace {

struct CatalogueCase {
    int exit = 0;
    std::vector<std::string> messages, absent, texts, generate, report, unreadable;
    std::string args = "build {issue} -o {out}";
    std::string pdf;  // empty: {out}
    std::string last_line;
};

CatalogueCase read_case(const fs::path& file) {
    CatalogueCase c;
    std::istringstream lines(test::read_file(file));
    std::string line;
    while (std::getline(lines, line)) {
        const auto colon = line.find(':');
        if (line.empty() || line[0] == '#' || colon == std::string::npos) continue;
        const std::string key = line.substr(0, colon);
        std::string value = line.substr(colon + 1);
        value.erase(0, value.find_first_not_of(' '));
        if (key == "exit") c.exit = std::stoi(value);
        else if (key == "message") c.messages.push_back(value);
        else if (key == "absent") c.absent.push_back(value);
        else if (key == "last-line") c.last_line = value;
        else if (key == "text") c.texts.push_back(value);
        else if (key == "generate") c.generate.push_back(value);
        else if (key == "args") c.args = value;
        else if (key == "pdf") c.pdf = value;
        else if (key == "report") c.report.push_back(value);
        else if (key == "unreadable") c.unreadable.push_back(value);
        else FAIL("unknown key " << key << " in " << file);
    }
    return c;
}

// Files a case needs that are not committed: too big, made by a tool, or
// links and FIFOs. Returns the issue folder (a generator may rename it).
fs::path generate(const std::string& what, const fs::path& issue, const fs::path& work) {
    if (what == "symlink-out") {
        fs::create_directories(issue / "articles");
        fs::create_symlink("/etc/hostname", issue / "articles/link.xml");
    } else if (what == "big-article") {
        // 20 MB of German paragraphs: larger than the XML limit.
        fs::create_directories(issue / "articles");
        std::ofstream out(issue / "articles/a.xml");
        out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<article id=\"a\">\n<title>Sehr lang</title>\n<body>\n";
        const std::string p = "<p>Die Verwaltung digitalisiert ihre Verfahren Schritt für Schritt und berichtet darüber.</p>\n";
        for (std::size_t written = 0; written < 20u * 1024 * 1024; written += p.size()) out << p;
        out << "</body>\n</article>\n";
    } else if (what == "truncated-font") {
        fs::create_directories(issue / "fonts");
        const std::string font = test::read_file(test::source_dir() / "fonts/NotoSerif-Regular.ttf");
        std::ofstream(issue / "fonts/Halb.ttf", std::ios::binary) << font.substr(0, 2000);
    } else if (what == "encrypted-ad") {
        fs::create_directories(issue / "ads");
        const fs::path plain = test::source_dir() / "issues/2020-12/ads/full.pdf";
        auto r = test::run("qpdf --encrypt nutzer besitzer 256 -- '" + plain.string() + "' '" +
                           (issue / "ads/anzeige.pdf").string() + "'");
        REQUIRE(r.exit_code == 0);
    } else if (what == "local-font") {
        // The issue's own fonts/ comes first in the search path.
        fs::create_directories(issue / "fonts");
        fs::copy_file(test::source_dir() / "fonts/NotoSerif-Regular.ttf", issue / "fonts/Lokal-Regular.ttf");
    } else if (what == "device-node") {
        // A device of the case's own, never /dev/null: a regression would
        // replace the node with a regular file, for the whole machine if
        // run as root. Without the right to make one (not root), a link to
        // /dev/null stands in; replacing the link would not harm the device.
        if (::mknod((work / "geraet").c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0)
            fs::create_symlink("/dev/null", work / "geraet");
    } else if (what == "fifo") {
        REQUIRE(::mkfifo((issue / "pipe.pdf").c_str(), 0644) == 0);
    } else if (what == "link-to-article") {
        fs::create_symlink("issue/articles/a.xml", work / "link.pdf");
    } else if (what == "link-to-imprint") {
        fs::create_symlink("issue/imprint.xml", work / "report-link.json");
    } else if (what == "hardlink-to-image") {
        fs::create_hard_link(issue / "images/bild.png", work / "hard.pdf");
    } else if (what == "planted-temp-link") {
        // Where heftsatz first tries to make its temporary file for {out}:
        // O_EXCL must refuse the link, not follow it to issue.xml.
        fs::create_symlink("issue/issue.xml", work / "fresh.pdf.tmp-heftsatz");
    } else if (what == "planted-temp-file") {
        std::ofstream(work / "fresh.pdf.tmp-heftsatz") << "someone else's file";
    } else if (what == "latin1-issue-folder") {
        // A folder name from a Latin-1 system: "ausgabe-ä" with ä as one byte.
        const fs::path renamed = work / "ausgabe-\xE4";
        fs::rename(issue, renamed);
        return renamed;
    } else {
        FAIL("unknown generator " << what);
    }
    return issue;
}

// FNV-1a, 64 bits: enough to see that a file changed.
std::uint64_t fnv1a(const std::string& bytes) {
    std::uint64_t h = 14695981039346656037ull;
    for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
    return h;
}

// Every entry under `root`, by relative path: its kind and content hash
// (files), target (links) or mode.
std::map<std::string, std::string> snapshot(const fs::path& root) {
    std::map<std::string, std::string> entries;
    for (auto it = fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied);
         it != fs::recursive_directory_iterator(); ++it) {
        const fs::path& p = it->path();
        const std::string name = fs::relative(p, root).string();
        const fs::file_status s = it->symlink_status();
        if (fs::is_symlink(s)) {
            entries[name] = "link -> " + fs::read_symlink(p).string();
        } else if (fs::is_regular_file(s)) {
            std::ifstream in(p, std::ios::binary);
            std::ostringstream content;
            if (in) content << in.rdbuf();
            entries[name] = in ? "file " + std::to_string(fnv1a(content.str()))
                               : "unreadable file of " + std::to_string(fs::file_size(p)) + " bytes";
        } else if (fs::is_directory(s)) {
            entries[name] = "folder";
        } else {
            entries[name] = "special";  // a FIFO is never opened
        }
    }
    return entries;
}

std::string expand(std::string text, const std::map<std::string, std::string>& values) {
    for (const auto& [key, value] : values)
        for (std::size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
            text.replace(at, key.size(), value);
    return text;
}

std::string shell_words(const std::string& args, const std::map<std::string, std::string>& values) {
    std::istringstream in(args);
    std::string word, out;
    while (in >> word) {
        std::string quoted;
        for (char c : expand(word, values)) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
        out += " '" + quoted + "'";
    }
    return out;
}

bool valid_utf8(const std::string& s) {
    for (int32_t i = 0, n = static_cast<int32_t>(s.size()); i < n;) {
        UChar32 c = 0;
        U8_NEXT(s.data(), i, n, c);
        if (c < 0) return false;
    }
    return true;
}

std::string last_line(const std::string& out) {
    std::string s = out;
    while (!s.empty() && s.back() == '\n') s.pop_back();
    const auto nl = s.rfind('\n');
    return nl == std::string::npos ? s : s.substr(nl + 1);
}

// Runs one case's command and checks what every run must hold: messages,
// files unchanged, nothing stray, reports valid UTF-8.
struct Runner {
    const CatalogueCase& expected;
    fs::path work;
    std::string prefix;  // e.g. setpriv, to run as nobody
    std::map<std::string, std::string> before;

    test::CommandResult run(const std::map<std::string, std::string>& values, const std::set<std::string>& may_appear) {
        const std::string command = "cd '" + work.string() + "' && " + prefix + "'" + HEFTSATZ_BINARY + "'" +
                                    shell_words(expected.args, values);
        auto result = test::run(command);
        INFO(command << "\n" << result.out);
        CHECK(result.exit_code == expected.exit);
        for (const std::string& m : expected.messages) {
            INFO("expected message: " << expand(m, values));
            CHECK(result.out.find(expand(m, values)) != std::string::npos);
        }
        for (const std::string& m : expected.absent) {
            INFO("message that must not be there: " << expand(m, values));
            CHECK(result.out.find(expand(m, values)) == std::string::npos);
        }
        if (!expected.last_line.empty()) CHECK(last_line(result.out).rfind(expected.last_line, 0) == 0);

        const auto after = snapshot(work);
        for (const auto& [name, entry] : before) {
            if (may_appear.count(name)) continue;  // the report of the first run, rewritten
            INFO("input or earlier file: " << name);
            REQUIRE(after.count(name));
            CHECK(after.at(name) == entry);
        }
        for (const auto& [name, entry] : after) {
            if (before.count(name)) continue;
            INFO("new file: " << name);
            CHECK(may_appear.count(name));
            CHECK(name.find(".tmp-") == std::string::npos);
        }
        if (after.count("report.json") && !before.count("report.json")) {
            const std::string report = test::read_file(work / "report.json");
            CHECK(valid_utf8(report));
        }
        return result;
    }
};

}  // namespace

TEST_CASE("bad input catalogue case", "[.catalogue]") {
    const char* name = std::getenv("HEFTSATZ_CASE");
    REQUIRE(name);
    const fs::path source = test::source_dir() / "tests/bad" / name;
    REQUIRE(fs::is_directory(source));
    const CatalogueCase expected = read_case(source / "case.txt");
    const fs::path work = test::output_dir(std::string("catalogue-") + name);
    fs::path issue = work / "issue";
    fs::copy(source, issue, fs::copy_options::recursive | fs::copy_options::copy_symlinks);
    for (const std::string& g : expected.generate) issue = generate(g, issue, work);

    std::string prefix;
    if (!expected.unreadable.empty() && ::geteuid() == 0) {
        if (test::run("command -v setpriv").exit_code != 0) {
            WARN("skipped: running as root, who reads every file, and setpriv is missing");
            return;
        }
        // Root reads every file: the run is made as nobody, in a work
        // folder nobody may write.
        prefix = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
        const auto readable = fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read;
        for (const auto& entry : fs::recursive_directory_iterator(work))
            if (!entry.is_symlink())
                fs::permissions(entry.path(), entry.is_directory() ? fs::perms::all : readable, fs::perm_options::add);
        fs::permissions(work, fs::perms::all, fs::perm_options::add);
    }
    for (const std::string& u : expected.unreadable) fs::permissions(issue / u, fs::perms::none);

    const fs::path existing = work / "existing.pdf";
    std::ofstream(existing) << "the previous issue";
    const std::string issue_arg = fs::relative(issue, work).string();
    std::map<std::string, std::string> values{
        {"{issue}", issue_arg}, {"{out}", "fresh.pdf"}, {"{report}", "report.json"}, {"{work}", work.string()}};
    const bool names_report = expected.args.find("{report}") != std::string::npos;
    const std::string pdf_name = expected.pdf.empty() ? "fresh.pdf" : expected.pdf;
    const bool writes_pdf = (expected.exit == 0 || expected.exit == 1) && pdf_name != "none";

    std::set<std::string> may_appear;
    if (names_report) may_appear.insert("report.json");
    if (writes_pdf)
        for (fs::path p = pdf_name; !p.empty(); p = p.parent_path()) may_appear.insert(p.string());  // out/ too

    Runner runner{expected, work, prefix, snapshot(work)};
    INFO(name);
    auto result = runner.run(values, may_appear);

    for (const std::string& r : expected.report) {
        INFO("the report must hold: " << r);
        REQUIRE(fs::exists(work / "report.json"));
        CHECK(test::read_file(work / "report.json").find(expand(r, values)) != std::string::npos);
    }
    if (writes_pdf) {
        const fs::path fresh = work / pdf_name;
        REQUIRE(fs::exists(fresh));
        // Compared without spaces: pdftotext -raw reads a tightly shrunk word
        // space as no space (its default mode sees it), and the order is what counts.
        auto squeeze = [](std::string s) {
            s.erase(std::remove_if(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\n'; }), s.end());
            return s;
        };
        const std::string text = squeeze(test::pdf_text(fresh));
        for (const std::string& t : expected.texts) {
            INFO("expected text: " << t);
            CHECK(text.find(squeeze(t)) != std::string::npos);
        }
        test::check_no_text_lost(issue, fresh);  // nothing lost, in order
    } else if (expected.exit >= 2) {
        CHECK_FALSE(fs::exists(work / "fresh.pdf"));
        // Again, with {out} naming a PDF that exists: it must survive.
        runner.before = snapshot(work);
        values["{out}"] = "existing.pdf";
        runner.run(values, names_report ? std::set<std::string>{"report.json"} : std::set<std::string>{});
        CHECK(test::read_file(existing) == "the previous issue");
    }
    for (const std::string& u : expected.unreadable)
        fs::permissions(issue / u, fs::perms::owner_read | fs::perms::owner_write);
    // docs/limits.md: no input may take more than 1 GiB.
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    CHECK(usage.ru_maxrss < 1024L * 1024L);  // KiB
}
