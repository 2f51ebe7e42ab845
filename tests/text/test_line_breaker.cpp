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
        input.styles.push_back(TextStyle{fonts.font(body.family, FontStyle::Regular), body.size, {}, {}, {}});
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

TEST_CASE("the text's own hyphens count towards the two in a row", "[text][linebreak]") {
    // Hyphenated compounds and "Rollen- und": a line ending in any hyphen is
    // a hyphenated line for the German limit.
    Paragraph par = setup().paragraph(
        "Die IT-Sicherheits-Leitlinie, das E-Government-Gesetz, die Open-Data-Strategie, das "
        "Onlinezugangsgesetz-Änderungsgesetz und die Rollen- und Rechtekonzepte der Landes-IT-Dienstleister "
        "gehören zum Bund-Länder-Programm der Digitalministerkonferenz.");
    int explicit_ends = 0;
    for (Pt width : {100.0, 120.0, kColumn}) {
        const std::vector<SetLine> lines = set_lines(par, break_lines(par, width, LineBreakParams{}), width);
        int run = 0, longest = 0;
        for (const SetLine& line : lines) {
            const std::string t = line_text(par, line);
            const bool hyphen = !t.empty() && t.back() == '-';
            CHECK(hyphen == line.info.hyphenated);
            run = hyphen ? run + 1 : 0;
            longest = std::max(longest, run);
        }
        for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
            // A line that ends where the text has a hyphen: the next starts with a capital or "und".
            const std::string t = line_text(par, lines[i]), next = line_text(par, lines[i + 1]);
            explicit_ends += t.back() == '-' && (std::isupper(static_cast<unsigned char>(next[0])) || next.rfind("und", 0) == 0 ||
                                                 next.rfind("\u00C4", 0) == 0);
        }
        INFO("width " << width);
        CHECK(longest <= 2);
    }
    CHECK(explicit_ends >= 2);  // the case is exercised
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

TEST_CASE("a looseness sets a paragraph a line longer or shorter within its tolerance", "[text][linebreak]") {
    // TeX's \looseness, for copyfitting: the same words, one line more (or
    // fewer), every line within the looseness tolerance.
    LineBreakParams params;
    int longer = 0, shorter = 0;
    for (const char* text : kParagraphs)
        for (Pt width : {kColumn, kWide}) {
            Paragraph par = setup().paragraph(text);
            const BreakResult normal = break_lines(par, width, params);
            for (int looseness : {+1, -1}) {
                const BreakResult fitted = break_lines(par, width, params, {}, looseness);
                INFO(width << " pt, looseness " << looseness << ": " << normal.lines.size() << " → "
                            << fitted.lines.size() << " lines");
                // As near as the tolerance allows: never the other way.
                CHECK((fitted.lines.size() == normal.lines.size() ||
                       static_cast<int>(fitted.lines.size()) == static_cast<int>(normal.lines.size()) + looseness));
                if (fitted.lines.size() == normal.lines.size()) continue;
                (looseness > 0 ? longer : shorter) += 1;
                CHECK(fitted.lines.back().item == par.items.size() - 1);  // every word set
                for (const LineBreak& line : fitted.lines) {
                    CHECK_FALSE(line.overfull);
                    CHECK(line.badness <= params.looseness_tolerance);
                }
            }
        }
    // The three paragraphs in two measures give room both ways.
    CHECK(longer >= 2);
    CHECK(shorter >= 1);
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

// Microtypography inside Knuth–Plass (Justification.h): what each line may do.
TEST_CASE("font expansion stays within its limit, in steps, and fills the measure", "[text][linebreak][microtype]") {
    LineBreakParams params;
    int expanded = 0, condensed = 0;
    for (const char* text : kParagraphs) {
        Paragraph par = setup().paragraph(text);
        REQUIRE(par.microtype.max_expansion == Approx(0.02));
        const std::vector<SetLine> lines = set_lines(par, break_lines(par, kColumn, params), kColumn);
        for (const SetLine& line : lines) {
            INFO(line_text(par, line) << ": expansion " << line.expansion);
            CHECK(std::abs(line.expansion) <= 0.02 + 1e-9);
            const double steps = line.expansion / par.microtype.expansion_step;
            CHECK(std::abs(steps - std::round(steps)) < 1e-6);
            if (line.last) CHECK(line.expansion == 0);
            expanded += line.expansion > 0;
            condensed += line.expansion < 0;
        }
    }
    // Both ways are used: tight lines narrow their glyphs, loose ones widen them.
    CHECK(expanded > 0);
    CHECK(condensed > 0);
}

TEST_CASE("letters are spaced only on lines whose spaces are already at full stretch", "[text][linebreak][microtype]") {
    LineBreakParams params;
    int spaced = 0;
    for (const char* text : kParagraphs)
        for (Pt width : {kColumn, 120.0}) {
            Paragraph par = setup().paragraph(text);
            for (const SetLine& line : set_lines(par, break_lines(par, width, params), width)) {
                INFO(line_text(par, line) << ": ratio " << line.info.ratio << ", letter space " << line.letter_space);
                CHECK(line.letter_space <= par.microtype.max_letter_space + 1e-9);
                if (line.letter_space > 0) {
                    ++spaced;
                    CHECK(line.info.ratio >= 1.0 - 1e-6);
                    CHECK(line.expansion == Approx(0.02));  // expansion first
                }
                if (line.letter_space < 0) {  // closed up: only where the spaces are at their minimum
                    CHECK(line.info.ratio == Approx(-1.0));
                    CHECK(line.letter_space >= -par.microtype.max_letter_squeeze - 1e-9);
                }
            }
        }
    CHECK(spaced > 0);  // 120 pt columns need it
}

TEST_CASE("word spaces never shrink below the minimum a reader needs", "[text][linebreak][microtype]") {
    LineBreakParams params;
    const Pt em = setup().layout.style("body").size;
    for (const char* text : kParagraphs)
        for (Pt width : {kColumn, 120.0, kWide}) {
            Paragraph par = setup().paragraph(text);
            for (const SetLine& line : set_lines(par, break_lines(par, width, params), width)) {
                if (line.spaces == 0) continue;
                INFO(line_text(par, line) << ": space " << line.space / em << " em");
                // The glue itself; letter squeeze (a last resort) takes up to 0.015 em more.
                CHECK(line.space - line.letter_space >= 0.17 * em - 1e-6);
            }
        }
}

TEST_CASE("hyphens and stops hang into the margin by their protrusion", "[text][linebreak][microtype]") {
    // Protrusion factors (ProtrusionTable::defaults): hyphen 700, comma 700,
    // full stop 700 on the right, „ 500 on the left, in thousandths of the
    // glyph's advance.
    Shaper& shaper = setup().shaper;
    const ParagraphStyle& body = setup().layout.style("body");
    const Font& font = *setup().fonts.font(body.family, FontStyle::Regular);
    auto advance = [&](const char* text) {
        Pt w = 0;
        for (const Glyph& g : shaper.shape(font, text)) w += g.advance * body.size / font.metrics().units_per_em;
        return w;
    };
    int hyphens = 0, commas = 0, quotes = 0;
    for (const char* text : kParagraphs) {
        Paragraph par = setup().paragraph(std::string("„Zitat“ ") + text);
        const std::vector<SetLine> lines = set_lines(par, break_lines(par, kColumn, LineBreakParams{}), kColumn);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const SetLine& line = lines[i];
            const std::string t = line_text(par, line);
            INFO(t);
            if (i == 0) {
                CHECK(line.hang_left == Approx(0.5 * advance("„")).margin(0.01));
                CHECK(line.pieces.front().x == Approx(-line.hang_left));
                ++quotes;
            }
            if (line.last) continue;
            CHECK(line.width == Approx(kColumn + line.hang_right).margin(0.01));
            if (t.back() == '-') {
                CHECK(line.hang_right == Approx(0.7 * advance("-")).margin(0.01));
                ++hyphens;
            } else if (t.back() == ',') {
                CHECK(line.hang_right == Approx(0.7 * advance(",")).margin(0.01));
                ++commas;
            } else if (std::isalpha(static_cast<unsigned char>(t.back())) && std::string("FKLkrty").find(t.back()) == std::string::npos) {
                CHECK(line.hang_right == 0);
            }
        }
    }
    CHECK(hyphens > 0);
    CHECK(commas > 0);
    CHECK(quotes == static_cast<int>(std::size(kParagraphs)));
}

TEST_CASE("a line closes up its letters before it sticks out, and is rated as strained", "[text][linebreak][microtype]") {
    Microtype limits{0.02, 0.005, 0.25, 0.1};
    LineMaterial m;
    m.natural = 103;
    m.shrink = 1;
    m.glyph_width = 90;  // expansion can take 1.8
    m.letter_gaps = 40;  // squeeze 4
    const Fill fill = fill_line(m, 100, limits);
    CHECK(fill.ratio == Approx(-1));
    CHECK(fill.expansion == Approx(-0.02));
    CHECK(fill.letter_space == Approx(-0.2 / 40));  // 3 − 1 − 1.8 = 0.2 left for the letters
    CHECK(fill.strain == Approx(1 + 2 * 0.2 / 4));
    m.natural = 110;  // beyond every resource: overfull
    CHECK(fill_line(m, 100, limits).ratio < -1);
    // A line with nothing to stretch (one word, no expansion) is as strained
    // as a line can be, or the breaker would set words one to a line.
    LineMaterial word;
    word.natural = 60;
    word.glyph_width = 60;
    const Fill stuck = fill_line(word, 100, Microtype{});
    CHECK(std::isinf(stuck.ratio));
    CHECK(std::isinf(stuck.strain));
    // Very loose: glyphs at full expansion, then spaces and letters share.
    LineMaterial loose;
    loose.natural = 80;
    loose.stretch = 4;
    loose.glyph_width = 70;  // expansion 1.4
    loose.letter_gaps = 30;  // letters 7.5 at 0.25 a gap, 15 at 0.5
    const Pt excess = 20 - 4 - 1.4;
    const Fill wide = fill_line(loose, 100, Microtype{0.02, 0.005, 0.5, 0.1});
    CHECK(wide.expansion == Approx(0.02));
    CHECK(wide.letter_space * 30 == Approx(excess * 15 / (4 + 15)));
    CHECK(wide.ratio == Approx(1 + (excess - wide.letter_space * 30) / 4));
    // At 0.25 a gap the letters reach their limit; the spaces take the rest.
    const Fill capped = fill_line(loose, 100, limits);
    CHECK(capped.letter_space == Approx(0.25));
    CHECK(capped.ratio == Approx(1 + (excess - 7.5) / 4));
}
