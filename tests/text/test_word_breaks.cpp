// Where words may break and at what cost (WordBreaks), one rule a case.
#include "text/Text.h"

#include <catch2/catch.hpp>

using namespace heftsatz;

namespace {

Lexicon& lexicon() {
    static Lexicon l = Lexicon::load().take();
    return l;
}

// "IT-|Sicher[joint]heits..." style rendering: each break point with its penalty.
std::string breaks_of(const std::string& text, bool hyphenate = true) {
    WordBreaks words(lexicon().hyphenator, lexicon().compounds);
    const std::vector<Token> tokens = find_tokens(text, {});
    BreakPenalties penalties;
    std::string out;
    std::size_t at = 0;
    for (const Token& token : tokens) {
        const SegmentBreaks b = words.find(text, token.begin, token.end, token, hyphenate, {}, penalties);
        for (const BreakPoint& p : b.points) {
            out += text.substr(at, p.at - at);
            out += p.penalty == penalties.joint ? "|" : p.penalty == penalties.hyphen ? "-" : "/";
            at = p.at;
        }
    }
    return out + text.substr(at);
}

}  // namespace

TEST_CASE("a compound breaks more cheaply at its joints than inside its parts", "[text][wordbreaks]") {
    CHECK(breaks_of("Bürgerserviceportal") == "Bür-ger|ser-vice|por-tal");
    CHECK(breaks_of("Informationssicherheitsbeauftragte") == "In-for-ma-ti-ons|si-cher-heits|be-auf-trag-te");
    BreakPenalties p;
    CHECK(p.explicit_hyphen < p.joint);  // the text's own hyphen first
    CHECK(p.joint < p.hyphen);
}

TEST_CASE("a hyphenated compound breaks inside its parts too", "[text][wordbreaks]") {
    // The hyphen itself is a UAX #14 opportunity (ParagraphBuilder, explicit
    // penalty); WordBreaks adds the points inside each part.
    CHECK(breaks_of("IT-Sicherheitsbeauftragte") == "IT-Si-cher-heits|be-auf-trag-te");
    CHECK(breaks_of("E-Government-Gesetz") == "E-Go-vern-ment-Ge-setz");
    CHECK(breaks_of("OZG-Umsetzung") == "OZG-Um-set-zung");
}

TEST_CASE("capitals, addresses, paths and tied groups are not hyphenated", "[text][wordbreaks]") {
    CHECK(breaks_of("DISRUPTED") == "DISRUPTED");
    CHECK(breaks_of("NORDRHEIN") == "NORDRHEIN");
    // Addresses break after their separators, without a hyphen ("/").
    CHECK(breaks_of("www.land.nrw") == "www./land./nrw");
    CHECK(breaks_of("debian-admin@lists.debian.org") == "debian-/admin@/lists./debian./org");
    CHECK(breaks_of("/etc/apt/sources") == "//etc//apt//sources");
    // A slash between words is no path: "GNU/Linux-Distribution".
    CHECK(breaks_of("GNU/Linux-Distribution") == "GNU/Li-nux-Dis-tri-bu-ti-on");
    CHECK(breaks_of("600\u00A0Millionen") == "600\u00A0Millionen");
}

TEST_CASE("joints are found where nothing is hyphenated, for the ligature rule", "[text][wordbreaks]") {
    WordBreaks words(lexicon().hyphenator, lexicon().compounds);
    const std::string text = "Druckauflage";
    const std::vector<Token> tokens = find_tokens(text, {});
    const SegmentBreaks b = words.find(text, 0, text.size(), tokens.at(0), false, {}, BreakPenalties{});
    CHECK(b.points.empty());
    CHECK(b.joints == std::vector<std::size_t>{5, 8});  // Druck|auf|lage
}
