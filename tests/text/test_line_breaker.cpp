// Knuth–Plass on fixed paragraphs of the sample's body style.
#include "support/Support.h"
#include "text/Text.h"

#include <catch2/catch.hpp>

using namespace heftsatz;

namespace {

struct Setup {
    LayoutSpec layout;
    FontLibrary fonts;
    Shaper shaper;
    Hyphenator hyphenator = Hyphenator::load(Hyphenator::default_dictionary()).take();

    Setup() {
        Diagnostics d;
        layout = read_layout("kommune21", DataSearchPath::for_issue(test::source_dir(), {}), d).take();
        fonts = FontLibrary::load(layout).take();
    }

    Paragraph paragraph(const std::string& text, Align align = Align::Justify) {
        ParagraphBuilder builder(shaper, hyphenator);
        const ParagraphStyle& body = layout.style("body");
        ParagraphInput input;
        input.styles.push_back(TextStyle{fonts.font(body.family, FontStyle::Regular), body.size, {}, {}});
        input.runs.push_back({text, 0});
        input.align = align;
        return builder.build(input);
    }
};

Setup& setup() {
    static Setup s;
    return s;
}

const char* const kParagraphs[] = {
    "Die im Sommer beschlossene Novelle des E-Government-Gesetzes erweitert den Geltungsbereich "
    "auf Schulen, Hochschulen und nahezu alle Landesbehörden, sodass die Digitalisierung der "
    "Verwaltung zügiger vorankommen kann. Zusätzlich zu den bereits geplanten 400 Millionen stellt "
    "das Land weitere 600 Millionen Euro an Investitionsmitteln bereit.",
    "In den digitalen Modellregionen wird die Verwaltungsdigitalisierung besonders schnell "
    "vorangetrieben. Als Pioniere sollen sie Lösungen für alle Kommunen erschließen: vom "
    "Bürgerservice über die Beantragung des Personalausweises per Smartphone bis zum digitalen "
    "Umzugsservice und zur Ehrenamtsplattform, die Vereine und Initiativen zusammenbringt.",
    "Das Onlinezugangsgesetz verpflichtet Bund, Länder und Kommunen, ihre Verwaltungsleistungen "
    "bis Ende 2022 auch digital anzubieten. Fachverfahrenshersteller, Rechenzentren und "
    "Landesportale müssen dafür ineinandergreifen, und die Finanzierung muss über einzelne "
    "Förderperioden hinaus gesichert sein.",
};

const Pt kColumn = 160;  // about one of three columns on A4

}  // namespace

TEST_CASE("total fit keeps every line within tolerance and none overfull", "[text][linebreak]") {
    LineBreakParams params;
    for (const char* text : kParagraphs) {
        Paragraph par = setup().paragraph(text);
        BreakResult result = break_lines(par, kColumn, params);
        INFO(text);
        REQUIRE(result.lines.size() >= 3);
        CHECK(result.pass <= 2);  // found without emergency stretch
        for (std::size_t i = 0; i < result.lines.size(); ++i) {
            const LineBreak& line = result.lines[i];
            INFO("line " << i << " ratio " << line.ratio);
            CHECK_FALSE(line.overfull);
            CHECK(line.ratio >= -1.0);
            if (i + 1 < result.lines.size()) CHECK(line.badness <= params.tolerance);
        }
        // The set lines fill the measure exactly (justified), except the last.
        std::vector<SetLine> lines = set_lines(par, result);
        for (std::size_t i = 0; i + 1 < lines.size(); ++i) CHECK(lines[i].width == Approx(kColumn).margin(0.01));
        CHECK(lines.back().width <= kColumn + 0.01);
    }
}

TEST_CASE("total fit has fewer demerits than first fit", "[text][linebreak]") {
    LineBreakParams params;
    double total_fit = 0, first_fit = 0;
    for (const char* text : kParagraphs) {
        Paragraph par = setup().paragraph(text);
        BreakResult best = break_lines(par, kColumn, params);
        BreakResult greedy = break_first_fit(par, kColumn, params);
        INFO(text);
        CHECK(best.total_demerits <= greedy.total_demerits);
        total_fit += best.total_demerits;
        first_fit += greedy.total_demerits;
    }
    CHECK(total_fit < first_fit);
}

TEST_CASE("never more than two hyphenated lines in a row", "[text][linebreak]") {
    LineBreakParams params;
    params.pretolerance = -1;  // go straight to the pass with hyphens
    Paragraph par = setup().paragraph(
        "Verwaltungsdigitalisierungsstrategie Onlinezugangsgesetzumsetzung "
        "Fachverfahrensherstellerkooperation Bürgerserviceportalbetreiber "
        "Informationssicherheitsbeauftragte Dokumentenmanagementsysteme "
        "Rechenzentrumsdienstleistungen Personalausweisbeantragung");
    BreakResult result = break_lines(par, 110, params);
    int run = 0, longest = 0;
    for (const LineBreak& line : result.lines) {
        run = line.hyphenated ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    CHECK(longest <= 2);
    CHECK(longest >= 1);  // the paragraph does need hyphens
}

TEST_CASE("a line may be forbidden to end in a hyphen", "[text][linebreak]") {
    LineBreakParams params;
    params.pretolerance = -1;
    Paragraph par = setup().paragraph(kParagraphs[2]);
    BreakResult free = break_lines(par, kColumn, params);
    int hyphenated = -1;
    for (std::size_t i = 0; i < free.lines.size(); ++i)
        if (free.lines[i].hyphenated) hyphenated = static_cast<int>(i);
    REQUIRE(hyphenated >= 0);
    BreakResult constrained = break_lines(par, kColumn, params, {hyphenated});
    REQUIRE(constrained.lines.size() > static_cast<std::size_t>(hyphenated));
    CHECK_FALSE(constrained.lines[static_cast<std::size_t>(hyphenated)].hyphenated);
}

TEST_CASE("no break inside z. B. or 600 Millionen Euro", "[text][linebreak]") {
    // Narrow measures force many breaks; none may split the protected groups.
    for (Pt width : {60.0, 80.0, 100.0, 120.0}) {
        Paragraph par = setup().paragraph(
            "Das Land gibt 600 Millionen Euro aus, z. B. für Schulen, d. h. für Geräte, "
            "und plant ab dem 1. Januar 2021 mit 3 % mehr Personal nach § 3 des Gesetzes.");
        std::vector<SetLine> lines = set_lines(par, break_lines(par, width, LineBreakParams{}));
        for (const SetLine& line : lines) {
            std::string text = line_text(par, line);
            INFO(width << ": " << text);
            for (const char* tail : {" 600", "600", " z.", " d.", " 1.", " Januar", " 3", " §"}) {
                bool ends = text.size() >= std::string(tail).size() &&
                            text.compare(text.size() - std::string(tail).size(), std::string::npos, tail) == 0;
                CHECK_FALSE(ends);
            }
        }
    }
}

TEST_CASE("a word wider than the measure is kept, never dropped", "[text][linebreak]") {
    Paragraph par = setup().paragraph("Kurz Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen kurz");
    BreakResult result = break_lines(par, 40, LineBreakParams{});
    std::vector<SetLine> lines = set_lines(par, result);
    std::string all;
    for (const SetLine& line : lines) all += line_text(par, line) + " ";
    CHECK(test::words(all) == test::words(par.text));
}
