// libFuzzer target: arbitrary UTF-8 text through typography, shaping,
// hyphenation and line breaking at several widths. Never crash or hang, and
// never lose a letter: the set lines hold exactly the input's letters.
#include "manifest/Manifest.h"
#include "text/Text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace heftsatz;

namespace {

struct World {
    LayoutSpec layout;
    FontLibrary fonts;
    Shaper shaper;
    Lexicon lexicon = Lexicon::load().take();
    std::unique_ptr<ParagraphBuilder> builder;

    World() {
        Diagnostics d;
        layout = read_layout("kommune21", DataSearchPath::for_issue(HEFTSATZ_SOURCE_DIR, {}), d).take();
        fonts = FontLibrary::load(layout).take();
        builder = std::make_unique<ParagraphBuilder>(shaper, lexicon.hyphenator, lexicon.compounds);
    }
};

// Letters and digits after NFC, the way a reader compares copied text.
icu::UnicodeString letters(const std::string& utf8) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString text = icu::Normalizer2::getNFCInstance(status)->normalize(icu::UnicodeString::fromUTF8(utf8), status);
    icu::UnicodeString out;
    for (int32_t i = 0; i < text.length();) {
        UChar32 c = text.char32At(i);
        i += U16_LENGTH(c);
        if (u_isalnum(c)) out.append(c);
    }
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static World world;
    if (size > 4096) return 0;
    // Invalid UTF-8 becomes U+FFFD, as the XML reader would refuse it.
    std::string text;
    icu::UnicodeString::fromUTF8(std::string(reinterpret_cast<const char*>(data), size)).toUTF8String(text);
    for (Pt width : {40.0, 160.0}) {
        const ParagraphStyle& body = world.layout.style("body");
        ParagraphInput input;
        input.styles.push_back(TextStyle{world.fonts.font(body.family, FontStyle::Regular), body.size, {}, {}, {}});
        input.runs.push_back({text, 0});
        input.measure = width;
        Paragraph par = world.builder->build(input);
        std::vector<SetLine> lines = set_lines(par, break_lines(par, width, LineBreakParams{}), width);
        std::string all;
        for (const SetLine& line : lines) all += line_text(par, line) + " ";
        if (letters(all) != letters(par.text)) std::abort();  // a letter was lost or made up
    }
    return 0;
}
