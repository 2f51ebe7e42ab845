#include "support/Support.h"

#include "text/Protrusion.h"
#include "text/Shaper.h"

#include <unicode/utf8.h>

#include <catch2/catch.hpp>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <regex>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace heftsatz::test {

std::filesystem::path source_dir() { return HEFTSATZ_SOURCE_DIR; }
std::filesystem::path fixture(const std::string& name) { return source_dir() / "tests/fixtures" / name; }

std::filesystem::path output_dir(const std::string& name) {
    std::filesystem::path dir = std::filesystem::path(HEFTSATZ_TEST_OUTPUT) / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

std::filesystem::path process_dir(const std::string& name) {
    // Removes the folders when the process ends (a static's destructor).
    struct Made {
        std::vector<std::filesystem::path> dirs;
        ~Made() {
            std::error_code ignored;
            for (const auto& d : dirs) std::filesystem::remove_all(d, ignored);
        }
    };
    static Made made;
    const std::filesystem::path dir = output_dir(name + "-" + std::to_string(getpid()));
    made.dirs.push_back(dir);
    return dir;
}

CommandResult run(const std::string& command) {
    CommandResult result;
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    if (!pipe) return result;
    std::array<char, 4096> buffer{};
    std::size_t n;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.out.append(buffer.data(), n);
    int status = pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

CommandResult heftsatz(const std::string& arguments) {
    return run(std::string("'") + HEFTSATZ_BINARY + "' " + arguments);
}

std::filesystem::path build_sample(const std::string& name) {
    const std::filesystem::path out = process_dir(name) / "sample.pdf";
    const CommandResult r =
        heftsatz("build '" + (source_dir() / "issues/2020-12").string() + "' -o '" + out.string() + "'");
    if (r.exit_code != 0) throw std::runtime_error("the sample did not build:\n" + r.out);
    return out;
}

const std::filesystem::path& sample_pdf() {
    static const std::filesystem::path pdf = build_sample("sample");
    return pdf;
}

std::filesystem::path corpus_issue() { return source_dir() / "data/corpus/handbuch"; }

const char* const kIssueHead =
    "<issue magazine=\"K\" number=\"1\" year=\"2020\" date=\"2020-01-01\" layout=\"kommune21\">\n";

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string pdf_text(const std::filesystem::path& pdf, const std::vector<std::string>& heads) {
    CommandResult r = run("pdftotext -raw -enc UTF-8 '" + pdf.string() + "' -");
    if (r.exit_code != 0) throw std::runtime_error("pdftotext failed: " + r.out);
    std::istringstream stream(r.out);
    std::vector<std::string> lines;
    for (std::string line; std::getline(stream, line);) lines.push_back(line);
    std::string text;
    auto footer = [](const std::string& line) { return line.find("Ausgabe 12/2020 ·") != std::string::npos; };
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string& line = lines[i];
        // The running footer: a folio line and "Kommune21 · Ausgabe …".
        if (footer(line)) continue;
        if (std::find(heads.begin(), heads.end(), line) != heads.end()) continue;
        if (line.rfind("Fortsetzung auf Seite ", 0) == 0 || line.rfind("Fortsetzung von Seite ", 0) == 0) continue;
        // A folio stands alone next to the footer line; other numbers alone
        // on a line are text (-raw puts each word of a right-to-left run on
        // a line of its own, numbers too).
        const bool digits = !line.empty() && line.find_first_not_of("0123456789\f") == std::string::npos;
        const bool by_footer = (i + 1 < lines.size() && footer(lines[i + 1])) || (i > 0 && footer(lines[i - 1]));
        if (digits && (line.find_first_not_of('\f') == std::string::npos || by_footer)) continue;
        if (!line.empty() && line.back() == '-') {
            line.pop_back();
            text += line;  // joined with the next line
        } else {
            text += line + "\n";
        }
    }
    return text;
}

std::vector<std::string> words(const std::string& text) {
    // NFC first: a decomposed "u" + U+0308 compares equal to the "ü" copied from the PDF.
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString u = icu::Normalizer2::getNFCInstance(status)->normalize(icu::UnicodeString::fromUTF8(text), status);
    std::vector<std::string> out;
    icu::UnicodeString word;
    auto flush = [&] {
        if (word.isEmpty()) return;
        std::string s;
        word.toUTF8String(s);
        out.push_back(s);
        word.remove();
    };
    for (int32_t i = 0; i < u.length();) {
        UChar32 c = u.char32At(i);
        i += U16_LENGTH(c);
        if (c == '-' || c == 0x00AD) continue;  // hyphens and soft hyphens join
        if (u_isalnum(c)) word.append(c);
        else flush();
    }
    flush();
    return out;
}

std::string letters(const std::string& text) {
    std::string out;
    for (const std::string& w : words(text)) out += w;
    return out;
}

ArticleText article_text(const std::filesystem::path& article_xml) {
    ArticleText text;
    xmlDoc* doc = xmlReadFile(article_xml.string().c_str(), nullptr, XML_PARSE_NONET);
    if (!doc) throw std::runtime_error("cannot parse " + article_xml.string());
    auto text_of = [](xmlNode* n) {
        xmlChar* c = xmlNodeGetContent(n);
        std::string s = c ? reinterpret_cast<const char*>(c) : "";
        xmlFree(c);
        return s;
    };
    for (xmlNode* n = xmlDocGetRootElement(doc)->children; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        std::string name = reinterpret_cast<const char*>(n->name);
        if (name == "kicker" || name == "title" || name == "lead") text.blocks.push_back(text_of(n));
        if (name != "body") continue;
        for (xmlNode* b = n->children; b; b = b->next) {
            if (b->type != XML_ELEMENT_NODE) continue;
            const std::string element = reinterpret_cast<const char*>(b->name);
            (element == "figure" ? text.figures : element == "quote" ? text.quotes : text.blocks).push_back(text_of(b));
        }
    }
    xmlFreeDoc(doc);
    return text;
}

// Every block's text appears, in order and whole, in the PDF's text
// (compared letter by letter, see letters). Figure captions and pull
// quotes appear somewhere (they float); they are taken out before the
// order is checked.
void check_no_text_lost(const std::filesystem::path& issue_folder, const std::filesystem::path& pdf) {
    namespace fs = std::filesystem;
    std::string manifest = read_file(issue_folder / "issue.xml");
    // Running heads name the section (or Editorial, Inhalt, ...): not article text.
    std::vector<std::string> heads{"Editorial", "Inhalt", "Impressum", "Notizen"};
    std::regex title("<section title=\"([^\"]+)\"");
    for (auto it = std::sregex_iterator(manifest.begin(), manifest.end(), title); it != std::sregex_iterator(); ++it)
        heads.push_back((*it)[1].str());
    std::string out = letters(pdf_text(pdf, heads));
    std::vector<fs::path> articles;
    std::regex src("<(?:article|editorial) src=\"([^\"]+)\"");
    for (auto it = std::sregex_iterator(manifest.begin(), manifest.end(), src); it != std::sregex_iterator(); ++it)
        articles.push_back(issue_folder / (*it)[1].str());
    REQUIRE_FALSE(articles.empty());
    std::vector<ArticleText> texts;
    for (const fs::path& article : articles) texts.push_back(article_text(article));
    for (const auto& text : texts) {
        for (const std::string& figure : text.figures) {
            const std::string in = letters(figure);
            std::size_t found = out.find(in);
            INFO("figure caption: " << figure.substr(0, 80));
            REQUIRE(found != std::string::npos);
            out.erase(found, in.size());
        }
        // A pull quote stands after the sentence it repeats, which may hold its words.
        for (const std::string& quote : text.quotes) {
            const std::string in = letters(quote);
            std::size_t found = out.rfind(in);
            INFO("pull quote: " << quote.substr(0, 80));
            REQUIRE(found != std::string::npos);
            out.erase(found, in.size());
        }
    }
    for (std::size_t a = 0; a < articles.size(); ++a) {
        std::size_t at = 0;  // each article in order; an article may jump past others
        for (const std::string& block : texts[a].blocks) {
            const std::string in = letters(block);
            if (in.empty()) continue;
            INFO(articles[a].filename().string() << ": " << block.substr(0, 80));
            std::size_t found = out.find(in, at);
            if (found != std::string::npos) {
                at = found + in.size();
                continue;
            }
            // A paragraph cut by a jump ("Fortsetzung auf Seite …"): its
            // longest present head, then the rest further on.
            std::size_t lo = 0, hi = in.size();
            while (hi - lo > 1) {
                const std::size_t mid = (lo + hi) / 2;
                (out.find(in.substr(0, mid), at) != std::string::npos ? lo : hi) = mid;
            }
            const std::size_t head = out.find(in.substr(0, lo), at);
            REQUIRE(lo > 0);
            const std::size_t tail = out.find(in.substr(lo), head + lo);
            REQUIRE(tail != std::string::npos);
            at = tail + in.size() - lo;
        }
    }
}

namespace {
// The widest glyph protrusion applies to, in em ("W" in Noto Serif is 1.07).
constexpr double kWidest = 1.2;

char32_t first_char(const std::string& s) {
    int32_t i = 0;
    UChar32 c = 0;
    U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    return c < 0 ? 0 : static_cast<char32_t>(c);
}
char32_t last_char(const std::string& s) {
    int32_t i = static_cast<int32_t>(s.size());
    UChar32 c = 0;
    U8_PREV(s.data(), 0, i, c);
    return c < 0 ? 0 : static_cast<char32_t>(c);
}
}  // namespace

Pt hang_allowed_left(const GlyphRun& run) {
    if (run.text.empty()) return 0;
    return ProtrusionTable::defaults().of(first_char(run.text)).left / 1000.0 * kWidest * run.size + 0.01;
}

Pt hang_allowed_right(const GlyphRun& run) {
    if (run.text.empty()) return 0;
    return ProtrusionTable::defaults().of(last_char(run.text)).right / 1000.0 * kWidest * run.size + 0.01;
}

LaidOut lay_out_fixture(const std::filesystem::path& issue_folder, const std::function<void(LayoutSpec&)>& adjust) {
    Diagnostics diagnostics;
    Issue issue = read_issue(issue_folder, diagnostics).take();
    LayoutSpec layout = read_layout(issue.layout, DataSearchPath::for_issue(issue.folder, {}), diagnostics).take();
    if (adjust) adjust(layout);
    LaidOut out{std::move(issue), std::move(layout), FontLibrary{}, {}, std::move(diagnostics)};
    out.fonts = FontLibrary::load(out.layout).take();
    out.doc = lay_out_issue(out.issue, out.layout, out.fonts, Lexicon::load().take(), out.diagnostics).take();
    return out;
}

const LaidOut& laid_out_sample() {
    static const LaidOut out = lay_out_fixture(source_dir() / "issues/2020-12");
    return out;
}

GlyphRun shaped_run(const Font& font, const std::string& text, Pt x, Pt y, Pt size,
                    const LineJustification& justification) {
    Shaper shaper;
    GlyphRun run;
    run.font = &font;
    run.size = size;
    run.x = x;
    run.y = y;
    run.text = text;
    run.horizontal_scale = justification.scale;
    run.letter_space = justification.letter_space;
    const double em = size / font.metrics().units_per_em;
    double pen = 0;
    for (const Glyph& g : shaper.shape(font, text)) {
        run.glyphs.push_back({g.id, g.cluster, static_cast<float>(pen + g.x_offset * em * justification.scale), 0});
        pen += g.advance * em * justification.scale + justification.letter_space;
        if (text[g.cluster] == ' ') pen += justification.space_extra;
    }
    run.width = pen - justification.letter_space;
    return run;
}

}  // namespace heftsatz::test
