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
        {"normalerweise", "nor-ma-ler-wei-se"},
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

TEST_CASE("two letters before and two after a break by default, more when the layout asks", "[text][hyphenation]") {
    // babel's ngerman: \lefthyphenmin=2, \righthyphenmin=2. "Abend" could
    // break "A-bend" and "Ufer" "U-fer"; never with one letter alone.
    Hyphenator h = german();
    for (const char* word : {"Abend", "Ufer", "Ende", "oben", "Mietrecht", "Fahrzeuge", "Gruppe"}) {
        const std::string w = word;
        for (std::size_t p : h.points(word)) {
            INFO(word << " at " << p);
            CHECK(p >= 2);
            CHECK(w.size() - p >= 2);
        }
    }
    CHECK(h.marked("Gruppe") == "Grup-pe");
    CHECK(h.marked("Liebe") == "Lie-be");
    CHECK(h.marked("Ende") == "En-de");
    CHECK(h.marked("oben") == "oben");  // "o-ben" would leave one letter
    // A layout that wants three letters after a break (hyphen-min-after="3").
    h.set_minimums(2, 3);
    CHECK(h.marked("Gruppe") == "Gruppe");
    CHECK(h.marked("normalerweise") == "nor-ma-ler-weise");
    // Below 2 is not possible: the dictionary is built for 2/2.
    h.set_minimums(1, 1);
    CHECK(h.marked("Abend") == "Abend");
}
