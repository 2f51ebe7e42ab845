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
    Lexicon lexicon = Lexicon::load().take();

    Setup() {
        Diagnostics d;
        layout = read_layout("kommune21", DataSearchPath::for_issue(test::source_dir(), {}), d).take();
        fonts = FontLibrary::load(layout).take();
    }

    Paragraph paragraph(const std::string& text, Align align = Align::Justify, const BreakPenalties& penalties = {}) {
        ParagraphBuilder builder(shaper, lexicon.hyphenator, lexicon.compounds);
        builder.penalties = penalties;
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
    "Im interaktiven Teil der Konferenz konnten die Teilnehmenden ihre Vorschläge für die "
    "Fortschreibung der Strategie einbringen. Die Ergebnisse sollen an die Ressorts der "
    "Landesregierung gehen und gemeinsam mit weiteren Beteiligungsformaten in die neue Fassung "
    "einfließen, die im kommenden Jahr vorgelegt werden soll.",
    "In den digitalen Modellregionen wird die Verwaltungsdigitalisierung besonders schnell "
    "vorangetrieben. Als Pioniere sollen sie Lösungen für alle Kommunen erschließen: vom "
    "Bürgerservice über die Beantragung des Personalausweises per Smartphone bis zum digitalen "
    "Umzugsservice und zur Ehrenamtsplattform, die Vereine und Initiativen zusammenbringt.",
    "Das Onlinezugangsgesetz verpflichtet Bund, Länder und Kommunen, ihre Verwaltungsleistungen "
    "bis Ende 2022 auch digital anzubieten. Fachverfahrenshersteller, Rechenzentren und "
    "Landesportale müssen dafür ineinandergreifen, und die Finanzierung muss über einzelne "
    "Förderperioden hinaus gesichert sein.",
};

const Pt kColumn = 160;  // one of three columns on A4, about 36 characters
const Pt kWide = 260;    // about 60 characters, a two-column measure

}  // namespace

TEST_CASE("total fit keeps every line within tolerance and none overfull", "[text][linebreak]") {
    // At a two-column measure TeX's own tolerance is enough (pass 1 or 2).
    LineBreakParams params;
    for (const char* text : kParagraphs) {
        Paragraph par = setup().paragraph(text);
        BreakResult result = break_lines(par, kWide, params);
        std::vector<SetLine> lines = set_lines(par, result, kWide);
        INFO(text);
        REQUIRE(lines.size() >= 3);
        CHECK(result.pass <= 2);
        for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
            INFO("line " << i << ": " << line_text(par, lines[i]) << " ratio " << lines[i].info.ratio);
            CHECK_FALSE(lines[i].info.overfull);
            CHECK(lines[i].info.ratio >= -1.0);
            CHECK(lines[i].info.badness <= params.tolerance);
            // Justified to the measure; a hyphen or stop hangs out (protrusion).
            CHECK(lines[i].width - lines[i].hang_right == Approx(kWide).margin(0.01));
        }
        CHECK(lines.back().width - lines.back().hang_right <= kWide + 0.01);
    }
}

TEST_CASE("in a narrow column every line is set to the measure and none overfull", "[text][linebreak]") {
    LineBreakParams params;
    params.pretolerance = -1;  // the pass with hyphens, as first fit has them
    // TeX's own penalties (\hyphenpenalty=50), so that total fit is compared
    // with first fit on the demerits TeX defines.
    BreakPenalties tex;
    tex.hyphen = tex.joint = tex.explicit_hyphen = 50;
    for (const char* text : kParagraphs) {
        Paragraph par = setup().paragraph(text, Align::Justify, tex);
        const BreakResult total = break_lines(par, kColumn, params);
        const BreakResult first = break_first_fit(par, kColumn, params);
        std::vector<SetLine> lines = set_lines(par, total, kColumn);
        INFO(text);
        for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
            INFO("line " << i << ": " << line_text(par, lines[i]) << " ratio " << lines[i].info.ratio);
            CHECK_FALSE(lines[i].info.overfull);
            CHECK(lines[i].info.ratio >= -1.0);
            CHECK(lines[i].width - lines[i].hang_right == Approx(kColumn).margin(0.01));
        }
        // Total fit is the optimum of which first fit is one candidate.
        CHECK(total.total_demerits <= first.total_demerits + 1e-6);
    }
}

TEST_CASE("never more than two hyphenated lines in a row", "[text][linebreak]") {
    LineBreakParams params;
    params.pretolerance = -1;  // go straight to the pass with hyphens
    Paragraph par = setup().paragraph(
        "Verwaltungsdigitalisierungsstrategie Onlinezugangsgesetzumsetzung "
        "Fachverfahrensherstellerkooperation Bürgerserviceportalbetreiber "
        "Informationssicherheitsbeauftragte Dokumentenmanagementsysteme "
        "Rechenzentrumsdienstleistungen Personalausweisbeantragung");
    BreakResult result = break_lines(par, 170, params);
    int run = 0, longest = 0;
    for (const LineBreak& line : result.lines) {
        run = line.hyphenated ? run + 1 : 0;
        longest = std::max(longest, run);
        CHECK_FALSE(line.overfull);
    }
    CHECK(longest <= 2);
    CHECK(longest >= 1);  // the paragraph does need hyphens
    // Narrower than its compounds, the rule yields rather than a line sticking out.
    for (const LineBreak& line : break_lines(par, 60, params).lines) CHECK_FALSE(line.overfull);
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
    // Narrow measures force many breaks; each protected group stays on one
    // line. Between a magnitude and its currency and between a month and its
    // year the tie is weak: it yields in the final pass when nothing else
    // avoids a hole, which in columns a third as wide as usual it may.
    const char* groups[] = {"600 Millionen", "z. B.", "d. h.", "1. Januar", "3 %", "§ 3"};
    const char* weak_groups[] = {"600 Millionen Euro", "1. Januar 2021"};
    for (Pt width : {60.0, 80.0, 100.0, 120.0, kColumn, kWide}) {
        Paragraph par = setup().paragraph(
            "Das Land gibt 600 Millionen Euro aus, z. B. für Schulen, d. h. für Geräte, "
            "und plant ab dem 1. Januar 2021 mit 3 % mehr Personal nach § 3 des Gesetzes.");
        std::vector<SetLine> lines = set_lines(par, break_lines(par, width, LineBreakParams{}), width);
        for (const char* group : groups) {
            bool whole = false;
            for (const SetLine& line : lines) {
                std::string text = line_text(par, line);
                for (std::size_t p; (p = text.find("\u202F")) != std::string::npos;) text.replace(p, 3, " ");
                whole |= text.find(group) != std::string::npos;
            }
            INFO(width << ": " << group);
            CHECK(whole);
        }
        if (width < kColumn) continue;
        for (const char* group : weak_groups) {
            bool whole = false;
            for (const SetLine& line : lines) whole |= line_text(par, line).find(group) != std::string::npos;
            INFO(width << ": " << group);
            CHECK(whole);
        }
    }
}

TEST_CASE("a word wider than the measure is kept and never dropped", "[text][linebreak]") {
    Paragraph par = setup().paragraph("Kurz Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen kurz");
    BreakResult result = break_lines(par, 40, LineBreakParams{});
    std::vector<SetLine> lines = set_lines(par, result, 40);
    std::string all;
    for (const SetLine& line : lines) {
        std::string text = line_text(par, line);
        if (!text.empty() && text.back() == '-') text.pop_back();  // the inserted hyphen
        else text += ' ';
        all += text;
    }
    CHECK(test::words(all) == test::words(par.text));
}
