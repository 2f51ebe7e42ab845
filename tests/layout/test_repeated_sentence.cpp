// Finding the sentence a pull quote repeats (layout/RepeatedSentence.h).
#include "layout/RepeatedSentence.h"

#include <catch2/catch.hpp>

using namespace heftsatz;

namespace {

Block paragraph(const std::string& text) { return text_block(BlockKind::Paragraph, {Inline{text, false, false, {}, {}}}); }

Block quote(const std::string& text) { return text_block(BlockKind::Quote, {Inline{text, false, false, {}, {}}}); }

std::optional<SentenceEnd> find_in(const std::string& quote, const std::vector<Block>& body, std::size_t at) {
    return RepeatedSentences(body).find(quote, at);
}

}  // namespace

TEST_CASE("a pull quote finds the sentence it repeats, shortened or not", "[layout][furniture]") {
    const std::string first = "Die Stadt zieht Bilanz. Vor zwei Jahren waren es gerade einmal fünf Dienste, sagt er.";
    const std::string second =
        "Ostendorf warnt vor zu hohen Erwartungen. \"Ein Standard ist erst dann etwas wert, wenn die Hersteller ihn "
        "umsetzen und die Kommunen die passenden Versionen auch einspielen\", sagt er. Das dauere oft ein Jahr.";
    const std::vector<Block> body = {paragraph(first), quote("x"), paragraph(second)};

    SECTION("shortened: the sentence ends after the words it holds") {
        const auto found = find_in(
            "Ein Standard ist erst dann etwas wert, wenn die Hersteller ihn umsetzen und die Kommunen ihn auch "
            "einspielen.",
            body, 1);
        REQUIRE(found);
        CHECK(found->block == 2);
        // Up to "sagt er." (the sentence's end), not "einspielen".
        const std::string upto = second.substr(0, second.find("sagt er.") + 8);
        CHECK(found->letters == count_letters(upto));
    }
    SECTION("before the quote, too") {
        const auto found = find_in("Vor zwei Jahren waren es gerade einmal fünf.", body, 1);
        REQUIRE(found);
        CHECK(found->block == 0);
        CHECK(found->letters == count_letters(first));
    }
    SECTION("common words alone are no match") {
        CHECK_FALSE(find_in("Und dann die Kommunen, die es erst wert sind.", body, 1));
        CHECK_FALSE(find_in("Geduld ist manchmal schneller als jede Eile.", body, 1));
    }
    SECTION("an abbreviation does not end the sentence") {
        const std::vector<Block> abbreviated = {
            quote("x"), paragraph("Der Kreis bietet Dienste an, z. B. die Zulassung und u. a. das Wohngeld. Dann mehr.")};
        const auto found = find_in("Der Kreis bietet Dienste an", abbreviated, 0);
        REQUIRE(found);
        CHECK(found->letters == count_letters("Der Kreis bietet Dienste an, z. B. die Zulassung und u. a. das Wohngeld."));
    }
}

TEST_CASE("aligning quotes stops at its budget", "[layout][furniture]") {
    const std::vector<Block> body = {quote("x"), paragraph("Die Stadt zieht nach zwei Jahren eine erste Bilanz.")};
    const std::string wanted = "Die Stadt zieht nach zwei Jahren eine erste Bilanz.";
    RepeatedSentences sentences(body, 2 * 9 * 9);  // twice the quote's words times the paragraph's
    CHECK(sentences.find(wanted, 0));
    CHECK(sentences.find(wanted, 0));
    CHECK_FALSE(sentences.find(wanted, 0));
}
