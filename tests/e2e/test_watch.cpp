// `heftsatz watch`: started on a copy of the sample, it builds the PDF, builds
// it again when an article is edited (the new sentence is in the text, the
// PDF passes qpdf --check), keeps the last good PDF when an edit breaks the
// XML, and leaves no temporary file when interrupted.
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <fstream>
#include <functional>
#include <thread>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace heftsatz;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

// The watcher as a child process, stopped with SIGINT when the test ends.
class Watcher {
public:
    Watcher(const fs::path& issue, const fs::path& pdf, const fs::path& log, const char* option = nullptr) {
        pid_ = fork();
        if (pid_ == 0) {
            const int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            dup2(fd, 1);
            dup2(fd, 2);
            execl(HEFTSATZ_BINARY, HEFTSATZ_BINARY, "watch", issue.c_str(), "-o", pdf.c_str(), option, nullptr);
            _exit(127);
        }
    }
    ~Watcher() { stop(); }
    int stop() {
        if (pid_ <= 0) return status_;
        kill(pid_, SIGINT);
        waitpid(pid_, &status_, 0);
        pid_ = -1;
        return status_;
    }

private:
    pid_t pid_ = -1;
    int status_ = 0;
};

// Polls `done` for up to two minutes (a sanitizer build is slow).
bool eventually(const std::function<bool()>& done) {
    const auto until = std::chrono::steady_clock::now() + 120s;
    while (std::chrono::steady_clock::now() < until) {
        if (done()) return true;
        std::this_thread::sleep_for(100ms);
    }
    return done();
}

std::string contents(const fs::path& file) { return fs::exists(file) ? test::read_file(file) : std::string(); }

}  // namespace

TEST_CASE("watch rebuilds the PDF when an article changes and keeps the last good one on a bad edit", "[e2e][watch]") {
    const fs::path base = test::process_dir("watch");
    const fs::path issue = base / "issue";
    fs::copy(test::source_dir() / "issues/2020-12", issue, fs::copy_options::recursive);
    const fs::path pdf = base / "out" / "watched.pdf", log = base / "watch.log";
    Watcher watcher(issue, pdf, log);

    REQUIRE(eventually([&] { return contents(log).find("(first build)") != std::string::npos; }));
    const std::string first = contents(pdf);
    REQUIRE(first.size() > 100000);

    // An edit: a new paragraph in one article.
    const fs::path article = issue / "articles" / "kranichberg-e-akte.xml";
    std::string xml = test::read_file(article);
    const std::string sentence = "Die Kreisverwaltung lädt im Frühjahr zu einem offenen Austausch über die E-Akte ein.";
    xml.insert(xml.find("</p>") + 4, "<p>" + sentence + "</p>");
    std::ofstream(article, std::ios::trunc) << xml;
    INFO(contents(log));
    REQUIRE(eventually([&] { return contents(log).find("(articles/kranichberg-e-akte.xml changed)") != std::string::npos; }));
    const std::string second = contents(pdf);
    CHECK(second != first);
    CHECK(test::run("qpdf --check '" + pdf.string() + "'").exit_code == 0);
    CHECK(test::letters(test::pdf_text(pdf)).find(test::letters(sentence)) != std::string::npos);
    // What watch kept between the builds (fonts, paragraphs) changes no byte:
    // a cold build of the edited issue gives the same PDF (watch does not
    // linearize unless asked: a preview read from disk gains nothing).
    const fs::path cold = base / "cold.pdf";
    REQUIRE(test::heftsatz("build '" + issue.string() + "' -o '" + cold.string() + "' -q --no-linearize").exit_code == 0);
    CHECK(test::read_file(cold) == second);

    // Saving the same bytes again builds nothing.
    const std::string before = contents(log);
    const auto lines = std::count(before.begin(), before.end(), '\n');
    fs::last_write_time(issue / "issue.xml", fs::file_time_type::clock::now());
    std::this_thread::sleep_for(1500ms);
    const std::string after = contents(log);
    CHECK(std::count(after.begin(), after.end(), '\n') == lines);

    // A bad edit: the error is printed, the PDF stays as it was.
    std::ofstream(article, std::ios::app) << "<kaputt";
    REQUIRE(eventually([&] { return contents(log).find("not rebuilt: the last good PDF stays") != std::string::npos; }));
    CHECK(contents(log).find("kranichberg-e-akte.xml:") != std::string::npos);
    CHECK(contents(pdf) == second);

    const int status = watcher.stop();
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGINT);
    for (const auto& entry : fs::directory_iterator(pdf.parent_path())) CHECK(entry.path() == pdf);
}

TEST_CASE("watch --linearize writes what build writes", "[e2e][watch]") {
    const fs::path base = test::process_dir("watch-linearized");
    const fs::path issue = test::source_dir() / "issues/2020-12";
    const fs::path pdf = base / "watched.pdf", log = base / "watch.log";
    Watcher watcher(issue, pdf, log, "--linearize");
    REQUIRE(eventually([&] { return contents(log).find("(first build)") != std::string::npos; }));
    watcher.stop();
    const fs::path cold = base / "cold.pdf";
    REQUIRE(test::heftsatz("build '" + issue.string() + "' -o '" + cold.string() + "' -q").exit_code == 0);
    CHECK(test::read_file(pdf) == test::read_file(cold));
    CHECK(test::run("qpdf --check-linearization '" + pdf.string() + "'").exit_code == 0);
}
