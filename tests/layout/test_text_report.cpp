// Characters no font has and control characters are reported wherever text
// is set, not only in articles: the masthead and running footer, cover
// lines, section titles (running heads, contents), the directory and the
// imprint, keywords. Each warning names the file and line the text comes
// from, once.
#include "support/Support.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace heftsatz;
namespace fs = std::filesystem;

namespace {

void write(const fs::path& path, const std::string& content) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
}

// An issue with a different CJK character (in no font of the layout) in
// each place outside the articles' running text, and control characters
// (U+0085, U+0086) in plain values, which the manifest keeps.
fs::path write_issue() {
    const fs::path issue = test::output_dir("text-report");
    write(issue / "issue.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<issue magazine=\"Kommune21 \u4E00\" number=\"12\" year=\"2020\" date=\"2020-12-01\" lang=\"de-DE\" "
          "layout=\"kommune21\">\n"
          "<cover image=\"images/titel.png\">\n"
          "<line article=\"a\">Titelzeile \u4E01 mit&#x86; Steuerzeichen</line>\n"
          "</cover>\n"
          "<imprint src=\"imprint.xml\"/>\n"
          "<section title=\"Politik \u4E03\"><article src=\"articles/a.xml\"/></section>\n"
          "<listings title=\"Anbieter \u4E07\" src=\"listings.xml\"/>\n"
          "</issue>\n");
    write(issue / "articles/a.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<article id=\"a\" author=\"tst\">\n"
          "<title>Ein Titel</title>\n"
          "<body><p>Die Verwaltung digitalisiert ihre Verfahren Schritt für Schritt.</p></body>\n"
          "<keywords>Verwaltung, \u4E0A Digitalisierung&#x85;</keywords>\n"
          "</article>\n");
    write(issue / "imprint.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<imprint><publisher>Verlag \u4E09</publisher><address>Weg 1</address></imprint>\n");
    write(issue / "listings.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<listings>\n"
          "<company name=\"Firma \u4E08\" category=\"IT\" city=\"Berlin&#x85;\"/>\n"
          "</listings>\n");
    fs::create_directories(issue / "images");
    fs::copy_file(test::source_dir() / "issues/2020-12/images/fig-hohenbrueck-antraege.png", issue / "images/titel.png");
    return issue;
}

// How many warnings hold `message` and name `file` (its last part) at `line`.
int count(const Diagnostics& diagnostics, const std::string& message, const std::string& file, int line) {
    int n = 0;
    for (const Diagnostic& d : diagnostics.items()) {
        const bool in_file = d.where.file.size() >= file.size() &&
                             d.where.file.compare(d.where.file.size() - file.size(), file.size(), file) == 0;
        n += d.severity == Severity::Warning && d.message.find(message) != std::string::npos && in_file &&
             d.where.line == line;
    }
    return n;
}

std::string all(const Diagnostics& diagnostics) {
    std::string out;
    for (const Diagnostic& d : diagnostics.items())
        out += d.where.file + ":" + std::to_string(d.where.line) + ": " + d.message + "\n";
    return out;
}

}  // namespace

TEST_CASE("missing glyphs and control characters are reported wherever text is set", "[layout][limits]") {
    const test::LaidOut out = test::lay_out_fixture(write_issue());
    INFO(all(out.diagnostics));
    struct Expected {
        const char* message;
        const char* file;
        int line;
    };
    const Expected expected[] = {
        {"character U+4E00 is not in the font", "issue.xml", 2},          // masthead, running footers
        {"character U+4E01 is not in the font", "issue.xml", 4},          // cover line
        {"control character U+0086 removed", "issue.xml", 4},
        {"character U+4E03 is not in the font", "issue.xml", 7},          // running heads, contents
        {"character U+4E07 is not in the font", "issue.xml", 8},          // the directory's title
        {"character U+4E08 is not in the font", "listings.xml", 3},       // a company
        {"control character U+0085 removed", "listings.xml", 3},
        {"character U+4E09 is not in the font", "imprint.xml", 2},        // the imprint
        {"character U+4E0A is not in the font", "articles/a.xml", 5},     // keywords
        {"control character U+0085 removed", "articles/a.xml", 5},
    };
    for (const Expected& e : expected) {
        INFO(e.message << " at " << e.file << ":" << e.line);
        CHECK(count(out.diagnostics, e.message, e.file, e.line) == 1);
    }
    // Removed, not printed: the text layer holds no control character.
    for (const Page& page : out.doc.pages)
        for (const FrameItem& item : page.items)
            if (const auto* run = std::get_if<GlyphRun>(&item)) {
                CHECK(run->text.find("\u0085") == std::string::npos);
                CHECK(run->text.find("\u0086") == std::string::npos);
            }
}
