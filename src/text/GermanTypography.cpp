#include "text/GermanTypography.h"

#include <unicode/normalizer2.h>
#include <unicode/regex.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace heftsatz {
namespace {

// Marks a UTF-16 unit removed by a rule that shortens text ("..." → "…"),
// so that every rule can work in place without moving run borders.
constexpr char16_t kRemoved = 0xFFFF;

constexpr const char* kMonths =
    "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember";

struct SpaceRule {
    const char* pattern;  // matches exactly the space to replace
    char32_t replacement;
};

// Each rule names the German convention it implements. The lookbehinds are
// bounded, as ICU requires.
const SpaceRule kSpaceRules[] = {
    // "z. B.", "d. h.", "u. a.", "o. Ä.": one-letter abbreviations stay together.
    {"(?<=(?:^|[^\\p{L}])\\p{L}\\.) (?=\\p{L}\\.)", kNarrowNoBreakSpace},
    // "S. 12", "Nr. 5", "Abs. 2", "Art. 3": a reference and its number.
    {"(?<=(?:^|[^\\p{L}])(?:S|Nr|Abs|Art|Kap|Bd|Ziff|Tz|Bl)\\.) (?=\\d)", kNoBreakSpace},
    // "§ 3", "§§ 3": the section sign and its number.
    {"(?<=§) (?=\\d)", kNoBreakSpace},
    // "3 %", "600 Millionen", "12 Euro", "5 km": a number and its unit.
    {"(?<=\\d) (?=(?:%|‰|€|\\$|Euro|Cent|Dollar|Prozent|Prozentpunkte|Millionen|Million|"
     "Milliarden|Milliarde|Billionen|Mio\\.|Mrd\\.|Tausend|Stunden|Stunde|Minuten|Minute|"
     "Sekunden|Tage|Tagen|Wochen|Monate|Monaten|Jahre|Jahren|km|m|cm|mm|kg|t|GB|MB|TB|kB|"
     "Mbit/s|Gbit/s|MBit/s|GBit/s|Byte|Uhr)(?:[^\\p{L}]|$))",
     kNoBreakSpace},
    // "600 Millionen Euro": the magnitude and its currency.
    {"(?<=(?:Millionen|Million|Milliarden|Milliarde|Billionen|Mio\\.|Mrd\\.|Tausend)) "
     "(?=(?:Euro|€|Dollar|US-Dollar)(?:[^\\p{L}]|$))",
     kNoBreakSpace},
    // "1. Januar 2021": a date stays on one line.
    {nullptr, kNoBreakSpace},  // day and month, built from kMonths below
    {nullptr, kNoBreakSpace},  // month and year
    // "Text – Text": a dash never starts a line.
    {"(?<=[^ ]) (?=[–—] )", kNoBreakSpace},
};

bool opens_quote_after(char16_t previous) {
    return previous == 0 || u_isUWhiteSpace(previous) || previous == u'(' ||
           previous == u'[' || previous == u'{' || previous == u'–' || previous == u'—' ||
           previous == u'/' || previous == kNoBreakSpace || previous == u'„' ||
           previous == u'‚';
}

}  // namespace

struct GermanTypography::Rules {
    const icu::Normalizer2* nfc = nullptr;
    std::vector<std::pair<std::unique_ptr<icu::RegexPattern>, char32_t>> spaces;
};

GermanTypography::GermanTypography() : rules_(std::make_unique<Rules>()) {
    UErrorCode status = U_ZERO_ERROR;
    rules_->nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU NFC normaliser unavailable");
    const std::string day_month = std::string("(?<=(?:^|[^\\d])\\d{1,2}\\.) (?=(?:") + kMonths + ")\\b)";
    const std::string month_year = std::string("(?<=(?:") + kMonths + ")) (?=\\d{4}\\b)";
    int date_rule = 0;
    for (const auto& rule : kSpaceRules) {
        std::string pattern = rule.pattern ? rule.pattern : (date_rule++ == 0 ? day_month : month_year);
        UParseError parse{};
        status = U_ZERO_ERROR;
        std::unique_ptr<icu::RegexPattern> compiled(icu::RegexPattern::compile(
            icu::UnicodeString::fromUTF8(pattern), 0, parse, status));
        if (U_FAILURE(status)) throw std::runtime_error("bad typography rule: " + pattern);
        rules_->spaces.emplace_back(std::move(compiled), rule.replacement);
    }
}

GermanTypography::~GermanTypography() = default;
GermanTypography::GermanTypography(GermanTypography&&) noexcept = default;
GermanTypography& GermanTypography::operator=(GermanTypography&&) noexcept = default;

void GermanTypography::apply(std::vector<std::string>& runs) const {
    // Join the runs (NFC each) and remember where each one ends.
    icu::UnicodeString text;
    std::vector<int32_t> ends;
    for (const auto& run : runs) {
        UErrorCode status = U_ZERO_ERROR;
        icu::UnicodeString normalized =
            rules_->nfc->normalize(icu::UnicodeString::fromUTF8(run), status);
        text += U_SUCCESS(status) ? normalized : icu::UnicodeString::fromUTF8(run);
        ends.push_back(text.length());
    }

    // Quotes, apostrophes, ellipsis, spaced hyphen: one pass, in place.
    bool single_open = false;
    for (int32_t i = 0; i < text.length(); ++i) {
        char16_t c = text.charAt(i);
        char16_t prev = i > 0 ? text.charAt(i - 1) : 0;
        char16_t next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
        if (c == u'"') {
            text.setCharAt(i, opens_quote_after(prev) ? u'„' : u'“');
        } else if (c == u'\'') {
            if (u_isalpha(prev) && u_isalpha(next)) {
                text.setCharAt(i, u'’');  // apostrophe inside a word: "geht's"
            } else if (opens_quote_after(prev)) {
                text.setCharAt(i, u'‚');
                single_open = true;
            } else {
                text.setCharAt(i, single_open ? u'‘' : u'’');
                single_open = false;
            }
        } else if (c == u'.' && next == u'.' && i + 2 < text.length() && text.charAt(i + 2) == u'.') {
            text.setCharAt(i, u'…');
            text.setCharAt(i + 1, kRemoved);
            text.setCharAt(i + 2, kRemoved);
            i += 2;
        } else if (c == u'-' && prev == u' ' && (next == u' ' || next == 0)) {
            text.setCharAt(i, u'–');  // a spaced hyphen is a dash: " – "
        }
    }

    // No-break spaces: each rule matches exactly the space it replaces.
    for (const auto& [pattern, replacement] : rules_->spaces) {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::RegexMatcher> matcher(pattern->matcher(text, status));
        if (U_FAILURE(status)) continue;
        std::vector<int32_t> hits;
        while (matcher->find(status) && U_SUCCESS(status)) hits.push_back(matcher->start(status));
        for (int32_t at : hits) text.setCharAt(at, static_cast<char16_t>(replacement));
    }

    // Split back into the runs, dropping removed units.
    int32_t begin = 0;
    for (std::size_t r = 0; r < runs.size(); ++r) {
        icu::UnicodeString piece;
        for (int32_t i = begin; i < ends[r]; ++i)
            if (text.charAt(i) != kRemoved) piece.append(text.charAt(i));
        runs[r].clear();
        piece.toUTF8String(runs[r]);
        begin = ends[r];
    }
}

}  // namespace heftsatz
