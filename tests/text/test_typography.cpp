// German typography before shaping: quotes, dashes, no-break spaces.
#include "text/GermanTypography.h"

#include <catch2/catch.hpp>

using namespace heftsatz;

namespace {
std::string typeset(std::string text) {
    static GermanTypography typography;
    std::vector<std::string> runs{std::move(text)};
    typography.apply(runs);
    return runs[0];
}
const std::string nbsp = "\u00A0";
const std::string nnbsp = "\u202F";
const std::string weak = "\u2007";  // a tie that yields as a last resort
}  // namespace

TEST_CASE("straight quotes become German quotes", "[text][typography]") {
    CHECK(typeset("Er sagte \"Ja\" und ging.") == "Er sagte „Ja“ und ging.");
    CHECK(typeset("Sie sagte: 'Nein.'") == "Sie sagte: ‚Nein.‘");
    CHECK(typeset("Wie geht's?") == "Wie geht’s?");
}

TEST_CASE("ellipsis and spaced hyphen", "[text][typography]") {
    CHECK(typeset("Und dann...") == "Und dann…");
    CHECK(typeset("Bund - Länder") == "Bund" + nbsp + "– Länder");
    CHECK(typeset("OZG-Umsetzung") == "OZG-Umsetzung");
}

TEST_CASE("no break inside abbreviations and amounts and dates", "[text][typography]") {
    CHECK(typeset("z. B. hier") == "z." + nnbsp + "B. hier");
    CHECK(typeset("d. h. dort") == "d." + nnbsp + "h. dort");
    CHECK(typeset("u. a. auch") == "u." + nnbsp + "a. auch");
    CHECK(typeset("600 Millionen Euro") == "600" + nbsp + "Millionen" + weak + "Euro");
    CHECK(typeset("rund 3 % mehr") == "rund 3" + nbsp + "% mehr");
    CHECK(typeset("auf S. 12 steht") == "auf S." + nbsp + "12 steht");
    CHECK(typeset("nach § 3 gilt") == "nach §" + nbsp + "3 gilt");
    CHECK(typeset("am 1. Januar 2021") == "am 1." + nbsp + "Januar" + weak + "2021");
    CHECK(typeset("(z. B. hier)") == "(z." + nnbsp + "B. hier)");
    CHECK(typeset("im Mai 2021, danach") == "im Mai" + weak + "2021, danach");
    CHECK(typeset("mit 5 Euro.") == "mit 5" + nbsp + "Euro.");
    // Not a unit: the space stays breakable.
    CHECK(typeset("in 3 Kommunen") == "in 3 Kommunen");
}

TEST_CASE("typography keeps every character in its run", "[text][typography]") {
    static GermanTypography typography;
    std::vector<std::string> runs{"Er sagte \"", "Ja", "\" und..."};
    typography.apply(runs);
    CHECK(runs[0] == "Er sagte „");
    CHECK(runs[1] == "Ja");
    CHECK(runs[2] == "“ und…");
}
