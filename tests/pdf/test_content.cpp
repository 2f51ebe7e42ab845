// Numbers as the PDF content stream writes them.
#include "pdf/ContentStream.h"

#include <catch2/catch.hpp>

using namespace heftsatz;

TEST_CASE("PDF numbers: at most three decimals and no exponent", "[pdf]") {
    CHECK(pdf_number(0) == "0");
    CHECK(pdf_number(-0.0004) == "0");
    CHECK(pdf_number(12) == "12");
    CHECK(pdf_number(1.5) == "1.5");
    CHECK(pdf_number(-3.25) == "-3.25");
    CHECK(pdf_number(0.001) == "0.001");
    CHECK(pdf_number(-0.05) == "-0.05");
    CHECK(pdf_number(1234.5678) == "1234.568");
    CHECK(pdf_number(841.89) == "841.89");
    CHECK(pdf_number(1e7) == "10000000");
}
