#include "text/GermanTypography.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <set>
#include <stdexcept>
#include <string>
#include <string_view>

namespace heftsatz {
namespace {

// Marks a UTF-16 unit removed by a rule that shortens text ("..." → "…"),
// so that every rule can work in place without moving run borders.
constexpr char16_t kRemoved = 0xFFFF;

// Words that bind to a following number, to a preceding number, and to a
// preceding magnitude; German conventions (Duden, "Zahlen und Einheiten").
const std::set<std::u16string> kReferences = {u"S.", u"Nr.", u"Abs.", u"Art.", u"Kap.", u"Bd.",
                                              u"Ziff.", u"Tz.", u"Bl.", u"§", u"§§"};
const std::set<std::u16string> kUnits = {
    u"%", u"‰", u"€", u"$", u"Euro", u"Cent", u"Dollar", u"Prozent", u"Prozentpunkte",
    u"Million", u"Millionen", u"Milliarde", u"Milliarden", u"Billionen", u"Mio.", u"Mrd.",
    u"Tausend", u"Stunde", u"Stunden", u"Minute", u"Minuten", u"Sekunden", u"Tage", u"Tagen",
    u"Wochen", u"Monate", u"Monaten", u"Jahre", u"Jahren", u"km", u"m", u"cm", u"mm", u"kg",
    u"t", u"GB", u"MB", u"TB", u"kB", u"Mbit/s", u"Gbit/s", u"MBit/s", u"GBit/s", u"Byte", u"Uhr"};
const std::set<std::u16string> kMagnitudes = {u"Million",   u"Millionen", u"Milliarde", u"Milliarden",
                                              u"Billionen", u"Mio.",      u"Mrd.",      u"Tausend"};
const std::set<std::u16string> kCurrencies = {u"Euro", u"€", u"Dollar", u"US-Dollar"};
const std::set<std::u16string> kMonths = {u"Januar", u"Februar", u"März",     u"April",
                                          u"Mai",    u"Juni",    u"Juli",     u"August",
                                          u"September", u"Oktober", u"November", u"Dezember"};

// Word borders for the rules: spaces, including those already made no-break.
bool is_space(char16_t c) { return c == u' ' || c == kNoBreakSpace || c == kNarrowNoBreakSpace || c == kWeakTie; }

// The space-delimited word ending before `space` and the one starting after
// it, with trailing punctuation (",;:!?)") taken off the latter.
std::u16string word_before(const icu::UnicodeString& t, int32_t space) {
    int32_t b = space;
    while (b > 0 && !is_space(t.charAt(b - 1))) --b;
    std::u16string w(t.getBuffer() + b, static_cast<std::size_t>(space - b));
    while (!w.empty() && std::u16string_view(u"(„‚[").find(w.front()) != std::u16string_view::npos)
        w.erase(0, 1);
    return w;
}

std::u16string word_after(const icu::UnicodeString& t, int32_t space) {
    int32_t e = space + 1;
    while (e < t.length() && !is_space(t.charAt(e))) ++e;
    std::u16string w(t.getBuffer() + space + 1, static_cast<std::size_t>(e - space - 1));
    while (!w.empty() && std::u16string_view(u",;:!?)“‘").find(w.back()) != std::u16string_view::npos)
        w.pop_back();
    return w;
}

// A word of `set`, also with a sentence's full stop after it ("5 Euro.").
bool is_one_of(const std::set<std::u16string>& set, const std::u16string& w) {
    return set.count(w) || (!w.empty() && w.back() == u'.' && set.count(w.substr(0, w.size() - 1)));
}

bool all_digits(const std::u16string& w, std::size_t min, std::size_t max) {
    if (w.size() < min || w.size() > max) return false;
    for (char16_t c : w)
        if (c < u'0' || c > u'9') return false;
    return true;
}

bool is_letter(char16_t c) { return u_isalpha(c); }

// What the space at `i` must become, or 0 to stay a breakable space.
char16_t no_break_space_for(const icu::UnicodeString& t, int32_t i) {
    const char16_t prev = i > 0 ? t.charAt(i - 1) : 0;
    const char16_t next = i + 1 < t.length() ? t.charAt(i + 1) : 0;
    // "Text – Text": a dash never starts a line.
    if ((next == u'–' || next == u'—') && prev != 0 && !is_space(prev)) return kNoBreakSpace;
    const std::u16string before = word_before(t, i);
    const std::u16string after = word_after(t, i);
    // "z. B.", "d. h.", "u. a.", "o. Ä.": one-letter abbreviations stay together.
    if (before.size() == 2 && is_letter(before[0]) && before[1] == u'.' && after.size() >= 2 &&
        is_letter(after[0]) && after[1] == u'.')
        return static_cast<char16_t>(kNarrowNoBreakSpace);
    const bool next_digit = next >= u'0' && next <= u'9';
    // "S. 12", "Nr. 5", "§ 3": a reference and its number.
    if (next_digit && kReferences.count(before)) return kNoBreakSpace;
    // "3 %", "600 Millionen", "12 Euro": a number and its unit.
    if (prev >= u'0' && prev <= u'9' && is_one_of(kUnits, after)) return kNoBreakSpace;
    // "600 Millionen Euro": the magnitude and its currency.
    if (kMagnitudes.count(before) && is_one_of(kCurrencies, after)) return kWeakTie;
    // "1. Januar 2021": a date stays on one line.
    if (before.size() >= 2 && before.back() == u'.' &&
        all_digits(before.substr(0, before.size() - 1), 1, 2) && is_one_of(kMonths, after))
        return kNoBreakSpace;
    if (kMonths.count(before) && all_digits(after.substr(0, std::min<std::size_t>(after.size(), 4)), 4, 4) &&
        (after.size() == 4 || !(after[4] >= u'0' && after[4] <= u'9')))
        return kWeakTie;
    return 0;
}

bool opens_quote_after(char16_t previous) {
    return previous == 0 || u_isUWhiteSpace(previous) || previous == u'(' ||
           previous == u'[' || previous == u'{' || previous == u'–' || previous == u'—' ||
           previous == u'/' || previous == kNoBreakSpace || previous == u'„' ||
           previous == u'‚';
}

}  // namespace

struct GermanTypography::Rules {
    const icu::Normalizer2* nfc = nullptr;
};

GermanTypography::GermanTypography() : rules_(std::make_unique<Rules>()) {
    UErrorCode status = U_ZERO_ERROR;
    rules_->nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU NFC normaliser unavailable");
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

    // No-break spaces: every space is checked against the rules above.
    for (int32_t i = 0; i < text.length(); ++i)
        if (text.charAt(i) == u' ')
            if (char16_t replacement = no_break_space_for(text, i)) text.setCharAt(i, replacement);

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
