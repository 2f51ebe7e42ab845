// Helpers shared by the tests: fixture paths, running the heftsatz binary,
// reading PDFs back with poppler-utils, and word sequences for "no text lost".
#pragma once

#include "layout/Layout.h"
#include "manifest/Manifest.h"
#include "text/FontLibrary.h"

#include <filesystem>
#include <string>
#include <vector>

namespace heftsatz::test {

std::filesystem::path source_dir();
std::filesystem::path fixture(const std::string& name);
// A fresh, empty folder for one test's output.
std::filesystem::path output_dir(const std::string& name);
// A fresh folder of this test process alone, removed when it ends: for
// output several test cases share (ctest runs each case as a process of
// its own, side by side with -j).
std::filesystem::path process_dir(const std::string& name);

struct CommandResult {
    int exit_code = -1;
    std::string out;  // stdout and stderr together
};
CommandResult run(const std::string& command);
// Runs the heftsatz binary with `arguments` (already quoted as needed).
CommandResult heftsatz(const std::string& arguments);
// The sample issue built into a PDF in process_dir(`name`); throws (a
// failed test) if the build fails.
std::filesystem::path build_sample(const std::string& name);
// The sample issue built once per test process (build_sample("sample")).
const std::filesystem::path& sample_pdf();
// The corpus issue (data/corpus/handbuch): 34 articles, seconds of layout.
std::filesystem::path corpus_issue();
// The opening tag of a small issue's manifest, for manifests written in a test.
extern const char* const kIssueHead;

std::string read_file(const std::filesystem::path& path);
// pdftotext -raw, with footer lines, running heads (lines equal to one of
// `heads`) removed and line-end hyphens joined.
std::string pdf_text(const std::filesystem::path& pdf, const std::vector<std::string>& heads = {});

// Words as letters and digits only (hyphens dropped, so "OZG-Umsetzung"
// and a hyphen at a line end compare equal).
std::vector<std::string> words(const std::string& text);
// Only the letters and digits of `text`, in order: spaces and hyphens are
// where PDF text extraction is ambiguous ("Glasfaser- und" at a line end
// reads like a hyphenated word), the letters are not.
std::string letters(const std::string& text);

// The text of every block of an article file (kicker, title, lead, and each
// child of body), read with libxml2 directly, not through heftsatz's reader.
// Figures float away from where they are cited, and pull quotes to the
// sentence they repeat, so they are kept apart.
struct ArticleText {
    std::vector<std::string> blocks;   // in reading order
    std::vector<std::string> figures;  // caption and credit of each figure
    std::vector<std::string> quotes;   // each pull quote
};
ArticleText article_text(const std::filesystem::path& article_xml);

// Every block of every article (and the editorial) named by the issue's
// manifest appears, in order, in the PDF's text; figure captions anywhere.
// Uses Catch2 assertions.
void check_no_text_lost(const std::filesystem::path& issue_folder, const std::filesystem::path& pdf);

// How far a run may reach past the type area: character protrusion lets a
// line's first or last character hang into the margin by its protrusion
// factor (ProtrusionTable::defaults()) of its advance, at most 1.2 em.
Pt hang_allowed_left(const GlyphRun& run);
Pt hang_allowed_right(const GlyphRun& run);

// An issue read and laid out in-process with the project's layouts.
struct LaidOut {
    Issue issue;
    LayoutSpec layout;
    FontLibrary fonts;
    Document doc;
    Diagnostics diagnostics;
};
// One line of `text` shaped in `font` at `size`, as the layout would paint
// it justified: each glyph advanced by its width times `scale` (expansion)
// plus `letter_space`, each word space by `space_extra` more.
struct LineJustification {
    double scale = 1;
    Pt letter_space = 0;
    Pt space_extra = 0;
};
GlyphRun shaped_run(const Font& font, const std::string& text, Pt x, Pt y, Pt size = 12,
                    const LineJustification& justification = {});

// `adjust`, if given, changes the layout the issue names before it is used.
LaidOut lay_out_fixture(const std::filesystem::path& issue_folder,
                        const std::function<void(LayoutSpec&)>& adjust = {});
// The sample issue laid out once per test process.
const LaidOut& laid_out_sample();

}  // namespace heftsatz::test
