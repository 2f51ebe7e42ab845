// German hyphenation with libhyphen and the dehyph-exptl patterns. One case
// a line: the word and where it must (and must only) break.
#include "text/Hyphenator.h"

#include <catch2/catch.hpp>

using namespace heftsatz;

namespace {
Hyphenator& german() {
    static Hyphenator h = Hyphenator::load(Hyphenator::default_dictionary()).take();
    return h;
}
}  // namespace

TEST_CASE("German words break where the dehyph-exptl patterns say", "[text][hyphenation]") {
    // Debian's hyph_de_DE.dic breaks the first four wrongly
    // ("nor-ma-le-r-wei-se", "rü-ck-mel-dung", "au-ße-r-halb", "zei-tein-heit").
    const std::pair<const char*, const char*> cases[] = {
        {"normalerweise", "nor-ma-ler-weise"},  // "wei-se" would leave 2 letters
        {"Rückmeldung", "Rück-mel-dung"},
        {"außerhalb", "au-ßer-halb"},
        {"Zeiteinheit", "Zeit-ein-heit"},
        {"Verwaltung", "Ver-wal-tung"},
        {"Digitalisierung", "Di-gi-ta-li-sie-rung"},
        {"Onlinezugangsgesetz", "On-line-zu-gangs-ge-setz"},
        {"Bürgerserviceportal", "Bür-ger-ser-vice-por-tal"},
        {"Landesregierung", "Lan-des-re-gie-rung"},
        {"Investitionsmittel", "In-ves-ti-ti-ons-mit-tel"},
    };
    for (const auto& [word, expected] : cases) {
        INFO(word);
        CHECK(german().marked(word) == expected);
    }
}

TEST_CASE("at least two letters before and three after a break", "[text][hyphenation]") {
    // "Abend" could break "A-bend" and "Ufer" "U-fer"; "Ende" never.
    for (const char* word : {"Abend", "Ufer", "Ende", "oben", "Mietrecht", "Fahrzeuge", "Gruppe"}) {
        const std::string w = word;
        for (std::size_t p : german().points(word)) {
            INFO(word << " at " << p);
            CHECK(p >= 2);
            CHECK(w.size() - p >= 3);
        }
    }
    CHECK(german().marked("Ende") == "Ende");
    CHECK(german().marked("Gruppe") == "Gruppe");  // "Grup-pe" would leave 2 letters
}
