// libFuzzer target: whole issues from mutated folders. The input is a folder
// written as text, its files separated by lines "=== <name>" (issue.xml,
// articles/*.xml, listings.xml, imprint.xml; see tests/fuzz/corpus/fuzz_issue);
// the issue is read, laid out and written as a PDF, as `heftsatz build` does.
//
// Oracles: never crash, hang or leak (ASan); and no text lost: when the
// build succeeds, the letters of every article block, every company of the
// directory and every cover line are on the pages, in reading order (a
// block may be interrupted by a float, a column foot or a jump, so it is
// found in pieces, each after the last).
#include "base/OutputFile.h"
#include "layout/Layout.h"
#include "manifest/Manifest.h"
#include "pdf/Pdf.h"
#include "text/FontLibrary.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <variant>

using namespace heftsatz;
namespace fs = std::filesystem;

namespace {

// Letters and digits after NFC, the way a reader compares copied text.
std::u16string letters(const std::string& utf8) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString text =
        icu::Normalizer2::getNFCInstance(status)->normalize(icu::UnicodeString::fromUTF8(utf8), status);
    std::u16string out;
    for (int32_t i = 0; i < text.length();) {
        const UChar32 c = text.char32At(i);
        i += U16_LENGTH(c);
        if (!u_isalnum(c)) continue;
        if (c > 0xFFFF) {
            out.push_back(U16_LEAD(c));
            out.push_back(U16_TRAIL(c));
        } else {
            out.push_back(static_cast<char16_t>(c));
        }
    }
    return out;
}

// The folder the input describes; names are kept inside it.
std::map<std::string, std::string> unpack(const std::string& input) {
    std::map<std::string, std::string> files;
    std::string name = "issue.xml";
    std::size_t at = 0;
    while (at <= input.size()) {
        std::size_t next = input.find("\n=== ", at);
        files[name] += input.substr(at, next == std::string::npos ? std::string::npos : next - at);
        if (next == std::string::npos) break;
        const std::size_t end = input.find('\n', next + 5);
        name = input.substr(next + 5, end == std::string::npos ? std::string::npos : end - next - 5);
        // Only plain names in the folder and articles/: no way out, no odd files.
        if (name.empty() || name.find("..") != std::string::npos || name.front() == '/' ||
            name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-_./") != std::string::npos ||
            std::count(name.begin(), name.end(), '/') > 1)
            name = "junk.xml";
        at = end == std::string::npos ? input.size() + 1 : end + 1;
    }
    return files;
}

// Finds `block` in `page_letters` from `from` on, in as few pieces as it
// takes (a column foot, a float or a jump may interrupt it; a few
// interruptions, not one a letter, or the oracle would find anything);
// returns the position after the last piece, or npos if it is not there.
std::size_t find_in_pieces(const std::u16string& page_letters, std::u16string block, std::size_t from) {
    const std::size_t most_pieces = 4 + block.size() / 200;
    for (std::size_t pieces = 0; !block.empty(); ++pieces) {
        if (pieces == most_pieces) return std::u16string::npos;
        std::size_t lo = 0, hi = block.size() + 1;  // the longest prefix found lies in [lo, hi)
        std::size_t at = std::u16string::npos;
        while (hi - lo > 1) {
            const std::size_t mid = (lo + hi) / 2;
            const std::size_t found = page_letters.find(block.substr(0, mid), from);
            if (found != std::u16string::npos) {
                lo = mid;
                at = found;
            } else {
                hi = mid;
            }
        }
        if (lo == 0) return std::u16string::npos;
        at = page_letters.find(block.substr(0, lo), from);
        from = at + lo;
        block.erase(0, lo);
    }
    return from;
}

void expect_present(const std::u16string& page_letters, const std::string& text) {
    const std::u16string block = letters(text);
    if (block.empty()) return;
    if (find_in_pieces(page_letters, block, 0) == std::u16string::npos) std::abort();  // text lost
}

// A block with what it holds: a box's title and children, a figure's caption and credit, a pull
// quote's attribution.
void expect_block(const std::u16string& page_letters, const Block& block) {
    expect_present(page_letters, block.plain_text());
    expect_present(page_letters, block.title);
    expect_present(page_letters, block.attribution);
    for (const Block& child : block.children) expect_block(page_letters, child);
    if (block.figure) {
        std::string caption;
        for (const Inline& i : block.figure->caption) caption += i.text;
        expect_present(page_letters, caption + " " + block.figure->credit);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const Lexicon lexicon = Lexicon::load().take();
    static const fs::path dir = fs::temp_directory_path() / ("heftsatz-fuzz-issue-" + std::to_string(getpid()));
    if (size > 64 * 1024) return 0;
    fs::remove_all(dir);
    fs::create_directories(dir / "articles");
    for (const auto& [name, content] : unpack(std::string(reinterpret_cast<const char*>(data), size)))
        std::ofstream(dir / name, std::ios::binary) << content;

    Diagnostics diagnostics;
    auto issue = read_issue(dir, diagnostics);
    if (!issue) return 0;
    auto layout = read_layout(issue->layout, DataSearchPath::for_issue(issue->folder, {}), diagnostics);
    if (!layout) return 0;
    auto fonts = FontLibrary::load(*layout);
    if (!fonts) return 0;
    auto doc = lay_out_issue(*issue, *layout, *fonts, lexicon, diagnostics, 1);
    if (!doc) return 0;
    auto output = OutputFile::create(dir / "out.pdf", "the PDF");
    if (!output) std::abort();  // the fuzzer's own folder
    auto written = write_pdf(*doc, *output, diagnostics, PdfOptions{PdfProfile::Reader, 1});
    if (!written && written.failure().internal) std::abort();  // exit 3: a bug, not bad input

    // Every page's text in reading order (as painted: column by column).
    std::string all;
    for (const Page& page : doc->pages)
        for (const FrameItem& item : page.items)
            if (const auto* run = std::get_if<GlyphRun>(&item)) all += run->text + " ";
    const std::u16string page_letters = letters(all);
    for (const Section& section : issue->sections)
        for (const Article& article : section.articles) {
            for (const Block* block : {&article.kicker, &article.title, &article.lead}) expect_block(page_letters, *block);
            for (const Block& block : article.body) expect_block(page_letters, block);
        }
    if (issue->editorial)
        for (const Block& block : issue->editorial->body) expect_block(page_letters, block);
    if (issue->listings)
        for (const Company& company : issue->listings->companies) expect_present(page_letters, company.name);
    if (issue->cover)
        for (const CoverLine& line : issue->cover->lines) expect_present(page_letters, line.text);
    return 0;
}
